"""Update the translation sources and build the shipped .qm files.

    .venv/bin/python tools/build_translations.py            # lupdate + lrelease
    .venv/bin/python tools/build_translations.py --release  # lrelease only

``pyside6-lupdate`` scans every ``interviewplanner/gui/**/*.py`` for ``self.tr()`` and
``QCoreApplication.translate()`` and updates ``resources/i18n/interviewplanner_ja.ts`` (keeping
existing translations; strings that disappeared are marked obsolete and dropped with
``-no-obsolete``). ``interviewplanner_en.ts`` holds only the plural forms (``-pluralonly``), so
"1 interviewer" / "8 interviewers" read right in English. ``pyside6-lrelease`` then writes the
``.qm`` files into ``interviewplanner/resources/i18n/``, which ships as package data.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "interviewplanner" / "gui"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "interviewplanner" / "resources" / "i18n"
LANGUAGES = {"ja": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """Path of a PySide6 tool next to the running interpreter, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def update() -> None:
    """Run lupdate for every language."""
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language, extra in LANGUAGES.items():
        target = TS_DIR / f"interviewplanner_{language}.ts"
        command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *extra,
                   "-target-language", language, *files, "-ts", str(target.relative_to(ROOT))]
        subprocess.run(command, check=True, cwd=ROOT)


def release() -> None:
    """Run lrelease: .ts -> .qm inside the package."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        source = TS_DIR / f"interviewplanner_{language}.ts"
        target = QM_DIR / f"interviewplanner_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True)


def fill(mapping_file: Path) -> int:
    """Fill unfinished Japanese translations from a JSON file ``{context: {source: text}}``.

    Only messages that lupdate already found in the code are filled; returns how many.
    """
    import json
    import xml.etree.ElementTree as ET

    wanted: dict[str, dict[str, str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    target = TS_DIR / "interviewplanner_ja.ts"
    tree = ET.parse(target)
    done = 0
    for context in tree.getroot().iter("context"):
        table = wanted.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source") or "")
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes" and forms:
                for form in forms:  # Japanese has one plural form
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return done


def english_plurals() -> int:
    """Write the English singular and plural of every ``%n … (s)`` message (the source is
    its own translation otherwise); returns how many were filled."""
    import xml.etree.ElementTree as ET

    target = TS_DIR / "interviewplanner_en.ts"
    tree = ET.parse(target)
    done = 0
    for message in tree.getroot().iter("message"):
        forms = message.findall("translation/numerusform")
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or len(forms) != 2 or translation.get("type") != "unfinished":
            continue
        forms[0].text = source.replace("(s)", "")
        forms[1].text = source.replace("(s)", "s")
        translation.attrib.pop("type", None)
        done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return done


def known_translations() -> dict[str, str]:
    """Every finished Japanese translation by source text (read before lupdate drops any)."""
    import xml.etree.ElementTree as ET

    known: dict[str, str] = {}
    for message in ET.parse(TS_DIR / "interviewplanner_ja.ts").getroot().iter("message"):
        translation = message.find("translation")
        if (translation is not None and message.get("numerus") != "yes"
                and translation.get("type") != "unfinished" and translation.text):
            known.setdefault(message.findtext("source") or "", translation.text)
    return known


def reuse_known(known: dict[str, str]) -> int:
    """Fill unfinished messages whose source was translated in another context (a string that
    moved to another class keeps its translation); returns how many."""
    import xml.etree.ElementTree as ET

    target = TS_DIR / "interviewplanner_ja.ts"
    tree = ET.parse(target)
    known = {**known_translations(), **known}
    waiting = [m for m in tree.getroot().iter("message")
               if m.get("numerus") != "yes" and m.find("translation") is not None
               and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    done = 0
    for message in waiting:
        text = known.get(message.findtext("source") or "")
        translation = message.find("translation")
        if text and translation is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    if done:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body
                          + "\n", encoding="utf-8")
    return done


def unfinished() -> list[str]:
    """Sources of Japanese messages still without a translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(TS_DIR / "interviewplanner_ja.ts").getroot()
    return [f"{c.findtext('name')}: {m.findtext('source')}" for c in root.iter("context")
            for m in c.iter("message")
            if (m.find("translation") is not None
                and m.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


def main() -> None:
    """Parse the command line and build (under a lock: several people may run it at once)."""
    import fcntl

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only run lrelease")
    parser.add_argument("--fill", type=Path, action="append", default=[],
                        help="JSON {context: {source: japanese}} to fill in after lupdate")
    parser.add_argument("--check", action="store_true",
                        help="list Japanese messages without a translation; exit 1 if any")
    args = parser.parse_args()
    with open(TS_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        known = known_translations()
        if not args.release:
            update()
        for path in args.fill:
            print(f"{path}: {fill(path)} translations filled")
        print(f"{english_plurals()} English plural forms written")
        print(f"{reuse_known(known)} translations reused from other contexts")
        release()
        missing = unfinished()
    for line in missing:
        print(f"untranslated: {line}")
    if args.check and missing:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
