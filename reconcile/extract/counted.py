"""What a figure counts, from the words that govern it: the noun it modifies, the verb it hangs from ("killed
12", "drew 31,000 people"), the measure a count rose to ("the death toll rose to 19"), or what a percentage is of."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.figure_spans import NUMBER_RE
from reconcile.extract.lexicon import CASUALTY_CATEGORIES, CUT_WORDS, RISE_WORDS, SPEECH_VERBS, WORD_CATEGORY
from reconcile.extract.measures import SKIP_NOUNS, physical, unit_after
from reconcile.extract.money import BUSINESS_NOUNS, money_category
from reconcile.normalize.numbers import APPROX

# Verbs whose object is the people a disaster killed or injured: "killed three workers", "injured 17 miners".
_HARM_VERBS = {"kill", "injure", "wound", "hurt"}
_STAFF_NOUNS = {"people", "person", "worker", "staff", "employee", "staffer", "workforce"}
_STAFF_VERBS = {"employ", "hire", "recruit", "create", "provide", "retain", "keep", "have"}
_CREATE_VERBS = {"hire", "recruit", "create", "provide"}
_KEEP_VERBS = {"keep", "retain"}  # "pledged to keep all 640 employees": the workforce there is, not new jobs

# Counts of things, places and buildings: the figure must count the noun itself ("62 stores", "300 homes", "23
# vehicles"), not stand beside it ("tanker trucks carry about 10,000 barrels").
_THING_CATEGORIES = {"sites", "buildings", "vehicles", "witnesses", "complaints"}

# Percentages that state a rule or a goal, not a finding.
_RULE_NOUNS = {"threshold", "majority", "target", "limit", "requirement", "quorum", "cap", "minimum", "maximum"}
_RULE_AFTER = re.compile(r"\s*(?:threshold|needed|required|requirement|minimum|mark|barrier|hurdle|quorum|target|cap|"
                         r"limit)\b", re.I)
_NEEDED_AFTER = re.compile(r"\s*[a-z]+\s+(?:needed|required)\b")
_NEEDS_BEFORE = re.compile(r"\b(?:needs?|requires?)\s+(?:at least\s+|a minimum of\s+)?$", re.I)
_IN_FAVOUR = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:votes?|ballots?|shares?|shareholders|members|delegates|voters)"
                        r"(?:\s+(?:cast|present|represented))?)?\s*,?\s*(?:were\s+|was\s+|had\s+)?"
                        r"(?P<side>in\s+favou?r|supported|supporting|support|backed|backing|approved|approving|approval|"
                        r"voted\s+(?:in\s+favou?r|yes)|voted\s+against|opposed|rejected)\b", re.I)
_BACKED_BY = re.compile(r"\b(?P<side>backed|supported|approved|endorsed|rejected|opposed)\s+by\s+(?:some\s+|about\s+|"
                        r"nearly\s+|almost\s+|more than\s+)?$", re.I)
# Counts of those an act is done to: the subject of the act, done to something else, is not one of them.
_DONE_TO = {"jobs", "evacuated", "rescued", "arrested"}
_RULE_BEFORE = re.compile(r"\b(?:threshold|minimum|quorum|target|limit|cap) of\s+(?:at least\s+|just\s+)?$", re.I)


def _turnout_near(ctx: DocContext, sent, start: int, end: int) -> bool:
    """Whether the word "turnout" in the sentence goes with this percentage: close to it, with no other percentage
    between them ("Turnout was 37%, well above the 25% required": 37%, not 25%)."""
    text = ctx.text[sent.start_char:sent.end_char]
    figures = [(sent.start_char + m.start("num"), sent.start_char + m.end()) for m in NUMBER_RE.finditer(text)
               if m.group("pct")]
    for m in re.finditer(r"\bturnout\b", text, re.I):
        t = sent.start_char + m.start()
        if t >= end:
            if re.fullmatch(r"[\s-]*(?:voter\s+)?", ctx.text[end:t]):
                return True  # "a 37% turnout"
            continue
        lo, hi = t, start
        if hi - lo > 80:
            continue
        if not any(lo <= a < hi and not (a < end and start < b) for a, b in figures):
            return True
    return False


# "took 25 percent of the shares on offer": a part of a share sale, not of the company
_OF_THE_OFFER = re.compile(r"\s*(?:%|percent|per cent)?\s+of\s+the\s+(?:(?:new\s+)?shares\s+(?:on\s+offer|offered|sold)|"
                           r"offer|offering|issue|float)\b", re.I)

# "leaving 11 missing", "8 villagers still missing": the casualty word after the figure
# "leaving 11 missing", "8 villagers still missing"; not "rose to 11 after injured passengers died"
_CASUALTY_AFTER = re.compile(r"\s+(?:(?!after\b|before\b|when\b|as\b|and\b|of\b|with\b|while\b|since\b|among\b|"
                             r"including\b)[a-z]+\s+)?(?:still\s+)?(missing|dead|injured|wounded|unaccounted|homeless)\b")
# "6,000 people have lost their homes", "14,300 people remain without a home": people left homeless
_HOMES_LOST = re.compile(r"\s+(?:people\s+|residents\s+|villagers\s+|inhabitants\s+)?(?:have\s+|had\s+|were\s+|are\s+|"
                         r"remain\s+|still\s+)*(?:lost|left|without)\s+(?:without\s+)?(?:their|a|any)\s+"
                         r"(?:homes?|houses?|shelter|roof)\b", re.I)
# "had developed bloodstream infections": people who fell ill are cases
_CATCH_VERBS = {"develop", "contract", "catch"}
_ILLNESS_NOUNS = {"infection", "disease", "illness", "virus", "fever", "symptom"}
# "six people suffered burns", "had sustained injuries" (parsed with "had" the verb): people who came to harm
# are the injured
_SUFFER_VERBS = {"suffer", "sustain", "have", "receive"}
_HARM_NOUNS = {"injury", "burn", "wound", "fracture", "concussion", "bruise", "cut"}


def _casualty_verb(noun):
    """ "Thirty crew were treated in hospital", "six miners were dead", "the fire killed three workers": the
    counted people are the subject of a casualty verb or adjective, or the object of one that kills or injures,
    which says what the count is, whatever the people are called."""
    if WORD_CATEGORY.get(noun.lower_) in CASUALTY_CATEGORIES:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _HARM_VERBS:
        return WORD_CATEGORY[verb.lemma_.lower()], verb.lemma_.lower()
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
    words = [w for v in verbs for w in [v] + [ch for ch in v.children if ch.dep_ in ("acomp", "oprd")]]
    for w in words:
        for word in (w.lower_, w.lemma_.lower()):
            if WORD_CATEGORY.get(word) in CASUALTY_CATEGORIES:
                return WORD_CATEGORY[word], word
    return None


def after_a_name(ctx: DocContext, tok):
    """The person or party whose name the number follows in a list, perhaps with a bracket between ("Ivo Kral (ODS)
    9.6%")."""
    i = tok.i - 1
    if i >= 0 and ctx.doc[i].text == ")":
        while i >= 0 and ctx.doc[i].text != "(" and tok.i - i < 10:
            i -= 1
        i -= 1
    ent = ctx.ent_at_token(i) if i >= 0 else None
    return ent if ent is not None and ent.label in ("PERSON", "ORG") else None


# A share by which something goes down or up, whatever the verb: "cut by 15%" and "will fall by 15%" are one.
_CHANGE = {**{w: "cut" for w in CUT_WORDS}, **{w: "rise" for w in RISE_WORDS}}
_SIDES = {**{w: ":demanded" for w in ("demand", "seek", "want", "ask", "claim")},
          **{w: ":offered" for w in ("offer", "propose", "table")}}


# "licensed to carry 120", "a capacity of 120": how many a vessel or a ground may hold, not how many it held.
_CAPACITY = re.compile(r"\b(?:(?:licen[cs]ed|designed|allowed|permitted|certified|built|rated|meant|authori[sz]ed|"
                       r"registered)\s+(?:only\s+)?(?:to\s+carry|for)|(?:can|could)\s+carry|capacity\s+(?:of|for)|"
                       r"room\s+for)\s+"
                       r"(?:up\s+to\s+|about\s+|some\s+|just\s+)?$", re.I)


def category_of(ctx: DocContext, tokens: list, sent, currency: str, percent: bool) -> tuple[str | None, str]:
    """What the number counts, from the words that govern it; ``None`` when nothing says."""
    last = tokens[-1]
    if percent and last.lower_ == "cent" and last.head.lower_ == "per" and last.head.head.like_num:
        last = last.head.head  # "owns 31 per cent": the figure, with "per cent" parsed as a phrase after it
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") else last
    candidates = [head]
    # "the new cases are all among the 43 people on dialysis": the people the cases are drawn from, counted by
    # their own noun, not by the clause's subject
    pool = head.dep_ == "pobj" and head.head.lower_ == "among"
    # "the road was cut by landslides in at least two places": things counted where the act happened are counted
    # by their own noun, not by the act
    pool = pool or (head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "across") and last.dep_ == "nummod"
                    and head.pos_ == "NOUN" and not currency and not percent)
    if head is last and last.dep_ == "pobj" and head.head.lower_ in ("from", "to") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
        return None, ""  # "cut to four years from the five he was given": the thing counted is told before
    if head.dep_ in ("pobj",) and head.head.dep_ == "prep" and not pool:
        candidates.append(head.head.head)
    if head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "pobj", "npadvmod", "appos", "conj") and not pool:
        candidates.append(head.head)
        if head.head.head.i != head.head.i:
            candidates.append(head.head.head)
    for c in list(candidates):
        if c.lemma_.lower() in SPEECH_VERBS:
            continue  # "three suspects will appear in court, the police said": the police are who speaks
        candidates.extend(ch for ch in c.children
                          if ch.dep_ in ("amod", "acl", "compound", "nsubj", "nsubjpass", "acomp"))
    if not percent and (_NEEDED_AFTER.match(ctx.text[last.idx + len(last.text):sent.end_char])
                        and ctx.text[sent.start_char:tokens[0].idx].lower().endswith("the ")
                        or _NEEDS_BEFORE.search(ctx.text[sent.start_char:tokens[0].idx])):
        return None, ""  # "to reach the 61 seats needed", "a party needs 61 seats to govern": a rule, not a result
    if percent:
        # A results list often names the measure in the sentence before ("Preliminary results: ... 9.6%").
        previous = ctx.sents[ctx.sentence_index(sent.start_char) - 1] if sent.start_char > 0 else sent
        window = {t.lower_ for t in sent} | {t.lower_ for t in previous}
        follow = ctx.text[last.idx + len(last.text):sent.end_char]
        lead = ctx.text[sent.start_char:tokens[0].idx]
        if _RULE_AFTER.match(follow) or _RULE_BEFORE.search(lead):
            return None, ""  # "the 25% required for a valid result", "a threshold of 5%"
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
        if _turnout_near(ctx, sent, tokens[0].idx, last.idx + len(last.text)) or (
                verb is not None and verb.lemma_.lower() == "turn"
                and any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in verb.children)):
            return "turnout", "turnout"  # "Turnout was 37%", "on a turnout of 37%", "37% of voters turned out"
        side = _IN_FAVOUR.match(follow) or _BACKED_BY.search(lead)
        if side:
            # "with 94.1% of votes cast in favour", "91.4% of the votes cast supported it", "backed by 88% of
            # shareholders": the share for a motion (or against it), however the vote is told
            word = "against" if re.match(r"(?:voted\s+against|opposed|rejected)", side.group("side"), re.I) \
                else "in favour"
            return f"percent:{word}", word
        if _of_a_company(ctx, last):
            return "percent:stake", "stake"  # "will take 70 percent of Cerrado Foods": a stake in it
        if _OF_THE_OFFER.match(follow):
            return "percent:offer", "offer"  # "took 25 percent of the shares on offer": a part of a share sale
        if window & {"vote", "votes", "ballots", "ballot"}:
            return "vote share", "vote"
        if window & {"result", "results"} and after_a_name(ctx, tokens[0]) is not None:
            return "vote share", "vote"  # "Preliminary results: Greta Maris (Liberals) 43.6%; Pavel Dusek 33.7%"
        for c in candidates[:3]:
            if c.lemma_.lower() in _RULE_NOUNS:
                return None, ""
            if c.pos_ in ("NOUN", "VERB") and c.lower_ not in ("percent", "%", "cent") \
                    and c.lemma_.lower() not in _RULE_NOUNS | {"be", "have", "say"}:
                if c.dep_ == "acl" and c.lemma_.lower() not in _CHANGE:
                    verb = next((a for a in c.head.ancestors if a.pos_ == "VERB"), None)
                    if verb is not None and verb.lemma_.lower() in _CHANGE:
                        c = verb  # "cut tariffs on freight moving between them by 15 percent": the cut
                word = _CHANGE.get(c.lemma_.lower(), c.lemma_.lower())
                # "demanding a 12% pay rise" and "offered a rise of four per cent": two sides' figures.
                side = next((_SIDES[a.lemma_.lower()] for a in [c, *c.ancestors][:4] if a.lemma_.lower() in _SIDES), "")
                return f"percent:{word}{side}", word
        return None, ""
    if currency:
        return money_category(ctx, tokens, sent, candidates)
    if head.lower_ in ("times", "time") and last.dep_ == "nummod":
        return None, ""  # "we have marched three times before": how often, not how many
    casualty = _casualty_verb(head)
    if casualty is not None:
        return casualty
    follow = ctx.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    lead = ctx.text[max(sent.start_char, tokens[0].idx - 60):tokens[0].idx]
    if _CAPACITY.search(lead) and physical(follow) is None and not unit_after(follow):
        return "capacity", "capacity"  # "licensed to carry 120 passengers", "a capacity of 120": not who was aboard
    if re.match(r"\s+(?:people|persons)?\s*(?:(?:were|was|had\s+been)\s+)?(?:on board|aboard|onboard)\b",
                            follow, re.I):
        # "with about 80 people on board", "a passenger plane with 21 people on board", "which had 22 people on
        # board": passengers and crew together, whatever the clause's other words
        return "aboard", "people on board"
    if any(c.lemma_.lower() == "take" and any(ch.dep_ == "dobj" and ch.lower_ == "part" for ch in c.children)
           for c in candidates[1:3]):
        return "participants", "took part"  # "more than 10,000 people took part"
    if _came_to_see(candidates[:3]) or _crowd_before(ctx.text[sent.start_char:tokens[0].idx]) and (
            head is last or head.lemma_.lower() in _CROWD_NOUNS):
        # "the festival drew 31,000 people", "24,000 came through the gates", "played in front of 38,000", "the
        # crowd, officially given as 26,500"
        return "attendance", "attendance"
    if head.lemma_.lower() in _STAFF_NOUNS and head.head.lemma_.lower() in _STAFF_VERBS:
        verb = head.head
        if verb.lemma_.lower() in _CREATE_VERBS or verb.lemma_.lower() not in _KEEP_VERBS and any(
                ch.dep_ == "aux" and ch.lower_ in ("will", "would", "to", "'ll") for ch in verb.children):
            return "jobs", "jobs"  # "will employ 2,100 people": the jobs a project creates ("1,200 new jobs")
        return "workforce", "workforce"  # "employs about 3,500 people": not the jobs a plan cuts
    follow = ctx.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    if _HOMES_LOST.match(follow) and WORD_CATEGORY.get(head.lower_) not in CASUALTY_CATEGORIES:
        return "displaced", "homeless"
    after_word = _CASUALTY_AFTER.match(follow)
    if after_word and WORD_CATEGORY.get(head.lower_) not in CASUALTY_CATEGORIES:
        word = after_word.group(1).lower()
        return WORD_CATEGORY[word], word  # "leaving 11 missing", "8 villagers still missing"
    for c in candidates:
        if c.lemma_.lower() == "term" and last.dep_ == "nummod" and last.head.i == c.i:
            return None, ""  # "ran the municipality for two terms": terms of office counted, not a prison term
        for word in (c.lower_, c.lemma_.lower()):
            if word in WORD_CATEGORY and not (c.lower_ in SKIP_NOUNS and WORD_CATEGORY[word] != "sentence") and not (
                    WORD_CATEGORY[word] == "charges" and c.pos_ == "VERB"):  # "had counted 540 cases"
                if WORD_CATEGORY[word] in _THING_CATEGORIES and c.i != head.i and last.dep_ == "nummod" \
                        and head.pos_ in ("NOUN", "PROPN"):
                    continue  # "home to about 600 people", "trucks carry 10,000 barrels": not places or vehicles
                if WORD_CATEGORY[word] in _DONE_TO and c.pos_ == "VERB" and head.dep_ == "nsubj" and head.head.i == c.i \
                        and head.pos_ == "NOUN" and any(g.dep_ == "dobj" for g in c.children):
                    continue  # "since the two governments cut tariffs": who did it, not jobs cut
                if WORD_CATEGORY[word] == "candidates" and tokens[0].i > 0 \
                        and ctx.doc[tokens[0].i - 1].lower_ in ("between", "the", "both"):
                    return None, ""  # "to choose between two candidates": the run-off's pair, not the field
                if WORD_CATEGORY[word] == "defendants" and c.i >= 2 and ctx.doc[c.i - 1].text == "-" \
                        and ctx.doc[c.i - 2].lower_ == "co":
                    return "co-defendants", "co-" + word  # "with two co-accused", cut in three by the tokenizer
                return WORD_CATEGORY[word], word
    risen = _risen_measure(tokens[-1])
    if risen is not None:
        return risen
    # "Death toll remains at 4": the measure named a few words before, where no verb of change leads to the
    # figure (``_risen_measure``).
    left = [t for t in sent if t.i < tokens[0].i][-6:]
    for t in reversed(left):
        if t.lower_ in ("toll",) or (t.lower_ in WORD_CATEGORY and WORD_CATEGORY[t.lower_] in ("dead", "injured")):
            return WORD_CATEGORY.get(t.lower_, "dead"), t.lower_
    return None, ""


# Verbs of bringing people to an event, and what they came through to get in.
_DRAW_VERBS = {"draw", "attract", "welcome"}
_GATES = {"gate", "gates", "turnstile", "turnstiles", "door", "doors"}


_HEDGE = "(?:" + "|".join(sorted((re.escape(k) for k in APPROX), key=len, reverse=True)) + r")\s+"
_CROWD_BEFORE = re.compile(r"(?:\bin front of\s+(?:a\s+(?:[\w-]+\s+)?crowd\s+of\s+)?|\b(?:crowd|attendance|gate)\b[^.;]{0,30}?"
                           r"\b(?:given|put|announced|recorded|listed|registered)\s+(?:as|at)\s+)(?:" + _HEDGE + ")?$", re.I)
_CROWD_NOUNS = {"people", "fans", "spectators", "supporters", "onlookers"}


def _crowd_before(before: str) -> bool:
    """Whether the words before a bare headcount say it is a crowd: "in front of 38,000", "the crowd, officially
    given as 26,500"."""
    return bool(_CROWD_BEFORE.search(before))


def _came_to_see(candidates: list) -> bool:
    """Whether the verb a headcount hangs from says people came to an event: "drew 31,000 people", "attracted
    40,000 visitors", "24,000 people came through the gates"; people counted as something else ("drew 28
    candidates") are that."""
    for c in candidates:
        if c.pos_ != "VERB":
            continue
        objects = [ch for ch in c.children if ch.dep_ == "dobj"]
        if c.lemma_.lower() in _DRAW_VERBS and objects and not any(
                o.lower_ in WORD_CATEGORY or o.lemma_.lower() in WORD_CATEGORY for o in objects):
            return True  # not "the by-election has drawn 28 candidates"
        if c.lemma_.lower() in ("come", "pass", "go") and any(
                p.dep_ == "prep" and p.lower_ == "through" and any(o.lemma_.lower() in _GATES for o in p.children)
                for p in c.children):
            return True
    return False


# Verbs a figure rises, falls or is brought to: "rose to 14", "stood at 16", "bringing the toll to 26".
_RISE_VERBS = CUT_WORDS | RISE_WORDS | {"reach", "stand", "bring", "jump", "mount", "hit", "soar", "swell", "push",
                                        "take", "put", "go"}


def _risen_measure(num) -> tuple[str, str] | None:
    """What a figure a count rose to counts, named anywhere in the subject of the verb (or the object of
    "bring"): "The number of people killed in the landslide in the district rose to 14", "bringing the death
    toll from the landslide that buried the village to 26", "the number of people confirmed dead in last week's
    capsizing has risen to 27" (where the parser makes "confirmed" the verb and "has risen" its conjunct, or
    the other way round)."""
    prep = num.head if num.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("to", "at"):
        return None
    verb = next((v for v in [prep.head, *prep.head.ancestors][:6] if v.lemma_.lower() in _RISE_VERBS), None)
    if verb is None:
        return None
    measure = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not measure:
        # The parser made "confirmed" the verb of the subject and hung "has risen" beside it or above it.
        beside = ([verb.head] if verb.dep_ == "conj" else []) + [
            c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i]
        measure = [c for b in beside for c in b.children if c.dep_ in ("nsubj", "nsubjpass", "oprd", "acomp")]
    for t in (t for m in measure for t in m.subtree):
        word = WORD_CATEGORY.get(t.lower_) or WORD_CATEGORY.get(t.lemma_.lower())
        if word in CASUALTY_CATEGORIES:
            return word, t.lower_
        if t.lower_ == "toll":
            return "dead", "toll"
    return None


def _of_a_company(ctx: DocContext, percent) -> bool:
    """ "70 percent of Cerrado Foods", "a 75 percent stake in it": a share of a company named right after."""
    if percent.head.lemma_.lower() == "stake":
        return True
    for prep in percent.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                ent = ctx.ent_at_token(obj.i) if obj.dep_ == "pobj" else None
                if ent is not None and ent.label == "ORG" or obj.dep_ == "pobj" and obj.lemma_.lower() in BUSINESS_NOUNS \
                        and any(c.dep_ in ("det", "poss") for c in obj.children):
                    return True  # "70 percent of Cerrado Foods", "67% of the company"
    # "will take its holding to 61%", "raised its stake to 40 percent"
    node = percent.head if percent.dep_ == "nummod" else percent
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ in ("to", "of", "at") and (
            prep.head.lower_.rstrip("s") in _HOLDING_NOUNS
            or any(c.dep_ == "dobj" and c.lower_.rstrip("s") in _HOLDING_NOUNS for c in prep.head.children)):
        return True
    return False


_HOLDING_NOUNS = {"stake", "holding", "shareholding", "interest", "share"}
