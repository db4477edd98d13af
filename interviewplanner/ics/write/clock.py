"""Local dates and times as a reader writes them, in English or Japanese (CLDR through Babel).

One reader's clock is a zone and a language: ``Tue, 8 Dec 2026, 10:00 (JST)`` in English
(British CLDR patterns: day before month, 24-hour clock) and ``2026年12月8日(火) 10:00（日本標準時）``
in Japanese. Month and weekday names, the order of the parts and list joining ("A, B and C",
"A、B、C") come from CLDR; English names the zone by its tz-database abbreviation (``JST``,
``PST``, ``GMT``; ``UTC+11`` where the database has none), Japanese by CLDR's name for it
(日本標準時, 米国太平洋標準時). The ready-to-send messages (``services/messages.py``) and the
Japanese text of invites (:mod:`.description`) both write times with it.
"""

from __future__ import annotations

from datetime import datetime

from babel import Locale
from babel.dates import format_skeleton, get_timezone_name
from babel.lists import format_list

from interviewplanner.core.timezones import get_zone, is_known_zone, to_local

__all__ = ["LOCALES", "Clock", "format_moment"]

LOCALES = {"en": "en_GB", "ja": "ja"}
_UTC = "UTC"


def format_moment(instant: datetime, zone: str, language: str) -> str:
    """``Tue, 8 Dec 2026, 10:00 (JST)`` / ``2026年12月8日(火) 10:00（日本標準時）`` in ``zone``."""
    return Clock(zone, language).moment(instant)


class Clock:
    """Local dates and times of one reader: zone (UTC when unknown) and language."""

    def __init__(self, zone: str, language: str) -> None:
        """The reader's IANA ``zone`` and ``language`` (a key of :data:`LOCALES`)."""
        self.zone = get_zone(zone if is_known_zone(zone) else _UTC)
        self.language = language
        self.locale = Locale.parse(LOCALES[language])

    def date(self, local: datetime) -> str:
        """``Tue, 8 Dec 2026`` / ``2026年12月8日(火)``."""
        return format_skeleton("yMMMEd", local, locale=self.locale)

    def time(self, local: datetime) -> str:
        """``10:00``."""
        return format_skeleton("Hm", local, locale=self.locale)

    def _date_time(self, local: datetime) -> str:
        pattern = str(self.locale.datetime_formats["medium"])
        return pattern.replace("{1}", self.date(local)).replace("{0}", self.time(local))

    def _zone_name(self, local: datetime) -> str:
        if self.language == "ja":
            return str(get_timezone_name(local, "long", locale=self.locale))
        abbreviation = local.tzname() or _UTC
        if abbreviation[:1] in "+-":
            sign, digits = abbreviation[0], abbreviation[1:]
            return f"UTC{sign}{digits[:2].lstrip('0') or '0'}" + (f":{digits[2:]}" if digits[2:] else "")
        return abbreviation

    def _zone_mark(self, local: datetime) -> str:
        name = self._zone_name(local)
        return f"（{name}）" if self.language == "ja" else f" ({name})"

    def moment(self, instant: datetime) -> str:
        """One instant with date, weekday, time and zone."""
        local = to_local(instant, self.zone)
        return self._date_time(local) + self._zone_mark(local)

    def span(self, start: datetime, end: datetime) -> str:
        """A session's local start and end (the end's date only when it differs)."""
        first, last = to_local(start, self.zone), to_local(end, self.zone)
        dash = "～" if self.language == "ja" else "–"
        if first.date() == last.date() and first.tzname() == last.tzname():
            return f"{self._date_time(first)}{dash}{self.time(last)}{self._zone_mark(last)}"
        return f"{self.moment(start)} {dash} {self.moment(end)}"

    def names(self, names: list[str]) -> str:
        """Names joined as the language does (``A, B and C``, ``A、B、C``)."""
        return format_list(names, locale=self.locale) if names else ""
