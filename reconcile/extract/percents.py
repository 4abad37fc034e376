"""What a percentage is of: a rule or a goal rather than a finding ("the 25% required", "a threshold of 5%"), a
turnout, a share for or against a motion, a stake in a company or a part of a share sale, a vote share, or what its
verb tells ("cut by 15%", "demanding a 12% pay rise"). And the person or party a figure follows in a list of
results."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.figure_spans import NUMBER_RE
from reconcile.extract.holders import named_elsewhere, person_before
from reconcile.extract.lexicon import CUT_WORDS, ELECTION_WORDS, HOLDING_NOUNS, RISE_WORDS, SHARE_VERBS
from reconcile.extract.money_purposes import BUSINESS_NOUNS
from reconcile.extract.spans import ORG_NOUNS_AFTER, Ent
from reconcile.normalize.places import gazetteer

# Percentages that state a rule or a goal, not a finding.
_RULE_NOUNS = {"threshold", "majority", "target", "limit", "requirement", "quorum", "cap", "minimum", "maximum"}
_RULE_AFTER = re.compile(r"\s*(?:threshold|needed|required|requirement|minimum|mark|barrier|hurdle|quorum|target|cap|"
                         r"limit)\b", re.I)
_IN_FAVOUR = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:votes?|ballots?|shares?|shareholders|members|delegates|voters)"
                        r"(?:\s+(?:cast|present|represented))?)?\s*,?\s*(?:were\s+|was\s+|had\s+)?"
                        r"(?P<side>in\s+favou?r|supported|supporting|support|backed|backing|approved|approving|approval|"
                        r"voted\s+(?:in\s+favou?r|yes)|voted\s+against|opposed|rejected)\b", re.I)
_BACKED_BY = re.compile(r"\b(?P<side>backed|supported|approved|endorsed|rejected|opposed)\s+by\s+(?:some\s+|about\s+|"
                        r"nearly\s+|almost\s+|more than\s+)?$"
                        # "the resolution was passed with 96.8% of votes cast"
                        r"|\b(?P<passed>passed|carried|adopted|approved|backed|supported|endorsed)"
                        # "backed the merger with 78.6 per cent of the votes cast"
                        r"(?:\s+(?:the|a|an|its|their)\s+[^,;]{1,40}?)?\s+with\s+(?:some\s+|about\s+|nearly\s+|"
                        r"almost\s+|more than\s+)?$", re.I)
# "54 percent of the town's 31,000 registered voters cast a ballot": the share of voters who voted
# "37% of voters turned out", "57.9 percent of those registered in the district voted" (not "voted for X")
_VOTERS_VOTED = re.compile(r"\s+of\s+[^;]{0,60}?\b(?:voters|electorate|(?:those|people)\s+(?:registered|eligible)"
                           r"[^;.,]{0,40}?)\s+(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted|went\s+to\s+the\s+"
                           r"polls)\b(?!\s+(?:for|against|in\s+favou?r|to)\b)", re.I)
_OF_VOTES = re.compile(r"\s+of\s+(?:the\s+)?(?:votes?|ballots?|shares?|shareholders)\b", re.I)
# The answers of a referendum, told before or after the share: "No leads with", "the Yes vote at", "for Yes",
# "of those who voted said no".
_APPROX = r"(?:some\s+|about\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more than\s+)?"
_OPTION_BEFORE = re.compile(r"\b(?:the\s+)?(?P<option>Yes|No)\s+(?:(?:side|camp|vote|votes)\s+)?"
                            r"(?:(?:leads?|led|won|wins|took|takes|got|gets|had|has)\s+(?:with\s+)?|"
                            r"(?:at|of|was|is|stood\s+at|reached)\s+)" + _APPROX + "$")
_OPTION_AFTER = re.compile(r"\s*(?:(?:of\s+(?:the\s+)?votes?\s+)?for\s+(?:the\s+)?[\"“]?(?P<option>(?-i:Yes|No))\b|"
                           r"(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:said|voted|answered|chose)\s+[\"“]?(?P<answer>yes|no)\b)",
                           re.I)
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


# Nouns a party's or a candidate's name is followed by: "the Union for Justice party", "the Green candidate".
_SIDE_NOUNS = ORG_NOUNS_AFTER | {"list", "candidate"}


def after_a_name(ctx: DocContext, tok):
    """The person or party whose name the number follows in a list, perhaps with a bracket between ("Ivo Kral (ODS)
    9.6%")."""
    i = tok.i - 1
    if i >= 1 and ctx.doc[i].text == "(" and re.match(r"[\d.,]*\s*(?:%|per ?cent|percent)\s*\)",
                                                          ctx.text[tok.idx:tok.idx + 30]):
        i -= 1  # "New Horizon (7.4%) and Union for Justice (4.3%)": the share in brackets after the name
    elif i >= 0 and ctx.doc[i].text == ")":
        while i >= 0 and ctx.doc[i].text != "(" and tok.i - i < 10:
            i -= 1
        i -= 1
    if i >= 1 and ctx.doc[i].lower_ in _SIDE_NOUNS and ctx.ent_at_token(i) is None \
            and (named := ctx.ent_at_token(i - 1)) is not None and named.label in ("ORG", "PERSON"):
        return named  # "won 7.4% and the Union for Justice party 4.3%": the party named before its noun
    ent = ctx.ent_at_token(i) if i >= 0 else None
    if ent is not None and ent.label == "PLACE" and gazetteer().lookup(ent.text) is None:
        return ent  # "Nowak 53.6% and Lis 46.4%": a surname the tagger took for a place no gazetteer knows
    if ent is None and i >= 0:
        return _untagged_name(ctx, i, tok) or _acronym_before(ctx, i)
    return ent if ent is not None and ent.label in ("PERSON", "ORG") else None


_LIST_BEFORE = {",", ":", ";", "and", "the"}
_LIST_AFTER = {",", ";", "and", ".", "("}


def _untagged_name(ctx: DocContext, i: int, num) -> Ent | None:
    """A name the tagger left out, ending at token ``i`` right before the figure ``num``: a person's the report
    names elsewhere ("Chkhaidze 54.3%"), or any run of capitalised words that is an item of a list ("Farmers'
    League 12, Citizens' Alliance 7 and Green Party 3")."""
    first = i
    while first > 0 and (ctx.doc[first - 1].pos_ == "PROPN" or ctx.doc[first - 1].text in ("'", "’", "'s", "’s")
                         and first >= 2 and ctx.doc[first - 2].pos_ == "PROPN") and ctx.ent_at_token(first - 1) is None:
        first -= 1
    words = ctx.doc[first:i + 1]
    if not all(t.pos_ == "PROPN" or t.text in ("'", "’", "'s", "’s") for t in words) or not words[0].text[:1].isupper():
        return None
    start, end = words[0].idx, ctx.doc[i].idx + len(ctx.doc[i].text)
    if named_elsewhere(ctx, ctx.doc[i]):
        return Ent(ctx.text[start:end], "PERSON", start, end, first, i + 1)
    listed = (first == 0 or ctx.doc[first - 1].lower_ in _LIST_BEFORE or ctx.doc[first].is_sent_start) and (
        num.i + 1 >= len(ctx.doc) or ctx.doc[num.i + 1].lower_ in _LIST_AFTER)
    return Ent(ctx.text[start:end], "ORG", start, end, first, i + 1) if listed else None


def _acronym_before(ctx: DocContext, i: int) -> Ent | None:
    """ "LSDP 11 (24.6%), TS-LKD 8 (17.8%)": a party's initials the tagger left out, ending at token ``i``, as the
    name a figure in a list follows."""
    first = i
    while first >= 2 and ctx.doc[first - 1].text == "-" and not ctx.doc[first - 2].whitespace_ \
            and not ctx.doc[first - 1].whitespace_ and ctx.ent_at_token(first - 2) is None:
        first -= 2
    words = [t for t in ctx.doc[first:i + 1] if t.text != "-"]
    if not all(len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() for t in words):
        return None
    start, end = ctx.doc[first].idx, ctx.doc[i].idx + len(ctx.doc[i].text)
    return Ent(ctx.text[start:end], "ORG", start, end, first, i + 1)


# A share by which something goes down or up, whatever the verb: "cut by 15%" and "will fall by 15%" are one.
_CHANGE = {**{w: "cut" for w in CUT_WORDS}, **{w: "rise" for w in RISE_WORDS}}
_SIDES = {**{w: ":demanded" for w in ("demand", "seek", "want", "ask", "claim")},
          **{w: ":offered" for w in ("offer", "propose", "table")}}


def percent_category(ctx: DocContext, tokens: list, sent, last, head, candidates: list) -> tuple[str | None, str]:
    """What a percentage is ("turnout", "vote share", "percent:stake", "percent:cut"), from the words before and
    after it, the words of its sentence and the one before, and the words that govern it (``candidates``, with
    ``last`` the figure's last token and ``head`` the word it hangs from); ``None`` when it is a rule or nothing
    says."""
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "against") and head.head.head.lower_ in ("percent", "cent",
                                                                                                   "%"):
        # "led with 38.4 per cent to Y's 33.9 per cent": a share set against another is read by the other's words
        candidates = [*list(head.head.head.ancestors)[:3], *candidates]
    # A results list often names the measure in the sentence before ("Preliminary results: ... 9.6%").
    previous = ctx.sents[ctx.sentence_index(sent.start_char) - 1] if sent.start_char > 0 else sent
    window = {t.lower_ for t in sent} | {t.lower_ for t in previous}
    follow = ctx.text[last.idx + len(last.text):sent.end_char]
    lead = ctx.text[sent.start_char:tokens[0].idx]
    rule = _RULE_AFTER.match(follow) or _RULE_BEFORE.search(lead)
    if rule and re.search(r"\bquorum\b", rule.group(0), re.I):
        return "percent:quorum", "quorum"  # "above the 25 percent quorum needed": the rule itself, a fact to check
    if rule:
        return None, ""  # "the 25% required for a valid result", "a threshold of 5%"
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if _turnout_near(ctx, sent, tokens[0].idx, last.idx + len(last.text)) or (
            verb is not None and verb.lemma_.lower() == "turn"
            and any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in verb.children)) or _VOTERS_VOTED.match(follow):
        return "turnout", "turnout"  # "Turnout was 37%", "on a turnout of 37%", "37% of voters turned out"
    option = _OPTION_BEFORE.search(lead) or _OPTION_AFTER.match(follow)
    if option:
        # "No leads with 57.7 percent", "the Yes vote at 42.6 percent", "42.3 percent for Yes", "58 percent of
        # those who voted said no": a referendum's answer, the share for or against
        word = "against" if (option.groupdict().get("answer") or option.group("option")).lower() == "no" \
            else "in favour"
        return f"percent:{word}", word
    side = _IN_FAVOUR.match(follow) or _BACKED_BY.search(lead)
    if side and side.groupdict().get("passed") and not _OF_VOTES.match(follow):
        side = None  # "was passed with 60% support from the regions": not a share of the votes cast
    if side:
        # "with 94.1% of votes cast in favour", "91.4% of the votes cast supported it", "backed by 88% of
        # shareholders": the share for a motion (or against it), however the vote is told
        word = "against" if re.match(r"(?:voted\s+against|opposed|rejected)", side.group("side") or "", re.I) \
            else "in favour"
        return f"percent:{word}", word
    if _of_a_company(ctx, last):
        return "percent:stake", "stake"  # "will take 70 percent of Cerrado Foods": a stake in it
    if _OF_THE_OFFER.match(follow):
        return "percent:offer", "offer"  # "took 25 percent of the shares on offer": a part of a share sale
    # "a 41 per cent premium", a sentence after one on the shareholders' vote: the figure's own noun says what it is
    own_noun = head.i != last.i and head.pos_ == "NOUN" and head.lemma_.lower() not in _VOTE_NOUNS
    if window & {"vote", "votes", "ballots", "ballot"} and not own_noun:
        return "vote share", "vote"
    if window & {"result", "results"} and after_a_name(ctx, tokens[0]) is not None and (
            not own_noun or head.lemma_.lower() in ("result", "results")):
        return "vote share", "vote"  # "Preliminary results: Greta Maris (Liberals) 43.6%; Pavel Dusek 33.7%"
    if _share_a_side_won(ctx, sent, candidates):
        return "vote share", "vote"
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


# Verbs a party or candidate's share of the vote is won by or moves by: "Union for Justice slipped to 4.1 per cent"
# (not "take", "hold" or "keep", which a buyer does with a stake).
_SHARE_VERBS = SHARE_VERBS - {"take", "come", "end", "place", "lead"} | {
    "slip", "fall", "drop", "rise", "climb", "edge", "surge", "jump", "sink", "dip", "tumble"}
# Words that make a report one of an election (not "vote", which shareholders also cast).
_ELECTION_REPORT = ELECTION_WORDS - {"vote", "votes", "voters", "round", "poll", "referendum"}


def _share_a_side_won(ctx: DocContext, sent, candidates: list) -> bool:
    """ "Union for Justice slipped to 4.1 per cent", "Ana Ruiz polled 38%": a share a named party or candidate
    won or moved to, in a report of an election."""
    verb = next((c for c in candidates[:4] if c.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in SHARE_VERBS | _SHARE_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = ctx.ent_at_token(subject.i) if subject is not None else None
    if ent is None and subject is not None and subject.lower_ in ("he", "she"):
        ent = person_before(ctx, sent.start_char)  # "she had led with 38.4 per cent to Y's 33.9 per cent"
    if ent is None or ent.label not in ("ORG", "PERSON") \
            or ent.label == "ORG" and verb.lemma_.lower() not in _SHARE_VERBS:
        return False  # "Lotus Holdings took 25 percent": a buyer's stake; "Ana Ruiz took 31.9 percent": her share
    return bool(ctx.words & _ELECTION_REPORT)


def _of_a_company(ctx: DocContext, percent) -> bool:
    """ "70 percent of Cerrado Foods", "a 75 percent stake in it": a share of a company named right after."""
    if percent.head.lemma_.lower() == "stake":
        return True
    for prep in percent.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                ent = ctx.ent_at_token(obj.i) if obj.dep_ == "pobj" else None
                if ent is not None and ent.label == "ORG" or obj.dep_ == "pobj" and obj.lemma_.lower() in BUSINESS_NOUNS \
                        | _OWNED_IN_PARTS and any(c.dep_ in ("det", "poss") for c in obj.children):
                    return True  # "70 percent of Cerrado Foods", "67% of the company", "70 percent of its capital"
                if obj.dep_ == "pobj" and obj.lemma_.lower() == "share" and obj.tag_ == "NNS" \
                        and any(c.dep_ == "poss" for c in obj.children) and percent.head.lemma_.lower() in _DEAL_VERBS:
                    # "will sell 40 percent of its shares" (not "of the shares on offer", nor a bid's condition,
                    # "obtaining at least 90% of X's shares")
                    return True
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and percent.head.lemma_.lower() in _DEAL_VERBS \
                        and gazetteer().lookup(obj.text) is None:
                    return True  # "agreed to buy 70 percent of Orvelcom", the company's name untagged or taken for a place
    # "will take its holding to 61%", "raised its stake to 40 percent"
    node = percent.head if percent.dep_ == "nummod" else percent
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ in ("to", "of", "at") and (
            prep.head.lower_.rstrip("s") in HOLDING_NOUNS
            or any(c.dep_ == "dobj" and c.lower_.rstrip("s") in HOLDING_NOUNS for c in prep.head.children)):
        return True
    return False


# Nouns a share of the vote is told by: "a 52 percent share", "a 12-point majority".
_VOTE_NOUNS = {"vote", "share", "ballot", "percent", "cent", "%", "point", "majority", "plurality", "lead", "margin"}
# What a company is owned in parts of: "70 percent of its capital" (not "of the shares", which votes are told by).
_OWNED_IN_PARTS = {"capital", "equity"}
# Verbs a share of a company is bought or sold by.
_DEAL_VERBS = {"buy", "acquire", "sell", "purchase", "take", "own", "hold", "divest", "offload"}
