"""Quote claims: words inside quotation marks, with the speaker they are attributed to.

The speaker is the subject of a speech verb in the quote's sentence ("...,"
Ruiz told reporters), the object of "according to", or, for "he said" and for
a quote standing alone, the person named most recently before it.
"""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import SPEECH_VERBS
from reconcile.models import Claim
from reconcile.normalize.text import fold

_PAIRED = re.compile(r"“([^”]+?)”|«([^»]+?)»")
MIN_WORDS = 4


def extract_quotes(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    spans = quoted_spans(ctx.text)
    for start, end in spans:
        words = ctx.text[start:end]
        if len(words.split()) < MIN_WORDS:
            continue
        speaker = _speaker(ctx, start, end, spans)
        if not speaker:
            continue
        claims.append(ctx.claim(
            kind="quote", subject=speaker, attribute="quote", value=words.strip(" ,."), start=start,
            end=start + len(words.rstrip(" ,.")), value_type="quote", norm=fold(words),
            qualifiers={"speaker": speaker}, extractor="quote.attributed", confidence=0.7,
        ))
    return claims


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the words inside quotation marks; straight quotes pair up in order within a paragraph."""
    spans = []
    for m in _PAIRED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        spans.append((m.start(group), m.end(group)))
    offset = 0
    for line in text.split("\n"):
        marks = [i for i, ch in enumerate(line) if ch == '"']
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            spans.append((offset + a + 1, offset + b))
        offset += len(line) + 1
    return sorted(spans)


def _speaker(ctx: DocContext, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    sent = ctx.sentence_at(start)
    # Names inside quotation marks are what was said, never who said it.
    persons = [e for e in ctx.ents if e.label in ("PERSON", "ORG") and e.end <= sent.end_char
               and not any(a <= e.start < b for a, b in spans)]
    inside = [e for e in persons if sent.start_char <= e.start and not (start <= e.start < end)]
    for tok in sent:
        if start <= tok.idx < end:
            continue
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not (start <= child.idx < end):
                    name = _name_for(ctx, child, persons)
                    if name:
                        return name
        if tok.lower_ == "according" and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            for e in inside:
                if e.start > tok.idx:
                    return e.text
    if inside:
        outside = [e for e in inside if e.end <= start or e.start >= end]
        if outside:
            return outside[0].text
    return ""


def _name_for(ctx: DocContext, tok, persons) -> str:
    """The entity a subject token names; a pronoun names the last person before it."""
    for e in persons:
        if e.token_start <= tok.i < e.token_end:
            return e.text
    if tok.lower_ in ("he", "she"):
        before = [e for e in persons if e.label == "PERSON" and e.end <= tok.idx]
        return before[-1].text if before else ""
    # "the ministry said": a noun phrase speaker.
    if tok.pos_ in ("NOUN", "PROPN"):
        left = min([c.i for c in tok.subtree] + [tok.i])
        return ctx.doc[left: tok.i + 1].text
    return ""
