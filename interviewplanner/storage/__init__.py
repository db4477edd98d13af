"""Storage adapter: SQLAlchemy and Alembic behind core dataclasses (see docs/storage.md).

Open a store with :func:`open_store`, then run one unit of work per user action::

    store = open_store("sqlite:///planner.db")
    with store.write() as uow:
        person = uow.interviewers.add(Interviewer("sato@example.com", "Sato", "Asia/Tokyo"))
"""

from interviewplanner.storage.db import Store, open_store
from interviewplanner.storage.errors import DuplicateEmailError, StoreError
from interviewplanner.storage.repositories import (
    BusyRepository,
    CalendarSource,
    InterviewerRepository,
    SettingsRepository,
)
from interviewplanner.storage.unit_of_work import UnitOfWork

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
