"""``ledger`` on the command line (SPEC §11), and a loop over days booked through the CLI."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.cli.conftest import Cli

PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Pair", "minutes": 45, "interviewers": ["sato@example.com"],
                  "pool": "la", "count": 1},
                 {"title": "Manager", "minutes": 30, "interviewers": ["kim@example.com"],
                  "day": 2}],
    "max_days_between": 2,
}


def _roster(cli: Cli) -> None:
    for name, email, zone, country in (("Hanako Sato", "sato@example.com", "Asia/Tokyo", "JP"),
                                       ("Min Kim", "kim@example.com", "America/Los_Angeles", "US"),
                                       ("Ann Lee", "ann@example.com", "America/Los_Angeles", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", zone,
                   "--country", country, "--pool", "la").code == 0


def test_ledger_after_booking_a_loop(cli: Cli, tmp_path: Path) -> None:
    _roster(cli)
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    proposals = cli("propose", "--plan", str(plan), "--from", "2031-03-04", "--to", "2031-03-08",
                    "--json").json()["proposals"]
    assert proposals and [s["title"] for s in proposals[0]["sessions"]] == ["Pair", "Manager"]
    tokyo = ZoneInfo("Asia/Tokyo")
    days = [datetime.fromisoformat(s["start"]).astimezone(tokyo).date()
            for s in proposals[0]["sessions"]]
    assert 1 <= (days[1] - days[0]).days <= 2  # the candidate's next day or the one after
    booked = cli("book", "--plan", str(plan), "--from", "2031-03-04", "--to", "2031-03-08",
                 "--proposal", "1", "--json")
    assert booked.code == 0, booked.err
    doc = cli("ledger", "--month", "2031-03", "--json").json()
    assert doc["month"] == "2031-03"
    rows = {r["email"]: r for r in doc["interviewers"]}
    assert set(rows) == {"sato@example.com", "kim@example.com", "ann@example.com"}
    assert rows["sato@example.com"]["interviews"] == 1
    assert rows["sato@example.com"]["early"] == 1 and rows["sato@example.com"]["minutes"] == 45
    assert sum(r["interviews"] for r in rows.values()) == 3
    assert set(rows["kim@example.com"]) == {"email", "name", "timezone", "interviews", "minutes",
                                            "outside_core_minutes", "edge_minutes", "early", "late"}
    text = cli("ledger", "--month", "2031-03").out
    assert "OUTSIDE CORE" in text and "Hanako Sato" in text


def test_ledger_month_errors(cli: Cli) -> None:
    bad = cli("ledger", "--month", "March")
    assert bad.code == 1 and "--month: 'March' is not a month such as 2026-12" in bad.err
    assert cli("ledger", "--month", "2031-13").code == 1
