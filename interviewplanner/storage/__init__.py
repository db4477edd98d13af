"""Storage adapter: SQLAlchemy and Alembic behind core dataclasses (see docs/storage.md).

Open a store with :func:`open_store`, then run one unit of work per user action::

    store = open_store("sqlite:///planner.db")
    with store.write() as uow:
        person = uow.interviewers.add(Interviewer("sato@example.com", "Sato", "Asia/Tokyo"))

The names below load on first use (PEP 562), so that importing a light module of the package
(``storage.errors``, which the faces word) does not import SQLAlchemy (issue 13: start-up time).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interviewplanner.storage.db import Store, open_store
    from interviewplanner.storage.errors import DuplicateEmailError, StoreError
    from interviewplanner.storage.repositories import (
        BusyRepository,
        CalendarSource,
        InterviewerRepository,
        SettingsRepository,
    )
    from interviewplanner.storage.unit_of_work import UnitOfWork

_HOMES = {"Store": "db", "open_store": "db", "DuplicateEmailError": "errors",
          "StoreError": "errors", "BusyRepository": "repositories",
          "CalendarSource": "repositories", "InterviewerRepository": "repositories",
          "SettingsRepository": "repositories", "UnitOfWork": "unit_of_work"}


def __getattr__(name: str) -> Any:
    """Import the module that holds ``name`` now (a sub-module name falls through to import)."""
    if name in _HOMES:
        return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "BusyRepository",
    "CalendarSource",
    "DuplicateEmailError",
    "InterviewerRepository",
    "SettingsRepository",
    "Store",
    "StoreError",
    "UnitOfWork",
    "open_store",
]
