"""What a figure counts when its clause says it is not the plain count: a score over two legs or at half-time, an
election result from a quick count or in one province only. Such figures are compared only with their like. And
the subject and attribute of a count's claim (``claim_subject``), with such a scope, a run-off's or a first leg's,
and a part of a casualty total."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.counted import place_taken
from reconcile.extract.figure_spans import Figure
from reconcile.extract.lexicon import CASUALTY_CATEGORIES, WORD_CATEGORY, moves_event

# A score written with a dash: "won 2-1", "beating them 84-79".
SCORE = re.compile(r"\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b")

# Scores that are not the match's own: over two legs or a series, at the break, in a shoot-out, or the first leg
# that a report of the second recalls. Said next to the score, within its clause.
_SCORE_KINDS = (("aggregate", re.compile(r"\baggregate\b", re.I)),
                ("series", re.compile(r"\bseries\b|\blead\s+in\s+the\s+best-of-", re.I)),
                ("half-time", re.compile(r"\b(?:half[- ]?time|at the (?:break|interval))\b", re.I)),
                ("shoot-out", re.compile(r"\b(?:on penalties|penalty shoot-?out|shoot-?out|on spot-kicks)\b", re.I)),
                ("first leg", re.compile(r"\bfirst[- ]leg\b", re.I)),
                # "reached the final by beating X 3-0 in the semi-finals": a win on the way, told after the score
                ("semi-final", re.compile(r"^\s*in\s+the\s+semi-?finals\b", re.I)),
                ("tie-break", re.compile(r"\btie-?break(?:er)?\b", re.I)),
                # "stopped at 1-1", "abandoned ... with the score at 1-1": where a match stood when play stopped
                ("interrupted", re.compile(r"\b(?:stopped|halted|suspended|abandoned)\s+at\b|\bwith the score "
                                                 r"(?:at|level at|standing at)\b", re.I)),
                # "took a 1-0 lead", "to level it at 2-2": where a series or a match stood, not how a match ended
                ("standing", re.compile(r"^\s*lead\b|\blevel(?:led|ed)?\s+(?:it|things|matters|the\s+\w+)?\s*at\s*$",
                                        re.I)))


def score_kind(text: str, start: int, end: int) -> str:
    """What a score counts when its clause says it is not the match's own ("3-2 on aggregate", "a 1-1 draw in
    the first leg", "leads the series 3-1", "2-0 at half-time"); "" for the match's score."""
    before = re.split(r"[,;:.()]|\band\b|\bafter\b", text[max(0, start - 30):start])[-1]
    after = re.split(r"[,;:.()]|\band\b|\bafter\b|\bto\b|\bgame\b|\bmatch\b", text[end:end + 30])[0]
    for kind, words in _SCORE_KINDS:
        if words.search(after) or words.search(before):
            return kind
    return ""


# An election count that is not the final one, and a result in one part of the area that voted.
_EARLY_COUNT = re.compile(r"\b(?:quick counts?|exit polls?|projections?|parallel vote tabulation|pollsters?)\b", re.I)
# Words that make a figure the official count's, whatever the sentence before was about.
_OFFICIAL = re.compile(r"\b(?:official|final|certified|results?)\b", re.I)
_AREA_WORDS = r"(?:province|district|county|region|department|state|municipality|constituency|ward|oblast|prefecture)"
_AREA_AFTER = re.compile(r"^[^,;.]{0,12}?\bin\s+(?:the\s+)?((?:[A-Z][\w'-]+\s+){1,3}" + _AREA_WORDS + r")\b")
_AREA_BEFORE = re.compile(r"\b(?:carried|won|took|swept|in)\s+(?:the\s+)?((?:[A-Z][\w'-]+\s+){1,3}" + _AREA_WORDS
                          + r")\b[^,;.]{0,25}$")


def count_scope(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str:
    """What count an election figure is of when it is not the count of the whole area: "quick count" for an
    estimate from a sample ("a quick count gave him 49.2%", "exit polls put her on 41%"; a preliminary count is
    often all the reports have, and is the same count in each), the part of the area for a result in one province
    or district ("carried Arauco province with 41.3 percent"); "" otherwise. ``start``/``end`` are the figure's
    offsets in ``text``, ``sent_start``/``sent_end`` its sentence's."""
    before = text[sent_start:start]
    after = text[end:sent_end]
    area = _AREA_AFTER.match(after) or _AREA_BEFORE.search(before)
    if area:
        return "in " + " ".join(area.group(1).split())
    if _EARLY_COUNT.search(text[sent_start:sent_end]):
        return "quick count"
    if _EARLY_COUNT.search(_sentence_before(text, sent_start)) and not _OFFICIAL.search(text[sent_start:sent_end]):
        return "quick count"  # "The quick count gave her 55.4 percent. Her rival had 36.2 percent."
    return ""


def _sentence_before(text: str, sent_start: int) -> str:
    """The sentence before the one at ``sent_start``, in the same paragraph ("" when it opens one)."""
    paragraph = text.rfind("\n\n", 0, sent_start)
    before = text[paragraph + 2 if paragraph >= 0 else 0:sent_start].rstrip()
    parts = re.split(r"(?<=[.!?])\s+", before)
    return parts[-1] if parts and parts[-1] else ""


# The rounds of an election told apart: a run-off's share and turnout are not the first round's.
_RUN_OFF = re.compile(r"\b(?:run-?offs?|second[- ]round|second ballot|round two)\b", re.I)
_FIRST_ROUND = re.compile(r"\b(?:first[- ]round|first ballot|round one)\b", re.I)
ROUNDS = (("run-off", _RUN_OFF), ("first round", _FIRST_ROUND))
# The legs of a tie: a crowd at the first leg is not the crowd at the return leg.
_FIRST_LEG = re.compile(r"\bfirst[- ]leg\b", re.I)
LEGS = (("second leg", re.compile(r"\b(?:second|return)[- ]leg\b", re.I)), ("first leg", _FIRST_LEG))
# "up from the first round", "well above the first round", "higher than in the first round"
_AGAINST_FIRST = re.compile(r"\b(?:from|above|below|than|compared (?:with|to)|on)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
                            r"first[- ](?:round|leg)", re.I)
# "fell to 38.6%, from 44.1% in the first round": the first round's figure given after the word of change
_FROM_FIRST_FIGURE = re.compile(r"^\W*(?:down |up )?(?:from|compared (?:with|to))\s+[\d.,]+\s*(?:%|per ?cent|percent)\s+"
                                r"(?:in|at)\s+(?:the\s+)?first[- ](?:round|leg)\b", re.I)
_ONLY_A_TIME = re.compile(r"\b(?:after|since|before|until|following)\b[^,;.]{0,40}$", re.I)
_LATER_THAN = re.compile(r"\b(?:after|since|following|having)\b[^,;.]{0,40}$", re.I)
_AHEAD_OF = re.compile(r"\b(?:before|until|ahead of)\b[^,;.]{0,25}$", re.I)
_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|per ?cent|percent)?")
# Between two figures of one list: "53.6% and Lis 46.4%", "53.1%, Lis 46.9%".
_LISTED_NEXT = re.compile(r"\s*(?:,|and|,\s*and)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+")
_OF_WHICH = re.compile(r"\b(?:in which|at which|when|where)\b")
# "with 38.4% of the vote and will face her in a run-off": a second predicate of the subject, not the figure's words
_NEXT_PREDICATE = re.compile(r"\band\s+(?:will|would|is|are|was|were|has|have|had|now|must|faces?|meets?)\b")


def stage_of(text: str, sent_start: int, sent_end: int, start: int, end: int, stages=ROUNDS) -> str:
    """Which of ``stages`` (an election's rounds, a tie's legs: (name, words), the later one first) the
    sentence says a figure is of, else "".

    The stage named in the figure's clause ("took 44.6% in the first round", "53.1% of the vote in a runoff");
    a figure told against the first is the later one's ("turnout was 34.2%, up from the first round"); else the
    stage named last before it in the sentence, unless that stage only sets a time ("after the first round")
    ("in the first round, when she led with 44.6% and he trailed on 36.9%", "lost the first leg in front of a
    crowd of 45,000"). In "turnout was 49.7 percent, down from 56.3 percent in the first round" only 56.3 is the
    first round's: a figure ends the words read after one, and 49.7, told against it, is the later round's.
    """
    after = text[end:sent_end]
    if _FROM_FIRST_FIGURE.search(after):
        return stages[0][0]  # "turnout fell to 38.6%, from 44.1% in the first round": the later round's
    nxt = _FIGURE.search(after)
    while nxt and _LISTED_NEXT.fullmatch(after[:nxt.start()]):
        # "give Nowak 53.6% and Lis 46.4% of the vote in the run-off": the figures of a list share the words after
        # its last
        after = after[nxt.end():]
        nxt = _FIGURE.search(after)
    if nxt:
        after = after[:nxt.start()]
    clause = _NEXT_PREDICATE.split(re.split(r"[,;:]", after)[0])[0]
    for name, words in stages:
        if words.search(clause):
            return name
    if _AGAINST_FIRST.search(re.split(r"[;:]", after)[0]):
        return stages[0][0]
    before = text[sent_start:start]
    # "after the first round": a time, unless the figure is told of it ("after a first round in which she took 31%")
    named = [(m.start(), name) for name, words in stages for m in words.finditer(before)
             if (not _ONLY_A_TIME.search(before[:m.start()]) or _OF_WHICH.search(before[m.end():]))
             and not _in_an_aside(before, m)]
    return max(named)[1] if named else ""


def _in_an_aside(before: str, m: re.Match) -> bool:
    """ "In the runoff she beat Kask, who had led the first round by ten points, with 52.9 percent": a stage
    named in a clause on someone, set off by commas before the figure, is not the figure's."""
    comma = before.rfind(",", 0, m.start())
    return comma >= 0 and re.match(r",\s*(?:who|which|whose)\b", before[comma:]) is not None \
        and "," in before[m.end():]


# "the results of all 21 of the November 13 run-offs": the words before a round whose results are told.
_RESULTS_OF = re.compile(r"\bresults?\s+of\s+(?:the\s+|all\s+|[\w-]+\s+of\s+the\s+|[\w,]+\s+){0,4}$", re.I)


# Verbs of a result that leads to a stage still ahead: "setting up a runoff", "forcing a second round".
_LEADS_TO = {"set", "force", "trigger", "face", "head", "go", "send", "need", "require", "prompt", "mean", "meet",
             # "confirming X and Y in the run-off", "qualified for the run-off": who goes through to it
             "confirm", "qualify", "advance", "progress", "proceed", "reach"}


# Nouns of what a round gave, told "for" it: "turnout for the run-off was 41%".
_OF_A_ROUND = {"turnout", "result", "results", "vote", "votes", "count", "tally", "share", "score"}
# "the pairing for the run-off", "candidates for a second round": a noun of the round to come, told "for" it.
_THING_FOR = re.compile(r"\b([a-z]+)\s+for\s+(?:the\s+|a\s+)?$")


def told_stage(doc, sents, stages=ROUNDS) -> str:
    """The stage (of ``stages``, the later first) a report tells, from its opening sentences ``sents`` (spaCy
    spans of ``doc``): the later stage when one of them tells it as held ("won the runoff with 53.1 percent",
    "was elected on Sunday in a runoff", "won the second leg"), else the first when it is told as held ("beat
    Rovers 2-1 in the first leg"), else "" (a first-round report says the run-off is ahead: "will face her in a
    runoff", "setting up a run-off"). For a tie's legs, a first leg told as the time before ("after a 1-1 draw in
    the first leg", "having lost the first leg") is what a report of the later leg recalls, and so is a tie won on
    aggregate. Figures that do not name their stage are the stage the report tells."""
    from reconcile.extract.tense import governing_verb, verb_tense

    held: list[str] = []
    for sent in sents:
        if stages is LEGS and re.search(r"\bon aggregate\b|\baggregate (?:win|victory|defeat|score)", sent.text, re.I):
            held.append(stages[0][0])  # "3-2 on aggregate": only a second leg ends a tie
        for name, words in stages:
            for m in words.finditer(sent.text):
                before = sent.text[:m.start()]
                if _AHEAD_OF.search(before):
                    continue  # "left the tie open before next Saturday's return leg": still to come
                if _RESULTS_OF.search(before):
                    held.append(name)  # "to certify the results of the run-off": a round that has been held
                    continue
                if stages is LEGS and _LATER_THAN.search(before):
                    held.append(stages[0][0])  # "after a 1-1 draw in the first leg": this report's is later
                    continue
                span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
                if span is not None and _an_alternative(span[-1]):
                    continue  # "what comes next: a coalition or a second round": one of two things that may be
                if span is not None and span[-1].dep_ in ("compound", "amod", "nmod") and span[-1].head.pos_ == "NOUN" \
                        and span[-1].head.i > span[-1].i:
                    continue  # "the race for the second runoff place": a thing of the round, not the round held
                thing_for = _THING_FOR.search(before) if stages is ROUNDS else None
                if thing_for and thing_for.group(1).lower() not in _OF_A_ROUND:
                    continue  # "left the pairing for the run-off unchanged": what the round will be, not it held
                verb = governing_verb(span[-1]) if span is not None else None
                if verb is None or verb.lemma_.lower() in _LEADS_TO or moves_event(verb):
                    continue  # "the second round has been postponed by a week": still ahead
                tense = verb_tense(verb)
                if not tense and verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "acl"):
                    tense = verb_tense(verb.head)  # "was elected on Sunday, winning 53.1% in a runoff"
                if tense == "held":
                    held.append(name)
    return next((name for name, _ in stages if name in held), "")


def _an_alternative(noun) -> bool:
    """Whether a noun is told as one of alternatives ("a coalition or a second round", "a run-off or a deal")."""
    first = noun.head if noun.dep_ == "conj" else noun
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)


def told(ctx: DocContext, stages) -> str:
    """The stage of ``stages`` the report opens with (see ``told_stage``), worked out once per report."""
    known = ctx.__dict__.setdefault("_told_stages", {})
    if stages not in known:
        opening = ctx.sents[:4]
        if stages is LEGS:
            # the match a report tells is the one whose score it gives first: "a 2-1 win on Sunday. The first leg
            # ended 1-1" tells the later leg
            scored = next((k for k, sent in enumerate(opening) if SCORE.search(sent.text)), None)
            opening = opening[:scored + 1] if scored is not None else opening
        known[stages] = told_stage(ctx.doc, opening, stages)
        if not known[stages] and stages is ROUNDS and _RUN_OFF_HELD.search(ctx.source.title or ""):
            # a live blog headed "Kraków run-off night" or "second round - results", whose opening lines tell no round
            known[stages] = "run-off"
    return known[stages]


# A headline that tells the run-off as held: "run-off night", "wins the runoff", "takes the city in the run-off", a
# live blog of the day ("Live: the district votes in the run-off"); not one that tells it ahead ("heads for a
# run-off", "faces X in the run-off"), nor a win in another clause before it ("is ahead after the count, but run-offs
# will settle it").
_RUN_OFF_HELD = re.compile(r"\b(?:run-?off|second[- ]round)\s*(?:[-–—:,]\s*)?(?:night|win|victory|results?)\b|"
                           r"\b(?:wins?|won|takes?|took|elected|clinch(?:es|ed)?)\b[^.;:,]{0,40}\brun-?offs?\b|"
                           r"^\W*live\b[^.;]{0,80}\bvotes?\s+in\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:run-?off|second[- ]round)\b", re.I)


# The places of a candidate below the first two, whom no run-off has.
_BELOW_TWO = {"third", "fourth", "fifth", "sixth", "seventh", "last"}
_SUBJECT_WORDS = {"dead": "people killed", "injured": "people injured", "missing": "people missing",
                  "evacuated": "people evacuated", "displaced": "people displaced", "arrested": "people arrested",
                  "rescued": "people rescued", "jobs": "jobs", "sentence": "prison term", "vote share": "vote share",
                  "attendance": "attendance", "turnout": "turnout", "years": "contract length",
                  "vote margin": "winning margin", "aboard": "people on board",
                  "deployed": "people deployed", "participants": "people taking part",
                  "registered voters": "registered voters"}
_OF_THE_TOTAL = re.compile(r"^\W*Of the\s+(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+[^,;]*,\s*$", re.I)


def _counts_others(total: str, category: str) -> bool:
    """Whether "Of the N ...," counts people of another kind than ``category`` (survivors, for the injured)."""
    kinds = {WORD_CATEGORY.get(w) for w in re.findall(r"[a-z]+", total.lower())} & CASUALTY_CATEGORIES
    return bool(kinds) and category not in kinds


# The vehicles the lexicon counts, each as one of them: "two buses" and "one bus" are one count.
_ONE_VEHICLE = {"vehicles": "vehicle", "trucks": "truck", "lorries": "lorry", "cars": "car", "buses": "bus"}


def claim_subject(ctx: DocContext, f: Figure) -> tuple[str, str]:
    """The subject and attribute of the claim a count makes: what it counts and whose it is, with the scope of an
    election count, a run-off's figures, a part of a casualty total or the crowd at a first leg told apart."""
    category, sent, start, end = f.category, f.sent, f.start, f.shown_end
    subject = _SUBJECT_WORDS.get(category, f.noun or category)
    if f.holder and not category.startswith("amount"):
        subject = f"{subject} of {f.holder}"
    attribute = f"count:{category}"
    if category in ("vote share", "votes", "seats", "turnout"):
        scope = count_scope(ctx.text, sent.start_char, sent.end_char, start, end)
        if category != "seats":
            # a run-off's figures are its own: named in the clause, or the round the report opens with
            stage = stage_of(ctx.text, sent.start_char, sent.end_char, start, end) or told(ctx, ROUNDS)
            if stage == "run-off" and place_taken(f.tokens[0]) in _BELOW_TWO:
                stage = ""  # "came third with 9.4 per cent": a run-off has two candidates, so it is a first round's
            if stage == "run-off":
                scope = f"{scope}, run-off" if scope else "run-off"
        if scope:  # "a quick count gave her 38.5%", "carried Arauco province with 41.3%": another count
            subject, attribute = f"{subject} ({scope})", f"{attribute} ({scope})"
    total = _OF_THE_TOTAL.search(ctx.text[sent.start_char:start])
    if category in CASUALTY_CATEGORIES and total and not _counts_others(total.group(0), category):
        # "Of the 41 people killed across the country, 19 died in Orvel canton": a part of the count, not it;
        # but "Of the 44 survivors, 14 were treated in hospital" is the count of the treated
        subject, attribute = f"{subject} (part)", f"{attribute} (part)"
    if category == "vehicles" and f.noun:
        # "two buses" and "the three vehicles" (the buses and a truck) are not one count
        noun = f.noun.lower()
        subject, attribute = noun, f"{attribute} ({_ONE_VEHICLE.get(noun, noun)})"
    if category == "attendance":
        # the crowd at the first leg of a tie is not the crowd at the second: named in the sentence, or the leg the
        # report opens with as played
        stage = stage_of(ctx.text, sent.start_char, sent.end_char, start, end, LEGS) or told(ctx, LEGS)
        if stage == "first leg":
            subject, attribute = f"{subject} (first leg)", f"{attribute} (first leg)"
    return subject, attribute
