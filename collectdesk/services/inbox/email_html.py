"""HTML mail as readable text: paragraphs and line breaks kept, lists with bullets, table cells
separated by tabs, links as "text (address)" (mailto: shows the address), images by their alt text;
scripts, styles and the head dropped; entities such as &euro; and &nbsp; resolved (lxml.html)."""

from __future__ import annotations

import re

_DROP = {"script", "style", "head", "title", "noscript", "template", "meta", "link", "object", "svg"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "ul", "ol", "dl",
              "address", "hr", "form", "fieldset", "figure"}
_LINE = {"div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "center", "caption",
         "main", "nav", "aside", "tbody", "thead", "tfoot", "body", "html", "figcaption"}
_BREAK, _PARA = "\x00L", "\x00P"


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail: paragraphs, line breaks, bullets, "link (address)"; no scripts."""
    import lxml.html
    from lxml import etree

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", html).split())
    out: list[str] = []

    def text(value: str | None, pre: bool) -> None:
        if value:
            value = value.replace("\xa0", " ")
            out.append(value if pre else re.sub(r"\s+", " ", value))

    def walk(el, pre: bool) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _DROP:
            text(el.tail, pre)
            return
        pre = pre or tag == "pre"
        if tag == "br":
            out.append(_BREAK)
        elif tag in _PARAGRAPH:
            out.append(_PARA)
        elif tag in _LINE:
            out.append(_BREAK)
        if tag == "li":
            out.append("• ")
        elif tag in ("td", "th") and el.getprevious() is not None:
            out.append("\t")
        elif tag == "img" and el.get("alt", "").strip():
            out.append("[" + el.get("alt").strip() + "]")
        start = len(out)
        text(el.text, pre)
        for child in el:
            walk(child, pre)
        if tag == "a":
            href = (el.get("href") or "").strip()
            shown = "".join(p for p in out[start:] if not p.startswith("\x00"))
            target = href[7:] if href.lower().startswith("mailto:") else href
            if target and not target.startswith("#") and not target.lower().startswith("javascript:") \
                    and target not in shown:
                out.append(f" ({target})")
        if tag == "hr":
            out.append("————")
        if tag in _PARAGRAPH:
            out.append(_PARA)
        elif tag in _LINE:
            out.append(_BREAK)
        text(el.tail, pre)

    walk(root, False)
    joined = "".join(out)
    joined = re.sub(r"[ \t]*(?:\x00[LP][ \t]*)+", lambda m: "\n\n" if "\x00P" in m.group(0) else "\n", joined)
    lines = [re.sub(r" {2,}", " ", line).strip(" ") for line in joined.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
