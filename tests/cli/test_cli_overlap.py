"""``overlap`` on the command line: the JSON shape of SPEC §11, the group by e-mail or pool."""

from __future__ import annotations

from tests.cli.conftest import Cli


def _roster(cli: Cli) -> None:
    for name, email, zone, country in (("Hanako Sato", "sato@example.com", "Asia/Tokyo", "JP"),
                                       ("Min Kim", "kim@example.com", "America/Los_Angeles", "US"),
                                       ("Ann Lee", "lee@example.com", "Europe/London", "GB")):
        pools = ["--pool", "pacific"] if zone != "Europe/London" else []
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", zone,
                   "--country", country, *pools).code == 0


def test_overlap_json_across_us_dst(cli: Cli) -> None:
    _roster(cli)
    result = cli("overlap", "--interviewer", "sato@example.com", "--interviewer",
                 "KIM@example.com", "--from", "2027-03-08", "--to", "2027-03-20", "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert set(doc) == {"days", "changes"}
    days = {d["date"]: d for d in doc["days"]}
    assert len(days) == 12
    assert days["2027-03-12"] == {"date": "2027-03-12", "minutes": 120, "overlap": [
        {"start": "2027-03-12T01:00:00Z", "end": "2027-03-12T03:00:00Z"}]}
    assert days["2027-03-15"] == {"date": "2027-03-15", "overlap": [], "minutes": 0}
    assert days["2027-03-16"]["minutes"] == 60
    assert {"date": "2027-03-16", "minutes_before": 120, "minutes_after": 60,
            "because": [{"zone": "America/Los_Angeles", "what": "dst_start"}]} in doc["changes"]


def test_overlap_by_pool_with_a_candidate_and_core(cli: Cli) -> None:
    _roster(cli)
    doc = cli("overlap", "--pool", "pacific", "--candidate-tz", "Europe/London", "--from",
              "2027-03-08", "--to", "2027-03-13", "--json").json()
    assert all(d["minutes"] == 0 for d in doc["days"])
    core = cli("overlap", "--pool", "pacific", "--core", "--from", "2027-03-08", "--to",
               "2027-03-13", "--json").json()
    assert all(d["overlap"] == [] for d in core["days"])


def test_overlap_human_text_names_the_change(cli: Cli) -> None:
    _roster(cli)
    out = cli("overlap", "--pool", "pacific", "--from", "2027-03-10", "--to", "2027-03-18").out
    assert "Tue 2027-03-16    60 min  01:00–02:00" in out
    assert "2027-03-16  120 -> 60 min: clocks go forward in America/Los_Angeles" in out


def test_overlap_errors(cli: Cli) -> None:
    _roster(cli)
    missing = cli("overlap", "--pool", "frontend", "--from", "2027-03-01", "--to", "2027-03-05")
    assert missing.code == 1 and "no interviewer is in pool 'frontend'" in missing.err
    nobody = cli("overlap", "--interviewer", "x@example.com", "--from", "2027-03-01", "--to",
                 "2027-03-05")
    assert nobody.code == 1 and "x@example.com" in nobody.err
    zone = cli("overlap", "--pool", "pacific", "--candidate-tz", "Mars/Olympus", "--from",
               "2027-03-01", "--to", "2027-03-05")
    assert zone.code == 1 and "unknown time zone 'Mars/Olympus'" in zone.err
    too_long = cli("overlap", "--pool", "pacific", "--from", "2027-01-01", "--to", "2030-01-01")
    assert too_long.code == 1 and "must be between 1 and 731" in too_long.err
