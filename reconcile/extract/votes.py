"""Votes, seats and winning margins: invalid ballots told from votes, a gap between two sides told from a tally,
the size of a body from seats won, who has the votes or seats, and a margin in sport ("won by 62 runs")."""

from __future__ import annotations

import re
from dataclasses import replace

from reconcile.extract.context import DocContext
from reconcile.extract.figure_spans import Figure
from reconcile.extract.holders import untagged_subject, who_holds, who_leads
from reconcile.extract.lexicon import ELECTION_WORDS
from reconcile.extract.percents import after_a_name
from reconcile.models import Claim
from reconcile.normalize.names import HONORIFICS
from reconcile.normalize.places import gazetteer
from reconcile.normalize.titles import TITLE_HEADS

# Verbs after which "by N votes" is how far ahead one side finished.
_MARGIN_VERBS = (r"\b(?:won|wins?|winning|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|overt(?:ook|aken|akes?|aking)|edg(?:e|ed|ing)|"
                 r"led|leads?|leading|trail(?:s|ed)?|victory|held\s+on|holds?\s+on|hung\s+on|scraped\s+(?:home|through|in)|squeaked)\b")
_BY = re.compile(r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?(?:(?:more|fewer|less)\s+than\s+|over\s+|nearly\s+|almost\s+|"
                 r"about\s+|some\s+|around\s+|roughly\s+|at\s+least\s+)?$")  # "beat X by more than 1,400 votes"
_WON_BY = re.compile(r"[\s-]+(wickets?|runs?|points?|goals?|strokes?|lengths?|tries|frames?|sets?)\b", re.I)

_INVALID_WORDS = r"(?:invalid|spoil(?:ed|t)|void|blank|null|rejected|annulled)"
_INVALID_SUBJECT = re.compile(r"\b" + _INVALID_WORDS + r"(?:\s+(?:and|or)\s+" + _INVALID_WORDS + r")?\s+(?:ballot|vote|paper)s?"
                              r"\s+(?:\w+\s+){0,3}?(?:made up|accounted for|were|was|came to|amounted to|represented)\s+"
                              r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+\w+\s+)?$", re.I)
_INVALID = re.compile(r"\s+(?:" + _INVALID_WORDS + r"\s+(?:ballot|vote|paper)s?|(?:ballot|vote)s?\s+(?:\w+\s+){0,4}?"
                      + _INVALID_WORDS + r")\b", re.I)

_HELD_BY = {"votes", "seats", "vote share", "goals", "saves", "vote margin"}
# The bodies whose seats a figure counts: "the 64-seat regional council", "parliament will have 120 seats".
_SEATED = {"council", "parliament", "assembly", "chamber", "legislature", "senate", "house", "congress", "duma",
           "rada", "majlis", "board", "committee"}
_SIZED_BODY = re.compile(r"-(?:seat|member|strong)\s+(?:[\w'’-]+\s+){0,3}?(" + "|".join(sorted(_SEATED)) + r")\b",
                         re.I)


def _body_that_has(f: Figure) -> str | None:
    """The body a figure of seats is the size of, when the body "has" (or "will have") them: "the new council will
    have 64 seats"."""
    noun = f.tokens[-1].head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("have", "number", "comprise"):
        return None
    body = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return body.lemma_.lower() if body is not None and body.lemma_.lower() in _SEATED else None


def _clause(ctx: DocContext, f: Figure) -> str:
    """Up to 90 characters before the figure, in its sentence."""
    return ctx.text[max(f.sent.start_char, f.start - 90):f.start]


def winning_margin(ctx: DocContext, f: Figure) -> None:
    """A figure that is how far one side won by, in the unit it names."""
    won_by = _WON_BY.match(f.after)
    if won_by and _BY.search(f.prefix) \
            and re.search(_MARGIN_VERBS + r"|\blos(?:t|es?|ing)\b", _clause(ctx, f), re.I):
        # "beat Bangladesh by nine wickets", "won by 62 runs", "lost by 14 points": the winning margin
        unit = won_by.group(1).lower().rstrip("s")
        f.category, f.noun = f"margin:{unit}", "winning margin"


# "polled 61,204 votes against 58,917 for X": the bare figure after is the other side's votes
_VOTES_AGAINST = re.compile(r"\bvotes?\s+(?:against|to|versus|vs\.?)\s+$", re.I)


def votes_against(f: Figure) -> bool:
    """Whether a bare figure is the votes of the other side, after a side's votes and "against" ("61,204 votes
    against 58,917 for X")."""
    return bool(_VOTES_AGAINST.search(f.prefix)) and not re.match(r"\s*(?:votes?|ballots?)\b", f.after, re.I)


# Verbs a side gets its votes by.
_POLLED = {"score", "poll", "get", "receive", "garner", "win", "take", "obtain", "collect", "secure"}


def votes_told_before(ctx: DocContext, f: Figure) -> bool:
    """Whether a bare figure a named side "scored" or "polled" counts votes, those of another side being told
    earlier in the sentence ("X finished ahead with 61,204 votes, while Y scored 59,817")."""
    num = f.tokens[-1]
    verb = num.head if num.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _POLLED or not re.search(
            r"\d\s+votes\b", ctx.text[f.sent.start_char:f.start], re.I):
        return False  # (a figure with a noun after it, "scored 27 points", is that noun's, not the verb's object)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN"


def invalid_ballots(after: str) -> bool:
    """Whether the words after a figure of votes make it invalid ballots: "1,874 spoiled ballots"."""
    return bool(_INVALID.match(after))


def votes_counted(ctx: DocContext, f: Figure) -> bool:
    """Tells invalid ballots and a gap between two sides from the votes a side has; False for the size of a body
    ("the 51-seat council")."""
    if f.category == "seats" and re.match(r"-(?:seat|member|strong)\b", f.after):
        # "the 51-seat council": the size of the body, not seats anyone won
        m = _SIZED_BODY.match(f.after)
        if m is None:
            return False
        f.category, f.noun = f"size:{m.group(1).lower()}", m.group(1).lower()
        return True
    if f.category == "seats" and (body := _body_that_has(f)) is not None:
        f.category, f.noun = f"size:{body}", body  # "the new council will have 64 seats": its size
        return True
    if f.category == "votes" and invalid_ballots(f.after):
        f.category, f.noun = "invalid ballots", "invalid ballots"  # "1,874 spoiled ballots": no one's votes
    if f.category == "vote share" and _INVALID_SUBJECT.search(ctx.text[f.sent.start_char:f.start]):
        f.category, f.noun = "invalid ballots", "invalid ballots"  # "null and blank ballots made up 5.3 percent"
    clause = _clause(ctx, f)
    # "finished ahead with 61,204 votes": the tally it finished with, not how far ahead
    tally = bool(re.search(r"\bwith\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$", f.prefix, re.I))
    # (not the tally of a rival a clause tells after the margin: "a margin of 8,862 over X, who got 59,450")
    if f.category == "votes" and not tally and (re.search(r"\b(lead|margin|majority|ahead|difference|gap)\b"
                                                          r"(?:(?!\bvotes?\b|,\s*wh)[^.;])*$", clause, re.I)
                                  or _BY.search(f.prefix)
                                  and re.search(_MARGIN_VERBS, clause, re.I)
                                  and not re.match(r"\s*votes?\s+to\s+\d", f.after)  # "won by 15,180 votes to 14,468"
                                  or re.match(r"[\s-]*votes?\s+(lead|margin|majority|ahead|behind)\b", f.after, re.I)):
        # "her lead stood at seven votes", "won the last seat by 11 votes": a gap, not a tally
        f.category, f.noun = "vote margin", "margin"
    return True


def held(category: str | None) -> bool:
    """Whether a figure of this category is some side's ("seats of X", "constituencies won by X")."""
    return category in _HELD_BY or bool(category) and category.endswith(" won")


def vote_holder(ctx: DocContext, f: Figure) -> str:
    """Who has the votes, seats or share: the name a share is listed after, else the clause's holder; who is ahead
    by a margin; "" for a figure that is no side's."""
    # "Kaunas Forward 16 (35.9%), LSDP 11 (24.6%)": the name a share, or seats or votes, follow in a list
    listed = after_a_name(ctx, f.tokens[0]) if f.category in ("vote share", "seats", "votes") else None
    if listed is None and (f.category == "vote share" or f.category == "votes" and votes_against(f)):
        listed = _share_for(ctx, f) or _of_the_one_behind(ctx, f)
    if listed is None and f.category == "votes" and votes_against(f):
        # the name after "for", which the tagger may have missed: never the first side's
        named = re.match(r"\s+for\s+((?:[A-Z][\w'-]*\s?){1,4})", ctx.text[f.shown_end:f.sent.end_char])
        return named.group(1).strip() if named else ""
    holder = listed.text.split(" (")[0] if listed is not None else who_holds(ctx, f.tokens, f.sent) \
        if held(f.category) else ""
    if f.category == "vote margin":
        holder = _the_one_ahead(ctx, f) or who_leads(ctx, f.tokens) or holder
    if f.category == "seats" and not holder:
        holder = untagged_subject(ctx, f.tokens)  # (not a share, which may be of either round)
    return holder


_VOTES_BEHIND = re.compile(r"[\s-]*votes?\s+behind\s+(?:the\s+)?", re.I)


def _the_one_ahead(ctx: DocContext, f: Figure) -> str:
    """ "finished third, 83 votes behind Lepik": the margin is of the one named after "behind"."""
    m = _VOTES_BEHIND.match(f.after)
    if m is None:
        return ""
    start = f.end + m.end()
    # (the one ahead may be given an office first: "nine votes behind Senator NAME")
    ahead = [e for e in ctx.ents_in(start, f.sent.end_char, "PERSON", "ORG") if e.start == start or all(
        w.lower().rstrip(".") in TITLE_HEADS | HONORIFICS for w in ctx.text[start:e.start].split())
        and ctx.text[start:e.start].strip()]
    return ahead[0].text if ahead else ""


# "... to 44.9 percent for NAME": the candidate a share is given for, right after it
_FOR_NAME = re.compile(r"\s*(?:of\s+the\s+(?:valid\s+|popular\s+)?votes?\s+)?for\s+(?:the\s+)?$")


def _share_for(ctx: DocContext, f: Figure):
    """The person or party named right after a share and "for" ("38.5 percent for Ana Ruiz")."""
    # a name the tagger took for a place no gazetteer knows is a candidate's too ("for Nino Kvirikashvili")
    following = [e for e in ctx.ents_in(f.shown_end, f.sent.end_char, "PERSON", "ORG", "PLACE")
                 if e.label != "PLACE" or gazetteer().lookup(e.text) is None]
    if following and _FOR_NAME.fullmatch(ctx.text[f.shown_end:following[0].start]):
        return following[0]
    return None


# "... ahead of NAME of the Greens with": the runner-up a share is told of, after the winner's (the name may follow
# what the runner-up is or was: "ahead of school principal NAME with")
_BEHIND = re.compile(r"\b(?:ahead of|behind|followed by|trailed by|in front of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_WITH = re.compile(r"(?:\s+(?:of|from)\s+[^,;()]{1,60}?)?,?\s+with\s+(?:about\s+|nearly\s+|just\s+)?$")


def _of_the_one_behind(ctx: DocContext, f: Figure):
    """ "came second with 23.8 percent, narrowly ahead of NAME of the Greens with 23.6 percent": the share told
    with "with" after the name another finished ahead of is that name's."""
    for e in ctx.ents_in(f.sent.start_char, f.start, "PERSON", "ORG"):
        if _BEHIND.search(ctx.text[f.sent.start_char:e.start]) and _WITH.fullmatch(ctx.text[e.end:f.start]):
            return e
    return None


def election_words(ctx: DocContext, sent) -> bool:
    """Whether the sentence, or the one before it, speaks of an election."""
    i = ctx.sentence_index(sent.start_char)
    first = ctx.sents[i - 1] if i > 0 else sent
    return any(t.lower_ in ELECTION_WORDS for t in ctx.doc[first.start:sent.end])


def margins_of_the_leader(claims: list[Claim]) -> list[Claim]:
    """ "giving X 41,862 votes against 40,915 for Y, a lead of 947 votes": a margin told after the sides' votes in its
    sentence is the lead of the side with the most of them, whoever the clause's words seemed to give it to."""
    out = []
    for c in claims:
        tallies = [t for t in claims if t.qualifiers.get("category") == "votes" and t.qualifiers.get("holder")
                   and t.sentence_start == c.sentence_start and t.end <= c.start] \
            if c.qualifiers.get("category") == "vote margin" else []
        leader = max(tallies, key=lambda t: t.norm).qualifiers["holder"] if tallies else c.qualifiers.get("holder")
        if leader != c.qualifiers.get("holder"):
            # (a margin's subject is its noun and whose it is: "winning margin of X")
            c = replace(c, subject=f"{c.subject.split(' of ', 1)[0]} of {leader}",
                        qualifiers={**c.qualifiers, "holder": leader})
        out.append(c)
    return out
