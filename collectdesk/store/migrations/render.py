"""How autogenerate writes our own column types into migration scripts."""


def render_item(type_, obj, autogen_context):
    if type_ == "type":
        module = type(obj).__module__
        if module == "collectdesk.store.types":
            autogen_context.imports.add("import collectdesk.store.types")
            return f"collectdesk.store.types.{type(obj).__name__}()"
    return False
