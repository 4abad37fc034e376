"""When an event is told to happen: held, planned or called off, from the verbs and words around its noun, and
whether a day is its first or its last."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import DUE_WORDS, RITES, moves_event

# Words that put a plan in the past: "was originally set for May 14", "the venue previously announced".
PREVIOUSLY = {"previously", "earlier", "formerly", "once", "originally", "initially", "first"}
_START_VERBS = {"open", "begin", "start", "commence"}
_END_VERBS = {"end", "conclude", "close", "finish", "wrap"}


def edge_of(ctx: DocContext, start: int) -> str:
    """ "start" for the day an event "opened" or "began", "end" for the day it "ended" or "wrapped up", else
    "": the first and the last day of talks that lasted several days are not two dates for them."""
    tok = ctx.token_at(start)
    if tok is None:
        return ""
    verb = governing_verb(tok)
    if verb is None or verb.pos_ != "VERB":
        return ""
    lemma = verb.lemma_.lower()
    if lemma in _START_VERBS or lemma == "kick" and any(c.lower_ == "off" for c in verb.children):
        return "start"
    if lemma in _END_VERBS:
        return "end"
    return ""


def governing_verb(tok):
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ == "prep":
            # "will chair the talks, as she did at the first two rounds": the parser hangs the stranded "did" on
            # the phrase, which is that verb's
            stranded = [c for c in node.children if c.dep_ == "aux" and c.pos_ == "AUX"]
            if stranded:
                return stranded[0]
    return None


_MOVES_WITH_DATE = {"postpone", "delay", "adjourn", "defer", "push", "reserve"}
_CALL_OFF = {"cancel", "postpone", "abandon", "scrap", "call", "wash", "suspend", "delay", "axe", "shelve"}


# Participles that say what an event is about or for, not that it took place: "a visit focused on rail".
_DESCRIBING = {"focus", "aim", "design", "intend", "dedicate", "devote", "base", "link", "tie", "relate", "centre",
               "center", "mean", "devise", "gear", "target", "dominate", "overshadow"}


# Verbs that ask someone to an event, which is then ahead of the asking.
_INVITING = {"invite", "summon"}


def _told_as_held(tok) -> bool:
    """Whether a clause on the event says it took place ("invited to talks, which ended ...")."""
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in tok.children)


# Participles that say who set an event up, which is done before it: "talks on Friday, called by the minister".
_ARRANGING = {"call", "convene", "organise", "organize", "arrange", "host", "request", "propose"}


def _moved_to_a_day(verb) -> bool:
    """ "postponed until April 21", "postponed from May 3 to May 10" (the "to" parsed onto "from" or its date)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    froms = [g for c in preps if c.lower_ == "from" for g in [c, *c.children]]
    return any(c.lower_ in ("until", "till", "to") for c in preps) or any(
        g.dep_ == "prep" and g.lower_ in ("to", "until") for o in froms for g in o.children)


# Nouns for an intention to hold an event ("plans to meet in X").
_PLAN_NOUNS = {"plan", "proposal", "idea", "offer", "bid"}


def plan_called_off(verb) -> bool:
    """ "after plans to meet in Tartu were dropped", "scrapped a proposal to hold the final in X": the act the
    plan was for will not take place as planned."""
    plan = verb.head
    if verb.dep_ not in ("acl", "xcomp") or plan.lemma_.lower() not in _PLAN_NOUNS:
        return False
    return plan.dep_ in ("nsubjpass", "dobj", "nsubj") and (_calls_off(plan.head)
                                                            or plan.head.lemma_.lower() in ("drop", "reject"))


def _calls_off(verb) -> bool:
    """ "cancelled", "scrapped", "called off", "washed out" (not "called" alone)."""
    lemma = verb.lemma_.lower()
    return lemma in _CALL_OFF and (lemma not in ("call", "wash") or any(c.lower_ in ("off", "out")
                                                                        for c in verb.children))


def status_of(tok, verb, frame) -> str:
    """ "held", "planned", "cancelled" or "" for the event noun ``tok`` of ``frame``, told with ``verb`` (or
    None). "Sunday's game was called off": the frame describes a plan that did not happen."""
    for v in [verb] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]:
        if v is not None and v.lemma_.lower() in _MOVES_WITH_DATE and _moved_to_a_day(v):
            return "planned"  # "postponed until April 21": moved, not called off
        if v is not None and v.lemma_.lower() == "abandon" and frame.event_class == "match":
            return "held"  # "the second leg was abandoned in the 67th minute": played, then stopped
        if v is not None and _calls_off(v) and (tok.dep_ in ("nsubjpass", "nsubj", "dobj") or v.head.i == tok.i) \
                and not any(c.dep_ == tok.dep_ and c.i < tok.i for c in v.children):
            # (not "The search for people missing after the flood of May 7 has been called off", parsed with two
            # subjects: the first is what was called off)
            return "cancelled"
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("postponement", "cancellation", "abandonment"):
        return "cancelled"
    if tok.dep_ == "pobj" and (tok.head.lower_ == "since" or tok.head.lower_ == "after" and any(
            t.lower_ == "since" for t in tok.doc[max(0, tok.head.i - 2):tok.head.i])):
        # "has been on bail since (shortly after) his arrest in October": what a state has lasted since is past
        return "held"
    for child in _with_complement(tok):
        if child.dep_ in ("acl", "relcl", "amod") and child.lower_ in ("planned", "scheduled", "proposed", "expected") \
                and not any(g.lower_ in PREVIOUSLY for g in child.children) and not (
                    verb is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i
                    and verb_tense(verb) == "held" and not moves_event(verb)):
            # (not "the recount, originally scheduled for Sunday, was held on Monday", nor "a meeting, planned for
            # X, was held on Saturday in Y")
            return "planned"
    if frame.relation == "next":
        return "planned"
    if frame.relation == "previous":
        return "held"
    for child in _with_complement(tok):
        if child.dep_ == "acl" and child.lemma_.lower() in _ARRANGING \
                and (told := verb or governing_verb(tok)) is not None and verb_tense(told) == "planned":
            return "planned"  # "is expected at talks on Friday, called by the minister": arranged, still ahead
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN" and child.lemma_.lower() not in _DESCRIBING \
                and not any(g.lower_ in PREVIOUSLY for g in child.children):
            aux = {c.lower_ for c in child.children if c.dep_ in ("aux", "auxpass")}
            if "to" in aux or "will" in aux:
                return "planned"  # "the final, to be played on Saturday"
            if (child.dep_ == "acl" or aux & {"was", "were", "had"}) and not (
                    verb is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i
                    and verb_tense(verb) == "planned"):
                return "held"  # not "the third round, chaired by a mediator, is set for Tuesday"
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _INVITING \
            and tok.head.head.tag_ in ("VBN", "VBZ", "VBP", "VBD") and not _told_as_held(tok):
        return "planned"  # "has invited both sides to talks on Friday": what one is invited to is ahead
    if verb is None:
        return "planned" if _after_a_plan(tok) else ""
    if (verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and tok.dep_ == "nsubj" and tok.head == verb
            and not any(c.dep_ in ("attr", "acomp", "aux", "auxpass") for c in verb.children)):
        return "planned"  # "the return leg is on Saturday in Riverton": a fixture still ahead
    return verb_tense(verb) or ("planned" if _after_a_plan(tok) else "")


def _with_complement(tok) -> list:
    """The children of the event noun and of its "of" complement ("round of talks held ...")."""
    kids = list(tok.children)
    for p in tok.children:
        if p.lower_ == "of":
            for c in p.children:
                if c.dep_ == "pobj":
                    kids.extend(c.children)
    return kids


def _after_a_plan(tok) -> bool:
    """ "The candidates hold their final rallies on Friday, the last day of campaigning before Sunday's vote": an
    event that something still to come takes place before (or ahead of) is ahead too."""
    prep = tok.head
    if tok.dep_ != "pobj" or not (prep.lower_ in ("before", "until") or prep.lower_ == "of" and prep.head.lower_
                                  == "ahead"):
        return False
    verb = governing_verb(prep)
    return verb is not None and verb_tense(verb) == "planned"


def plan_not_kept(verb, expected: bool = True) -> bool:
    """ "the verdict, which had been due on Thursday", "the hearing had been set for May 3", "had been expected",
    "was to be held": a plan the report says was not kept, whose day is not the event's (nor an act's). Without
    ``expected``, only a plan that was fixed, not one merely looked for ("had been expected yesterday")."""
    if verb.lemma_ == "be" and verb.lower_ in ("was", "were") and verb.dep_ == "relcl" and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return True  # "the round, which was to be held in X, will now take place in Y"
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and (
        any(c.dep_ == "acomp" and c.lower_ in DUE_WORDS for c in verb.children)
        or verb.lemma_.lower() in ("set", "schedule", "plan", "fix") or expected and verb.lemma_.lower() == "expect")


# Verbs of looking back: what "will be remembered" or "will go down in history" has happened.
_LOOKING_BACK = {"remember", "recall", "recount", "relive", "celebrate", "mourn", "regret"}


def verb_tense(verb) -> str:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "'ll", "shall", "would"} and verb.lemma_.lower() in _LOOKING_BACK and "auxpass" in {
            c.dep_ for c in verb.children} and not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in RITES
                                                       for c in verb.children):
        # "Sunday's final will be remembered for its last four minutes"; but "a mass will be celebrated" is held then
        return "held"
    if auxes & {"will", "'ll", "shall", "would"}:
        return "planned"
    head = verb.head
    if not auxes and verb.dep_ == "conj" and verb.tag_ == "VB" and head.i != verb.i and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in head.children):
        return "planned"  # "would hear mitigation on Wednesday and pass sentence on Thursday"
    if "to" in auxes and head.i != verb.i and head.lemma_.lower() in ("set", "expect", "due", "plan", "schedule",
                                                                      "agree", "be", "decide", "intend", "want",
                                                                      "aim", "hope", "prepare"):
        return "planned"
    if verb.lemma_.lower() in ("plan", "schedule", "expect", "set") and verb.tag_ in ("VBN", "VBZ", "VBP") \
            and not any(c.dep_ == "prt" for c in verb.children):  # "are set out below" is no plan
        return "planned"
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("acomp", "xcomp", "attr") and c.lower_ in DUE_WORDS for c in verb.children):
        return "planned"  # "the count is due to begin on Wednesday", "the talks are set to resume"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"has", "have", "had", "was", "were"}):
        return "held"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children):
        return "held"  # "The commission on Wednesday certified X": a past the tagger read as a participle
    if not auxes and verb.tag_ in ("VB", "VBP", "VBZ") and verb.dep_ == "advcl" and head.i != verb.i and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in head.children):
        return "planned"  # "will go for a title when they face the hosts in the final on Saturday"
    present = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
    if not auxes and present and verb.lemma_.lower() not in ("be", "have", "say", "tell") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
            for c in verb.children):
        return "planned"  # "voters go to the polls on Saturday": the present of a timetable is what is to come
    return ""
