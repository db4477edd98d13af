"""One rule for every e-mail address people type: the roster dialog and ``interviewer add``
(address and aliases), PLAN.json and templates (candidate and organizer).

The syntax is the well-kept ``email-validator`` package's (RFC 5322 ``addr-spec`` as mail
systems accept it): no display names, quoted local parts or IP literals, internationalized
domains and local parts allowed, special-use domains (``.invalid``, ``.local``, ...) refused.
What passes is stored as the validator normalises it (Unicode NFC, the domain's canonical form),
lower-cased because the roster compares addresses case-insensitively, and the invites carry
exactly that address (``ics.write.text.mailto`` percent-encodes it per RFC 6068, it never drops
characters). So an address that would change on its way to an invite is refused here instead.
"""

from __future__ import annotations

from interviewplanner.core.text import EMAIL_LENGTH
from interviewplanner.services.errors import InvalidEmail


def check_address(text: str, field: str | None = None) -> str:
    """``text`` as the address to store and send, or InvalidEmail naming ``field``."""
    from email_validator import EmailNotValidError, validate_email  # only when one is typed

    value = text.strip()
    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidEmail(text, field) from exc
    address = checked.normalized.lower()
    if len(address) > EMAIL_LENGTH:  # the validator allows 254 octets of ASCII, more in UTF-8
        raise InvalidEmail(text, field)
    return address
