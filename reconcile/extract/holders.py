"""Who a figure belongs to: the party or candidate that has the votes, seats or share, the side that is ahead
by a margin, and the defendant the counts proven are against."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.figure_spans import NUMBER_RE, NUMBER_WORD, WORD_NUMBER, Figure
from reconcile.extract.lexicon import HOLDER_LABELS, HOLDING_NOUNS, SPEECH_VERBS
from reconcile.extract.spans import name_words
from reconcile.normalize.names import HONORIFICS


def who_holds(ctx: DocContext, tokens: list, sent) -> str:
    """Who has the votes, seats or share: the subject of the clause, else the last name before it."""
    paired = respective_holder(ctx, tokens, sent)
    if paired is not None:
        return paired
    owner = next((c for c in tokens[-1].children if c.dep_ == "poss"), None)
    ent = ctx.ent_at_token(owner.i) if owner is not None else None
    if ent is not None and ent.label in HOLDER_LABELS:
        return ent.text  # "led with 38.4 per cent to Y's 33.9 per cent"
    gapped = _gapped_subject(tokens[-1])
    if gapped is not None:
        ent = ctx.ent_at_token(gapped.i)
        if ent is not None:
            return ent.text if ent.label in HOLDER_LABELS else ""
        # a name the tagger left out ("and Dr Ifeoma Obi third with 31,250"): its capitalised words, no title
        words = [w for w in name_words(gapped) if w.lower_.rstrip(".") not in HONORIFICS]
        return " ".join(w.text for w in words) if gapped.pos_ == "PROPN" and len(words) >= 2 else ""
    subject, relative = clause_subject(tokens[-1])
    if subject is not None:
        ent = ctx.ent_at_token(subject.i)
        if ent is None and (subject.lower_ in ("he", "she") or any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children)):
            # "She polled 21,847 votes", "His late goal took his tally to six"
            ent = person_before(ctx, sent.start_char)
        # The subject that wins seats or votes is a party or a candidate, whatever the tagger called it ("Green
        # Coast ... took 17", tagged as a coast).
        if relative and (ent is None or ent.label not in HOLDER_LABELS):
            return ""  # not a name we know: never the name before it
        if ent is not None and ent.label in HOLDER_LABELS:
            return ent.text
        if ent is None and subject.pos_ == "PROPN" and relative_clause_on(subject):
            # "Kvirikashvili, who chaired the city council, took 33.1%": the name the tagger missed, not the body
            # named in the clause about it
            return " ".join(w.text for w in name_words(subject))
    before = [e for e in ctx.ents_in(sent.start_char, tokens[0].idx, "PERSON", "ORG")]
    # "X, who was deputy mayor under Y, finished first with 43%": a name inside a clause about another is not it.
    before = [e for e in before if not _in_clause_about_another(ctx, e)] or before
    return before[-1].text if before else ""


def untagged_subject(ctx: DocContext, tokens: list) -> str:
    """ "Orvel Debout won 14 of the seats": the name of two capitalised words or more that is the clause's subject,
    which the tagger left out (or read only a town's name in); "" when the subject is no such name."""
    subject, relative = clause_subject(tokens[-1])
    if subject is None or relative or subject.pos_ != "PROPN" or ctx.ent_at_token(subject.i) is not None:
        return ""
    # (its first word may be read as a common noun at the sentence's start: "Thies Debout", "Thies" taken for one)
    words = [c for c in subject.lefts if c.dep_ == "compound" and c.is_alpha and c.text[:1].isupper()] + [subject]
    if len(words) < 2 or any((e := ctx.ent_at_token(w.i)) is not None and e.label != "PLACE" for w in words):
        return ""
    return " ".join(w.text for w in words)


def relative_clause_on(tok) -> bool:
    """Whether a relative clause is set on ``tok`` ("X, who chaired the council, ...")."""
    return any(c.dep_ == "relcl" for c in tok.children)


def named_elsewhere(ctx: DocContext, tok) -> str:
    """The name a proper noun the tagger left out here is, where the report tags it as a person elsewhere (alone,
    or as the surname of a full name); "" otherwise."""
    name = " ".join(w.text for w in name_words(tok))
    people = {e.text for e in ctx.ents if e.label == "PERSON"}
    return name if name in people or any(p.split()[-1] == name for p in people) else ""


def _gapped_subject(tok):
    """ "X came second with 142,908, and Y third with 31,250": the name after "and" whose verb is left out, when the
    figure hangs from the first clause's verb after it; None when there is none."""
    verb = tok.head.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
                 and verb.i < c.i < tok.head.i), None)


def clause_subject(tok) -> tuple:
    """The subject of the verb a figure hangs from (within four steps up), and whether a relative pronoun tells
    it: "Lotte Brem, who took 12 percent" is Brem's; "The Varga family, which founded the firm and controls 31
    percent" the family's, the second verb having the first one's subject. (None, False) when no verb says."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None, False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return None, False
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (of two subjects the parser gives a verb, a dateline's town and the name before the verb, the nearer)
    before = [c for c in subjects if c.i < node.i]
    subject = before[-1] if before else subjects[0] if subjects else None
    if subject is None:
        return None, False
    if subject.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
        return _who(node.head) if subject.lower_ == "who" else node.head, True
    return subject, False


def _who(antecedent):
    """The person a "who" stands for, past what the person is ("Ana Ruiz, head of the cardiology department at
    the regional hospital, who won 27.9 percent": Ruiz, not the hospital)."""
    node = antecedent
    for _ in range(6):
        if node.pos_ == "PROPN" or node.head.i == node.i:
            break
        if node.dep_ in ("pobj", "appos"):
            node = node.head if node.dep_ == "appos" else node.head.head
        else:
            break
    return node if node.pos_ == "PROPN" else antecedent


def person_before(ctx: DocContext, start: int, leave_out: set[int] = frozenset(), depth: int = 0):
    """The person a "he" or "she" opening a clause (or a "him" after a verb) stands for: the last person named in
    the two sentences before, if only one is named there, else the one who is the subject of the sentence before;
    names with a token in ``leave_out`` (the judge who "sentenced him") do not count. When the sentence before is
    itself about "him" or "her", the person is the one that sentence stands for (up to three sentences back). A
    pronoun inside a sentence that has named one person before it stands for that person ("the story of how X came
    to be in the dock begins when police arrested him")."""
    i = ctx.sentence_index(start)
    own = {e.text: e for e in ctx.ents_in(ctx.sents[i].start_char, start, "PERSON")
           if not leave_out & set(range(e.token_start, e.token_end))}
    if len(own) == 1:
        return next(iter(own.values()))
    if i > 0 and depth < 3 and _pronoun_subject(ctx.sents[i - 1]):
        # "In the run-off she took 52.7 per cent against 47.3 per cent for Y. Earlier she had led with 38.4 per
        # cent": a "she" that goes on from a sentence whose subject is "she" stands for the same person
        return person_before(ctx, ctx.sents[i - 1].start_char, leave_out, depth + 1)
    first = ctx.sents[max(0, i - 2)].start_char
    named = [e for e in ctx.ents_in(first, start, "PERSON") if not ctx.in_dateline(e)
             and not leave_out & set(range(e.token_start, e.token_end))]
    # "Tesfaye Gebremariam" and, later, "Tesfaye": one person, the one written in full
    people = {e.text.split()[-1]: e for e in named
              if not any(set(e.text.split()) < set(o.text.split()) for o in named)}
    if len(people) > 1:
        # "X won 52.9 percent against Y. She received 13,928 votes": the subject of the sentence before, where it
        # is one of them, is who the next sentence goes on about
        i = ctx.sentence_index(start)
        root = ctx.sents[i - 1].root if i > 0 else None
        if root is not None and root.lemma_.lower() in SPEECH_VERBS:
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)  # "X won ..., the commission said"
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None \
            else None
        # (or the name put beside it: "The company's owner, X, is no longer in the dock. He signed ...")
        said = [subject] + [c for c in subject.children if c.dep_ == "appos"] if subject is not None else []
        told = next((e for e in named for t in said if e.token_start <= t.i < e.token_end), None)
        return people.get(told.text.split()[-1]) if told is not None else None
    return next(iter(people.values())) if len(people) == 1 else None


def _pronoun_subject(sent) -> bool:
    """Whether a sentence's main clause has "he" or "she" for its subject, or a subject of his or hers ("Her
    victory was narrow")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("he", "she") or any(
        p.dep_ == "poss" and p.lower_ in ("his", "her") for p in c.children)) for c in sent.root.children)


def subject_holder(ctx: DocContext, tokens: list) -> str:
    """The name in the subject of the verb a figure is the object of, or "": "The Varga family, which founded the
    firm and controls 31 percent" is the family's (never a name merely written before the figure)."""
    held = next((c for c in tokens[-1].children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in ("hold", "own", "control")), None)
    agent = next((c for c in held.children if c.dep_ == "agent"), None) if held is not None else None
    if agent is not None:
        # "the 15 per cent held for the state by a holding company": the agent's, not the clause's subject
        return next((named(ctx, c) for c in agent.children if c.dep_ == "pobj"), "")
    subject, _ = clause_subject(tokens[-1])
    if subject is None:
        return ""
    words = [t for t in subject.subtree if not any(a.dep_ in ("relcl", "acl", "appos") and a.i != subject.i
                                                   for a in t.ancestors if a in subject.subtree)]
    names = [e for e in ctx.ents if e.label in HOLDER_LABELS and any(e.token_start <= t.i < e.token_end for t in words)]
    # "the Marstadt-listed X Holdings, which will hold 30 percent": the name the subject is, before others in it
    names.sort(key=lambda e: not e.token_start <= subject.i < e.token_end)
    return names[0].text if names else ""


# Verbs by which a stake is held: "the family holds 28 per cent", "70% owned by X".
HOLD_VERBS = {"hold", "own", "control"}


def stake_holder(ctx: DocContext, tokens: list) -> str:
    """Who holds a stake the figure tells, or "": the subject of holding it ("X will hold a 25 percent stake"),
    or who it is owned by ("will be 70% owned by X and 30% by Y")."""
    tok = tokens[-1]
    if tok.head.lemma_.lower() in HOLDING_NOUNS and tok.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in HOLD_VERBS:
        return subject_holder(ctx, [tok.head])
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in HOLD_VERBS:
        return subject_holder(ctx, tokens)  # "X holds 60 per cent of the venture"
    if tok.dep_ == "npadvmod" and tok.head.lemma_.lower() in HOLD_VERBS:
        by = [c for c in tok.head.children if c.dep_ == "agent"]  # "70% owned by X"
    elif tok.dep_ == "conj":
        by = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]  # "... and 30% by Y"
    else:
        return ""
    owner = next((o for b in by for o in b.children if o.dep_ == "pobj"), None)
    if owner is None:
        return ""
    # a company's name the tagger took for a place or left out is still who owns the stake
    return named(ctx, owner) or (" ".join(w.text for w in name_words(owner)) if owner.pos_ == "PROPN" else "")


_LEAD_NOUNS = {"lead", "margin", "majority", "advantage", "victory", "win"}


def who_leads(ctx: DocContext, tokens: list) -> str:
    """Who is ahead by a margin: whose lead or victory it is ("X's lead over Y remained at 11 votes", "widening her
    lead to 14 votes"), or the subject of the verb over it ("X had overtaken Y for the seat by 11 votes")."""
    for node in tokens[-1].ancestors:
        if node.lemma_.lower() in _LEAD_NOUNS and node.pos_ == "NOUN":
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None:
                return named(ctx, owner)
        if node.pos_ in ("VERB", "AUX"):
            # "X's lead ... remained at", "widening her lead to": whose lead the verb tells of
            lead = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                         and c.lemma_.lower() in _LEAD_NOUNS), None)
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if lead is not None:
                subject = next((c for c in lead.children if c.dep_ == "poss"), None)
            if subject is not None and named(ctx, subject):
                return named(ctx, subject)
    sent = tokens[0].sent
    if re.search(r"\b(?:difference|gap)\s+of\s+(?:just\s+|only\s+)?$", ctx.text[sent.start_char:tokens[0].idx], re.I):
        # "X won 51.2% and Y 48.8%, a difference of 612 votes": the winner is named first
        return _first_named(ctx, sent.start_char, tokens[0].idx)
    if _THAT_IS_A_LEAD.search(ctx.text[sent.start_char:tokens[0].idx]) and sent.start > 0:
        # "Chkhaidze 54.3%, Kvirikashvili 45.7%. That is a lead of 4,470 votes.": the lead of the first named before
        before = ctx.doc[sent.start - 1].sent
        return _first_named(ctx, before.start_char, before.end_char)
    return ""


def _first_named(ctx: DocContext, start: int, end: int) -> str:
    """The winner a result names first between ``start`` and ``end``: the first person (a candidate before "the
    commission said"), else the first name; "" when none is named."""
    names = [e for e in ctx.ents_in(start, end, *HOLDER_LABELS) if not ctx.in_dateline(e)]
    people = [e for e in names if e.label == "PERSON"]
    return (people or names)[0].text if names else ""


_THAT_IS_A_LEAD = re.compile(r"^(?:That|This|It)(?:'s|\s+(?:is|was|gives|gave|means|meant|makes|made))\s+(?:\w+\s+){0,3}"
                             r"(?:lead|margin|difference|gap)\s+of\s+(?:just\s+|only\s+|some\s+|about\s+)?$", re.I)


# Possessive pronouns and the kinds of name they stand for.
_POSSESSIVES = {"her": ("PERSON",), "his": ("PERSON",), "its": ("ORG",), "their": ("ORG", "PERSON"),
                "our": ("ORG", "PERSON")}


def named(ctx: DocContext, tok) -> str:
    """The name a token is part of, or the one a possessive ("her", "its", "their") stands for: the sentence's
    subject when it is a name of that kind ("Tharwa Foods has taken control of Batinah Dairies, in what is its
    third acquisition"), else the last such name before it in its sentence; "" when no name says."""
    ent = ctx.ent_at_token(tok.i)
    if ent is not None:
        return ent.text if ent.label in HOLDER_LABELS and not ctx.in_dateline(ent) else ""
    labels = _POSSESSIVES.get(tok.lower_)
    if labels is None:
        return ""
    for child in tok.sent.root.children:
        subject = ctx.ent_at_token(child.i) if child.dep_ in ("nsubj", "nsubjpass") else None
        if subject is not None and subject.label in labels and subject.start < tok.idx:
            return subject.text
    before = [e for e in ctx.ents_in(tok.sent.start_char, tok.idx, *labels) if not ctx.in_dateline(e)]
    return before[-1].text if before else ""


def _in_clause_about_another(ctx: DocContext, ent) -> bool:
    node = ctx.doc[ent.token_end - 1]
    for anc in node.ancestors:
        if anc.dep_ in ("relcl", "acl"):
            other = ctx.ent_at_token(anc.head.i)
            return other is not None and other.label in ("PERSON", "ORG") and other.start != ent.start
    return False


_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and)\s*$")
_NAME_GAP = re.compile(r"^\s*(?:,|,?\s*and)\s+(?:the\s+)?$", re.I)


def respective_holder(ctx: DocContext, tokens: list, sent) -> str | None:
    """ "X and Y won 14 and nine seats respectively": the name in the same place of its list as the figure in
    its list; None when the sentence pairs no such lists."""
    text, s0 = sent.text, sent.start_char
    end = tokens[-1].idx + len(tokens[-1].text) - s0
    tail = re.match(r"[^.;]{0,40}?\brespectively\b", text[end:])
    if tail is None:
        return None
    # The figures of the list, each joined to the next by a comma or "and", ending before "respectively".
    spans = sorted({(m.start(), m.end()) for rx in (NUMBER_RE, WORD_NUMBER) for m in rx.finditer(text)
                    if m.group(0).strip() and m.start() < end + tail.end()})
    spans = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    mine = next((k for k, (a, b) in enumerate(spans) if a <= tokens[0].idx - s0 < b), None)
    if mine is None:
        return None
    first, last = mine, mine
    while first > 0 and _LIST_GAP.match(text[spans[first - 1][1]:spans[first][0]]):
        first -= 1
    while last + 1 < len(spans) and _LIST_GAP.match(text[spans[last][1]:spans[last + 1][0]]):
        last += 1
    count = last - first + 1
    if count < 2:
        return None
    names = [e for e in ctx.ents_in(s0, s0 + spans[first][0]) if e.label in HOLDER_LABELS]
    if len(names) < count:
        return None
    names = names[-count:]
    if not all(_NAME_GAP.match(ctx.text[x.end:y.start]) for x, y in zip(names, names[1:], strict=False)):
        return None
    return names[mine - first].text


# A person's name right before "on" the counts: "convicting X on 9 counts", "and Y on 6"
_ON_COUNTS = re.compile(r"\s+on\s+(?:the\s+)?$")


# "found guilty on 12 of the 18 counts", "convicted on three counts", "seven years on each of the 12 counts": the
# counts proven, not the counts charged (unless "all" of them were)
_CONVICTED = r"\b(?:guilty|convict(?:ed|ing|s)?)"
_PROVEN = re.compile(_CONVICTED + r"(?:\s+(?!" + NUMBER_WORD + r"\b)[A-Za-z]+){0,5}\s+(?:on|of)\s+"
                     r"(?:the\s+)?$|\beach\s+of\s+(?:the\s+)?$", re.I)
# "convicting X on 9 counts and Y on 6": the counts proven against the next person, the verb left out
_PROVEN_TOO = re.compile(r"\band\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+on\s+$")


def _hung_on_conviction(token) -> bool:
    """ "convicted X, the former chief engineer, on nine counts": the counts hang from the verb of conviction,
    however many words name the one convicted."""
    noun = token.head if token.dep_ == "nummod" else token
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("on", "of") and (
        prep.head.lemma_.lower() == "convict" or prep.head.lower_ == "guilty")


def counts_proven(ctx: DocContext, f: Figure) -> bool:
    """Whether a count of charges is of those proven: after the words of a conviction ("found guilty on 12 of the
    18 counts", "and Y on 6"), or hung on its verb by the parse ("convicted X, the former chief engineer, on nine
    counts")."""
    before = ctx.text[f.sent.start_char:f.start]
    return bool(_PROVEN.search(before) or _PROVEN_TOO.search(before) and re.search(_CONVICTED, before, re.I)
                or _hung_on_conviction(f.tokens[-1]))


def convicted_on(ctx: DocContext, f: Figure) -> str:
    """Whom the counts proven are against: the person named just before "on" them ("convicted X on nine counts",
    "and Y on six"), else the one the verb is done to ("X was found guilty on eleven of the counts", "found X
    guilty on six"), never the judge who convicts; "" when no person is named."""
    named = [e for e in ctx.ents_in(f.sent.start_char, f.start, "PERSON")]
    if named and _ON_COUNTS.fullmatch(ctx.text[named[-1].end:f.start]):
        return named[-1].text
    verb = f.tokens[-1]
    guilty = []
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.lower_ == "guilty":  # "found X guilty on seven", parsed with X the subject of "guilty"
            guilty = [c for c in verb.children if c.dep_ == "nsubj"]
        verb = verb.head
    done_to = guilty + [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    # "X, who was found guilty on nine counts": the one the relative clause is on
    done_to = [verb.head if c.lower_ in ("who", "whom") and verb.dep_ == "relcl" else c for c in done_to]
    # (or the name put beside it: "His co-accused, the businessman X, was found guilty on six counts")
    for tok in [t for c in done_to for t in (c, *(a for a in c.children if a.dep_ == "appos"))]:
        ent = ctx.ent_at_token(tok.i)
        if ent is not None and ent.label == "PERSON":
            return ent.text
    return ""
