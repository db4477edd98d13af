"""Alembic environment for interviewplanner.

At run time :func:`interviewplanner.storage.db.open_store` hands over an open connection in
``config.attributes["connection"]``. From the alembic command line (developers only) the URL
comes from ``-x url=...`` and the engine gets the same pragmas as the app's; ``--sql`` prints
the SQL instead (e.g. for a PostgreSQL administrator to review).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from interviewplanner.storage.db import make_engine, migration_connection
from interviewplanner.storage.tables import Base


def _run(connection: Connection) -> None:
    """Run the pending migrations on ``connection`` in one transaction."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _url_from_command_line() -> str:
    """The database URL given with ``-x url=...``."""
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the database with: alembic -x url=sqlite:///path.db ...")
    return url


def _write_sql_script() -> None:
    """Offline mode (``alembic upgrade head --sql``): print the SQL for a DBA to review."""
    context.configure(
        url=_url_from_command_line(),
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_from_command_line() -> None:
    """Open the database named by ``-x url=...`` and migrate it."""
    engine = make_engine(_url_from_command_line())
    try:
        with migration_connection(engine) as connection:
            _run(connection)
    finally:
        engine.dispose()


_given = context.config.attributes.get("connection")
if isinstance(_given, Connection):
    _run(_given)
elif context.is_offline_mode():
    _write_sql_script()
else:
    _run_from_command_line()
