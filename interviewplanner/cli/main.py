"""Entry point: no arguments opens the GUI; sub-commands run headless (SPEC §7).

Errors become one line on stderr (worded by :mod:`interviewplanner.cli.wording` from the
services' and the store's codes) and a non-zero exit; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from interviewplanner.cli.booking_commands import COMMANDS as BOOKING_COMMANDS
from interviewplanner.cli.commands import HANDLERS, run_gui
from interviewplanner.cli.pacific import COMMANDS as PACIFIC_COMMANDS
from interviewplanner.cli.parser import build_parser
from interviewplanner.cli.source_commands import COMMANDS as SOURCE_COMMANDS
from interviewplanner.cli.team_commands import COMMANDS as TEAM_COMMANDS
from interviewplanner.cli.wording import CliError, error_message
from interviewplanner.core.text import terminal_safe
from interviewplanner.services.errors import UserError


def _fail(message: str) -> int:
    print(f"interviewplanner: error: {terminal_safe(message, keep_newlines=False)}",
          file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    from interviewplanner.storage.db import StoreError

    try:
        if args.command in (None, "gui"):
            return run_gui(args)
        grouped = args.command in ("interviewer", "template", "source", "db")
        key = f"{args.command} {args.action}" if grouped else args.command
        return {**HANDLERS, **BOOKING_COMMANDS, **PACIFIC_COMMANDS, **SOURCE_COMMANDS,
                **TEAM_COMMANDS}[key](args)
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
