"""Analyse: pure functions over the model (readability, attribution, the detector)."""
