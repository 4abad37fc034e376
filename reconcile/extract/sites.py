"""Sites to come: a plant, a hub or a headquarters a report says is to be built, brought or kept somewhere ("will
build a new grinding plant in X", "plans for a processing plant to be built in X", "will bring a plant to Y").
``actions.py`` makes each such place a claim keyed by the site's kind, so that reports placing the one plant the
story is about in different towns are compared; a site that only stands somewhere is none."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import AREA_WORDS, FUTURE_MARKERS
from reconcile.extract.spans import Ent, ent_root

# Words for a site a company builds or keeps, by kind ("a new grinding plant" and "a grinding facility" are one).
_FACILITIES = {"plant": "plant", "factory": "plant", "facility": "plant", "refinery": "plant", "mill": "plant",
               "smelter": "plant", "unit": "plant", "packhouse": "plant", "silo": "hub", "store": "hub", "base": "hub",
               "hub": "hub", "centre": "hub", "center": "hub", "terminal": "hub",
               "warehouse": "hub", "depot": "hub", "headquarters": "headquarters", "office": "headquarters"}
# Of them, words that also name a ward, a troop or a shop ("a burns unit"): a site only when told as new or built.
_OTHER_UNITS = {"unit", "base", "store"}
# Verbs that give a site its place: build it, pay for it, bring it to a town, keep or move it there.
_SITING_VERBS = {"build", "construct", "open", "establish", "set", "develop", "fund", "finance", "pay", "bring",
                 "locate", "site", "keep", "move", "relocate", "erect", "plan", "launch", "put", "base", "house"}


def site_kind(noun) -> str:
    """The kind a site's noun is compared as ("factory" and "refinery" are plants, "depot" a hub)."""
    return _FACILITIES[noun.lemma_.lower()]


def site_of(ctx: DocContext, ent: Ent):
    """The plant, hub or headquarters a place is the site of, when the report tells it is to be built, brought or
    kept there ("a new hub in X", "a plant to be built in X", "will bring a plant to X", "keep its headquarters in
    X"); None for a site that only is somewhere, and for several sites at once."""
    root = ent_root(ctx.doc, ent)
    if root.dep_ == "compound" and root.head.lower_ in AREA_WORDS:
        root = root.head  # "a mill in Kelvo upazila": the area named
    if root.dep_ not in ("pobj", "dative") or root.head.lower_ not in ("in", "at", "to"):
        return None
    head = root.head.head
    if head.pos_ == "VERB":
        verb = head
        if head.dep_ in ("relcl", "acl") and head.head.lemma_.lower() in _FACILITIES:
            site = head.head  # "a plant to be built in X"
        else:
            # "will build a plant in X"; "the packhouse will be built at Y"
            site = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")
                         and c.lemma_.lower() in _FACILITIES), None)
        if site is None and head.lemma_.lower() in _SITING_VERBS and (_sited_by_it(head) or _to_be_sited(head)):
            # "asked about the new depot's site, she said it would be built at X", "the outcome is a joint centre,
            # to be based in X": the site the sentence spoke of before, however the parser hung the verb
            site = next((t for t in reversed(head.sent[:head.i - head.sent.start])
                         if t.pos_ == "NOUN" and t.lemma_.lower() in _FACILITIES), None)
    else:
        site = head if head.pos_ == "NOUN" and head.lemma_.lower() in _FACILITIES else None
        verb = site.head.head if site is not None and site.dep_ == "pobj" else site.head if site is not None else None
    if site is None or site.tag_ == "NNS" and site.lemma_.lower() != "headquarters":
        return None
    # "a new grinding plant", and "a new butter and cream plant", "new" parsed onto the first of two kinds
    new = any(t.dep_ == "amod" and t.lower_ in FUTURE_MARKERS for t in site.subtree if t.i < site.i)
    if not new and not (verb is not None and verb.lemma_.lower() in _SITING_VERBS):
        return None
    if not new and site.dep_ == "pobj" and site.lemma_.lower() in _OTHER_UNITS:
        return None  # "moved the patients to a burns unit in X": a unit that is there already
    made = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + ([verb.head] if verb.dep_ == "acl" else [])
    if not new and site.dep_ == "pobj" and site.head.lower_ == "at" and any(
            c.lemma_.lower() not in _FACILITIES for c in made):
        return None  # "locomotives (were) built at its plant in X": what is made at a plant that stands
    return site


def _sited_by_it(verb) -> bool:
    """ "it would be built at X": the verb's passive subject is "it"."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _to_be_sited(verb) -> bool:
    """ ", to be based in X": a passive infinitive set after the clause that names the site."""
    return verb.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.children)
