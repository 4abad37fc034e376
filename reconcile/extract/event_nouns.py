"""How an event noun sits in its clause: the noun it renames ("the meeting was the third round"), the event
nouns that rename it, the verb that tells it past a verb that only names it ("what officials called the third
round"), "the other semi-final", an event beside the story's, and the day of a noun the parser did not hang
on it ("at the sixth hearing, on October 9, ...", "declared Monday a day of mourning")."""

from __future__ import annotations

from reconcile.extract.attach import MOMENTS, participle_after
from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import DUE_WORDS, GOING_ON, LIGHT_VERBS
from reconcile.extract.spans import Ent, ent_root
from reconcile.extract.tense import PREVIOUSLY, plan_not_kept
from reconcile.extract.triggers import event_class
from reconcile.extract.verb_frames import TIME_PREPS
from reconcile.normalize.dates import parse_date

# Verbs of holding an event, told in a participle after it: "the round, held in X".
_HELD = {"hold", "host", "stage", "convene"}
# Verbs that name what they take: "what officials called the third round".
NAMING = {"call", "term", "dub", "describe", "label", "bill"}


def past_the_naming(verb):
    """ "wrapped up on Wednesday what officials called the third round of talks": the round is what was wrapped
    up; "called" only names it."""
    if verb is not None and verb.lemma_.lower() in NAMING and verb.dep_ in ("ccomp", "dobj", "pobj", "xcomp") \
            and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children) and verb.head.pos_ == "VERB":
        return verb.head
    return verb


def other_event(tok) -> bool:
    """ "the other semi-final": an event word with "other" before it (the cheap test first: it runs on every word)."""
    return any(c.lower_ == "other" and c.dep_ in ("amod", "det") for c in tok.children) and event_class(tok) is not None


def nouns_under(tok) -> list:
    """The words hanging from ``tok`` directly or through a preposition."""
    out = []
    for c in tok.children:
        out.append(c)
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def renamed(tok):
    """The event noun that ``tok`` renames (by apposition or after "was"), else ``tok`` itself."""
    if tok.dep_ == "appos":
        return tok.head
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
    return tok


def same_event_nouns(tok) -> list:
    """Event nouns that rename ``tok``: its appositions, and what it "was" or "is"."""
    out = [c for c in tok.children if c.dep_ == "appos" and event_class(c) is not None]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        out += [c for c in tok.head.children if c.dep_ == "attr" and event_class(c) is not None]
    return out


# Nouns of what a day is declared for: "a day of national mourning".
DAYS_OF = {"mourning"}


def declared_day(ctx: DocContext, noun) -> list[tuple[str, int, int]]:
    """ "declared Monday a day of mourning", "Friday has been declared a day of mourning", "Tuesday's day of
    mourning": the day declared (not the day it was declared on)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
    if owner is not None:
        return [(owner.text, owner.idx, owner.idx + len(owner.text))]  # the tagger took "Tuesday's day" as one date
    if noun.dep_ == "appos" and noun.head.ent_type_ == "DATE" and noun.head.head.lemma_.lower() == "declare":
        day = noun.head  # "declared Wednesday a day of mourning", the day and its noun read as one phrase
        return [(day.text, day.idx, day.idx + len(day.text))]
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_ == "be":
        # "Friday would be a day of national mourning"
        days = [ctx.ent_at_token(c.i) for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "DATE"]
        return [(e.text, e.start, e.end) for e in days if e is not None and e.label == "DATE"]
    if verb.lemma_.lower() != "declare" or noun.dep_ not in ("npadvmod", "oprd", "dobj", "xcomp", "ccomp"):
        return []
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and (day := ctx.ent_at_token(verb.head.i)) is not None:
        return [(day.text, day.start, day.end)]  # "on Friday, which the president has declared a day of mourning"
    days = [ctx.ent_at_token(c.i) for c in verb.children if c.i != noun.i
            and c.dep_ in ("npadvmod", "dobj", "nsubjpass") and c.ent_type_ == "DATE"]
    return [(e.text, e.start, e.end) for e in days if e is not None and e.label == "DATE"]


def declared_ahead(ctx: DocContext, day: str) -> bool:
    """Whether a day declared one of mourning ("declared Monday a day of mourning") is after the report's own day:
    the day is ahead, whenever it was declared."""
    published = ctx.source.published
    found = parse_date(day, published, True) if published is not None else None
    when = found.as_date() if found is not None else None
    return when is not None and when > published.date()


def date_set_off(ctx: DocContext, ent: Ent, noun) -> bool:
    """ "told the court at the sixth hearing, on October 9, that ...": a day set off by commas right after the
    event noun is its day, wherever the parser hung it."""
    doc = ctx.doc
    k = noun.i + 1
    return (k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("on", "in") and ent.token_start == k + 2
            and ent.token_end < len(doc) and doc[ent.token_end].text in (",", ".", ";"))


# Nouns that stand for an event's when, where or how in "the venue of the final was moved": the verb is the event's.
ASPECT_NOUNS = {"venue", "date", "start", "kick-off", "kickoff", "site", "location", "time", "day", "schedule",
                "timing", "place", "host", "hosting", "opening", "end", "close", "result", "outcome", "rest",
                "remainder", "part", "first", "second", "half", "session", "round", "stage", "leg", "phase"}

# "a recount of the tally sheets, which will be carried out in X", "the recount of the boxes, conducted in X": a clause
# on what the event is of, that tells the event being done
_CARRIED_OUT = {"carry", "conduct", "hold", "stage", "complete", "finish"}


def _carries_out(verb) -> bool:
    return verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in _CARRIED_OUT and (
        verb.lemma_.lower() != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def clause_anchors(noun, heads: list) -> tuple[set[int], set[int]]:
    """The clauses that tell the event: "the talks held in Ohrid", "the second round of talks held in Ohrid" (a
    clause on the event noun or on the event it is a part of), "a recount of the sheets, which will be carried out
    in X"; not "the funerals of the miners killed in the blast at the pit", which is the miners'. Returns the
    clauses that tell it as it is, and those that tell a plan since replaced ("originally set for")."""
    told_by = [h for h in heads if h is noun or event_class(h) is not None]
    # (what a recount or a replay is of can be an event noun too, left out of ``heads``: "the recount of the boxes")
    told_by += [c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"
                and c not in told_by and any(_carries_out(g) for g in c.children)]
    now: set[int] = set()
    before: set[int] = set()
    # "the fourth round of talks, held in X on May 12": a participle after the noun or after the talks it is of
    after = [p for h in {noun, *told_by} for p in participle_after(h)]
    # "a fifth round of talks between the neighbours, which opened in X on a Monday": a clause the parser
    # hung on the parties, that tells the event going on; "the fourth round of negotiations between the
    # companies, held in X": a participle of holding it, set off by a comma
    after += [c for h in {noun, *told_by} for p in h.children if p.lower_ in ("between", "among", "with")
              for g in p.children if g.dep_ == "pobj" for c in g.children
              if c.dep_ == "relcl" and c.lemma_.lower() in GOING_ON
              and any(x.dep_ == "nsubj" and x.lower_ == "which" for x in c.children)
              or c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HELD and c.doc[c.i - 1].text == ","]
    for child in [c for h in told_by for c in h.children] + after:
        if child.dep_ in ("acl", "relcl", "advcl") or child in after:
            if any(g.lower_ in PREVIOUSLY for g in child.children) or plan_not_kept(child):
                before.add(child.i)
            else:
                now.add(child.i)
                if child.dep_ == "relcl":
                    now.update(_done_in(child))
    return now, before


def _done_in(verb) -> set[int]:
    """The verbs a relative clause on an event tells it done by: "the next round, which the delegations agreed to
    hold in X", "the talks, which are due to be held in X next month"."""
    out = {g.i for g in verb.children if g.dep_ == "xcomp" and g.pos_ == "VERB"}
    for g in verb.children:
        if g.dep_ == "acomp" and g.lower_ in DUE_WORDS:
            out.update(x.i for x in g.children if x.dep_ == "xcomp" and x.pos_ == "VERB")
    return out


def time_of_another(noun) -> bool:
    """ "Counting began on Saturday after the election", "ahead of the final": the event sets the time of the verb's
    act, which is not the event; the verb's day and place are the act's."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in _EDGE_NOUNS and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ in ("at", "after", "before", "by", "until"):
        return True  # "signed the memorandums at the close of the seventh round": a time the round sets
    return prep.lower_ in TIME_PREPS | {"following", "until", "till"} or prep.lower_ == "of" \
        and (prep.head.lower_ in ("ahead", "prior") or prep.head.lemma_.lower() in _BEFORE_AND_AFTER)


# Times set by an event that are not its own: "a protest on Wednesday, on the eve of the signing", "in the wake of the
# quake" (but "on the day of the signing" is the signing's day).
_BEFORE_AND_AFTER = {"eve", "wake", "aftermath"}


# The ends of an event that set the time of another act: "at the close of the round", "after the end of the talks".
_EDGE_NOUNS = {"close", "end", "conclusion", "start", "beginning", "opening", "outset"}


def inside_other_noun(tok, verb) -> bool:
    """ "Ticket sales for the home leg will open next week": the leg is a modifier of the sales, and what
    "will open" is the sales, not the leg; "X, the runner-up in last month's election, filed a challenge on
    Tuesday": the election describes the one who files."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    holder = tok.head.head
    if holder.dep_ == "appos" and holder.pos_ == "NOUN":
        holder = holder.head  # the name the described noun stands beside
        return holder.head.i == verb.i and holder.dep_ in ("nsubj", "nsubjpass", "dobj")
    if tok.head.lower_ == "from" and holder.pos_ == "NOUN" and holder.dep_ == "pobj" and holder.head.head.i == verb.i:
        return True  # "were taken to hospital in X with injuries from the blast": the blast caused the injuries
    for _ in range(3):
        if holder.pos_ == "NOUN" and holder.head.i == verb.i and holder.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return holder.lemma_.lower() not in ASPECT_NOUNS | MOMENTS  # "scored the only goal of the final"
        # "adjourned the trial of two officials over the collapse of a roof": the collapse is what the trial is
        # about, through the people tried for it
        if holder.pos_ not in ("NOUN", "PROPN"):
            return False
        if holder.dep_ == "conj" and holder.head.pos_ in ("NOUN", "PROPN"):
            holder = holder.head
        elif holder.dep_ == "pobj" and holder.head.dep_ == "prep":
            holder = holder.head.head
        else:
            return False
    return False


def hangs_from(ctx: DocContext, ent: Ent, noun) -> bool:
    """Whether the entity's phrase hangs from ``noun`` through one preposition ("acquisition in North Africa")."""
    root = ent_root(ctx.doc, ent)
    return root.dep_ == "pobj" and root.head.head.i == noun.i


def of_a_kind(tok) -> bool:
    """ "Hotel fires have been rare in X": events of a kind, said of in general (a plural with no word that picks
    some out, said to be rare or common), not an event."""
    return tok.tag_ == "NNS" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not any(
        c.dep_ in ("det", "poss", "nummod", "amod") for c in tok.children) and any(
        c.dep_ == "acomp" and c.lower_ in _HOW_OFTEN for c in tok.head.children)


# What events of a kind are said to be: "rare", "common".
_HOW_OFTEN = {"rare", "common", "frequent", "infrequent", "unusual", "uncommon", "routine", "familiar", "regular",
              "commonplace", "unheard"}


def light_verb_object(noun, verb) -> bool:
    """ "Gives its judgment today", "made her first visit on Thursday", "led the talks": an event a light verb takes
    as its object, with a word that points to it; not an idiom with a bare noun ("paid tribute to the rescuers")."""
    return verb.lemma_.lower() in LIGHT_VERBS and noun.dep_ == "dobj" and noun.head.i == verb.i \
        and any(c.dep_ in ("det", "poss") for c in noun.children)
