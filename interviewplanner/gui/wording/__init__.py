"""Codes into words for the desktop app: policy problems, errors and reasons, through ``tr()``.

Each module words one family of codes in English (the source text) and, through the shipped
translations, Japanese: :mod:`.policy` the flex-time policy's field labels and problems,
:mod:`.errors` the services' and the store's error codes (:func:`describe_error` gives what
went wrong and what to do next), :mod:`.reasons` the core's reason codes (why a time does not
fit). Services never send sentences; this package and ``cli/wording.py`` are the only places
that word them.
"""

from interviewplanner.gui.wording.errors import ErrorText, describe_error
from interviewplanner.gui.wording.reasons import reason_text, reasons_text

__all__ = ["ErrorText", "describe_error", "reason_text", "reasons_text"]
