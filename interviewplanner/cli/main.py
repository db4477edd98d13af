"""Entry point: no arguments opens the GUI; sub-commands run headless (SPEC §7).

Errors become one line on stderr (worded by :mod:`interviewplanner.cli.wording` from the
services' and the store's codes) and a non-zero exit; ``--debug`` shows the traceback.

Start-up time (issue 13): a command's implementation is named here by a string and imported only
when that command runs, so ``--help`` loads no SQLAlchemy, ``interviewer list`` no calendar
reader and ``busy`` no network library.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from interviewplanner.cli.parser import build_parser
from interviewplanner.cli.wording import CliError, error_message
from interviewplanner.core.text import terminal_safe
from interviewplanner.services.errors import UserError
from interviewplanner.storage.errors import StoreError

COMMANDS: dict[str, str] = {
    "gui": "commands:run_gui",
    "interviewer add": "commands:interviewer_add",
    "interviewer list": "commands:interviewer_list",
    "interviewer remove": "commands:interviewer_remove",
    "import-ics": "commands:import_ics",
    "busy": "commands:busy",
    "free": "commands:free",
    "propose": "booking_commands:propose",
    "book": "booking_commands:book",
    "reschedule": "booking_commands:reschedule",
    "cancel": "booking_commands:cancel",
    "bookings": "booking_commands:list_bookings",
    "export": "booking_commands:export_files",
    "messages": "booking_commands:booking_messages",
    "template save": "booking_commands:template",
    "template list": "booking_commands:template",
    "template show": "booking_commands:template",
    "template delete": "booking_commands:template",
    "source add": "source_commands:source_add",
    "source list": "source_commands:source_list",
    "source remove": "source_commands:source_remove",
    "refresh": "source_commands:refresh",
    "publish": "source_commands:publish",
    "db copy": "team_commands:db_copy",
    "overlap": "pacific:overlap",
    "ledger": "pacific:ledger",
}
"""Each command (``"interviewer list"`` for a grouped one) -> ``module:function`` of its handler,
the module relative to :mod:`interviewplanner.cli`."""


def handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The handler of ``command``, importing its module now (and only its module)."""
    module, _, name = COMMANDS[command].partition(":")
    found: Callable[[argparse.Namespace], int] = getattr(
        import_module(f"interviewplanner.cli.{module}"), name)
    return found


def _fail(message: str) -> int:
    print(f"interviewplanner: error: {terminal_safe(message, keep_newlines=False)}",
          file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    from interviewplanner import holiday_cache

    holiday_cache.install()
    try:
        grouped = args.command in ("interviewer", "template", "source", "db")
        key = f"{args.command} {args.action}" if grouped else args.command or "gui"
        return handler(key)(args)
    except (UserError, StoreError, CliError) as exc:
        if args.debug:
            raise
        return _fail(error_message(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        # The reader of our output went away (``| head``): not an error worth a message.
        sys.stdout = None  # stop Python flushing into the closed pipe
        return 0
    except Exception as exc:
        if args.debug:
            raise
        return _fail(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)")


if __name__ == "__main__":
    sys.exit(main())
