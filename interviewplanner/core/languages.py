"""The languages a reader may have (SPEC §11): their invites and messages are written in it."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "ja")
"""Supported languages, English first (the order of bilingual texts)."""

DEFAULT_LANGUAGE = "en"


def is_language(code: str) -> bool:
    """True when ``code`` is one of :data:`LANGUAGES`."""
    return code in LANGUAGES


def in_order(codes: set[str] | frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``codes`` (unknown ones dropped) in the order of :data:`LANGUAGES`: English first."""
    return tuple(code for code in LANGUAGES if code in codes)


def reader_language(own: str | None, company: str) -> str:
    """A reader's language: their own when set, else the company's, else English."""
    for code in (own, company):
        if code and is_language(code):
            return code
    return DEFAULT_LANGUAGE
