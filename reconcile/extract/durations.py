"""Lengths of time that are facts of their own, not prison terms: how long a contract runs ("a four-year
contract", in years), the time given to do something ("gave it seven working days to report"), and the minutes of a
match: the one it stopped in ("abandoned in the 67th minute") and the one a player was sent off in ("Arrieta's
80th-minute red card"), and the times of a race: how far ahead its winner finished ("14 seconds ahead of", "won by
12 seconds") and a time penalty ("docked him 20 seconds")."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.holders import clause_subject
from reconcile.models import Claim
from reconcile.normalize.numbers import parse_number


def _number(words: str) -> float | None:
    """ "four", "four-", "12": the number a span of time is counted in."""
    return parse_number(words.replace("-", " "))


def _span_claim(ctx: DocContext, *, subject: str, category: str, start: int, end: int, norm: float, unit: str,
                noun: str, extractor: str, holder: str = "") -> Claim:
    """The claim of one length of time (or minute of a match), as exact as it is written."""
    return ctx.claim(kind="quantity", subject=subject, attribute=f"count:{category}", value=ctx.text[start:end],
                     start=start, end=end, value_type="number", norm=norm,
                     qualifiers={"category": category, "unit": unit, "approx": "exact", "noun": noun,
                                 "holder": holder},
                     extractor=extractor, confidence=0.7)

# How long a contract runs: "a four-year contract", "a three-year deal", "a contract for four years".
_CONTRACT_NOUNS = r"(?:contract|deal|agreement|extension)"
_CONTRACT_LENGTH = re.compile(
    r"\b(?P<n>[\w-]+?)[\s-](?P<unit>year|month)(?:'s|s)?[\s-]+(?:(?:new|loan|playing|employment)\s+)?"
    + _CONTRACT_NOUNS + r"\b"
    r"|\b" + _CONTRACT_NOUNS + r"\s+(?:of|for|lasting|running for)\s+(?P<n2>[\w-]+)\s+"
    r"(?P<unit2>years?|months?)\b", re.I)


def contract_lengths(ctx: DocContext) -> list[Claim]:
    """ "signed a four-year contract", "a contract for three years": how long a contract runs, in years."""
    return _lengths(ctx, _CONTRACT_LENGTH, 20, subject="contract length", category="years", noun="contract")


def _lengths(ctx: DocContext, pattern: re.Pattern, most: float, *, subject: str, category: str,
             noun: str) -> list[Claim]:
    """The lengths ``pattern`` finds, in years ("four-year", "four years", "18 months"), of no more than ``most``
    years. The pattern's alternatives name the number "n", "n2", "n3" and its unit "unit", "unit2", "unit3"."""
    out = []
    for m in pattern.finditer(ctx.text):
        k = next(k for k in ("", "2", "3") if m.groupdict().get("n" + k))
        value = _number(m.group("n" + k))
        if value is None or value <= 0 or value > most:
            continue
        years = value if m.group("unit" + k).lower().startswith("year") else value / 12
        out.append(_span_claim(ctx, subject=subject, category=category, start=m.start("n" + k),
                               end=m.end("unit" + k), norm=years, unit="years", noun=noun,
                               extractor=f"quantity.{noun}_length"))
    return out


# How long a concession, a lease or a licence runs: "a 25-year concession", "the concession runs for 30 years", "over
# the 25 years of the concession".
_TERMS = r"(?:concession|lease|licen[cs]e|franchise)"
_TERM_LENGTH = re.compile(
    r"\b(?P<n>[\w-]+?)[\s-](?P<unit>year|month)s?[\s-]+(?:[a-z]+[\s-]+)?" + _TERMS + r"\b"
    r"|\b" + _TERMS + r"\s+(?:(?:that|which)\s+)?(?:of|for|lasting|runs\s+for|running\s+for|will\s+run\s+for|is\s+for)"
    r"\s+(?P<n2>[\w-]+)\s+"
    r"(?P<unit2>years?|months?)\b"
    r"|\bthe\s+(?P<n3>[\w-]+)\s+(?P<unit3>years?|months?)\s+of\s+the\s+" + _TERMS + r"\b", re.I)


def term_lengths(ctx: DocContext) -> list[Claim]:
    """ "a 25-year concession", "the lease runs for 30 years": how long a concession, a lease or a licence runs, in
    years (a contract's length is ``contract_lengths``')."""
    return _lengths(ctx, _TERM_LENGTH, 99, subject="length of the concession", category="concession length",
                    noun="concession")


# How long a buyer or an employer promises to keep jobs: "no compulsory redundancies for three years", "promised to
# keep the staff ... for two years".
_FOR_YEARS = re.compile(r"\bfor\s+(?:at\s+least\s+)?(?:the\s+next\s+)?(?P<n>[\w-]+)\s+(?P<unit>years?|months?)\b", re.I)
_JOBS = re.compile(r"\b(?:jobs?|redundan\w*|lay-?offs?|laid\s+off|lay\s+off|staff|employees|workforce|headcount)\b",
                   re.I)
# A promise, or a condition that forbids cuts: "may not lay off permanent workers for 18 months".
_PLEDGE = re.compile(r"\b(?:promis\w*|pledg\w*|guarantee\w*|commit\w*|vow\w*|assur\w*|undert\w*|safe|"
                     r"conditions?|(?:may|must|can|will)\s+not|cannot|barred|bars|forbid\w*|prohibit\w*)\b", re.I)


def job_pledges(ctx: DocContext) -> list[Claim]:
    """ "promised no compulsory redundancies at the plant for three years", "told workers their jobs would be safe
    for five years", "may not lay off permanent workers for 18 months": how long jobs are promised, in years."""
    out = []
    for m in _FOR_YEARS.finditer(ctx.text):
        value = _number(m.group("n"))
        before = ctx.text[ctx.sentence_at(m.start()).start_char:m.start()]
        if value is None or not (_JOBS.search(before) and _PLEDGE.search(before)):
            continue
        years = value if m.group("unit").lower().startswith("year") else value / 12
        if not 0 < years <= 20:
            continue
        out.append(_span_claim(ctx, subject="job guarantee", category="job guarantee", start=m.start("n"),
                               end=m.end("unit"), norm=years, unit="years", noun="jobs",
                               extractor="quantity.job_pledge"))
    return out


# The time given to do something: "gave it seven working days to report", "asked to report within 10 days".
_SPAN = re.compile(r"\b(?P<n>[\w-]+)\s+(?:(?:working|business|calendar)\s+)?(?P<unit>days?|weeks?|months?)\b", re.I)
_DAYS_IN = {"day": 1, "week": 7, "month": 30}
_GIVING = {"give", "have", "allow", "grant"}
# What an inquiry is given time for, however told: "to report", "to submit its report", "to present its findings".
_REPORTS = {"report", "findings"}


# "declared three days of national mourning", "the four days of provincial mourning": how long a mourning lasts.
_MOURNING = re.compile(r"\b(?P<n>[\w-]+)\s+(?P<unit>days?|weeks?)\s+of\s+(?:(?:national|provincial|regional|"
                       r"official|state|public|county|municipal)\s+)?mourning\b", re.I)


def mourning_periods(ctx: DocContext) -> list[Claim]:
    """ "three days of national mourning": how many days a mourning declared lasts."""
    out = []
    for m in _MOURNING.finditer(ctx.text):
        value = _number(m.group("n"))
        if value is None or not 0 < value <= 60:
            continue
        days = value * 7 if m.group("unit").lower().startswith("week") else value
        out.append(_span_claim(ctx, subject="mourning", category="mourning", start=m.start("n"), end=m.end("unit"),
                               norm=days, unit="days", noun="mourning", extractor="quantity.mourning"))
    return out


# How long a player or an official is banned, in time: "banned Villagra for four weeks", "a six-month ban", "a ban of
# two years". (A ban counted in matches is a count of them, read with the other counts: ``measures.counted_thing``.)
_TIME_UNITS = r"days?|weeks?|months?|years?"
_BAN_LENGTH = re.compile(
    r"\b(?:bann|suspend|barr)ed\b[^.;:!?]{0,60}?\bfor\s+(?P<n>[\w-]+)\s+(?P<unit>" + _TIME_UNITS + r")\b"
    r"|\b(?P<n2>[\w-]+)[\s-](?P<unit2>day|week|month|year)\s+(?:ban|suspension)\b"
    r"|\b(?:ban|suspension)\s+of\s+(?P<n3>[\w-]+)\s+(?P<unit3>" + _TIME_UNITS + r")\b", re.I)
_BAN_DAYS = {"day": 1, "week": 7, "month": 365.25 / 12, "year": 365.25}  # (24 months are two years)
# A prison term suspended for a time: "eight months in prison suspended for two years", "ten months, suspended".
_SUSPENDED_TERM = re.compile(r"\b(?:prison|jail|sentence|term|days?|weeks?|months?|years?)\W*$", re.I)


def ban_lengths(ctx: DocContext) -> list[Claim]:
    """ "banned for four weeks", "a three-month suspension": how long a ban runs, in days, with the person banned where
    the clause names them."""
    out = []
    for m in _BAN_LENGTH.finditer(ctx.text):
        k = next(k for k in ("", "2", "3") if m.group("n" + k))
        value = _number(m.group("n" + k))
        if value is None or not 0 < value <= 100 or _SUSPENDED_TERM.search(ctx.text, max(0, m.start() - 20), m.start()):
            continue
        days = value * _BAN_DAYS[m.group("unit" + k).lower().rstrip("s")]
        out.append(_span_claim(ctx, subject="length of the ban", category="ban length", start=m.start("n" + k),
                               end=m.end("unit" + k), norm=days, unit="days", noun="ban", extractor="quantity.ban",
                               holder=_banned(ctx, m.start())))
    return out


def _banned(ctx: DocContext, at: int) -> str:
    """The person a ban told at ``at`` is of: the one banned ("banned Villagra", "Villagra was suspended") or the one
    given the ban ("Villagra received a four-week ban"); "" when the clause names nobody."""
    tok = ctx.token_at(at)
    if tok is None:
        return ""
    if tok.pos_ == "VERB":
        banned = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        subject, _ = clause_subject(tok)
        banned = [subject] if subject is not None else []
    for b in banned:
        person = next((e for e in ctx.ents if e.label == "PERSON" and e.token_start <= b.i < e.token_end), None)
        if person is not None:
            return person.text
    return ""


def deadlines(ctx: DocContext) -> list[Claim]:
    """ "gave it seven working days to report", "has been asked to report within 10 working days": the time
    given to do something, in days, told apart by what is to be done (a report, an appeal)."""
    out = []
    for m in _SPAN.finditer(ctx.text):
        value = _number(m.group("n"))
        span = ctx.doc.char_span(m.start("unit"), m.end("unit"), alignment_mode="expand")
        if value is None or value <= 0 or span is None:
            continue
        unit = span[0]
        if unit.dep_ == "pobj" and unit.head.lower_ == "within" and unit.head.head.pos_ == "VERB":
            verb = unit.head.head  # "to report within seven days"
        elif unit.dep_ in ("dobj", "npadvmod") and unit.head.lemma_.lower() in _GIVING:
            # "gave it seven days to report", "has given a committee 10 days to report" (the days parsed apart)
            verb = next((c for c in unit.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"), None) \
                or next((c for c in unit.head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
        else:
            continue
        if verb is None or not any(c.dep_ == "aux" and c.lower_ in ("to", "must", "should", "shall", "will")
                                   for c in verb.children) \
                and verb.head.lemma_.lower() not in ("ask", "order", "tell", "require", "instruct", "expect"):
            continue
        thing = next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")
        # "to file its petition" and "to deliver its judgment" are two deadlines
        action = verb.lemma_.lower()
        task = "report" if action == "report" or thing in _REPORTS else f"{action} {thing}".strip()
        days = value * _DAYS_IN[unit.lemma_.lower().rstrip("s")]
        out.append(_span_claim(ctx, subject=f"time given to {task}", category=f"deadline to {task}",
                               start=m.start(), end=m.end(), norm=days, unit="days", noun="deadline",
                               extractor="quantity.deadline"))
    return out


_MINUTE = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)[\s-]+minute\b", re.I)
# Verbs by which a match stops before its end: the minute it stopped in is a fact reports can give differently.
_STOPPING = {"abandon", "halt", "stop", "suspend", "interrupt", "fail", "go", "blow", "call", "cut"}


# Words for a player's sending-off. (The minute of a goal is left alone: a player may score in each match of a
# story, and reports seldom say which match a goal was in.)
_OFF_NOUNS = {"dismissal", "sending-off", "expulsion"}


def _sent_off(word) -> bool:
    """Whether the verb or noun a minute hangs from tells a sending-off ("was sent off", "his red card")."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB":
        return lemma == "send" and any(c.dep_ == "prt" and c.lower_ == "off" for c in word.children) \
            or lemma in ("dismiss", "expel")
    return lemma == "card" and any(c.lower_ == "red" for c in word.children) or lemma in _OFF_NOUNS


def _player(ctx: DocContext, word):
    """The person whose sending-off ``word`` tells: the verb's subject or the noun's owner ("Aka's red card"),
    when the tagger read a person's name there."""
    if word.pos_ == "VERB":
        found = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        found = [c for c in word.children if c.dep_ == "poss"] + [
            o for p in word.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for o in p.children
            if o.dep_ == "pobj"]
    for token in found:
        ent = next((e for e in ctx.ents if e.label == "PERSON" and e.token_start <= token.i < e.token_end), None)
        if ent is not None:
            return ent
    return None


def match_minutes(ctx: DocContext) -> list[Claim]:
    """The minutes of a match that reports give: the one it stopped in ("was abandoned in the 67th minute", "the
    lights went out in the 76th minute"), and the one a player was sent off in ("Arrieta was sent off in the 74th
    minute", "after Arrieta's red card in the 78th minute"), the player's figure."""
    out = []
    for m in _MINUTE.finditer(ctx.text):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        minute = next((t for t in span if t.lower_ == "minute"), None) if span is not None else None
        n = int(m.group("n"))
        if minute is None or not 1 <= n <= 130:
            continue
        if minute.dep_ == "pobj" and minute.head.lower_ in ("in", "during", "after"):
            word = minute.head.head
        elif minute.dep_ in ("nmod", "compound", "amod", "npadvmod") and minute.head.pos_ == "NOUN":
            word = minute.head  # "his 80th-minute red card"
        else:
            continue
        if any(c.dep_ == "neg" for c in word.children):
            continue
        if word.pos_ == "VERB" and word.lemma_.lower() in _STOPPING and minute.dep_ == "pobj":
            subject, category, holder = "minute the match stopped", "stoppage minute", ""
        elif _sent_off(word) and (player := _player(ctx, word)) is not None:
            subject, category, holder = f"minute of {player.text}'s sending-off", "sending-off minute", player.text
        else:
            continue
        out.append(_span_claim(ctx, subject=subject, category=category, start=m.start(), end=m.end(), norm=n,
                               unit="minute", noun="minute", holder=holder,
                               extractor="quantity." + category.replace(" ", "_").replace("-", "_")))
    return out


# The times of a race: "finished 14 seconds ahead of X", "won by 12 seconds", "docked him 20 seconds".
_TIME = r"(?P<n>[\w.-]+)\s+(?P<unit>seconds?|secs?|minutes?|mins?)"
_AHEAD_OF = re.compile(r"\b" + _TIME + r"\s+(?:ahead\s+of|clear\s+of|in\s+front\s+of)\b", re.I)
_WON_BY = re.compile(r"\b(?:won|wins|winning|victory|triumphed|beat|beats|defeated|edged)\s+(?:[\w'’-]+\s+){0,6}?by\s+"
                     + _TIME + r"\b", re.I)
_FINISHED = re.compile(r"\b(?:won|wins|win|finish(?:ed|es)?|cross(?:ed|es)\s+the\s+line|triumph\w*|came\s+home)\b",
                       re.I)
# "was handed a 10-second penalty": a time penalty written as one word with its unit.
_PENALTY = re.compile(r"\b(?P<n>[\w.]+)-(?P<unit>second|minute)\s+(?:time\s+)?penalty\b", re.I)
_DOCKED = re.compile(r"\b(?:docked|penali[sz]ed|deducted)\s+(?:him\s+|her\s+|them\s+|(?P<who>(?-i:[A-Z][\w'’-]+\s+){1,3}))?"
                     + _TIME + r"\b", re.I)


# A finishing time on the clock: "won in 2:09:51", "clocked 2:08:15.4", "in a course-record time of 1:02:11".
# A swimmer's or a rower's time has no hours but hundredths: "won the 400 metres freestyle in 3:52.71", "a Games
# record of 2:11.84".
_CLOCKED = re.compile(r"\b(?:in|clocked|clocking|time\s+of|timed\s+at|record\s+of)\s+"
                      r"(?:an?\s+(?:[\w-]+\s+){0,2}?time\s+of\s+)?"
                      r"(?P<time>(?P<n>(?:(?P<h>\d{1,2}):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d(?:\.\d+)?)))(?![\d:])", re.I)


# A sprinter's time in seconds and hundredths: "won the 100 metres in 10.38 seconds", "stopped the clock at 9.98s".
_SPRINT = re.compile(r"\b(?:in|clocked|clocking|time\s+of|timed\s+at|record\s+of|at)\s+"
                     r"(?:an?\s+(?:[\w-]+\s+){0,2}?time\s+of\s+)?(?P<time>(?P<n>\d{1,2}\.\d{2})\s*(?:seconds|secs?|s))\b",
                     re.I)


def race_times(ctx: DocContext) -> list[Claim]:
    """ "finished 14 seconds ahead of X", "won the stage by 12 seconds", "beat X by 24.7 seconds": the winner's margin
    in time, the rider's or runner's figure; "had been docked 10 seconds", "a 20-second penalty": a time penalty, the
    penalised one's."""
    out = []
    for pattern, category in ((_AHEAD_OF, "winning margin"), (_WON_BY, "winning margin"), (_DOCKED, "time penalty"),
                              (_PENALTY, "time penalty")):
        for m in pattern.finditer(ctx.text):
            value = _number(m.group("n"))
            if value is None or value <= 0:
                continue
            seconds = value * (60 if m.group("unit").lower().startswith("min") else 1)
            lead = ctx.text[ctx.sentence_at(m.start()).start_char:m.start()]
            if pattern is _AHEAD_OF and not _FINISHED.search(lead):
                continue  # "goes into the final stage 9 seconds ahead of X": a lead on the way, not a margin
            holder = _whose_time(ctx, m)
            if holder is None:
                continue
            out.append(_span_claim(ctx, subject=f"{category} of {holder}", category=category, start=m.start("n"),
                                   end=m.end("unit"), norm=seconds, unit="seconds", noun=category, holder=holder,
                                   extractor="quantity." + category.replace(" ", "_")))
    for m in (*_CLOCKED.finditer(ctx.text), *_SPRINT.finditer(ctx.text)):
        lead = ctx.text[ctx.sentence_at(m.start()).start_char:m.start()]
        said = m.group(0).lower()
        if not (_FINISHED.search(lead) or said.startswith(("clock", "time", "timed", "record"))
                or said.startswith("at") and re.search(r"\bclock\b", lead, re.I)):
            # "the gun went off in 2:05:00 of cold": only a time someone won or finished in, was clocked in, or
            # stopped the clock at
            continue
        seconds = _seconds_on_the_clock(m)
        holder = _whose_time(ctx, m) if seconds is not None else None
        if holder is None:
            continue
        # the race the time is of, when the sentence names it before the time ("won the 100 metres in 10.36
        # seconds"): one runner's 100 and 200 metres are two times
        race = [d.group(1).replace(",", "") for d in _DISTANCE.finditer(lead)][-1:]
        category = f"finishing time {race[0]} m" if race else "finishing time"
        out.append(_span_claim(ctx, subject=f"{category} of {holder}", category=category,
                               start=m.start("n"), end=m.end("time"), norm=seconds, unit="seconds",
                               noun="finishing time", holder=holder, extractor="quantity.finishing_time"))
    return out


def _seconds_on_the_clock(m: re.Match) -> float | None:
    """The seconds a finishing time holds ("2:09:51", "3:52.71", "10.38 seconds"); None for minutes and seconds
    without hundredths, which may be a time of day."""
    if m.re is _SPRINT:
        return float(m.group("n"))
    if m.group("h") is None and "." not in m.group("s"):
        return None
    return int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))


_DISTANCE = re.compile(r"\b(\d[\d,]*)\s*(?:metres|meters|m)\b", re.I)


def _whose_time(ctx: DocContext, m: re.Match) -> str | None:
    """The name of the person a race time is told of: the one written after "docked" ("docked Jonas Brekke 20
    seconds"), else the subject of the clause the time is in ("Ghebreyesus, who rides for X, attacked and finished
    14 seconds ahead of Y"), else the last person named before it in its sentence, or in the sentence before ("X
    wins the stage! The Eritrean crosses the line 14 seconds ahead of Y")."""
    if m.groupdict().get("who"):
        person = ctx.ents_in(m.start("who"), m.end("who"), "PERSON")
        return person[0].text if person else m.group("who").strip()
    person = person_timed(ctx, m.start("n"))
    return person.text if person is not None else None


def _names_a_thing(ctx: DocContext, ent) -> bool:
    """Whether a name tagged as a person's only qualifies a noun after it ("her second Kelvo win")."""
    root = ctx.doc[ent.token_end - 1]
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i


def person_timed(ctx: DocContext, at: int):
    """The person entity a race time at ``at`` is told of, by its clause or the sentences before (``_whose_time``)."""
    token = ctx.token_at(at)
    until = at
    if token is not None:
        subject, relative = clause_subject(token)
        if subject is not None:
            ent = ctx.ent_at_token(subject.i)
            if ent is not None:
                return ent if ent.label == "PERSON" else None
            if subject.pos_ == "PROPN" or subject.lower_ in ("it", "they", "which", "that") or relative:
                return None  # a name the tagger did not read as a person's
            if subject.pos_ == "NOUN":
                until = subject.idx  # "The Orvel driver beat X by 24.7 seconds": the driver, not X he beat
    i = ctx.sentence_index(at)
    for sent in (ctx.sents[i], ctx.sents[i - 1] if i > 0 else None):
        if sent is None:
            continue
        people = [p for p in ctx.ents_in(sent.start_char, min(until, sent.end_char), "PERSON")
                  if not _names_a_thing(ctx, p)]
        if people:
            return people[-1]
    return None
