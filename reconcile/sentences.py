"""The sentence around a place in a plain text: where a claim made without a parse (or whose sentence was dropped)
is shown as evidence, and where a claim read after parsing finds its sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from reconcile.models import Claim, Source

_BOUNDARY = re.compile(r"""(?<=[.!?])["'\u201d\u2019)]*[ \t]+(?=["'\u201c\u2018(]*[A-Z0-9])|\n+""")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|"
                           r"Capt|Sgt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc)\.)"
                           r"[\"'\u201d\u2019)]*$")


def with_sentence(claim: Claim, source: Source | None) -> Claim:
    """The claim itself, or a copy whose empty sentence is cut from the source text around its value."""
    if claim.sentence or source is None or not (0 <= claim.start < claim.end <= len(source.text)):
        return claim
    text = source.text
    begin, end = 0, len(text)
    for match in _BOUNDARY.finditer(text):
        before = text[max(0, match.start() - 12):match.start()]
        if not match.group().startswith("\n") and _ABBREVIATION.search(before):
            continue  # "U.S. Ambassador", "Dr. Vell": not the end of a sentence
        if match.end() <= claim.start:
            begin = match.end()
        elif match.start() >= claim.end:
            end = match.start()
            break
    return replace(claim, sentence=text[begin:end].strip(), sentence_start=begin + _lead(text[begin:end]))


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())
