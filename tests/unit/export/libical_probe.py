"""Run by the system Python (``/usr/bin/python3``) with libical's GObject bindings.

Usage: ``python3 libical_probe.py FILE.ics ...``. Prints one JSON document: for each file,
libical's RFC 5546 restriction check (``check_restrictions``), its parse error count, the METHOD,
and each event's UID, UTC start/end (resolved through the file's own VTIMEZONE) and attendees.
Exit status 3 when the bindings are missing.
"""

import json
import sys

try:
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
except (ImportError, ValueError) as exc:
    print(f"libical bindings missing: {exc}", file=sys.stderr)
    sys.exit(3)


def utc_seconds(component, when):
    """Seconds since the epoch of a DATE-TIME, using the VTIMEZONE of ``component``."""
    tzid = when.get_tzid()
    if when.is_utc() or not tzid:
        return when.as_timet()
    zone = component.get_timezone(tzid)
    if zone is None:
        raise SystemExit(f"no VTIMEZONE for {tzid}")
    return when.as_timet_with_zone(zone)


def attendees(event):
    """(address, CN) of every ATTENDEE."""
    found = []
    prop = event.get_first_property(ICalGLib.PropertyKind.ATTENDEE_PROPERTY)
    while prop is not None:
        cn = prop.get_first_parameter(ICalGLib.ParameterKind.CN_PARAMETER)
        found.append([prop.get_attendee(), cn.get_cn() if cn is not None else None])
        prop = event.get_next_property(ICalGLib.PropertyKind.ATTENDEE_PROPERTY)
    return found


def events(calendar):
    """Every VEVENT of ``calendar`` as a plain dict."""
    found = []
    kind = ICalGLib.ComponentKind.VEVENT_COMPONENT
    event = calendar.get_first_component(kind)
    while event is not None:
        found.append({
            "uid": event.get_uid(), "summary": event.get_summary(),
            "start": utc_seconds(calendar, event.get_dtstart()),
            "end": utc_seconds(calendar, event.get_dtend()),
            "sequence": event.get_sequence(), "status": event.get_status().value_nick,
            "attendees": attendees(event),
        })
        event = calendar.get_next_component(kind)
    return found


def probe(path):
    """Everything the test checks about one file."""
    with open(path, encoding="utf-8", newline="") as stream:
        calendar = ICalGLib.Component.new_from_string(stream.read())
    restrictions_ok = bool(calendar.check_restrictions())
    return {
        "path": path, "restrictions_ok": restrictions_ok, "errors": calendar.count_errors(),
        "method": calendar.get_method().value_nick, "events": events(calendar),
    }


print(json.dumps([probe(path) for path in sys.argv[1:]], ensure_ascii=False))
