"""Benchmarks: ``python -m benchmarks --scale N --json FILE`` (see README)."""
