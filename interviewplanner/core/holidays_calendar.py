"""National holidays by country, read through the ``holidays`` package (cached per year).

The package is loaded on first use, not when this module is imported: the window and the CLI
import the core at start-up but read holidays later, on the worker. Reading one country's year
imports every country module of the package (~0.25 s), so the faces may also install a
:class:`TableCache` (:mod:`interviewplanner.holiday_cache`, a file in the user's cache folder)
that keeps the tables computed before: a warm start then never imports the package.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Protocol


class TableCache(Protocol):
    """Tables computed by the ``holidays`` package before, kept across runs.

    Keys are opaque strings; a table maps ISO dates to holiday names. The cache answers only
    for the package release it was filled by (it checks that itself).
    """

    def table(self, key: str) -> dict[str, str] | None:
        """The stored table of ``key``, None when there is none."""

    def keep(self, key: str, table: dict[str, str]) -> None:
        """Store ``table`` under ``key`` (best effort: a cache that cannot write says so)."""


_cache: list[TableCache] = []


def use_cache(cache: TableCache | None) -> None:
    """Install ``cache`` for the tables (None: none), dropping what this process computed."""
    _cache[:] = [] if cache is None else [cache]
    _supported.cache_clear()
    _year.cache_clear()


class UnknownCountryError(ValueError):
    """Raised for a country code the ``holidays`` package does not know."""

    def __init__(self, code: str) -> None:
        super().__init__(f"no holiday calendar for country {code!r} (use a code like JP, US, GB)")
        self.code = code


@lru_cache(maxsize=1)
def _supported() -> frozenset[str]:
    """Country codes with a calendar, read from the package's registry without importing the
    ~200 country modules (``list_supported_countries`` imports them all: ~0.3 s at start-up)."""
    stored = _cache[0].table("countries") if _cache else None
    if stored:
        return frozenset(stored)
    codes = _registry_codes()
    if _cache and codes:
        _cache[0].keep("countries", dict.fromkeys(sorted(codes), ""))
    return codes


def _registry_codes() -> frozenset[str]:
    try:
        from holidays.registry import COUNTRIES

        codes = frozenset(str(entry[1]) for entry in COUNTRIES.values())
    except (ImportError, AttributeError, IndexError, TypeError):  # a registry of another shape
        codes = frozenset()
    if not codes:
        import holidays

        codes = frozenset(holidays.list_supported_countries())
    return codes


def supported_countries() -> list[str]:
    """ISO 3166-1 alpha-2 codes that have a holiday calendar, sorted."""
    return sorted(_supported())


def check_country(code: str) -> str:
    """Return ``code`` upper-cased if it has a holiday calendar, else raise."""
    upper = code.strip().upper()
    if upper not in _supported():
        raise UnknownCountryError(code)
    return upper


@lru_cache(maxsize=256)
def _year(country: str, year: int, language: str | None) -> dict[date, str]:
    key = f"{country}|{year}|{language or ''}"
    stored = _cache[0].table(key) if _cache else None
    if stored is not None:
        return {date.fromisoformat(day): name for day, name in stored.items()}
    import holidays

    table = {day: str(name)
             for day, name in holidays.country_holidays(country, years=year,
                                                        language=language).items()}
    if _cache:
        _cache[0].keep(key, {day.isoformat(): name for day, name in sorted(table.items())})
    return table


def holiday_name(country: str | None, day: date, language: str | None = None) -> str | None:
    """Name of the national holiday on local ``day`` in ``country`` (None when none or no country).

    ``language`` is an ISO 639 code ("en_US", "ja"); where the package has no translation the
    default language of that country's calendar is used. Raises :class:`UnknownCountryError` for
    a code with no holiday calendar.
    """
    if not country:
        return None
    code = check_country(country)
    try:
        return _year(code, day.year, language).get(day)
    except NotImplementedError:  # older ``holidays`` releases reject an unknown language
        return _year(code, day.year, None).get(day)
