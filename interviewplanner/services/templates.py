"""Use cases: named plan templates (the same PLAN.json object the GUI saves)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from interviewplanner.core.plan import Plan, plan_to_json
from interviewplanner.core.text import NAME_LENGTH
from interviewplanner.services.errors import NameRequired, NotFoundError
from interviewplanner.services.planning import parse_plan
from interviewplanner.services.text import check_text
from interviewplanner.storage.db import Store


def save_template(store: Store, name: str, plan: Plan) -> None:
    """Create or replace the template ``name`` (validated, normalised JSON)."""
    clean = check_text(name, "template", NAME_LENGTH)
    if not clean:
        raise NameRequired("template")
    with store.write() as uow:
        uow.templates.save(clean, plan_to_json(plan), datetime.now(UTC))


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
