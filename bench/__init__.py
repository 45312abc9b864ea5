"""Benchmark tooling for briefgen: a seeded corpus generator and a build timer.

Dev-only: nothing in the briefgen package imports from here.
"""
