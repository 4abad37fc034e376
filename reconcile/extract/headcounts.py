"""Counts of people, told apart by kind: jobs cut or created, workers on strike and a workforce; the dead, injured
and rescued, and the injured in a given condition."""

from __future__ import annotations

import re

from reconcile.extract.attach import SITE_NOUNS
from reconcile.extract.figure_spans import Figure
from reconcile.extract.lexicon import CASUALTY_CATEGORIES, COUNT_CATEGORIES
from reconcile.extract.measures import figure_noun

_STRIKE_WORDS = {"strike", "walkout", "stoppage", "striker", "picket", "down"}  # "downed tools": "down" as a verb
_CUT_WORDS = {"cut", "lay", "axe", "shed", "lose", "eliminate", "redundant", "slash", "layoff", "close", "go"}

# Things a casualty verb can take in sport, counted after the figure: "saved two penalties".
_NOT_PEOPLE = re.compile(r"\s+(?:penalt(?:y|ies)|spot[- ]kicks?|shots?|goals?|chances?|points?|match points?|"
                         r"break points?|set points?|attempts?)\b", re.I)
# "five remain in serious condition", "three of whom are in a critical condition"
_CONDITION = re.compile(r"\s+(?:(?:of\s+(?:them|whom)|people|patients|victims)\s+)?(?:(?:still|now)\s+)?"
                        r"(?:remain(?:s|ed)?|are|were|is|was|lay|lie)?\s*(?:still\s+)?in\s+(?:a\s+)?"
                        r"(serious|critical|grave)\s+condition\b", re.I)
# "seven people critically injured", "three of them seriously hurt": the injured in a given state
# ("the four passengers who were critically hurt"; "30 were hurt, five of them critically.")
_BADLY_HURT = re.compile(r"\s+(?:(?:of\s+(?:them|whom)|people|patients|victims|passengers|workers)\s+)?"
                         r"(?:(?:who|that)\s+)?(?:(?:were|are|was|is|have\s+been|had\s+been)\s+)?"
                         r"(critically|seriously|severely|gravely)\s+(?:injured|hurt|wounded|burned|burnt|ill)\b"
                         r"|\s+of\s+(?:them|whom)\s+(critically|seriously|severely|gravely)\s*[.;,)]", re.I)
def in_a_condition(after: str) -> bool:
    """Whether the words after a figure tell people in a state of injury ("four of them in serious condition")."""
    return bool(_CONDITION.match(after) or _BADLY_HURT.match(after))


_HURT_STATE = {"critically": "critical", "seriously": "serious", "severely": "serious", "gravely": "grave"}
_OF_THEM_DEAD = re.compile(r"\s+of\s+(?:them|those|whom)\s*,?\s+(?:were\s+|have\s+|had\s+|has\s+)?(?:fatal|dead|died|"
                           r"killed)\b", re.I)


def riders_not_jobs(f: Figure) -> None:
    """A count of jobs "cut" whose figure goes with another plural noun counts that noun, which no category names."""
    last = f.tokens[-1]
    if f.category == "jobs" and f.noun in ("cut", "cuts") and last.dep_ == "nummod" and last.head.tag_ == "NNS" \
            and last.head.lower_ not in COUNT_CATEGORIES["jobs"]:
        f.category = None  # "the peloton was cut to 96 riders": riders counted, not jobs cut


def dead_among(f: Figure) -> None:
    """The dead among the people or cases counted before them."""
    if _OF_THEM_DEAD.match(f.after):
        f.category, f.noun = "dead", "dead"  # "14 cases, two of them fatal": the dead among them


_HOLDING = {"detain", "detention", "arrest", "remand", "custody"}


def _held(num) -> bool:
    """Whether the workers a figure counts are those detained: "ordered four railway workers to be detained",
    "extended the detention of six railway workers", "arrested two workers"."""
    noun = figure_noun(num)
    head = noun.head
    if head.lemma_.lower() in _HOLDING or noun.dep_ == "pobj" and head.head.lemma_.lower() in _HOLDING:
        return True
    return noun.dep_ == "dobj" and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _HOLDING
                                       for c in head.children)


_MOVE_OVER = {"transfer", "move", "join", "switch", "pass"}


def _moved_over(num) -> bool:
    """Whether the staff a figure counts go over to another employer with a deal: "210 staff will transfer to
    Kopano", "about 180 employees are due to move to the new company", "the 180 staff moving to the company"."""
    noun = figure_noun(num)
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "due", "set") and verb.i != noun.i:
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), verb)  # "are due to move"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if noun.dep_ in ("nsubj",) or noun.dep_ == "pobj":
        return verb.lemma_.lower() in _MOVE_OVER and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return any(c.dep_ == "acl" and c.lemma_.lower() in _MOVE_OVER for c in noun.children)


def _had_by(num) -> bool:
    """Whether the noun a figure counts is what something has: "has 58 stores and nearly 8,000 employees", "is the
    biggest employer, with 11,000 workers"."""
    noun = figure_noun(num)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        # "the biggest employer, with about 11,000 workers", "a chain with 8,000 employees": what it is with
        return noun.head.head.pos_ in ("NOUN", "PROPN") or noun.head.head.lemma_.lower() == "be"
    if _owner(noun) is not None:
        return True  # "the combine's 1,420 workers": whose they are
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have"


def _owner(noun):
    """The body a count of people is written as had by, with "'s" ("the mill's 640 workers"); None without."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                 and any(g.dep_ == "case" for g in c.children)), None)


def _site_staffed(num) -> bool:
    """Whether the people a figure counts are those of one of a company's sites, whose staff are part of its
    workforce, not all of it: "the call centre is in the city, with 420 staff", "a plant with 900 workers". (A site
    that "employs 800 workers" may be the company's one plant; it is not told apart.)"""
    noun = figure_noun(num)
    if (owner := _owner(noun)) is not None:
        return owner.lemma_.lower() in SITE_NOUNS  # "the plant's 900 workers"
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    owner = noun.head.head
    if owner.pos_ in ("VERB", "AUX"):
        owner = next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return owner is not None and owner.lemma_.lower() in SITE_NOUNS


def people_counted(f: Figure) -> bool:
    """Tells workers on strike and a workforce from jobs, and the injured in a given condition from all the
    injured; False when the figure counts no people after all."""
    if f.category == "jobs" and f.noun in ("employee", "employees", "worker", "workers", "staff"):
        if any(t.lemma_.lower() in _STRIKE_WORDS for t in f.sent):
            f.category, f.noun = "strikers", "strikers"  # "a strike by about 4,200 workers": how many walked out
        elif _held(f.tokens[-1]):
            f.category, f.noun = "arrested", "detained"  # "ordered four railway workers to be detained"
        elif _moved_over(f.tokens[-1]):
            f.category, f.noun = "staff transferred", "staff transferring"  # "210 staff will transfer to X"
        elif not any(t.lemma_.lower() in _CUT_WORDS and (t.pos_ in ("VERB", "NOUN") or t.lemma_.lower() == "redundant")
                     for t in f.sent):  # "to close the plant", not "close to its customers"
            if not _had_by(f.tokens[-1]):
                return False  # "the bodies of 12 workers", "400 workers walked out": not jobs lost, nor a workforce
            f.category, f.noun = "workforce", "workforce"  # "a chain with 58 stores and 8,000 employees": its size
            if _site_staffed(f.tokens[-1]):
                f.category, f.noun = "site workforce", "staff"  # "its call centre, with 420 staff": one site's
    if f.category in CASUALTY_CATEGORIES and _NOT_PEOPLE.match(f.after):
        return False  # "saved two penalties", "missed three chances": no one was rescued or lost
    condition = _CONDITION.match(f.after) or _BADLY_HURT.match(f.after)
    if condition and f.category in CASUALTY_CATEGORIES | {"hospital"}:
        # "five remain in serious condition", "seven people critically injured": a part of the injured, counted on
        # its own
        state = next(g for g in condition.groups() if g).lower()
        f.category = f.noun = f"in {_HURT_STATE.get(state, state)} condition"
    return True
