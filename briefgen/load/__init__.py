"""Load: find a project's files and read them, YAML kept with every line and column."""
