"""Actions told with a place: "the van was swept into the river near Madhpur", "the injured were airlifted to
Hetauda". A story's events are not all named by an event noun; any act a report places is one the other reports
may place elsewhere.

An action is keyed by its verb and the noun it happens to (its object, or its subject when it has none): two
reports that use the same verb for the same kind of thing, once each, tell the same act. Only the place is
taken: the when of such a clause is too often another event's.
"""

from __future__ import annotations

from reconcile.extract.attach import is_descriptor
from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import SPEECH_VERBS, TRAVEL_VERBS, VERB_EVENTS
from reconcile.extract.spans import Ent, org_word_in
from reconcile.extract.tense import verb_tense
from reconcile.models import Claim
from reconcile.normalize.places import gazetteer

# Prepositions that put an act somewhere.
_PREPS = {"in", "at", "near", "to", "into", "off", "outside", "from"}
# Verbs that place a state or a person, not an act: "lives in", "is based in", "was born in", "works at".
# (Verbs of travel, speech and of events told by a verb are left out through their own lists.)
_STATES = {"be", "have", "live", "base", "bear", "work", "stay", "remain", "reside", "own", "operate", "grow",
           "study", "know", "get", "make", "take", "see", "find", "serve", "lead", "represent", "hail", "visit",
           "drive", "speak"}
# Nouns too general to tell one act from another ("people were taken to ...": which people?).
_VAGUE = {"people", "person", "man", "woman", "thing", "one", "some", "many", "others", "part", "most", "all",
          "time", "way", "lot", "number", "group"}


def extract_actions(ctx: DocContext, placed: set[int]) -> list[Claim]:
    """One place claim for each act a clause puts in a place no event frame has taken (``placed``: the start
    offsets of places already in a frame)."""
    claims: list[Claim] = []
    for ent in ctx.ents:
        if ent.start in placed or is_descriptor(ent.text) or not (
                ent.label == "PLACE" or ent.label == "ORG" and not org_word_in(ent.text)
                and (known := gazetteer().lookup(ent.text)) is not None and known.sizeable):
            continue  # a sizeable city the tagger took for an organisation is the city
        found = _action_of(ctx, ent)
        if found is None:
            continue
        verb, theme = found
        status = verb_tense(verb)
        if status not in ("held", "planned"):
            continue
        key = f"{verb.lemma_.lower()} {theme.lemma_.lower()}"
        # Said the way a reader would: "the cash handed", "the injured airlifted".
        done = verb.lower_ if verb.tag_ in ("VBD", "VBN") else verb.lemma_.lower()
        phrase = f"{theme.lower_} {done}"
        quals = {"frame": f"{ctx.source.id}:a{verb.i}", "event_class": "action", "status": status,
                 "relation": "", "phrase": phrase, "definite": False, "moved": False, "guessed": False, "court": "",
                 "sentence": ctx.sentence_index(verb.idx), "trigger": key}
        place = ctx.place(ent.text)
        claims.append(ctx.claim(kind="event", subject=phrase, attribute="place", value=ent.text, start=ent.start,
                                end=ent.end, value_type="place",
                                norm=place.key if place else "name:" + ent.text.lower(), qualifiers=quals,
                                extractor="event.action", confidence=0.6))
    return claims


def _action_of(ctx: DocContext, ent: Ent):
    """(verb, the noun it acts on) for a place hung from a verb by a preposition, through at most one noun
    ("swept into the river near X"); None when the place is where a person or a body is rather than an act."""
    doc = ctx.doc
    root = next((t for t in doc[ent.token_start: ent.token_end]
                 if t.head.i < ent.token_start or t.head.i >= ent.token_end or t.head.i == t.i), None)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in _PREPS:
        return None
    head = root.head.head
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "into the river near X": the river is where the verb goes
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma in _STATES or lemma in SPEECH_VERBS or lemma in TRAVEL_VERBS or lemma in VERB_EVENTS \
            or any(c.dep_ == "neg" for c in head.children):
        return None
    theme = next((c for c in head.children if c.dep_ == "nsubjpass"), None) \
        or next((c for c in head.children if c.dep_ == "dobj"), None) \
        or next((c for c in head.children if c.dep_ == "nsubj"), None)
    if theme is not None and theme.pos_ == "NUM":
        # "the seven critically injured were airlifted": the word after the number says who
        theme = next((c for c in theme.children if c.dep_ in ("acl", "amod") and c.i > theme.i), theme)
    if theme is None or theme.pos_ not in ("NOUN", "VERB", "ADJ") or theme.lemma_.lower() in _VAGUE:
        return None
    return head, theme
