"""Check: turn what was loaded into the model, reporting every problem with its place."""
