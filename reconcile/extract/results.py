"""A match told by its result: "Kelvo United beat Orvel Comets 3-1 in Narva on Thursday night to reach the cup final".

Sports reports often name a game only by who won it: no "match" or "semi-final" noun carries its place and day, the
verb of winning does. The game is known by its two sides, so two reports' results are one game when they name the
same two sides, however each spells them, and two games of one tournament (a semi-final and the final) stay apart
when their sides differ. Its stage is the one the sentence names ("in the semi-final", "a semi-final win over X"),
or the one below the stage the win took a side to ("to reach the final": a semi-final).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from reconcile.extract.attach import attached
from reconcile.extract.context import DocContext
from reconcile.extract.event_claims import Frame
from reconcile.extract.lexicon import INTO_STAGE, STAGE_NOUNS
from reconcile.extract.owners import same_body
from reconcile.extract.spans import Ent
from reconcile.extract.tense import verb_tense
from reconcile.extract.verb_frames import fill_slots
from reconcile.organisations import org_key

# Verbs of one side winning a game against another: "beat", "defeated", "edged past" (a preposition then names the
# loser), "knocked out".
RESULT_VERBS = {"beat", "defeat", "edge", "thrash", "rout", "overcome", "down", "crush", "outclass", "overpower",
                "eliminate", "oust", "hammer", "trounce", "upset", "stun", "outplay", "sink", "topple"}
# Phrasal verbs of winning, with the particle or preposition that names the loser after it.
_PHRASAL = {("sweep", "aside"), ("see", "off"), ("knock", "out"), ("get", "past"), ("edge", "past"),
            ("ease", "past"), ("cruise", "past"), ("brush", "aside")}
# Nouns of a win, with the prepositions that name the loser: "a 3-1 win over X", "their victory against X".
_WIN_NOUNS = {"win", "victory", "triumph", "defeat"}
_OVER = {"over", "against"}
# Nouns and verbs of a game neither side won, with the prepositions that name the other side: "a 1-1 draw with X",
# "drew 0-0 against Y".
_DRAWS = {"draw", "stalemate"}
# The games of a tie two sides play more than once.
_PARTS_OF_A_TIE = {"leg"}
_WITH = {"with", "against"}
_SERIES = re.compile(r"\bbest[- ]of[- ]\w+|\bseries\b|\bgames? (?:[1-7]|one|two|three|four|five|six|seven)\b", re.I)
# The stage below each: the win that got a side into a stage (``INTO_STAGE``) is a game of the stage below.
_BELOW = {"final": "semifinal", "semifinal": "quarterfinal"}


def result_frame(ctx: DocContext, tok, dominant: str) -> Frame | None:
    """The frame of a game told by its result at ``tok`` (a verb or noun of winning), with its two sides, or None.

    None in a report of a series ("a 2-1 lead in a best-of-seven final", "Game 4"): two sides meet several times
    there, and their names do not tell which game a result is."""
    sides = _sides_of_verb(ctx, tok) if tok.pos_ == "VERB" else _sides_of_noun(ctx, tok) if tok.pos_ == "NOUN" \
        else None
    if sides is None or any(c.dep_ == "neg" for c in tok.children) or _tells_a_series(ctx.text):
        return None
    if any(o.lemma_.lower() in _PARTS_OF_A_TIE for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
           for o in c.children if o.dep_ == "pobj"):
        return None  # "drew 1-1 with X in the second leg": the leg is told by its own noun; the sides meet twice
    stage = _stage(tok)
    if dominant != "match" and not stage:
        return None  # "the mayor beat her rival in the run-off": a game only in a report of games
    verb = tok if tok.pos_ == "VERB" else tok.head.head if tok.dep_ == "pobj" else tok.head
    status = verb_tense(verb) if verb.pos_ in ("VERB", "AUX") else ""
    if not status and (verb.dep_ == "advcl" and verb.tag_ == "VBG" or _to_do(verb)):
        # "X needed penalties on Thursday, beating Y 4-3", "needed a shoot-out to get past Y": as the clause is told
        status = verb_tense(verb.head)
    if tok.pos_ == "NOUN" and not status:
        status = "held"  # "so sharp in their 2-0 win over X": a win over a side is one already won
    if status != "held":
        return None  # a result is told once it is known; "could beat X" is a hope
    frame = Frame(tok, "match", stage or "match", status="held")
    frame.sides = sides
    anchors = {tok.i, verb.i}
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ in ("as", "when")
                                                            for c in verb.children)):
        # "reached the semi-finals on Friday, beating X", "scored twice as Y beat X on Friday at Z": the parser may
        # hang the game's day and ground on the clause the win is told beside
        anchors.add(verb.head.i)
    fill_slots(ctx, frame, tok.sent, lambda ent: attached(ctx, ent, anchors, set(), None),
               lambda ent: attached(ctx, ent, anchors, set(), None, dates=True))
    return frame if frame.places or frame.dates else None


@lru_cache(maxsize=4)
def _tells_a_series(text: str) -> bool:
    """Whether a report tells a series, read once per report however many results it gives."""
    return _SERIES.search(text) is not None


def same_sides(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two games' sides are the same two sides, each perhaps spelled otherwise ("Kelvo Utd", "Kelvo
    United FC")."""
    return len(a) == len(b) == 2 and (
        one_side(a[0], b[0]) and one_side(a[1], b[1]) or one_side(a[0], b[1]) and one_side(a[1], b[0]))


def one_side(x: str, y: str) -> bool:
    """Whether two keys name one side: one the other's first words, as bodies are told apart (``same_body``: "Kelvo
    United" and "Kelvo"), or its last words, as a side is called by its nickname ("Arvel Falcons" and "the
    Falcons"), or the same name spelled otherwise.

    Keys of names, not the entities ``resolve`` makes of them: the tagger reads many a club's name as a person's,
    a people's or no name at all, and resolved entities matched fewer games (``reconcile eval``: two fewer hits)."""
    short, long = sorted((x.split(), y.split()), key=len)
    return same_body(x, y) or bool(short) and long[-len(short):] == short or fuzz.ratio(x, y) >= 85


def _to_do(verb) -> bool:
    """ "needed a shoot-out to get past X", "managed to beat X": a win told as what the clause above needed."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _sides_of_verb(ctx: DocContext, verb) -> tuple[str, str] | None:
    lemma = verb.lemma_.lower()
    if lemma == "draw":
        # "X drew 1-1 with Y": the side that drew, and the side it drew with
        other = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in _WITH for o in p.children
                      if o.dep_ == "pobj"), None)
        return None if other is None else _pair(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None),
                                                other)
    phrasal = next((c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
                    and (lemma, c.lower_) in _PHRASAL), None)
    if lemma not in RESULT_VERBS and phrasal is None:
        return None
    if verb.dep_ in ("amod", "acl") and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "the beaten finalists": no result told
    winner = loser = None
    for c in verb.children:
        if c.dep_ == "nsubj":
            winner = c
        elif c.dep_ == "nsubjpass":
            loser = c
        elif c.dep_ == "dobj":
            loser = c
        elif c.dep_ == "agent":
            winner = next((o for o in c.children if o.dep_ == "pobj"), winner)
        elif phrasal is not None and c is phrasal and c.dep_ == "prep":
            loser = next((o for o in c.children if o.dep_ == "pobj"), loser)
    if winner is None and (verb.dep_ in ("pcomp", "advcl", "conj") and verb.tag_ == "VBG" or _to_do(verb)):
        # "reached the semi-finals by beating X", "..., beating X 2-1", "needed a shoot-out to get past X": the side
        # of the clause it hangs from
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        winner = next((c for c in head.children if c.dep_ == "nsubj"), None)
    doc = verb.doc
    # The parser may make "X FC beat Y FC 3-1" a compound of names: the name right before the verb won, and the
    # name right after it lost.
    if _side(ctx, winner) == "" and verb.i > 0 and doc[verb.i - 1].pos_ == "PROPN" and verb.tag_ == "VBD":
        winner = doc[verb.i - 1]
    after = phrasal.i + 1 if phrasal is not None else verb.i + 1
    if _side(ctx, loser) == "" and after < len(doc) and doc[after].pos_ == "PROPN":
        loser = doc[after]
    return _pair(ctx, winner, loser)


def _sides_of_noun(ctx: DocContext, noun) -> tuple[str, str] | None:
    drawn = noun.lemma_.lower() in _DRAWS
    if noun.lemma_.lower() not in _WIN_NOUNS and not drawn:
        return None
    loser = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in (_WITH if drawn else _OVER)
                  for o in p.children if o.dep_ == "pobj"), None)
    winner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    if winner is not None and winner.pos_ == "PRON":
        # "X, so sharp in their 2-0 win over Y": the side named last before "their" in the sentence
        winner = next((t for t in reversed(noun.doc[noun.sent.start: winner.i]) if t.pos_ == "PROPN"
                       and t.ent_type_ not in ("DATE", "TIME")), None)
    if winner is None and noun.dep_ in ("pobj", "dobj"):
        # "reached the semi-finals with a 4-1 win over X", "secured a win over X": the side whose act it is
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        winner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun.lemma_.lower() == "defeat":
        return None if winner is None else _pair(ctx, loser, winner)  # "X's defeat against Y": Y won
    return _pair(ctx, winner, loser)


def _pair(ctx: DocContext, winner, loser) -> tuple[str, str] | None:
    a, b = _side(ctx, winner), _side(ctx, loser)
    return (a, b) if a and b and a != b else None


def _side(ctx: DocContext, tok) -> str:
    """A side named by a proper name, keyed as a body is; "" for a pronoun or a common noun. The name is the run
    of proper nouns around ``tok`` ("Orvel Comets FC", whatever the parser hung each word on)."""
    if tok is not None and ctx.in_dateline(Ent(tok.text, "", tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1)):
        # "NARVA, May 4 (Agency) - Kelvo United reached the final": the parser made the dateline's town the subject
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if tok is None or not (tok.pos_ == "PROPN" or tok.tag_ == "NNS" and tok.text[:1].isupper() and tok.i > tok.sent.start):
        return ""  # a name, or a nickname the tagger took for a plural ("the Falcons")
    doc, sent = tok.doc, tok.sent
    first = last = tok.i
    while first > sent.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    while last + 1 < sent.end and doc[last + 1].pos_ == "PROPN":
        last += 1
    return org_key(doc[first: last + 1].text)


def _stage(tok) -> str:
    """The stage of the game a win at ``tok`` tells: named beside it, or the one below the stage it took the side
    to."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and (stage := _stage_word(c)):
            return stage  # "a semi-final win over X"
        if c.dep_ == "prep" and c.lower_ == "in":
            for o in c.children:
                if o.dep_ == "pobj" and (stage := _stage_word(o)):
                    return stage  # "beat X in the semi-final"
    reached = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in INTO_STAGE]
    head = tok.head.head if tok.dep_ in ("pobj", "pcomp") else tok.head if tok.dep_ == "dobj" else None
    if head is not None and head.lemma_.lower() in INTO_STAGE:
        reached.append(head)  # "reached the semi-finals with a win over X", "... by beating X"
    for verb in reached:
        for t in verb.subtree:
            if t.i != tok.i and (stage := _stage_word(t)) in _BELOW:
                return _BELOW[stage]
    return ""


def _stage_word(tok) -> str:
    """The stage a word names, as event triggers are compared ("semi-finals", "semi": "semifinal"), or ""."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return ""
    word = tok.lower_.replace("-", "")
    word = word[:-1] if word.endswith("s") and word[:-1] in STAGE_NOUNS else word
    return "semifinal" if word == "semi" else word if word in STAGE_NOUNS else ""
