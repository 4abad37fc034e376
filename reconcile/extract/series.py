"""The place of a thing in its holder's series: "its ninth edition", "Hoshimura's second acquisition in Vietnam",
"the 34th final of the competition", "the third by-election since the general election",
"the second major breakdown on the network", a title won "for the fourth straight year", the attempt at which an act
was done ("at the third attempt"), a named thing among a few of its kind ("The Tui Dawn, the first of two new
ferries"), and with the noun left to the subject, "The launch will be its sixth", "whose death was the third in the
outbreak".

Each is a claim on the series (the noun counted, and whose series it is when a name or a pronoun says so); reports
that number one series differently disagree on an ordinal. An ordinal is read when told as someone's or
something's, or after "the" on a thing each report numbers once ("the third tender for the plant"): a report that
numbers the thing twice tells of two of them, and "the first" of a thing is another one than the story's. Rounds,
legs, hearings and the
like are numbered as events (``event_numbers``), moments of a match ("his second goal") change within one report,
and a day or a time counts a thing still under way; none of these is read here. Nor is a side's count of its
finals or trophies ("their third final", "their second National Cup"), which ``tallies`` compares as titles are.
"""

from __future__ import annotations

from reconcile.extract.attach import MOMENTS
from reconcile.extract.context import DocContext
from reconcile.extract.holders import named
from reconcile.extract.lexicon import SERIES_PLURALS, TRIGGER_CLASS
from reconcile.extract.tallies import tally_noun
from reconcile.models import Claim
from reconcile.normalize.numbers import parse_ordinal

# Nouns whose ordinal tells a moment, a stage under way or a rank, not a thing's place in a series.
_NOT_SERIES = SERIES_PLURALS | MOMENTS | {
    "time", "day", "night", "week", "month", "year", "half", "quarter", "period", "minute", "place", "position",
    "seed", "round", "leg", "stage", "phase", "part", "step", "floor", "row", "line", "page", "paragraph",
    "anniversary", "birthday", "century", "decade", "season", "term", "child", "son", "daughter", "wife",
}
# The sides of a trial, whose witnesses are numbered: "the sixth prosecution witness".
_SIDES_IN_COURT = {"prosecution", "defence", "defense"}
# Matches of a series, numbered within it, which read as names: "the second ODI" is a game, not an edition.
_MATCHES_OF_A_SERIES = {"odi", "t20", "t20i", "test"}
ONE_OF_SEVERAL = "one of several"  # the series of "the first of two new ferries": a thing's place among a few


# Nouns for one series, a person's tries at an office or a prize: "her second bid", "her third attempt"; a
# company's plants.
_SAME_SERIES = {"attempt": "bid", "try": "bid", "run": "bid", "tilt": "bid",
                # "its third plant", "its fourth factory": one series of the sites a company runs
                "factory": "plant", "facility": "plant"}
# Nouns that count a series only when told as a run: "a sixth consecutive term", "its seventh straight term".
_RUNNING_OK = {"term", "season"}


def extract_series(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    for tok in ctx.doc:
        n = parse_ordinal(tok.lower_)
        if n is None or _hyphened(tok):
            continue
        running = _running(tok)
        if tok.ent_type_ in ("DATE", "TIME") and running is None:
            continue
        found = running or _series_of(tok)
        if found is None and (item := _one_of_several(ctx, tok) or _edition_named(ctx, tok)) is not None:
            holder, counted, end = item
        elif found is not None:
            noun, owner = found
            if tally_noun(noun):
                continue  # "their third final": a side's tally, compared as its titles are (``tallies``)
            counted = noun.lemma_.lower().replace("-", "")
            in_a_run = counted in _RUNNING_OK and any(c.lower_ in _RUNNING for c in noun.children)
            if counted in _NOT_SERIES and not in_a_run and not _line_of_works(tok, noun) or not counted.isalpha():
                continue
            if owner is None or owner.pos_ != "ADP":
                counted = _SAME_SERIES.get(counted, counted)  # "her second bid", "her third attempt" at an office
            holder = named(ctx, owner) if owner is not None else ""
            end = noun if noun.i > tok.i else tok.head if running is not None else tok  # "third straight year"
        else:
            continue
        sent = tok.sent
        claims.append(Claim(
            source_id=ctx.source.id, kind="series", subject=f"{holder or 'the'} {counted}".strip(),
            attribute="ordinal", value=ctx.doc[tok.i: end.i + 1].text, start=tok.idx, end=end.idx + len(end.text),
            sentence=sent.text, sentence_start=sent.start_char, value_type="ordinal", norm=n,
            qualifiers={"counted": counted, "holder": holder}, extractor="series", confidence=0.7))
    return _one_number_each(claims)


def _one_of_several(ctx: DocContext, tok) -> tuple | None:
    """ "The Kowhai Star, the first of two new ferries": a named thing's place among a few of its kind, whatever
    each report calls them (ferries, ships); only for a thing named, since "the first of two legs" may be either.
    Returns the thing's name, the series and the last word of the ordinal's phrase."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or not any(c.dep_ == "nummod" for c in group.children) and not group.like_num:
        return None
    doc = tok.doc
    if tok.i >= 3 and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 2].text == ",":
        thing = doc[tok.i - 3]  # "The Kowhai Star, the second of two new ships", however the parser hung it
    elif tok.dep_ == "attr":
        thing = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    ent = ctx.ent_at_token(thing.i) if thing is not None else None
    if ent is None or ent.label in ("DATE", "TIME", "NUMBER", "ORDINAL") or ctx.in_dateline(ent):
        return None
    return ent.text, ONE_OF_SEVERAL, group


def _edition_named(ctx: DocContext, tok) -> tuple | None:
    """ "won the 13th Vuelta de los Andes": an ordinal right before the name of a competition, a festival or a
    body that recurs numbers its edition, as "the 12th edition of the Vuelta de los Andes" does (not "the second
    Hanbit Battery plant", where the name is not the thing counted)."""
    doc = tok.doc
    ent = ctx.ent_at_token(tok.i + 1) if tok.i + 1 < len(doc) else None
    if ent is None or ent.token_start not in (tok.i, tok.i + 1) or ent.label not in ("ORG", "EVENT", "OTHER") \
            or ctx.in_dateline(ent) or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return None
    name = doc[tok.i + 1:ent.token_end].text  # the tagger may take the ordinal in: "53rd National Assembly"
    after = doc[ent.token_end] if ent.token_end < len(doc) else None
    if name.lower() in _MATCHES_OF_A_SERIES or after is not None and (
            after.pos_ in ("NOUN", "PROPN") or after.text in ("'s", "’s")):
        return None
    return name, "edition", doc[ent.token_end - 1]


def _hyphened(tok) -> bool:
    """ "the second-largest city", "a first-time voter": an ordinal inside a compound word."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" or tok.i > 0 and doc[tok.i - 1].text == "-"


_RUNNING = {"straight", "consecutive", "successive", "running"}


def _running(tok):
    """ "won the title for the fourth straight year": the thing the verb won, counted in a run of years; the verb's
    subject holds the run."""
    span, prep = tok.head, tok.head.head
    if span.lemma_.lower() not in ("year", "time", "season") or prep.lower_ != "for" or span.dep_ != "pobj" \
            or not any(c.lower_ in _RUNNING for c in span.children):
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "won the title for the fourth straight year", the phrase hung on the title
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    for node in (verb, verb.head):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and noun is not None:
            return noun, subject
        if verb.dep_ not in ("xcomp", "advcl"):
            break
    return None


def _series_of(tok):
    """The noun an ordinal counts and the word that says whose series it is (a possessive, or the object of
    "of"/"in" after it); None when the ordinal is no one's."""
    if tok.dep_ in ("amod", "nummod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        noun = tok.head
        owner = _owner(noun)
        if owner is None and noun.lemma_.lower() in ("attempt", "try") and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("at", "on"):
            return noun, noun.head  # "the sentence was read at the third attempt": the attempts at the act told
        if owner is None and _numbered_after_the(tok, noun):
            return noun, None  # "the third tender for the plant": the one series of tenders the story tells
        return (noun, owner) if owner is not None else None
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" \
            and parse_ordinal(tok.lower_) != 1 and tok.head.lemma_.lower() not in _NOT_NUMBERED_ALONE:
        return tok.head, None  # "The line, the second at the site": the one series of the things the report tells
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        # "The launch will be its sixth", "whose death was the third in the outbreak": the noun is the subject's
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        owner = _owner(tok)
        if subject is not None and owner is not None:
            return subject, owner
    return None


def _line_of_works(tok, noun) -> bool:
    """A works' line, numbered among the lines of one plant: "the third production line", "the line, the second at
    the site" (not "the front line", nor a line of text)."""
    return noun.lemma_.lower() == "line" and (tok.dep_ == "appos" or any(
        c.dep_ == "compound" and c.lemma_.lower() in _LINE_KINDS for c in noun.children))


# Kinds of a works' line: "production line", "assembly line", "kiln line".
_LINE_KINDS = {"production", "assembly", "kiln", "bottling", "packaging", "processing", "manufacturing", "packing",
               "canning", "spinning", "rolling", "refining", "milling"}


# Parts of a game numbered as it goes: "the third set", "the eighth inning".
_PARTS_OF_PLAY = {"set", "innings", "inning", "over", "frame", "lap", "pair", "elimination"}
# Nouns an ordinal after "the" does not number as a thing of its own: events (numbered as events) and parts of play.
_NOT_NUMBERED_ALONE = set(TRIGGER_CLASS) | _PARTS_OF_PLAY


def _numbered_after_the(tok, noun) -> bool:
    """ "the second tender", "the third offer": an ordinal right after "the", on a common noun numbered in its own
    series (a report that numbers it twice, "the second tender ... the third tender", is left out by
    ``_one_number_each``). Not "the first": a report that tells "the first offer" tells of another offer than the
    one it is about; nor an ordinal on a word of a name ("the 14th Copa del Sur"), which numbers the edition the
    name stands for."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and parse_ordinal(tok.lower_) != 1 \
        and noun.pos_ == "NOUN" and not noun.text[:1].isupper() \
        and noun.lemma_.lower() not in _NOT_NUMBERED_ALONE and noun.lower_ not in _NOT_NUMBERED_ALONE


def _owner(node):
    """ "its", "Hoshimura's", "the company's" before the noun, else the object of "of", "in" or "on" after it ("the
    34th final of the competition", "the third in the outbreak", "the second breakdown on the network")."""
    poss = next((c for c in node.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    side = next((c for c in node.children if c.dep_ == "compound" and c.lemma_.lower() in _SIDES_IN_COURT), None)
    if side is not None:
        return side  # "the sixth prosecution witness" is the prosecution's sixth witness
    for prep in node.children:
        if prep.dep_ == "prep" and prep.i > node.i and prep.lower_ in ("of", "in", "on"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME", "GPE"):
                return obj
    # "the third by-election since the 2025 general election" (or "It was the fourth by-election held since ..."):
    # a series counted from a start; "since" may hang on the noun, the copula or a participle after the noun.
    around = [node] + [c for c in node.children if c.dep_ == "acl"] + ([node.head] if node.dep_ == "attr" else [])
    return next((p for n in around for p in n.children if p.dep_ == "prep" and p.lower_ == "since" and p.i > node.i),
                None)


def _one_number_each(claims: list[Claim]) -> list[Claim]:
    """A report that numbers one series twice ("its first plant ... its second plant") tells of two things in it;
    neither number can be set against another report's."""
    numbers: dict[tuple[str, str], set[int]] = {}
    for c in claims:
        numbers.setdefault((c.qualifiers["counted"], c.qualifiers["holder"]), set()).add(c.norm)
    return [c for c in claims if len(numbers[(c.qualifiers["counted"], c.qualifiers["holder"])]) == 1]
