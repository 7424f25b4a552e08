"""CLI commands (being written by their owner)."""

from .app import app  # noqa: F401
