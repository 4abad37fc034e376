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
    return _NON_WORD.sub(" ", anyascii(_transliterate(clean(text))).lower().replace("'", "")).strip()


# Letters and pairs that the usual romanisation writes otherwise than a letter-by-letter mapping: Serbo-Croatian
# "đ" is "dj" (Đurić / Djuric), Greek "ου" is "ou", "αυ"/"ευ" are "av"/"ev" (before most consonants)
# and "γγ" is "ng" (ELOT 743); Azerbaijani "ə" is "a" (Məmmədov / Mammadov); Armenian "ու" is "u" (Մուրադյան /
# Muradyan).
_ROMANISE = [("Đ", "Dj"), ("đ", "dj"), ("ου", "ou"), ("ού", "ou"), ("Ου", "Ou"), ("ΟΥ", "OU"), ("αυ", "av"),
             ("αύ", "av"), ("Αυ", "Av"), ("ευ", "ev"), ("εύ", "ev"), ("Ευ", "Ev"), ("γγ", "ng"), ("Μπ", "B"),
             ("Ə", "A"), ("ə", "a"), ("ու", "u"), ("Ու", "U"), ("ՈՒ", "U")]


# Letters only Vietnamese writes: the horned and breved vowels and the vowels with two marks (U+1EA0 to U+1EF9).
_VIETNAMESE = re.compile("[ƯưƠơĂă\u1ea0-\u1ef9]")


def _transliterate(text: str) -> str:
    if not any(ch in text for ch in "ĐđυγΜəƏւՒ"):
        return text
    if _VIETNAMESE.search(text):
        text = text.replace("Đ", "D").replace("đ", "d")  # Vietnamese "đ" is written "d" ("Trần Văn Đông", "Tran Van Dong")
    for a, b in _ROMANISE:
        text = text.replace(a, b)
    return text


def other_script(text: str) -> bool:
    """Whether ``text`` has letters of a script other than the Latin one ("박지훈", "Рустави", "ლევან")."""
    return any(ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in text)


def words(text: str) -> list[str]:
    return fold(text).split()


def in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` all appear in ``long``, in the same order (others may come between)."""
    it = iter(long)
    return all(w in it for w in short)
