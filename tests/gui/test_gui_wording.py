"""The window words every error and reason code in English and Japanese, never ``str(exc)``.

Walks :class:`ErrorCode`, the storage codes and :class:`ReasonCode` (samples in
``tests/error_samples.py``), books a proposal that someone took meanwhile with the Japanese
translator installed, and checks the default error dialog shows the wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from interviewplanner.core.intervals import Interval
from interviewplanner.core.reasons import ReasonCode
from interviewplanner.gui import errors, i18n
from interviewplanner.gui.formatting import format_date
from interviewplanner.gui.wording import describe_error, reason_text
from interviewplanner.services import bookings, roster
from interviewplanner.services.errors import ErrorCode, FileError, ProposalTaken
from interviewplanner.services.planning import parse_plan
from interviewplanner.storage.db import open_store
from interviewplanner.storage.errors import StoreErrorCode
from tests.error_samples import ERRORS, KIM_BUSY, REASONS, STORE_ERRORS

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
CLI_COMMAND = re.compile(r"interviewplanner (interviewer|bookings?|propose|import-ics|template|"
                         r"cancel|reschedule|export|busy|free|messages)\b")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, English is back afterwards."""
    yield
    i18n.install("en")


def _worded(language: str) -> dict[object, tuple[str, str]]:
    i18n.install(language)
    out: dict[object, tuple[str, str]] = {}
    for code, exc in [*ERRORS.items(), *STORE_ERRORS.items()]:
        text = describe_error(exc)
        assert text is not None, code
        out[code] = (text.message, text.advice)
    for reason_code, reason in REASONS.items():
        out[reason_code] = (reason_text(reason), "")
    return out


def test_every_code_is_worded_in_english_without_cli_flags(language: None) -> None:
    worded = _worded("en")
    assert set(worded) == {*ErrorCode, *StoreErrorCode, *ReasonCode}
    for code, (message, advice) in worded.items():
        assert message, code
        assert "--" not in message + advice, (code, message, advice)
        assert not CLI_COMMAND.search(message + advice), (code, message, advice)
        assert not re.search(r"\{\w+\}", message + advice), (code, message, advice)
        assert not JAPANESE.search(message + advice) or code in (StoreErrorCode.EMAIL_TAKEN,)
        if code not in set(ReasonCode):
            assert advice, code


def test_every_code_is_worded_in_japanese(language: None) -> None:
    english = _worded("en")
    japanese = _worded("ja")
    for code, (message, advice) in japanese.items():
        assert message != english[code][0], (code, message)
        assert JAPANESE.search(message), (code, message)
        if advice:
            assert advice != english[code][1] and JAPANESE.search(advice), (code, advice)
        assert not re.search(r"\{\w+\}", message + advice), (code, message, advice)


def test_reason_dates_follow_the_ui_language(language: None) -> None:
    holiday = REASONS[ReasonCode.HOLIDAY]
    i18n.install("en")
    assert format_date(date(2026, 12, 25), weekday=True) in reason_text(holiday)
    assert "Dec" in reason_text(holiday)
    i18n.install("ja")
    assert "2026年12月25日(金)" in reason_text(holiday)
    assert reason_text(KIM_BUSY) == "Kimさんはその時間は予定があります。"


PLAN = {
    "candidate": {"name": "Jane", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Coding", "minutes": 60, "interviewers": ["kim@example.com"]}],
}


def test_a_japanese_coordinator_reads_a_taken_proposal_in_japanese(
    language: None, tmp_path: Path
) -> None:
    i18n.install("ja")
    window = Interval(datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 2, tzinfo=UTC))
    plan = parse_plan(PLAN)
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        roster.add_interviewer(store, roster.new_interviewer(
            name="キム", email="kim@example.com", timezone="Asia/Tokyo", country="JP"))
        chosen = bookings.pick(store, plan, window, 1)
        bookings.book_proposal(store, plan, PLAN, window, chosen)  # someone else was quicker
        with pytest.raises(ProposalTaken) as caught:
            bookings.book_proposal(store, plan, PLAN, window, chosen)
    taken = caught.value
    assert taken.reasons and taken.reasons[0].who == "キム"
    text = describe_error(taken)
    assert text is not None
    assert text.message.startswith("この時間はもう空いていません")
    assert "キムさん" in text.message and "--" not in text.message
    assert JAPANESE.search(text.advice)
    assert "proposal" not in (text.message + text.advice).lower()


def test_the_error_dialog_shows_wording_not_str(language: None) -> None:
    exc = ERRORS[ErrorCode.NOT_ICALENDAR]
    box = errors.show_error(None, "Import", exc)
    try:
        assert box.text() == "login.ics is not an iCalendar (.ics) file."
        assert box.informativeText().startswith("Nothing was imported.")
        assert str(exc) not in box.text() + box.informativeText()
    finally:
        box.close()
    i18n.install("ja")
    store_box = errors.show_error(None, "データベース", STORE_ERRORS[StoreErrorCode.BUSY])
    try:
        assert JAPANESE.search(store_box.text()) and "planner.db" in store_box.text()
        assert store_box.icon() is QMessageBox.Icon.Warning
    finally:
        store_box.close()


def test_unexpected_errors_still_read_as_an_apology(language: None) -> None:
    message, advice = errors.describe(ZeroDivisionError("boom"))
    assert "ZeroDivisionError: boom" in message and advice


def test_a_file_row_can_name_the_file_without_its_folder(language: None) -> None:
    exc = FileError(ErrorCode.FILE_MISSING, "/home/kim/exports/cal.ics")
    assert errors.describe(exc)[0] == "/home/kim/exports/cal.ics does not exist."
    assert errors.describe(exc, name_only=True)[0] == "cal.ics does not exist."
