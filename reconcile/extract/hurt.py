"""The hurt a report says were carried somewhere ("the injured were flown to X"), and the words that call people
casualties: one act whichever verb carries them and whatever they are called (``extract/actions.py`` keys acts by
it)."""

from __future__ import annotations

from reconcile.extract.lexicon import CASUALTY_CATEGORIES, WORD_CATEGORY

# Words for people hurt that no count uses ("the burned workers"): they are the injured.
HURT = {"burned", "burnt", "scalded"}

# Verbs that carry people somewhere, and the words for the hurt they carry: "the injured were flown to X",
# "survivors were transferred to Y", "patients were rushed to Z" all tell where the hurt were taken. Those said to
# be the worst hurt, and those flown (a flight carries the worst hurt), are taken apart from the rest: they are often
# taken on from where the others went.
_CONVEY = {"take", "fly", "airlift", "transfer", "move", "rush", "evacuate", "send", "bring", "carry", "ferry",
           "drive", "helicopter", "shift", "admit"}
_BY_AIR = {"fly", "airlift", "helicopter"}
_THE_HURT = {"injured", "rescued", "survivor", "patient", "casualty"}
# Words that make those carried the worst hurt: "the four most badly burned", "survivors with serious injuries".
_GRAVELY = {"most", "seriously", "critically", "badly", "severely", "gravely", "worst", "serious", "critical",
            "severe", "grave"}


def _worst_hurt(verb) -> bool:
    """Whether the people a verb carries are said to be the worst hurt."""
    carried = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")), None)
    return carried is not None and any(t.lower_ in _GRAVELY for t in carried.subtree)


def carried_hurt(verb, lemma: str, acted_on: str) -> tuple[str, str]:
    """The act a verb of carrying tells when it carries the hurt: ("take", "injured") or ("take", "worst injured");
    any other act as it is."""
    if acted_on in _THE_HURT and lemma in _CONVEY:
        return "take", "worst injured" if lemma in _BY_AIR or _worst_hurt(verb) else "injured"
    return lemma, acted_on


def said_hurt(tok) -> bool:
    """Whether a word says people were among a disaster's casualties: "injured", "dead", "burned"."""
    return tok.lower_ in HURT or WORD_CATEGORY.get(tok.lower_) in CASUALTY_CATEGORIES
