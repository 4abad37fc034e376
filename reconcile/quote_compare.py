"""Quotes: the same words of one speaker quoted differently by two sources, and nearly identical quotes whose
speakers were not linked."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from reconcile.align import Group
from reconcile.flagging import make_flag, per_source, sides
from reconcile.models import Claim, Flag
from reconcile.normalize.text import fold

QUOTE_SIMILAR = 72.0
CDIST_FROM = 24  # quotes of one speaker from which pairs are scored in one vectorised call


def compare_quotes(group: Group, labels) -> list[Flag]:
    by_source = per_source(group.claims)
    flags: list[Flag] = []
    used: set[str] = set()
    for a, b, score in _similar_quote_pairs(list(by_source.values())):
        na, nb = str(a.norm), str(b.norm)
        if na == nb or na in nb or nb in na or a.id in used or b.id in used:
            continue
        used.update((a.id, b.id))
        speaker = a.subject
        explanation = (f"{speaker} is quoted with nearly the same words ({score:.0f}% alike) that differ: "
                       f"{sides(labels, [a, b])}.")
        key = f"{group.key}|{min(fold(a.value), fold(b.value))[:60]}"
        flags.append(make_flag("quote_mismatch", key, f"quote of {speaker}", explanation, [a, b],
                               0.6 + 0.3 * score / 100))
    return flags


def _similar_quote_pairs(per_source_claims: list[list[Claim]]) -> list[tuple[Claim, Claim, float]]:
    """(a, b, score) for quotes of two different sources at least ``QUOTE_SIMILAR`` alike, source pair by
    source pair. A quote of several sentences is also compared sentence by sentence, since one source may quote
    a sentence that another runs on into the next. A speaker quoted in many sources has many pairs: they are
    scored at once (rapidfuzz cdist)."""
    claims = [c for cs in per_source_claims for c in cs]
    owner = [n for n, cs in enumerate(per_source_claims) for _ in cs]
    texts: list[str] = []
    of_text: list[int] = []  # the claim each text is (a sentence of)
    for k, c in enumerate(claims):
        for piece in _quote_pieces(c):
            texts.append(piece)
            of_text.append(k)
    best: dict[tuple[int, int], float] = {}
    if len(texts) < CDIST_FROM:
        for i, j in combinations(range(len(texts)), 2):
            a, b = sorted((of_text[i], of_text[j]))
            if owner[a] != owner[b] and (score := quote_alike(texts[i], texts[j])) >= QUOTE_SIMILAR:
                best[(a, b)] = max(best.get((a, b), 0.0), score)
    else:
        import numpy as np
        from rapidfuzz import process

        letters = process.cdist(texts, texts, scorer=fuzz.ratio, dtype=np.float64)
        words = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float64)
        scores = np.maximum(letters, (letters + words) / 2)  # quote_alike, for every pair at once
        for i, j in zip(*np.nonzero(scores >= QUOTE_SIMILAR), strict=True):
            a, b = of_text[i], of_text[j]
            if owner[a] < owner[b]:
                best[(a, b)] = max(best.get((a, b), 0.0), float(scores[i, j]))
    return [(claims[a], claims[b], score) for (a, b), score in sorted(best.items())]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def quote_alike(a: str, b: str) -> float:
    """0-100: how alike two quotes' words are: letter by letter (rapidfuzz ratio), raised halfway towards how
    many of their words they share (token set ratio) when one reworded a phrase of the other ("We moved the match
    from X to get away from the rain, and the rain has followed us" / "We moved it to get away from the rain and
    the rain came with us")."""
    return max(fuzz.ratio(a, b), (fuzz.ratio(a, b) + fuzz.token_set_ratio(a, b)) / 2)


def _quote_pieces(c: Claim, clauses: bool = True) -> list[str]:
    """The quote's words, each of its sentences of some length when it has several, and (with ``clauses``) the
    words of each sentence up to a comma before its last clause ("I congratulate my opponent, but the numbers do not
    add up, and we will ask for a check" against another report that stops before "and")."""
    sentences = [fold(x) for x in _SENTENCE_END.split(c.value) if len(x) >= 25]
    pieces = [str(c.norm)] + (sentences if len(sentences) > 1 or sentences and sentences[0] != str(c.norm) else [])
    if not clauses:
        return pieces
    for sentence in _SENTENCE_END.split(c.value):
        cut = sentence.rfind(",")
        if cut >= 30 and len(sentence) - cut >= 15:
            pieces.append(fold(sentence[:cut]))
    return pieces


def same_quote_any_speaker(groups: list[Group], flags: list[Flag], labels,
                           counts: dict[str, int] | None = None) -> list[Flag]:
    """Nearly identical quotes in two sources whose speakers were not linked: still the same quote."""
    flagged = {c.id for f in flags if f.kind == "quote_mismatch" for c in f.claims}
    quotes = [(g.context.get("story", ""), c) for g in groups if g.kind == "quote" for c in g.claims
              if c.id not in flagged]
    out = []
    candidates = _quote_pairs([c for _, c in quotes], [story for story, _ in quotes])
    if counts is not None:
        counts["quotes"] = counts.get("quotes", 0) + len(candidates)
    for i, j in candidates:
        (story_a, a), (story_b, b) = quotes[i], quotes[j]
        if story_a != story_b or a.source_id == b.source_id or a.subject_key == b.subject_key:
            continue
        if a.id in flagged or b.id in flagged:
            continue
        na, nb = str(a.norm), str(b.norm)
        if na == nb or na in nb or nb in na:
            continue
        # whole, or one sentence of a longer quote that the other report runs on with more (not a clause cut at a
        # comma: two speakers' sentences may open alike)
        score = max(fuzz.ratio(x, y) for x in _quote_pieces(a, False) for y in _quote_pieces(b, False))
        # Speakers whose surnames are spelled alike ("Novak" / "Nowak") are likely one person, and a speaker told
        # by a description ("the minister", "the court") may be the person the other report names: the usual bar.
        if score < (QUOTE_SIMILAR if _surnames_alike(a.subject, b.subject) or _described(a.subject)
                    or _described(b.subject) else QUOTE_SIMILAR + 10):
            continue
        flagged.update((a.id, b.id))
        explanation = (f"The same quote appears with different words ({score:.0f}% alike), attributed to "
                       f"{a.subject} and {b.subject}: {sides(labels, [a, b])}.")
        key = f"quote|{min(fold(a.value), fold(b.value))[:60]}"
        out.append(make_flag("quote_mismatch", key, f"quote of {a.subject}", explanation, [a, b], 0.55 + 0.3 * score / 100))
    return out


def _described(speaker: str) -> bool:
    """A speaker told by what they are, not by name: "the minister", "the statement", "chief judge"."""
    return not speaker[:1].isupper() or speaker.lower().startswith("the ")


def _surnames_alike(a: str, b: str) -> bool:
    last_a, last_b = (fold(x).split()[-1:] for x in (a, b))
    return bool(last_a and last_b) and len(last_a[0]) >= 4 and fuzz.ratio(last_a[0], last_b[0]) >= 80


def _quote_pairs(quotes: list[Claim], stories: list[str] | None = None, shared: int = 3) -> list[tuple[int, int]]:
    """Pairs of quotes of one story that share at least ``shared`` words of four letters or more, or half those
    of the shorter quote ("A river is not a drain for anyone's profits"): near-identical quotes always do, so only
    those pairs are compared (not every quote with every other)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    long_words = []
    for i, c in enumerate(quotes):
        story = stories[i] if stories else ""
        words = {w for w in str(c.norm).split() if len(w) >= 4}
        long_words.append(len(words))
        for word in words:
            index[(story, word)].append(i)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    common = max(50, len(quotes) // 10)  # "that", "will", "have": words in many quotes block nothing
    for members in index.values():
        if len(members) > common:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                counts[(i, j)] += 1
    return sorted((i, j) for (i, j), n in counts.items()
                  if n >= min(shared, max(2, (min(long_words[i], long_words[j]) + 1) // 2)))
