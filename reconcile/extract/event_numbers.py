"""The numbers of events: "the third round", "the first two legs", "matchday 18"; the noun a number counts ("the
third by-election" counts by-elections); and "It was the second accident", a pronoun numbering the event just told."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import FUTURE_MARKERS, PAST_MARKERS, SAME_EVENT_NOUNS, STAGE_NOUNS
from reconcile.normalize.numbers import parse_number, parse_ordinal

# Nouns of a series whose games are numbered by a word after them: "Game four", "game two", "Race three".
NUMBERED_AFTER = {"game", "match", "race", "round", "leg", "stage", "heat"}
# The most events "the first N rounds" can number.
_MOST_NUMBERED = 12


def counted_side(tok) -> bool:
    """Whether the stage noun ``tok`` is counted for a side: "their third final", "a third continental final", not
    numbered within the competition."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


# ", the trial's fourth,", ", the sixth since 2019,", ", the fourth of the trial,": a number set off after a noun.
# Not "the second in a row", how many times running.
_NUMBER_SET_OFF = re.compile(r",\s+the\s+(?:[\w-]+['’]s\s+)?([a-z]+|\d+(?:st|nd|rd|th))"
                             r"(?=\s*,|\s+(?:of|since|this)\b|\s+in\s+(?!a\s+row\b))")


def _in_a_row(tok) -> bool:
    """ "the second in a row": how many times running, not which one."""
    return any(p.lower_ == "in" and any(o.lower_ == "row" for o in p.children) for p in tok.children)


def ordinals_of(ctx: DocContext, tok) -> tuple[list[tuple[int, str, int, int]], str]:
    """The numbers the words before an event noun give it ((n, words, start, end) each: "the first two rounds" is
    two), and the relation they tell ("next", "previous" or "")."""
    doc = ctx.doc
    found: list[tuple[int, str, int, int]] = []
    relation = ""
    words = []
    i = tok.i - 1
    # Walk back over the modifiers: "the third Chilean-Uruguayan ministerial summit".
    while i >= max(0, tok.i - 7) and (doc[i].dep_ in ("amod", "nummod", "compound", "advmod", "det", "poss",
                                                      "quantmod", "cc", "conj", "npadvmod", "punct")
                                      and (not doc[i].is_punct or doc[i].text == "-")):
        words.insert(0, doc[i])
        i -= 1
    first_ord = None
    for w in words:
        low = w.lower_
        n = parse_ordinal(low)
        if n is None and low == "return" and tok.lemma_.lower() in ("leg", "match", "game", "fixture"):
            n = 2  # "the return leg" is the second of two
        if n is not None:
            first_ord = first_ord or (n, w)
        if low in FUTURE_MARKERS:
            relation = relation or "next"
        elif low in PAST_MARKERS:
            relation = relation or "previous"
            if low in ("initial", "inaugural", "opening") and first_ord is None:
                first_ord = (1, w)
    if first_ord is None:
        # "matchday 18", "Round 5", "Stage 12": the number after the noun
        after = [c for c in tok.children if c.dep_ in ("nummod", "appos", "npadvmod") and c.i == tok.i + 1
                 and c.text.isdigit() and 0 < int(c.text) < 200]
        if after:
            first_ord = (int(after[0].text), after[0])
    if first_ord is None and (aside := _NUMBER_SET_OFF.match(ctx.text, tok.idx + len(tok.text))) is not None \
            and (n := parse_ordinal(aside.group(1).lower())) is not None and tok.tag_ in ("NN", "NNP") \
            and (w := ctx.doc.char_span(aside.start(1), aside.end(1))) is not None:
        # "Tuesday's session, the trial's fourth, lasted an hour", "the summit, the sixth since 2019,": the number
        # set off after the noun
        first_ord = (n, w[0])
    if first_ord is None and tok.tag_ in ("NN", "NNP"):
        # "the session on Tuesday, the fourth of the trial,": the number set beside the noun, further on
        first_ord = next(((n, c) for c in tok.children if c.dep_ == "appos" and c.pos_ in ("ADJ", "NOUN")
                          and (n := parse_ordinal(c.lower_)) is not None and not _in_a_row(c)), None)
    if first_ord is None and tok.lemma_.lower() in NUMBERED_AFTER and tok.tag_ in ("NN", "NNP") and tok.i + 1 < len(doc):
        # "Game four", "game two": a number word right after the noun, hung on it or (as the parser takes
        # "Game four is scheduled") with the noun hung on the number
        nxt = doc[tok.i + 1]
        n = parse_number(nxt.lower_) if nxt.pos_ == "NUM" and not nxt.text[:1].isdigit() and (
            nxt.head.i == tok.i and nxt.dep_ == "nummod" or tok.head.i == nxt.i and tok.dep_ == "compound") else None
        if n is not None and 0 < n < 20 and n == int(n):
            first_ord = (int(n), nxt)
    if first_ord is None:
        return found, relation
    if tok.lemma_.lower() in STAGE_NOUNS and counted_side(tok):
        return found, relation  # "their first final": how many finals a side has reached (``tallies.stage_tally``)
    n, w = first_ord
    after = doc[w.i + 1] if w.i + 1 < len(doc) else None
    # "the first two rounds": a count right after the ordinal ("12,408 first-preference votes" counts votes)
    count = parse_number(after.lower_) if after is not None and after.like_num else None
    if count and 1 < count <= _MOST_NUMBERED and count == int(count) and tok.tag_ in ("NNS", "NNPS"):
        for k in range(int(count)):
            found.append((n + k, doc[w.i: after.i + 1].text, w.idx, after.idx + len(after.text)))
    else:
        found.append((n, w.text, w.idx, w.idx + len(w.text)))
    return found, relation


def counted_noun(ctx: DocContext, start: int) -> str:
    """The noun an ordinal numbers ("the third by-election since 2020" -> "byelection"), or "" when it stands
    alone ("the raid was the third")."""
    word = ctx.token_at(start)
    if word is None or word.head.i == word.i or word.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    lemma = word.head.lemma_.lower().replace("-", "")
    return SAME_EVENT_NOUNS.get(lemma, lemma)


def it_was(noun) -> bool:
    """ "It was the second serious accident at the company's mines": "it" is the event just told, numbered."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in noun.head.children)
