"""How an event noun sits in its clause: the noun it renames ("the meeting was the third round"), the event
nouns that rename it, the verb that tells it past a verb that only names it ("what officials called the third
round"), and "the other semi-final", an event beside the story's."""

from __future__ import annotations

from reconcile.extract.triggers import event_class

# Verbs that name what they take: "what officials called the third round".
NAMING = {"call", "term", "dub", "describe", "label", "bill"}


def past_the_naming(verb):
    """ "wrapped up on Wednesday what officials called the third round of talks": the round is what was wrapped
    up; "called" only names it."""
    if verb is not None and verb.lemma_.lower() in NAMING and verb.dep_ in ("ccomp", "dobj", "pobj", "xcomp") \
            and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children) and verb.head.pos_ == "VERB":
        return verb.head
    return verb


def other_event(tok) -> bool:
    """ "the other semi-final": an event word with "other" before it (the cheap test first: it runs on every word)."""
    return any(c.lower_ == "other" and c.dep_ in ("amod", "det") for c in tok.children) and event_class(tok) is not None


def nouns_under(tok) -> list:
    """The words hanging from ``tok`` directly or through a preposition."""
    out = []
    for c in tok.children:
        out.append(c)
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def renamed(tok):
    """The event noun that ``tok`` renames (by apposition or after "was"), else ``tok`` itself."""
    if tok.dep_ == "appos":
        return tok.head
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
    return tok


def same_event_nouns(tok) -> list:
    """Event nouns that rename ``tok``: its appositions, and what it "was" or "is"."""
    out = [c for c in tok.children if c.dep_ == "appos" and event_class(c) is not None]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        out += [c for c in tok.head.children if c.dep_ == "attr" and event_class(c) is not None]
    return out
