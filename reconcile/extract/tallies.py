"""Frames of a thing counted within a series the report tells: how many times someone has won or held something
("their third league title", "for the fourth time"), and the number of a day within an event that lasts ("Wednesday,
the fourth day of the search", "the trial's third day"). Reports may count either differently.
"""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.event_claims import Frame
from reconcile.extract.event_numbers import counted_side
from reconcile.extract.lexicon import STAGE_NOUNS
from reconcile.extract.spans import ent_root
from reconcile.extract.tense import verb_tense
from reconcile.extract.verb_frames import phrase_of
from reconcile.normalize.numbers import parse_ordinal

# What someone wins, holds or tries for a number of times: "their third title", "a second term", "for the fourth
# time", "her third bid for the presidency".
_ACHIEVEMENTS = {"title", "crown", "term", "time", "win", "victory", "triumph", "championship", "mandate", "bid"}


# Verbs of winning a thing, after which even a first time counts ("reached the final for the first time").
_REACHED = {"reach", "win", "qualify", "claim", "lift", "clinch", "capture", "secure", "earn", "advance", "make"}


def achievement_frame(ctx: DocContext, tok) -> Frame | None:
    """ "for the fourth time", "their third league title", "a second term": how many times someone has won or
    held something, a number sources may count differently."""
    if tok.lemma_.lower() not in _ACHIEVEMENTS or tok.pos_ != "NOUN":
        return None
    ords = [c for c in tok.children if c.dep_ in ("amod", "nummod") and c.i < tok.i and parse_ordinal(c.lower_)] or [
        g for c in tok.children if c.dep_ == "compound" and c.i < tok.i for g in c.children
        if g.dep_ in ("amod", "nummod") and g.i < c.i and parse_ordinal(g.lower_)]  # "12th league title", the
    # number parsed onto the word before the title
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not ords or parse_ordinal(ords[0].lower_) < 2 and (tok.lemma_.lower() == "term" or verb is None
                                                         or verb.lemma_.lower() not in _REACHED):
        return None  # "reached the final for the first time" counts; "spoke for the first time" does not
    if tok.lemma_.lower() == "time" and not (tok.dep_ == "pobj" and tok.head.lower_ == "for"):
        return None  # "for the fourth time", not "the first time she spoke"
    frame = Frame(tok, "achievement", phrase_of(ctx, tok))
    w = ords[0]
    frame.ordinals.append((parse_ordinal(w.lower_), w.text, w.idx, w.idx + len(w.text)))
    frame.status = (verb_tense(verb) if verb is not None else "") or "held"
    return frame


# Trophies a side's count of which is told by the trophy's name: "their second National Cup" (but "the 59th National
# Cup" numbers the competition's edition).
_TROPHIES = {"cup", "trophy", "shield", "championship"}


def tally_noun(tok) -> bool:
    """Whether ``tok`` is a final or a trophy counted for a side ("their third final", "their second National
    Cup"). Such a count is read here, and not as a series (``extract.series``)."""
    trophy = tok.lower_ in _TROPHIES and tok.dep_ in ("dobj", "attr", "pobj", "appos") and any(
        c.dep_ == "poss" for c in tok.children)
    # (the parser may take "final" for an adjective even where it is the object: "play their third final")
    stage = tok.lemma_.lower() in STAGE_NOUNS and counted_side(tok) and (
        tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"))
    return trophy or stage


def stage_tally(ctx: DocContext, tok) -> Frame | None:
    """ "Their third cup final", "the club's first final", "one game from a third final": how many finals a
    side has reached, counted like its titles; the number is the side's, not the final's (``event_numbers.ordinals_of``
    leaves it off the final). "Their second National Cup" counts the trophies of that name the side has won."""
    if not tally_noun(tok):
        return None
    ords = [c for c in tok.children if c.dep_ in ("amod", "nummod") and c.i < tok.i and parse_ordinal(c.lower_)]
    if not ords:
        return None
    frame = Frame(tok, "achievement", phrase_of(ctx, tok))
    w = ords[0]
    frame.ordinals.append((parse_ordinal(w.lower_), w.text, w.idx, w.idx + len(w.text)))
    frame.status = "held"  # a count the side has now, whether the final is played or to come
    return frame


# What goes on for days, each day of which reports number: "the fourth day of the search", "the trial's third day".
_LASTING = {"search", "hearing", "trial", "strike", "talks", "negotiation", "festival", "protest", "rescue", "summit",
            "conference", "congress", "operation", "evacuation", "blockade", "march", "sit-in", "championship",
            "tournament", "games", "campaign", "visit", "tour", "recount", "count", "inquiry", "inquest"}

# Days of one event under other names: the days of hearings are the trial's; a rescue's are the search's.
_SAME_DAYS = {"hearing": "trial", "rescue": "search", "operation": "search", "negotiation": "talks"}


# Verbs of an event going into one of its days: "the search entered its third day", "went into its fourth day".
_INTO_DAY = {"enter", "go", "move", "reach", "begin", "start"}


def _entered(day):
    """The verb by which an event goes into the day ``day`` ("entered its third day", "went into its fourth day"),
    or None."""
    verb = day.head if day.dep_ == "dobj" else day.head.head if day.dep_ == "pobj" and day.head.lower_ == "into" \
        else None
    return verb if verb is not None and verb.lemma_.lower() in _INTO_DAY else None


def day_frame(ctx: DocContext, tok) -> Frame | None:
    """ "on Wednesday, the fourth day of the search", "the sixth day of hearings", "the trial's third day": a day
    numbered within an event that lasts, which reports may number differently; an event of its own, of that day."""
    if tok.lemma_.lower() != "day" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    ords = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and parse_ordinal(c.lower_)]
    of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    whose = of or [c for c in tok.children if c.dep_ == "poss"]
    entered = _entered(tok) if whose and whose[0].lower_ in ("its", "their") else None
    if entered is not None:
        whose = [c for c in entered.children if c.dep_ == "nsubj"]  # "the search entered its third day"
    if not ords or not whose or whose[0].lemma_.lower() not in _LASTING:
        return None
    lasting = _SAME_DAYS.get(whose[0].lemma_.lower(), whose[0].lemma_.lower())
    frame = Frame(tok, f"day of {lasting}", f"day of the {lasting}")
    w = ords[0]
    frame.ordinals.append((parse_ordinal(w.lower_), w.text, w.idx, w.idx + len(w.text)))
    # the day it is set beside: "on Wednesday, the fourth day of ...", which the tagger may take in with it
    for ent in ctx.ents:
        inside = ent.token_start <= tok.i < ent.token_end
        if ent.label != "DATE" or not (inside or tok.dep_ == "appos" and ent.token_start <= tok.head.i < ent.token_end):
            continue
        text = ent.text.split(",")[0] if inside else ent.text
        if text and not text.lower().startswith("the "):
            frame.dates.append((text, ent.start, ent.start + len(text)))
        break
    if entered is not None:
        # the day is the verb's, not the tagger's "third day": "entered its third day on Wednesday"
        frame.dates = _days_of_verb(ctx, entered, ("on", "by"))
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    frame.status = (verb_tense(verb) if verb is not None else "") or "held"
    return frame


def phase_frame(ctx: DocContext, tok) -> Frame | None:
    """ "opened a third phase of the search on Wednesday", "the project's second phase": a numbered phase of an
    undertaking, which reports may number differently; an event of its own, dated by the verb that begins or ends
    it."""
    if tok.lemma_.lower() != "phase" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    ords = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and parse_ordinal(c.lower_)]
    of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    whose = of or [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
    if not ords or not whose:
        return None
    undertaking = _SAME_DAYS.get(whose[0].lemma_.lower(), whose[0].lemma_.lower())
    frame = Frame(tok, f"phase of {undertaking}", f"the phase of the {undertaking}")
    w = ords[0]
    frame.ordinals.append((parse_ordinal(w.lower_), w.text, w.idx, w.idx + len(w.text)))
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is not None:
        frame.dates = _days_of_verb(ctx, verb, ("on",))  # "opened a third phase ... on Wednesday"
    frame.status = (verb_tense(verb) if verb is not None else "") or "held"
    return frame


def _days_of_verb(ctx: DocContext, verb, preps: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The days of ``verb``'s sentence hung right on it, alone or after one of ``preps``."""
    days = []
    for e in ctx.ents_in(verb.sent.start_char, verb.sent.end_char, "DATE"):
        root = ent_root(ctx.doc, e)
        if root.head.i == verb.i and root.dep_ in ("npadvmod", "tmod") or root.dep_ == "pobj" \
                and root.head.lower_ in preps and root.head.head.i == verb.i:
            days.append((e.text, e.start, e.end))
    return days
