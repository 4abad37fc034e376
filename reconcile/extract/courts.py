"""Courts whose act an event is, where they sit and their level: "The Corruption Court in Surabaya on Thursday
sentenced...", "the Varna Court of Appeal upheld...", "a ruling by the Lyon tribunal". The acts of a trial court and
of the court that hears the appeal are two events."""

from __future__ import annotations

from reconcile.extract.attach import attached, is_descriptor
from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import COURT_NOUNS
from reconcile.extract.spans import Ent

# Verbs that tell where a court sits: "sitting in", "based in", "convened in".
_SITTING = {"sit", "base", "seat", "convene", "meet"}
_AGENT_PREPS = {"by", "of", "from"}
# Where a court's act is done: "at the Regional Court", "before the court of appeal", "in the District Court".
_COURT_PREPS = {"at", "before", "in"}


# Words that tell a court's level: the acts of a trial court and of the court that hears the appeal are two events.
COURT_LEVELS = {"appeal": "appeal", "appeals": "appeal", "appellate": "appeal", "supreme": "top", "cassation": "top",
                "constitutional": "top", "district": "first", "city": "first", "county": "first",
                "municipal": "first", "magistrate": "first", "magistrates": "first", "lower": "first",
                "instance": "first", "trial": "first"}


def _court_level(court) -> str:
    """The level of the court ``court`` (a token) names: "appeal" (the Court of Appeal, an appeals court), "top"
    (a supreme or constitutional court), "first" (a district court, a lower court) or "" when its name does not
    say ("the court", "the Corruption Court")."""
    words = [c for c in court.lefts if c.dep_ in ("compound", "amod")]
    words += [t for p in court.rights if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    return next((COURT_LEVELS[t.lower_] for t in [court, *words] if t.lower_ in COURT_LEVELS), "")


def _courts_of(tok, verb) -> list:
    """The courts whose act the event is: the verb's subject or agent, or the noun's agent ("by", "of", "from")
    or possessor; the subject of the verb it completes ("the Court of Appeal began hearing the appeal"); or the
    court it happens at or before ("read the verdict at the Regional Court", "the hearing before the court")."""
    heads = [t for t in (tok, verb) if t is not None]
    if verb is not None and verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        heads.append(verb.head)
    courts = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "poss") and (head.pos_ != "NOUN" or child.dep_ == "poss"):
                courts.append(child)
            elif child.dep_ == "agent" or child.dep_ == "prep" and (
                    head.pos_ == "NOUN" and child.lower_ in _AGENT_PREPS or child.lower_ in _COURT_PREPS):
                courts.extend(g for g in child.children if g.dep_ == "pobj")
    # "the commercial division of the X Court", "a three-judge bench of the X Regional Court": the court the part is of
    courts += [g for c in courts for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return [c for c in courts if c.lemma_.lower() in COURT_NOUNS or c.lower_ in COURT_NOUNS]


def court_of(ctx: DocContext, tok, verb) -> tuple[list[Ent], str]:
    """Where the court whose act the event is sits, and its level: "The Corruption Court in Surabaya on Thursday
    sentenced...", "the Varna Court of Appeal upheld...", "a ruling by the Lyon tribunal", "the court's verdict".

    ``tok`` is the event's noun or verb and ``verb`` the verb that tells the event, if any. The court's place is
    a place hung from it ("the court in Surabaya") or a city in its name ("the Jakarta Corruption Court").
    """
    courts = _courts_of(tok, verb)
    level = next((lv for c in courts if (lv := _court_level(c))), "")
    for court in courts:
        sent = court.sent
        hung = [ent for ent in ctx.ents_in(sent.start_char, sent.end_char, "PLACE")
                if not is_descriptor(ent.text) and attached(ctx, ent, {court.i}, set(), None)]
        if hung:
            return hung, level
        # "the Jakarta Corruption Court", "the Court of Appeal in Rennes": a city in the court's name, at its
        # head or after "in", which the tagger leaves inside the court's entity.
        words = [c for c in court.lefts if c.dep_ == "compound"]
        names = [(words[0].i, court.i)] if words else []
        # "the appeals chamber, sitting in Jauja,": where a court sits for the hearing
        sits = [court] + [a for a in court.children if a.dep_ == "acl" and a.lemma_.lower() in _SITTING]
        names += [(g.left_edge.i, g.i + 1) for h in sits for p in h.children if p.dep_ == "prep"
                  and p.lower_ in ("in", "at") for g in p.children if g.dep_ == "pobj"]
        for first, stop in names:
            for end in range(stop, first, -1):
                span = ctx.doc[first:end]
                if not all(t.pos_ == "PROPN" for t in span):
                    continue
                place = ctx.place(span.text)
                if place is not None and place.kind == "city":
                    return [Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end)], level
    return [], level
