"""argkg's quality benchmarks: run ``python bench/quality.py`` from a clone (not part of the wheel)."""
