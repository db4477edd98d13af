"""National holidays by country, read through the ``holidays`` package (cached per year).

The package (~0.1 s to import) is loaded on first use, not when this module is imported: the
window and the CLI import the core at start-up but read holidays later, on the worker.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache


class UnknownCountryError(ValueError):
    """Raised for a country code the ``holidays`` package does not know."""

    def __init__(self, code: str) -> None:
        super().__init__(f"no holiday calendar for country {code!r} (use a code like JP, US, GB)")
        self.code = code


@lru_cache(maxsize=1)
def _supported() -> frozenset[str]:
    """Country codes with a calendar, read from the package's registry without importing the
    ~200 country modules (``list_supported_countries`` imports them all: ~0.3 s at start-up)."""
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
    import holidays

    table = holidays.country_holidays(country, years=year, language=language)
    return {day: str(name) for day, name in table.items()}


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
