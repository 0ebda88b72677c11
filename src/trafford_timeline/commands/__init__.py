"""The commands, one module per area; each registers itself on `cli.app` when imported."""
