"""Time zones and countries as people name them, in English and Japanese (CLDR through Babel).

The pickers show a zone by its city ("Los Angeles", "ロサンゼルス") with today's UTC offset, and
keep the IANA id ("America/Los_Angeles") as secondary text; search matches the city and the
zone's generic name in both languages, the id, and the country ("日本" finds Asia/Tokyo).
Countries are named in the UI language; :func:`suggest_country` reads the zone → country table
of the tz database (``zone.tab``, through pytz) for the country field of a new interviewer.

No Qt calls here: the catalogues are computed once per language, on the worker thread when the
GUI asks for them early (``zone_entries``). ``language`` is a UI language code ("en", "ja") or a
CLDR locale id ("en_GB"); None means the current UI language (:mod:`interviewplanner.gui.i18n`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import pytz

from interviewplanner.core.timezones import get_zone, is_known_zone
from interviewplanner.gui import i18n

if TYPE_CHECKING:
    from babel import Locale

SEARCH_LANGUAGES = ("en", "ja")
"""Every zone and country is searchable by its names in these languages, whatever the UI's."""

_UNIVERSAL = frozenset({"UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/UCT", "UCT", "Zulu", "Universal"})
_PUNCTUATION = str.maketrans(dict.fromkeys("_/-–(),.・·", " "))


@dataclass(frozen=True, slots=True)
class ZoneEntry:
    """One zone of the picker: its id, the label shown, secondary text and what search reads."""

    zone: str
    label: str  # "Los Angeles (UTC−08:00)"
    city: str  # "Los Angeles"
    secondary: str  # "America/Los_Angeles · Pacific Time"
    search: str  # normalised text: cities, generic names and countries in EN and JA, the id


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """One country of the "holidays of" picker."""

    code: str
    label: str  # "JP — Japan" / "JP — 日本"
    name: str  # in the UI language
    search: str


def language_code(language: str | None = None) -> str:
    """A CLDR locale id for ``language`` ("en", "ja", "en_GB"; None = the current UI language)."""
    return language or i18n.current_language()


@lru_cache(maxsize=16)
def babel_locale(language: str) -> Locale:
    """The Babel locale of a language code or locale id (English when Babel does not know it)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def normalise_search(text: str) -> str:
    """Text as search compares it: NFKC, case-folded, hiragana as katakana, punctuation as spaces.

    "Ｔｏｋｙｏ", "tokyo" and "Tokyo" compare equal, and so do "ろさんぜるす" and "ロサンゼルス".
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_PUNCTUATION)
    kana = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in folded)
    return " ".join(kana.split())


def matches(query: str, search: str) -> bool:
    """True when every word of ``query`` occurs in the normalised ``search`` text."""
    return all(word in search for word in normalise_search(query).split())


def utc_offset_text(offset_minutes: int) -> str:
    """``UTC+09:00`` / ``UTC−05:00`` for an offset in minutes."""
    sign = "+" if offset_minutes >= 0 else "−"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def offset_minutes(zone: str, now: datetime | None = None) -> int:
    """The UTC offset of ``zone`` at ``now`` (default: the current instant), in minutes."""
    moment = now or datetime.now(UTC)
    offset = moment.astimezone(get_zone(zone)).utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


@lru_cache(maxsize=1)
def _zone_aliases() -> dict[str, str]:
    from babel.core import get_global

    return dict(get_global("zone_aliases"))


def canonical_zone(zone: str) -> str:
    """The CLDR canonical id of ``zone`` ("US/Pacific" → "America/Los_Angeles")."""
    return _zone_aliases().get(zone, zone)


def zone_city(zone: str, language: str | None = None) -> str:
    """The zone's city in ``language``: "Tokyo" / "東京"; "UTC" for the universal zones."""
    if zone in _UNIVERSAL or zone.startswith("Etc/"):
        return zone.removeprefix("Etc/")
    from babel.dates import get_timezone_location

    locale = babel_locale(language_code(language))
    try:
        return str(get_timezone_location(canonical_zone(zone), locale, return_city=True))
    except LookupError:
        return zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_generic_name(zone: str, language: str | None = None) -> str:
    """The zone's generic name in ``language``: "Pacific Time" / "米国太平洋時間"; "" if none."""
    from babel.dates import get_timezone_name

    locale = babel_locale(language_code(language))
    if zone in _UNIVERSAL or zone.startswith("Etc/"):
        names = locale.time_zones.get("Etc/UTC", {}).get("long", {})
        return str(names.get("standard", "")) if "UTC" in zone or "UCT" in zone else ""
    try:
        return str(get_timezone_name(canonical_zone(zone), "long", zone_variant="generic",
                                     locale=locale))
    except LookupError:
        return ""


def zone_display_name(zone: str, language: str | None = None) -> str:
    """How the UI names a zone in running text: its city ("Los Angeles", "ロサンゼルス")."""
    return zone_city(zone, language)


def zone_label(name: str, now: datetime | None = None, language: str | None = None) -> str:
    """``Los Angeles (UTC−08:00)``: the zone's city in ``language`` and the offset at ``now``."""
    return f"{zone_city(name, language)} ({utc_offset_text(offset_minutes(name, now))})"


def _zone_search(zone: str) -> str:
    texts = [zone, canonical_zone(zone)]
    country = zone_country(zone)
    for language in SEARCH_LANGUAGES:
        texts += [zone_city(zone, language), zone_generic_name(zone, language)]
        if country:
            texts.append(country_name(country, language))
    return normalise_search(" ".join(dict.fromkeys(texts)))


def zone_entry(zone: str, language: str | None = None, now: datetime | None = None) -> ZoneEntry:
    """The picker entry of one zone (labels in ``language``, offset at ``now``)."""
    code = language_code(language)
    generic = zone_generic_name(zone, code)
    secondary = f"{zone} · {generic}" if generic and generic != zone else zone
    return ZoneEntry(zone, zone_label(zone, now, code), zone_city(zone, code), secondary,
                     _search_cached(zone))


@lru_cache(maxsize=1024)
def _search_cached(zone: str) -> str:
    return _zone_search(zone)


def _listed_zones() -> list[str]:
    """pytz's common zones this machine knows, without aliases of zones already listed."""
    common = [name for name in pytz.common_timezones if is_known_zone(name)]
    present = set(common)
    return [name for name in common if canonical_zone(name) == name or
            canonical_zone(name) not in present]


_CATALOGS: dict[str, dict[str, ZoneEntry]] = {}


def zone_catalog(language: str | None = None) -> tuple[ZoneEntry, ...]:
    """Every zone of the picker in ``language``, computed once per language (~0.3 s: ask for
    it on a worker first). Offsets are those of the moment of the first call."""
    code = language_code(language)
    if code not in _CATALOGS:
        now = datetime.now(UTC)
        _CATALOGS[code] = {name: zone_entry(name, code, now) for name in _listed_zones()}
    return tuple(_CATALOGS[code].values())


def zone_entries_for(names: Iterable[str], language: str | None = None, *,
                     quick: bool = False) -> list[ZoneEntry]:
    """Entries of ``names`` in ``language``: from the catalogue when it has been computed,
    else one by one (cheap for a few zones; no 0.3 s wait for the whole list). ``quick``
    entries skip CLDR when the catalogue is not ready (start-up does not import Babel): the
    city is the id's last part, to be relabelled once the catalogue is there."""
    code = language_code(language)
    known = _CATALOGS.get(code, {})
    make = quick_entry if quick else (lambda name: zone_entry(name, code))
    return [known.get(name) or make(name) for name in names]


def quick_entry(zone: str, now: datetime | None = None) -> ZoneEntry:
    """An entry without CLDR names: "Los Angeles (UTC−08:00)" from the id itself."""
    city = zone.rsplit("/", 1)[-1].replace("_", " ")
    label = f"{city} ({utc_offset_text(offset_minutes(zone, now))})"
    return ZoneEntry(zone, label, city, zone, normalise_search(f"{zone} {city}"))


def zone_entries(language: str | None = None) -> tuple[tuple[str, str], ...]:
    """(label, IANA id) of every zone of :func:`zone_catalog` (warms it for ``language``)."""
    return tuple((entry.label, entry.zone) for entry in zone_catalog(language_code(language)))


def find_zone(text: str, entries: Iterable[ZoneEntry] = ()) -> str | None:
    """The zone ``text`` names exactly: a label, an IANA id (any case, spaces for underscores)
    or a city in English or Japanese ("東京", "new york"); None when it names none or several."""
    wanted = normalise_search(text)
    if not wanted:
        return None
    pool = tuple(entries) or zone_catalog()
    exact = {e.zone for e in pool if wanted in (normalise_search(e.label), normalise_search(e.zone))}
    if len(exact) == 1:
        return exact.pop()
    city = normalise_search(text.split(" (", maxsplit=1)[0])  # "東京 (UTC+09:00)" -> "東京"
    cities = {e.zone for e in pool if city in _city_names(e.zone)}
    if len(cities) == 1:
        return cities.pop()
    candidate = text.split(" (", maxsplit=1)[0].strip().replace(" ", "_")
    return candidate if "/" in candidate and is_known_zone(candidate) else None


@lru_cache(maxsize=1024)
def _city_names(zone: str) -> frozenset[str]:
    return frozenset(normalise_search(zone_city(zone, language)) for language in SEARCH_LANGUAGES)


# -- countries ------------------------------------------------------------------------------


def country_name(code: str, language: str | None = None) -> str:
    """The name of country ``code`` in ``language`` ("JP" → "Japan" / "日本"); the code itself
    when CLDR has no name for it."""
    territories = babel_locale(language_code(language)).territories
    return str(territories.get(code.upper(), code.upper()))


def country_label(code: str, language: str | None = None) -> str:
    """``JP — Japan`` / ``JP — 日本``."""
    name = country_name(code, language)
    return f"{code} — {name}" if name != code else code


@lru_cache(maxsize=512)
def _country_search(code: str) -> str:
    return normalise_search(" ".join([code, *(country_name(code, lang) for lang in SEARCH_LANGUAGES)]))


def country_catalog(language: str | None = None) -> tuple[CountryEntry, ...]:
    """Every country with a holiday calendar, sorted by code, named in ``language``."""
    return _country_catalog(language_code(language))


@lru_cache(maxsize=4)
def _country_catalog(language: str) -> tuple[CountryEntry, ...]:
    from interviewplanner.core.holidays_calendar import supported_countries

    return tuple(CountryEntry(code, country_label(code, language), country_name(code, language),
                              _country_search(code))
                 for code in supported_countries())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Normalised code and names in every search language → code, for exact look-ups."""
    from interviewplanner.core.holidays_calendar import supported_countries

    table: dict[str, str] = {}
    for code in supported_countries():
        for text in (code, *(country_name(code, lang) for lang in SEARCH_LANGUAGES)):
            table.setdefault(normalise_search(text), code)
    return table


def find_country(text: str) -> str | None:
    """The holiday country ``text`` names exactly: a code ("jp"), a label ("JP — Japan") or a
    name in English or Japanese ("Japan", "日本"); None otherwise."""
    wanted = normalise_search(text)
    code = _country_names().get(wanted)
    if code is None and " " in wanted:  # a label: "jp japan"
        code = _country_names().get(wanted.split(" ", 1)[0])
        if code is not None and normalise_search(country_label(code)) != wanted and \
                wanted not in {normalise_search(country_label(code, lang)) for lang in SEARCH_LANGUAGES}:
            code = None
    return code


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone → ISO 3166 code from the tz database's ``zone.tab`` (one country per zone)."""
    return {zone: code for code, zones in pytz.country_timezones.items() for zone in zones}


def zone_country(zone: str) -> str | None:
    """The country of ``zone`` in the tz database (any country), or None ("UTC", unknown ids)."""
    table = _zone_countries()
    return table.get(zone) or table.get(canonical_zone(zone))


def suggest_country(zone: str) -> str | None:
    """The country whose holidays a person in ``zone`` most likely keeps ("Asia/Tokyo" → "JP"),
    only when the ``holidays`` package has a calendar for it; None otherwise."""
    from interviewplanner.core.holidays_calendar import supported_countries

    code = zone_country(zone)
    return code if code is not None and code in set(supported_countries()) else None
