"""User-interface languages: Qt translators, the locale for dates and times, holiday names.

English is the source language (the strings in the code); Japanese comes from
``interviewplanner/resources/i18n/interviewplanner_ja.qm`` (built from ``resources/i18n/*.ts`` by
``tools/build_translations.py``) plus Qt's own ``qtbase_ja.qm`` for standard buttons. The
choice follows the system locale unless the user picks a language in Settings; switching
installs new translators, and Qt sends every widget a ``LanguageChange`` event.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SYSTEM = "system"
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
"""Supported UI languages: code -> name in that language (shown untranslated in Settings)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, seen by lupdate
    """Mark ``text`` for lupdate; it is translated later with its context."""
    return text


_installed: list[QTranslator] = []
_state = {"language": "en"}


def system_language() -> str:
    """The supported language that matches the system locale (English otherwise)."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def resolve(choice: str | None) -> str:
    """Turn a Settings choice ("system", "en", "ja", or None) into a language code."""
    if choice in LANGUAGES:
        return str(choice)
    return system_language()


def locale_for(language: str) -> QLocale:
    """The QLocale used to format dates and times in ``language``."""
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system  # keep the user's English variant (en_GB dates stay day-first)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _app_translation(language: str) -> str | None:
    """Path of the app's .qm file for ``language`` inside the installed package, if any."""
    folder = resources.files("interviewplanner") / "resources" / "i18n"
    candidate = folder / f"interviewplanner_{language}.qm"
    return str(candidate) if candidate.is_file() else None


def install(language: str) -> str:
    """Make ``language`` the UI language of the running application; returns the code used.

    Removes the previous translators, installs the app's and Qt's translations and sets the
    default QLocale. Widgets receive ``QEvent.LanguageChange`` and re-translate themselves.
    """
    app = QCoreApplication.instance()
    code = language if language in LANGUAGES else "en"
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(code))
    _state["language"] = code
    if app is None:
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English needs the app's file too: it carries the plural forms ("1 interviewer").
    paths = [_app_translation(code)]
    if code != "en":
        paths.append(f"{qt_dir}/qtbase_{code}.qm")
    for path in paths:
        translator = QTranslator()
        if path and translator.load(path):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return code


def current_language() -> str:
    """The language code installed last ("en" or "ja")."""
    return _state["language"]


def holidays_language(language: str | None = None) -> str:
    """The ``holidays`` package language code for holiday names in the UI language."""
    return "ja" if (language or _state["language"]) == "ja" else "en_US"
