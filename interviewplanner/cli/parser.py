"""The argparse definition of every sub-command (SPEC §7).

Only argparse and the policy options' wording load here, never a command's implementation:
``--help`` and a mistyped option answer without SQLAlchemy, the calendar readers or the network
libraries (issue 13: start-up time). :mod:`interviewplanner.cli.main` imports the one module a
command needs once the line is parsed.
"""

from __future__ import annotations

import argparse

from interviewplanner import __version__
from interviewplanner.cli.options import add_policy_options


def _interviewer(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("interviewer", help="manage the roster of interviewers")
    s = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="add an interviewer")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--alias", action="append", default=[], metavar="EMAIL",
                     help="another address of this person (repeatable)")
    add.add_argument("--tz", required=True, metavar="ZONE", help="IANA zone, e.g. Asia/Tokyo")
    add.add_argument("--country", metavar="CC", help="holiday calendar, e.g. JP, US, GB")
    add.add_argument("--pool", action="append", default=[], metavar="NAME", help="repeatable")
    add.add_argument("--language", choices=("en", "ja"), default=None,
                     help="language of their invites and messages (default: the company's)")
    add.add_argument("--json", action="store_true")
    add_policy_options(add)
    lst = s.add_parser("list", help="list interviewers")
    lst.add_argument("--json", action="store_true")
    rm = s.add_parser("remove", help="remove an interviewer (refused while they have "
                                     "upcoming confirmed bookings)")
    rm.add_argument("email", metavar="EMAIL")
    rm.add_argument("--json", action="store_true")


def _ranged(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--from", dest="start", required=required, metavar="DATE")
    p.add_argument("--to", dest="end", required=required, metavar="DATE")
    p.add_argument("--json", action="store_true")


def _calendar(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import-ics", help="import an interviewer's .ics calendar export")
    imp.add_argument("--interviewer", required=True, metavar="EMAIL")
    imp.add_argument("file", metavar="FILE.ics")
    imp.add_argument("--keep-titles", action="store_true",
                     help="also store event titles (private; off by default)")
    _ranged(imp, required=False)
    for name, text in (("busy", "busy time (UTC)"), ("free", "free time inside the policy (UTC)")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--interviewer", required=True, metavar="EMAIL")
        _ranged(p, required=True)


def _plan_source(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--plan", metavar="PLAN.json", help="the panel plan (SPEC §7)")
    g.add_argument("--template", metavar="NAME", help="a plan template saved in the store")


def _templates(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("template", help="save, list, show and delete plan templates")
    s = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    save = s.add_parser("save", help="save PLAN.json under a name (replaces one of that name)")
    save.add_argument("name")
    save.add_argument("--plan", required=True, metavar="PLAN.json")
    save.add_argument("--json", action="store_true")
    for action in ("show", "delete"):
        one = s.add_parser(action, help=f"{action} a template")
        one.add_argument("name")
        one.add_argument("--json", action="store_true")
    s.add_parser("list", help="list template names").add_argument("--json", action="store_true")


def _planning(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pro = sub.add_parser("propose", help="ranked, explained proposals for a panel plan")
    _plan_source(pro)
    pro.add_argument("--limit", type=int, default=10, metavar="N")
    _ranged(pro, required=True)
    bk = sub.add_parser("book", help="book proposal K of the same propose call")
    _plan_source(bk)
    bk.add_argument("--proposal", type=int, required=True, metavar="K")
    _ranged(bk, required=True)
    rs = sub.add_parser("reschedule", help="move a booking to proposal K of a new search")
    rs.add_argument("booking_id", metavar="BOOKING_ID")
    rs.add_argument("--proposal", type=int, required=True, metavar="K")
    _ranged(rs, required=True)
    cn = sub.add_parser("cancel", help="cancel a booking (frees the time)")
    cn.add_argument("booking_id", metavar="BOOKING_ID")
    cn.add_argument("--json", action="store_true")
    ls = sub.add_parser("bookings", help="list bookings")
    ls.add_argument("--json", action="store_true")
    ex = sub.add_parser("export", help="write a booking's .ics invites and calendars")
    ex.add_argument("booking_id", metavar="BOOKING_ID")
    ex.add_argument("--out", required=True, metavar="DIR")
    ex.add_argument("--candidate-sees-addresses", action="store_true",
                    help="put interviewers' e-mail addresses into the candidate's file")
    ex.add_argument("--json", action="store_true")
    ms = sub.add_parser("messages", help="ready-to-send e-mail texts for a booking, one per "
                                         "interviewer and one for the candidate")
    ms.add_argument("booking_id", metavar="BOOKING_ID")
    ms.add_argument("--language", choices=("en", "ja"), default=None,
                    help="write every message in this language (default: each reader's own)")
    ms.add_argument("--json", action="store_true")


def _sources(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("source", help="calendar sources: ICS feeds and CalDAV collections (§9)")
    s = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = s.add_parser("add", help="subscribe an interviewer to a feed or CalDAV collection")
    add.add_argument("--interviewer", required=True, metavar="EMAIL")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", metavar="URL", help="an ICS feed (https://, http://, webcal://)")
    where.add_argument("--caldav", metavar="COLLECTION_URL", help="a CalDAV calendar collection")
    add.add_argument("--user", metavar="NAME", help="user name for the server")
    add.add_argument("--password-env", metavar="VAR",
                     help="environment variable holding the password (only its name is stored)")
    add.add_argument("--json", action="store_true")
    s.add_parser("list", help="every source with its last refresh and status").add_argument(
        "--json", action="store_true")
    rm = s.add_parser("remove", help="forget a source and the busy time it gave")
    rm.add_argument("source_id", metavar="SOURCE_ID")
    rm.add_argument("--json", action="store_true")
    rf = sub.add_parser("refresh", help="fetch every subscribed source again (conditional GET)")
    rf.add_argument("--interviewer", metavar="EMAIL", help="only this interviewer's sources")
    rf.add_argument("--json", action="store_true")
    pub = sub.add_parser("publish", help="put a booking's sessions into a CalDAV calendar")
    pub.add_argument("booking_id", metavar="BOOKING_ID")
    pub.add_argument("--caldav", required=True, metavar="COLLECTION_URL")
    pub.add_argument("--user", required=True, metavar="NAME")
    pub.add_argument("--password-env", required=True, metavar="VAR",
                     help="environment variable holding the password")
    pub.add_argument("--json", action="store_true")


def _team(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="the store itself: copy it into another database (team mode)")
    s = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    cp = s.add_parser("copy", help="copy everything into an empty SQLite file or PostgreSQL "
                                   "database (refused when it holds data)")
    cp.add_argument("--to", dest="dest", required=True, metavar="PATH_OR_URL")
    cp.add_argument("--json", action="store_true")


def _pacific(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``overlap`` and ``ledger`` (SPEC §11)."""
    ov = sub.add_parser("overlap", help="when a group (and a candidate) can meet at all, day by "
                                        "day, from the policy alone")
    who = ov.add_mutually_exclusive_group(required=True)
    who.add_argument("--interviewer", action="append", metavar="EMAIL", default=[],
                     help="a member of the group (repeatable)")
    who.add_argument("--pool", action="append", metavar="NAME", default=[],
                     help="every member of this pool (repeatable)")
    ov.add_argument("--candidate-tz", metavar="ZONE",
                    help="add a candidate in this zone (local 08:00-20:00 on weekdays)")
    ov.add_argument("--core", action="store_true", help="core hours instead of working windows")
    ov.add_argument("--from", dest="start", required=True, metavar="DATE")
    ov.add_argument("--to", dest="end", required=True, metavar="DATE")
    ov.add_argument("--json", action="store_true")
    led = sub.add_parser("ledger", help="who carried the awkward hours this month: interviews, "
                                        "minutes, minutes outside core hours and at the edges")
    led.add_argument("--month", metavar="YYYY-MM", help="the month (default: this month, UTC)")
    led.add_argument("--json", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options and sub-commands."""
    parser = argparse.ArgumentParser(
        prog="interviewplanner",
        description="Plan interview panels across time zones and flex hours. "
                    "With no command, opens the desktop app.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or SQLAlchemy URL (default: $INTERVIEWPLANNER_DB, "
                             "else the user data folder)")
    parser.add_argument("--as", dest="actor", metavar="NAME",
                        help="the coordinator recorded with each change (default: your user "
                             "name on this computer)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--demo", action="store_true", help="load demo data into an empty store")
    _interviewer(sub)
    _calendar(sub)
    _planning(sub)
    _templates(sub)
    _sources(sub)
    _team(sub)
    _pacific(sub)
    return parser
