"""Use cases on the roster of interviewers: add, edit, list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from interviewplanner.core.holidays_calendar import UnknownCountryError, check_country
from interviewplanner.core.languages import LANGUAGES, is_language
from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides
from interviewplanner.core.text import NAME_LENGTH, POOL_LENGTH
from interviewplanner.core.timezones import UnknownTimeZoneError, get_zone
from interviewplanner.services.addresses import check_address
from interviewplanner.services.errors import (
    ChangedMeanwhile,
    EmailTaken,
    InvalidPolicy,
    NameRequired,
    NotFoundError,
    UnknownCountry,
    UnknownTimeZone,
    UnsupportedLanguage,
)
from interviewplanner.services.text import check_text

if TYPE_CHECKING:  # the read use cases also serve the start-up reader (no SQLAlchemy)
    from interviewplanner.storage.db import Store
    from interviewplanner.storage.reading import ReadStore
    from interviewplanner.storage.unit_of_work import UnitOfWork


def check_email(address: str, field: str | None = None) -> str:
    """The address as it is stored and sent, or InvalidEmail: one rule for every entry
    (:func:`interviewplanner.services.addresses.check_address`)."""
    return check_address(address, field)


def validate(person: Interviewer) -> Interviewer:
    """Check every field a user typed; return the cleaned interviewer or raise a UserError."""
    if not person.name.strip():
        raise NameRequired("interviewer")
    name = check_text(person.name, "name", NAME_LENGTH)
    try:
        get_zone(person.timezone)
    except UnknownTimeZoneError as exc:
        raise UnknownTimeZone(person.timezone) from exc
    try:
        country = check_country(person.country) if person.country else None
    except UnknownCountryError as exc:
        raise UnknownCountry(exc.code) from exc
    email = check_email(person.email, "email")
    aliases = tuple(a for a in dict.fromkeys(check_email(a, "alias") for a in person.aliases)
                    if a != email)
    pools = tuple(dict.fromkeys(check_text(p, "pool", POOL_LENGTH)
                                for p in person.pools if p.strip()))
    if person.language is not None and not is_language(person.language):
        raise UnsupportedLanguage(person.language, LANGUAGES)
    return replace(person, name=name, email=email, aliases=aliases, country=country, pools=pools)


def check_policy(overrides: PolicyOverrides, company: CompanySettings) -> None:
    """Raise InvalidPolicy when the overrides make an inconsistent policy with the company's."""
    problems = overrides.problems(company.policy)
    if problems:
        raise InvalidPolicy(problems)


def _check_free(uow: UnitOfWork, person: Interviewer) -> None:
    """The policy must be consistent and no address may belong to someone else."""
    check_policy(person.overrides, uow.settings.get())
    for address in person.emails:
        existing = uow.interviewers.get_by_email(address)
        if existing is not None and existing.id != person.id:
            raise EmailTaken(address, existing.name, existing.email)


def add_interviewer(store: Store, person: Interviewer) -> Interviewer:
    """Validate and store a new interviewer; every address must be new to the roster."""
    clean = validate(person)
    with store.write() as uow:
        _check_free(uow, clean)
        return uow.interviewers.add(clean)


def update_interviewer(store: Store, person: Interviewer) -> Interviewer:
    """Validate and save changes to an existing interviewer (matched by id).

    When ``person.version`` is set (it was read from the store), someone else's save since then
    refuses the change with ChangedMeanwhile (who, when) instead of overwriting it.
    """
    clean = validate(person)
    with store.write() as uow:
        _check_not_stale(uow, clean)
        _check_free(uow, clean)
        return uow.interviewers.update(clean)


def _check_not_stale(uow: UnitOfWork, person: Interviewer) -> None:
    """Raise ChangedMeanwhile when the stored version is newer than the one edited."""
    if person.id is None or person.version is None:
        return
    saved = uow.interviewers.saved(person.id)
    if saved is None:
        raise NotFoundError("interviewer", person.email)
    if saved.version != person.version:
        current = uow.interviewers.get(person.id)
        name = current.name if current is not None else person.name
        raise ChangedMeanwhile("interviewer", name, saved.by, saved.at)


def list_interviewers(store: ReadStore) -> list[Interviewer]:
    """Every interviewer, sorted by name."""
    with store.read() as uow:
        return uow.interviewers.list()


def find_interviewer(store: ReadStore, email: str) -> Interviewer:
    """The interviewer with ``email`` as primary address or alias, or NotFoundError."""
    with store.read() as uow:
        person = uow.interviewers.get_by_email(email.strip().lower())
    if person is None:
        raise NotFoundError("interviewer", email)
    return person


def new_interviewer(
    *, name: str, email: str, timezone: str, country: str | None = None,
    aliases: Sequence[str] = (), pools: Sequence[str] = (),
    overrides: PolicyOverrides | None = None, language: str | None = None,
) -> Interviewer:
    """Build an (unsaved) interviewer from plain values (``language`` None: the company's)."""
    return Interviewer(email=email, name=name, timezone=timezone, country=country,
                       aliases=tuple(aliases), pools=tuple(pools),
                       overrides=overrides or PolicyOverrides(), language=language)


def company_settings(store: ReadStore) -> CompanySettings:
    """The company-wide defaults (policy and closures)."""
    with store.read() as uow:
        return uow.settings.get()


def save_company_settings(store: Store, settings: CompanySettings) -> None:
    """Store new company-wide defaults."""
    with store.write() as uow:
        uow.settings.save(settings)
