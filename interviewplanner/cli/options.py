"""The policy options of ``interviewer add``, built from the core's one declaration of the fields.

Each field of :data:`~interviewplanner.core.policy_fields.POLICY_FIELDS` is one option (its
``option`` name, ``dest`` the field's name); the text given is read by the core
(:func:`~interviewplanner.core.policy_text.read_fields`), so the command line and the dialog
accept and refuse the same input. Problems are raised as ``InvalidPolicy`` codes and worded by
:mod:`interviewplanner.cli.wording_policy`.
"""

from __future__ import annotations

import argparse
from typing import Any

from interviewplanner.cli.wording_policy import HELP, METAVAR
from interviewplanner.core.model import PolicyOverrides
from interviewplanner.core.policy_fields import POLICY_FIELDS, FieldKind, PolicyError
from interviewplanner.core.policy_text import read_fields
from interviewplanner.services.errors import InvalidPolicy


def add_policy_options(parser: argparse.ArgumentParser) -> None:
    """One option per policy field, each left out (None) unless given."""
    group = parser.add_argument_group("flex-time policy (company defaults when left out)")
    for field in POLICY_FIELDS:
        if field.kind is FieldKind.FLAG:
            group.add_argument(field.option, dest=field.name, action="store_true", default=None,
                               help=HELP[field.name])
        else:
            group.add_argument(field.option, dest=field.name, metavar=METAVAR[field.kind],
                               help=HELP[field.name])


def policy_overrides(args: argparse.Namespace) -> PolicyOverrides:
    """The per-interviewer policy overrides given on the command line.

    An empty limit (``--max-per-day ''``) means no limit, like ``none``. Raises InvalidPolicy
    naming every option whose text cannot be read; whether the result holds together with the
    company's policy is the roster service's check.
    """
    given = {f.name: getattr(args, f.name, None) for f in POLICY_FIELDS}
    texts: dict[str, str] = {}
    values: dict[str, Any] = {}
    for field in POLICY_FIELDS:
        value = given[field.name]
        if value is None:
            continue
        if field.kind is FieldKind.FLAG:
            values[field.name] = value
        elif field.none_flag and not value.strip():
            values[field.name] = None
        else:
            texts[field.name] = value
    try:
        values.update(read_fields(texts))
    except PolicyError as exc:
        raise InvalidPolicy(exc.problems) from exc
    return PolicyOverrides.from_values(values)
