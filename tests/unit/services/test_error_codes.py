"""Services and the store raise codes with fields, never sentences; the CLI words every code.

Walks :class:`ErrorCode`, :class:`StoreErrorCode` and :class:`ReasonCode` so a new code without
wording fails here, and reads the services' source so no CLI flag or command sneaks back in.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from interviewplanner.cli.wording import error_message, reason_text
from interviewplanner.core.reasons import ReasonCode
from interviewplanner.services import dates, planning
from interviewplanner.services.errors import (
    ErrorCode,
    FileError,
    InvalidDate,
    InvalidRange,
    NumberOutOfRange,
    ProposalTaken,
    UserError,
)
from interviewplanner.storage.errors import StoreErrorCode, describe_failure, hide_password
from tests.error_samples import ERRORS, KIM_BUSY, REASONS, STORE_ERRORS

CLI_COMMAND = re.compile(r"interviewplanner (interviewer|bookings?|propose|import-ics|template|"
                         r"cancel|reschedule|export|busy|free|messages)\b")
SERVICES = Path(__file__).resolve().parents[3] / "interviewplanner" / "services"


def test_every_code_has_a_sample() -> None:
    assert set(ERRORS) == set(ErrorCode)
    assert set(STORE_ERRORS) == set(StoreErrorCode)
    assert set(REASONS) == set(ReasonCode)
    assert all(e.code is code for code, e in ERRORS.items())
    assert all(e.code is code for code, e in STORE_ERRORS.items())


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_service_error_has_a_cli_message(code: ErrorCode) -> None:
    message = error_message(ERRORS[code])
    assert message and "\n" not in message and "{" not in message


@pytest.mark.parametrize("code", list(StoreErrorCode))
def test_every_store_error_has_a_cli_message(code: StoreErrorCode) -> None:
    message = error_message(STORE_ERRORS[code])
    assert message and "\n" not in message and "{" not in message


@pytest.mark.parametrize("code", list(ReasonCode))
def test_every_reason_has_a_cli_sentence(code: ReasonCode) -> None:
    assert reason_text(REASONS[code])


def test_str_is_for_logs_code_and_fields() -> None:
    assert str(ERRORS[ErrorCode.NOT_FOUND]) == "not_found(kind='interviewer', key='nobody@example.com')"
    assert str(STORE_ERRORS[StoreErrorCode.BUSY]).startswith("busy(where=")


def _literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of ``path`` (docstrings and f-string parts included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


@pytest.mark.parametrize("path", sorted(SERVICES.glob("*.py")), ids=lambda p: p.name)
def test_services_name_no_cli_flag_or_command(path: Path) -> None:
    for line, text in _literals(path):
        assert "--" not in text, f"{path.name}:{line}: {text!r}"
        assert not CLI_COMMAND.search(text), f"{path.name}:{line}: {text!r}"


def test_values_from_flags_are_named_by_field() -> None:
    with pytest.raises(InvalidDate) as bad_date:
        dates.parse_range("tomorrow", None)
    assert bad_date.value.fields == {"field": "start", "text": "tomorrow"}
    with pytest.raises(InvalidRange) as backwards:
        dates.parse_range("2026-12-10", "2026-12-01")
    assert backwards.value.fields["first"] > backwards.value.fields["last"]
    with pytest.raises(NumberOutOfRange) as limit:
        planning.check_limit(0)
    assert limit.value.fields == {"field": "limit", "value": 0, "minimum": 1, "maximum": 200}


def test_the_cli_maps_fields_to_its_flags() -> None:
    assert error_message(NumberOutOfRange("rank", 0, 1)) == "--proposal must be 1 or more"
    assert error_message(NumberOutOfRange("limit", 0, 1, 200)) == \
        "--limit must be between 1 and 200"
    assert error_message(InvalidDate("end", "x")) == \
        "--to: 'x' is not an ISO 8601 date such as 2026-12-01"
    assert error_message(ERRORS[ErrorCode.INVALID_RANGE]) == \
        "--to (2026-12-01 00:00Z) must be after --from (2026-12-10 00:00Z)"
    assert error_message(ERRORS[ErrorCode.PROPOSAL_OUT_OF_RANGE]) == \
        "there are only 3 proposals; --proposal 7 does not exist"


def test_a_taken_proposal_carries_the_core_reasons_and_reads_as_before() -> None:
    taken = ProposalTaken((KIM_BUSY,))
    assert taken.reasons == (KIM_BUSY,)
    assert error_message(taken) == (
        "this proposal is no longer free (someone booked or imported meanwhile): "
        "Kim is busy at those times. Ask for proposals again.")


def test_file_errors_carry_the_path_and_only_file_codes(tmp_path: Path) -> None:
    with pytest.raises(FileError) as missing:
        planning.read_plan(tmp_path / "nope.json")
    assert missing.value.code is ErrorCode.FILE_MISSING
    assert missing.value.fields["path"] == str(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(FileError) as broken:
        planning.read_plan(tmp_path / "bad.json")
    assert broken.value.code is ErrorCode.NOT_JSON and broken.value.fields["line"] == 1
    with pytest.raises(ValueError):
        FileError(ErrorCode.NOT_FOUND, "x")
    assert isinstance(missing.value, UserError)


def test_store_errors_never_carry_a_password() -> None:
    assert hide_password("postgresql+psycopg://planner:s3cret@db:5432/x") == \
        "postgresql+psycopg://planner:***@db:5432/x"
    failure = describe_failure(
        Exception("could not connect to postgresql://planner:s3cret@db/x"), "db/x")
    assert failure.code is StoreErrorCode.UNREACHABLE and "s3cret" not in str(failure)
    other = describe_failure(Exception("boom at postgresql://planner:s3cret@db/x"), "db/x")
    assert other.code is StoreErrorCode.OTHER and "s3cret" not in str(other)
