"""Integration tests drive the command line with the same fixtures as tests/cli."""

from tests.cli.conftest import cli, db_path, db_target

__all__ = ["cli", "db_path", "db_target"]
