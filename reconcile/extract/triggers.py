"""Event nouns: which word names an event ("the run-off", "a sentence handed down" is the sentencing) and of which
kind (talks, court, match, election, disaster, business, ceremony)."""

from __future__ import annotations

from reconcile.extract.attach import participle_after
from reconcile.extract.lexicon import COMPETITION_HEADS, NUMBERED_GAME, STORM_NOUNS, TRIGGER_CLASS
from reconcile.normalize.dates import MONTHS, WEEKDAYS

_ANNOUNCE = {"announce", "release", "publish", "declare", "show", "confirm", "certify", "read", "proclaim"}  # "read out the results"
_PASS_SENTENCE = {"hand", "pass", "deliver", "impose", "read", "announce", "give"}
# Words that tell a time: a "date" the tagger marks without any of them ("the end of the fourth round") is an
# event's part, not a date.
_TIME_WORDS = set(MONTHS) | set(WEEKDAYS) | {
    "today", "tonight", "yesterday", "tomorrow", "day", "week", "weekend", "fortnight", "month", "year", "decade",
    "century", "season", "quarter", "morning", "afternoon", "evening", "night", "dawn", "dusk", "noon", "midnight",
    "hour", "minute", "spring", "summer", "autumn", "fall", "winter", "time", "period", "ago", "date", "era",
    "holiday", "holidays", "christmas", "easter", "ramadan", "eid"}


def _tells_a_time(tok) -> bool:
    """Whether the date or time entity ``tok`` is in has a word of time or a number in it."""
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = span if span is not None else [tok]
    if span is not None and NUMBERED_GAME.fullmatch(span.text):
        return False  # "Game 3 is on Wednesday", tagged as a date
    return any(any(ch.isdigit() for ch in t.text) or t.lemma_.lower() in _TIME_WORDS or t.lower_ in _TIME_WORDS
               for t in words)


def _storm_word(tok):
    """The storm word of a storm's name whose last word is ``tok`` ("Cyclone Ruvani" tells the cyclone), or None."""
    if tok.pos_ != "PROPN":
        return None
    return next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in STORM_NOUNS), None)


# Those a service is held for, which makes it a memorial: "the service for the victims" (not "for the families").
_MOURNED = {"victim", "dead", "deceased", "fallen"}


def trigger_word(tok) -> str:
    """The event noun, with hyphenated compounds joined ("run-off" -> "runoff"); a sentence handed down is
    the sentencing; a storm told by its name is the storm ("Cyclone Ruvani" is the cyclone)."""
    doc = tok.doc
    storm = _storm_word(tok)
    if storm is not None:
        return storm.lower_
    if tok.lemma_.lower() == "sentence" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
            and tok.head.lemma_.lower() in _PASS_SENTENCE:
        return "sentencing"
    if tok.lemma_.lower() == "result" and tok.pos_ == "NOUN" and (
            tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.lemma_.lower() in _ANNOUNCE
            or any(c.dep_ == "acl" and c.lemma_.lower() in _ANNOUNCE for c in tok.children)
            or any(c.lemma_.lower() in _ANNOUNCE for c in participle_after(tok))):
        return "results"  # "the result, announced on Monday": the declaration of a vote's result
    if tok.lemma_.lower() in ("argument", "submission", "speech") and tok.tag_ == "NNS" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in ("closing", "final") for c in tok.children):
        # a sitting of the trial: "at closing arguments last week", "made their final submissions on Monday"
        return "closing arguments"
    if tok.lemma_.lower() in ("service", "mass") and (tok.pos_ == "NOUN" or tok.text == "Mass"):
        kind = next((c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                     and c.lower_ in ("memorial", "funeral", "requiem")), None)
        if kind is not None:
            # "a memorial service for the victims", "a requiem mass" (or "Mass", the proper noun the parser reads it
            # as); a ferry service or a land mass is no event. A funeral mass is the funeral.
            if tok.lemma_.lower() == "mass" or kind != "memorial":
                return "funeral" if kind == "funeral" else "memorial service"  # a requiem service is a memorial
            return f"{kind} service"
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in _MOURNED
                                                              for o in c.children) for c in tok.children):
            return "memorial service"  # "the service for the victims will now be held at X"
    if TRIGGER_CLASS.get(tok.lemma_.lower().replace("-", "")) == "match" and any(
            t.lower_ in ("replayed", "restaged") for t in doc[(tok.head if tok.dep_ == "amod" else tok).left_edge.i:tok.i]):
        return "replay"  # "Wednesday's replayed semi-final": the replay
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
        joined = (doc[tok.i - 2].lower_ + tok.lower_).replace("-", "")
        if joined in TRIGGER_CLASS or doc[tok.i - 2].lower_ == "semi":
            return joined
    return tok.lemma_.lower()


# Verbs that put up a platform ("set up a stage").
_BUILT = {"set", "build", "erect", "construct", "put", "assemble", "install", "raise"}


# Event nouns that also name a test of something, before the noun tested: "trial shipments", "a trial run".
_TEST_WORDS = {"trial"}


def event_class(tok) -> str | None:
    storm = _storm_word(tok)
    if storm is not None:
        return TRIGGER_CLASS.get(storm.lower_)  # "Cyclone Ruvani struck the island late on Saturday"
    if (tok.text in COMPETITION_HEADS and tok.ent_type_ in ("ORG", "EVENT") and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in ("win", "host", "play", "stage", "hold", "clinch", "claim", "take")
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")):
        return "match"  # "won the Riverside Open on Monday": the competition, won on that day
    if (tok.text in COMPETITION_HEADS and tok.ent_type_ in ("ORG", "EVENT") and tok.dep_ == "pobj"
            and tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "against"
                                                for c in [*tok.children, *tok.head.head.children])
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")):
        return "match"  # "will represent the province in the Super Cup against the X champions in Y": the game
    if tok.ent_type_ in ("DATE", "TIME") and not _tells_a_time(tok):
        pass  # "at the end of the fourth round", tagged as a date: the round is an event
    elif tok.ent_type_ in ("DATE", "TIME", "PERSON", "ORG", "GPE") and not (
        tok.ent_type_ == "ORG" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    ):
        return None  # "in March", "Summit Partners": names and dates, not events ("the Cup final" is one)
    # "his medical"; "the Harbour Cup final", whose last word the parser hangs as an adjective after its noun
    nominal_adj = tok.pos_ == "ADJ" and (tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
                                         or tok.dep_ == "amod" and tok.head.i < tok.i and tok.head.pos_ == "PROPN")
    if tok.pos_ not in ("NOUN", "PROPN", "ADV", "ADP") and not nominal_adj or tok.is_punct:
        return None
    if tok.pos_ in ("ADV", "ADP") and trigger_word(tok) == tok.lemma_.lower():
        return None
    word = trigger_word(tok)
    if word == "sentencing" and tok.lemma_.lower() == "sentence":
        return "court"
    if word == "results" and tok.lemma_.lower() == "result":
        return "election"
    if tok.lower_ == "talk":
        return None  # "the talk this autumn is about carp", "gave a talk": chatter or a lecture; talks are plural
    if tok.lemma_.lower() in _TEST_WORDS and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        return None  # "the first trial shipments", "a trial period": a test, not a court's trial
    if tok.lemma_.lower() == "arrest" and (any(c.dep_ == "compound" and c.lower_ == "house" for c in tok.children)
                                           or tok.dep_ == "pobj" and tok.head.lower_ == "under"):
        return None  # "is under house arrest in X": a state one is kept in, not the act of arresting
    if tok.lemma_.lower() == "stage" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BUILT:
        return None  # "the mayor's office has set up a stage": a platform, not a stage of a race
    return TRIGGER_CLASS.get(word) or TRIGGER_CLASS.get(tok.lower_) or TRIGGER_CLASS.get(tok.lemma_.lower())
