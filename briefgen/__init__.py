"""briefgen: turn YAML-annotated news articles into a static website of fact-check briefs."""

# The one place the version is written; pyproject.toml reads it from here. (Asking
# importlib.metadata instead cost every command 40 ms at start-up.)
__version__ = "0.1.0"
