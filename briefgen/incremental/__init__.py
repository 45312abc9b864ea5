"""The incremental engine: run load → check → analyse → render → write on what changed."""
