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


def main() -> None:
    """Parse the command line and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only run lrelease")
    args = parser.parse_args()
    if not args.release:
        update()
    release()


if __name__ == "__main__":
    main()
