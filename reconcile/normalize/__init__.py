"""Normalisers: pure functions that turn surface strings into comparable values."""
