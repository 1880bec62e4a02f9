"""Which column of the file gives which field: header aliases first, `mapping` over them."""

from __future__ import annotations

from dataclasses import dataclass, field

from collectdesk.domain.errors import ValidationError
from collectdesk.services.imports import messages
from collectdesk.services.imports.fields import FIELDS, alias_table, header_key


@dataclass
class Columns:
    index: dict[str, int]  # field -> position in the row
    label: dict[str, str]  # field -> the header as written in the file
    ignored: list[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.index


def resolve_columns(kind: str, header: list[str], mapping: dict[str, str] | None, filename: str) -> Columns:
    known = {f.name for f in FIELDS[kind]}
    texts = [str(h).strip() for h in header]
    keys = [header_key(h) for h in texts]
    shown = ", ".join(t for t in texts if t) or "-"
    index: dict[str, int] = {}
    label: dict[str, str] = {}
    taken: set[int] = set()
    for source, target in (mapping or {}).items():
        target_name = str(target).strip().lower()
        if target_name not in known:
            raise ValidationError(messages.mapping_unknown_field(str(target), kind, ", ".join(sorted(known))))
        wanted = header_key(source)
        pos = next((i for i, t in enumerate(texts) if t == str(source).strip()), None)
        if pos is None:
            pos = next((i for i, k in enumerate(keys) if k and k == wanted), None)
        if pos is None:
            raise ValidationError(messages.mapping_unknown_source(str(source), shown))
        if target_name in index:
            raise ValidationError(messages.duplicate_column(label[target_name], texts[pos], target_name))
        index[target_name], label[target_name] = pos, texts[pos]
        taken.add(pos)
    aliases = alias_table(kind)
    mapped_by_user = set(index)
    ignored = []
    for pos, key in enumerate(keys):
        if pos in taken or not key:
            continue
        name = aliases.get(key)
        if name is None or name in mapped_by_user:
            ignored.append(texts[pos])
            continue
        if name in index:
            raise ValidationError(messages.duplicate_column(label[name], texts[pos], name))
        index[name], label[name] = pos, texts[pos]
    if not index:
        example = ", ".join(f.name for f in FIELDS[kind] if f.required)
        raise ValidationError(messages.no_header(filename, example))
    missing = [f.name for f in FIELDS[kind] if f.required and f.name not in index]
    if missing:
        raise ValidationError(messages.missing_columns(", ".join(missing), shown))
    return Columns(index=index, label=label, ignored=ignored)
