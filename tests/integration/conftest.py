"""Integration tests drive the command line with the same fixtures as tests/cli."""

from tests.cli.conftest import cli, db_path

__all__ = ["cli", "db_path"]
