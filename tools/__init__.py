"""Developer tools: python -m tools.gallery OUT_DIR."""
