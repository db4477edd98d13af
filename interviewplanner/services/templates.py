"""Use cases: named plan templates (the same PLAN.json object the GUI saves)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from interviewplanner.core.plan import Plan, plan_to_json
from interviewplanner.core.text import NAME_LENGTH
from interviewplanner.services.errors import ChangedMeanwhile, NameRequired, NotFoundError
from interviewplanner.services.planning import parse_plan
from interviewplanner.services.text import check_text
from interviewplanner.storage.db import Store


def save_template(store: Store, name: str, plan: Plan, *,
                  expected_version: int | None = None) -> int:
    """Create or replace the template ``name`` (validated, normalised JSON); its new version.

    ``expected_version`` is the version the plan was loaded at (see :func:`load_versioned`): a
    template someone saved since then is not overwritten (ChangedMeanwhile); 0 means "a new
    template", refused when one of that name appeared meanwhile. None replaces unconditionally
    (the command line's ``template save``).
    """
    clean = check_text(name, "template", NAME_LENGTH)
    if not clean:
        raise NameRequired("template")
    with store.write() as uow:
        if expected_version is not None:
            saved = uow.templates.saved(clean)
            if (saved.version if saved is not None else 0) != expected_version:
                raise ChangedMeanwhile("template", clean, saved.by if saved else None,
                                       saved.at if saved else None)
        return uow.templates.save(clean, plan_to_json(plan), datetime.now(UTC))


def load_versioned(store: Store, name: str) -> tuple[Plan, dict[str, Any], int]:
    """The template ``name`` as a plan, its JSON object and its version (for a later save)."""
    with store.read() as uow:
        document = uow.templates.get(name.strip())
        saved = uow.templates.saved(name.strip())
    if document is None or saved is None:
        raise NotFoundError("template", name)
    return parse_plan(document, "template", name), document, saved.version


def load_template(store: Store, name: str) -> tuple[Plan, dict[str, Any]]:
    """The template ``name`` as a plan and its JSON object."""
    with store.read() as uow:
        document = uow.templates.get(name.strip())
    if document is None:
        raise NotFoundError("template", name)
    return parse_plan(document, "template", name), document


def template_names(store: Store) -> list[str]:
    """Every template name, sorted."""
    with store.read() as uow:
        return uow.templates.names()


def delete_template(store: Store, name: str) -> None:
    """Remove the template ``name``."""
    with store.write() as uow:
        if not uow.templates.delete(name.strip()):
            raise NotFoundError("template", name)
