"""Casualty counts told by their verbs and words: the people a disaster killed or injured ("the fire killed three
workers", "six people suffered burns", "the two patients who died"), a casualty word after the figure ("leaving 11
missing", "6,000 people have lost their homes"), and the measure a count rose to ("the death toll rose to 19")."""

from __future__ import annotations

import re

from reconcile.extract.lexicon import CASUALTY_CATEGORIES, CUT_WORDS, RISE_WORDS, WORD_CATEGORY

# Verbs whose object is the people a disaster killed or injured: "killed three workers", "injured 17 miners".
_HARM_VERBS = {"kill", "injure", "wound", "hurt"}

# "leaving 11 missing", "8 villagers still missing": the casualty word after the figure
# "leaving 11 missing", "8 villagers still missing"; not "rose to 11 after injured passengers died"
CASUALTY_AFTER = re.compile(r"\s+(?:(?!after\b|before\b|when\b|as\b|and\b|of\b|with\b|while\b|since\b|among\b|"
                            r"including\b)[a-z]+\s+)?(?:still\s+)?(missing|dead|injured|wounded|unaccounted|homeless)\b")
# "nine of them children", "two of whom were women", "three of them former officials": the people of one kind among
# those counted before (the kind is the first word after "them", or the second after a word that describes it).
OF_THEM_KIND = re.compile(r"\s*,?\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?([a-z]+)\b(?:\s+([a-z]+)\b)?", re.I)
# Kinds of people a toll is told among.
PEOPLE_KINDS = {"children", "women", "men", "girls", "boys", "students", "pupils", "foreigners", "tourists", "minors",
                "teenagers", "soldiers", "policemen", "firefighters", "rescuers", "miners", "workers", "passengers",
                "fans", "spectators", "players", "pilgrims", "infants", "babies", "civilians", "nationals", "migrants",
                "journalists", "crew", "elderly", "villagers", "residents", "teachers", "nurses", "doctors"}
# "6,000 people have lost their homes", "14,300 people remain without a home", "12,000 have been forced from their
# homes": people left homeless
HOMES_LOST = re.compile(r"\s+(?:people\s+|residents\s+|villagers\s+|inhabitants\s+)?(?:have\s+|had\s+|were\s+|are\s+|"
                        r"remain\s+|still\s+|been\s+)*(?:lost|left|without|fled|abandoned|(?:forced\s+)?to\s+"
                        r"(?:leave|flee|abandon)|(?:forced|driven)\s+(?:from|out\s+of))\s+(?:without\s+)?(?:their|a|any)\s+"
                        r"(?:homes?|houses?|shelter|roof)\b", re.I)
# "had developed bloodstream infections": people who fell ill are cases
_CATCH_VERBS = {"develop", "contract", "catch"}
_ILLNESS_NOUNS = {"infection", "disease", "illness", "virus", "fever", "symptom"}
# "six people suffered burns", "had sustained injuries" (parsed with "had" the verb): people who came to harm
# are the injured
_SUFFER_VERBS = {"suffer", "sustain", "have", "receive"}
# People taken to hospital are the injured: "were taken to hospital", "were rushed to hospital", "admitted to hospital"
_TO_HOSPITAL_VERBS = {"take", "rush", "admit", "bring"}
_HARM_NOUNS = {"injury", "burn", "wound", "fracture", "concussion", "bruise", "cut"}
# (People who survived are the rescued, unless they survived with one of those.)


def casualty_verb(noun):
    """ "Thirty crew were treated in hospital", "six miners were dead", "the fire killed three workers": the
    counted people are the subject of a casualty verb or adjective, or the object of one that kills or injures,
    which says what the count is, whatever the people are called."""
    if WORD_CATEGORY.get(noun.lower_) in CASUALTY_CATEGORIES:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _HARM_VERBS:
        return WORD_CATEGORY[verb.lemma_.lower()], verb.lemma_.lower()
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "treat" and noun.lower_ in PEOPLE_KINDS | {"people", "persons"}:
        return "injured", "treated"  # "medical teams treated 14 spectators for heat exhaustion"
    # "the two patients who died": the verb of a relative clause on the counted people
    told = [ch for ch in noun.children if ch.dep_ == "relcl"
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that") for g in ch.children)]
    if noun.dep_ not in ("nsubj", "nsubjpass") and not told:
        return None
    verbs = told or [verb]
    if any(v.lemma_.lower() in _CATCH_VERBS and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _ILLNESS_NOUNS
                                                   for ch in v.children) for v in verbs):
        return "cases", "infected"  # "11 patients had developed bloodstream infections"
    if any(v.lemma_.lower() in _SUFFER_VERBS and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _HARM_NOUNS
                                                    for ch in v.children) for v in verbs):
        return "injured", "injured"  # "six people suffered burns"
    if any(v.lemma_.lower() in _TO_HOSPITAL_VERBS and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() == "hospital" for o in p.children)
            for p in v.children) for v in verbs):
        return "injured", "hospitalised"  # "Nineteen people were taken to hospital"
    if any(v.lemma_.lower() == "survive" for v in verbs):
        # "41 survived" are the rescued; "seven miners survived the blast with injuries", the injured
        # (the parser may hang "with injuries" on what they survived)
        hurt = any(p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in _HARM_NOUNS for o in p.children)
                   for v in verbs for w in [v, *(c for c in v.children if c.dep_ == "dobj")] for p in w.children)
        return ("injured", "injured") if hurt else ("rescued", "survived")
    words = [w for v in verbs for w in [v] + [ch for ch in v.children if ch.dep_ in ("acomp", "oprd")]
             # "one person is still listed as missing", "were registered as dead"
             + [g for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                if g.dep_ in ("pcomp", "pobj", "acomp", "amod")]]
    for w in words:
        for word in (w.lower_, w.lemma_.lower()):
            if WORD_CATEGORY.get(word) in CASUALTY_CATEGORIES:
                return WORD_CATEGORY[word], word
    return None


# Verbs a figure rises, falls or is brought to: "rose to 14", "stood at 16", "bringing the toll to 26".
# Verbs whose object is the figure a count has come to: "has now reached 2,100", "topped 300".
_REACHED = {"reach", "top", "pass", "exceed", "surpass", "hit"}
# The people a count of the displaced names: "forced out of their homes", "driven from their houses", "left homeless"
_FROM_HOMES = re.compile(r"\b(?:(?:forced|driven|chased)\s+(?:out\s+of|from)\s+(?:their\s+)?(?:homes?|houses?)|"
                         r"left\s+homeless|made\s+homeless)\b", re.I)
_RISE_VERBS = CUT_WORDS | RISE_WORDS | {"reach", "stand", "bring", "jump", "mount", "hit", "soar", "swell", "push",
                                        "take", "put", "go"}


def risen_measure(num) -> tuple[str, str] | None:
    """What a figure a count rose to counts, named anywhere in the subject of the verb (or the object of
    "bring"): "The number of people killed in the landslide in the district rose to 14", "bringing the death
    toll from the landslide that buried the village to 26", "the number of people confirmed dead in last week's
    capsizing has risen to 27" (where the parser makes "confirmed" the verb and "has risen" its conjunct or the
    clause under it, or the other way round)."""
    prep = num.head if num.dep_ == "pobj" else None
    if num.dep_ == "dobj" and num.head.lemma_.lower() in _REACHED:
        verb = num.head  # "the number of people forced out of their homes has now reached 2,100"
    elif prep is None or prep.lower_ not in ("to", "at"):
        return None
    else:
        verb = next((v for v in [prep.head, *prep.head.ancestors][:6] if v.lemma_.lower() in _RISE_VERBS), None)
    if verb is None:
        return None
    measure = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # The parser made "confirmed" the verb of the subject and hung "has risen" beside it or above it (giving
    # "rose" a subject of its own from the words before it: "... off Orvel island rose to 12").
    beside = ([verb.head] if verb.dep_ in ("conj", "advcl") and verb.head.i < verb.i else []) + [
        c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i]
    measure += [c for b in beside for c in b.children if c.dep_ in ("nsubj", "nsubjpass", "oprd", "acomp")]
    for t in (t for m in measure for t in m.subtree):
        word = WORD_CATEGORY.get(t.lower_) or WORD_CATEGORY.get(t.lemma_.lower())
        if word in CASUALTY_CATEGORIES:
            return word, t.lower_
        if t.lower_ == "toll":
            return "dead", "toll"
    # "The number of people forced out of their homes ... has now reached 2,100", however the parser hangs it: what
    # the sentence counts before its verb
    told = verb.doc[verb.sent.start:verb.i].text
    if re.search(r"\b(?:number|count|total)\s+of\b", told, re.I) and _FROM_HOMES.search(told):
        return "displaced", "homeless"
    return None
