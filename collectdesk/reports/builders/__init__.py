"""Report builders: one module per report kind, each with build(ctx, params, progress=None, cancel=None) -> Report."""
