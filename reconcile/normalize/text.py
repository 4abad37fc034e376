"""Folding of case, diacritics and script."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "‐": "-", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def clean(text: str) -> str:
    """Typographic quotes and dashes to ASCII, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip()


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII with every run of punctuation turned into one space.

    Folds case, diacritics and script: "Łódź" -> "lodz",
    "Николай" -> "nikolay". Idempotent.
    """
    # Apostrophes inside words (O'Brien, transliterated ejectives: mch'edlishvili) join rather than split.
    if text.isascii():  # the same result without the Unicode steps, which plain ASCII does not need
        return _NON_WORD.sub(" ", text.lower().replace("'", "")).strip()
    return _NON_WORD.sub(" ", anyascii(clean(text)).lower().replace("'", "")).strip()


def words(text: str) -> list[str]:
    return fold(text).split()
