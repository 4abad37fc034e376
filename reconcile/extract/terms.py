"""Prison terms: "sentenced to four years in prison", "63 months", "six years and one month", in months, with the
person sentenced where the clause names them; and the unit of the figures ``quantities`` reads (``unit_of``), where
years and months make a claim only of a term or a contract's length (``durations``)."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.figure_spans import Figure
from reconcile.extract.holders import person_before
from reconcile.extract.lexicon import CUT_WORDS, RISE_WORDS
from reconcile.extract.measures import YEARS_UNIT, unit_after
from reconcile.extract.spans import Ent, org_word_in
from reconcile.extract.tense import verb_tense
from reconcile.models import Claim
from reconcile.normalize.numbers import approx_before, parse_number
from reconcile.normalize.places import gazetteer

_TERM = re.compile(r"^(?:(?P<y>[\w-]+)(?P<half>\s+and\s+a\s+half)?[\s-]+years?(?:[\s-]+old)?)?(?:,?\s*(?:and\s+)?(?P<m>[\w-]+)[\s-]+months?)?"
                   r"(?:,?\s*(?:and\s+)?(?P<d>[\w-]+)[\s-]+days?)?$", re.I)
# What a "four-year" term may describe: "a four-year sentence", "a five-year prison term", "a two-year jail term".
_TERM_NOUN_AFTER = re.compile(r"\s+(?:suspended\s+|custodial\s+)?(?:prison\s+|jail\s+)?"
                              r"(?:sentence|term|stretch|imprisonment|prison|jail)\b", re.I)
# The most a charge carries, and the term one side asks the court for: neither is the term handed down.
_MAXIMUM_BEFORE = re.compile(r"\b(up to|maximum(?: (?:prison |jail )?(?:term|sentence|penalty))?( of)?|as (many|much) as"
                             r"|could face|faces?|facing)"
                             r"( a (term|sentence) of)?\s*$")
# ("asked on Wednesday for", "asked the judges for": a few words between the verb and "for")
_SOUGHT_BEFORE = re.compile(r"\b((?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?)(?:\s+(?!for\b)[\w']+){0,3}\s+for|sought|"
                            r"seek(?:s|ing)?|"
                            r"request(?:s|ed|ing)?|demand(?:s|ed|ing)?)( an?| an? (?:prison |jail )?(term|sentence) of)?\s*$")
# "asked the court to sentence him to 12 years", "urged the judges to jail her for nine years"
_ASKED_TO_SENTENCE = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|call(?:s|ed|ing)? on|"
                                r"want(?:s|ed)?)\b[^.;]{0,90}?\bto\s+(?:sentence|jail|imprison|send|put|lock)\b"
                                r"(?:[^.;]|(?<=\b[A-Z])\.){0,100}?"  # "to sentence G. Batbold, the former head, to"
                                r"\b(?:to|for)\s+(?:an?\s+)?(?:up to|at least|about|some)?\s*$", re.I)
# "asked for seven years in prison for Park and three years for Lee": the terms after the first of a list sought
_SOUGHT_LIST = re.compile(r"\b(?:ask(?:s|ed|ing)?\s+for|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|demand(?:s|ed|ing)?)"
                          r"\s+(?:an?\s+)?[\w-]+\s+(?:years?|months?)\b[^.;:]{0,60}?(?:,|\band)\s*$", re.I)
_PRISON_WORDS = {"prison", "jail", "jailed", "imprisonment", "sentenced", "sentence", "sentences", "custody", "term",
                 "incarceration", "detention", "penal"}
# What else runs for a term: a lease, a contract, an office held.
_OTHER_TERMS = {"lease", "contract", "concession", "licence", "license", "mandate", "loan", "bond", "agreement",
                "tenure", "presidency", "mayoralty", "office", "franchise", "permit", "charter"}
# "Sentences: NAME - ten years in a penal colony. NAME - five years.": a list of terms, one name each
_LISTED_TERM = re.compile(r"(?:[^\n]*?:\s+)?\W*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+[-\u2013\u2014:]\s+$")


# Verbs that change a term: "reduced his sentence from nine to six years", "commuted it to life".
_REVISING_VERBS = CUT_WORDS | RISE_WORDS | {"commute", "extend", "lengthen", "shorten", "toughen", "trim", "halve",
                                            "double"}
# Verbs of what a court hearing an appeal decides: a term changed, or the conviction kept or undone.
_APPEAL_DECISIONS = _REVISING_VERBS | {"uphold", "overturn", "quash", "confirm", "reject", "dismiss", "annul",
                                       "reverse", "acquit"}
# An appeal being heard: "told an appeals court", "the Court of Appeal", "appeal judges", "heard the appeal".
_APPEAL_HEARD = re.compile(r"(?i)\bappeals?\s+(?:court|judges?|chamber|hearing)|\bcourt\s+of\s+appeals?\b|"
                           r"\bappellate\b|\b(?:hear|hears|heard|hearing)\s+(?:of\s+)?(?:the|his|her|their)\s+appeal")
# Words before "appeal" that put it ahead, as what someone will or may do.
_APPEAL_AHEAD = re.compile(r"(?i)\b(?:will|would|'ll|to|can|could|may|might|shall|plans?|intends?)\s+(?:not\s+)?(?:be\s+)?$")


# "is serving 12 years", "who served four years": a term served, told without the word "prison".
_SERVING_BEFORE = re.compile(r"\bserv(?:e|es|ed|ing)\s+$")
_SERVED_IN_AFTER = re.compile(r"\s+(?:as|in|on|at|with|for|under)\b")  # "served four years as a councillor"


def prison_terms(ctx: DocContext) -> list[Claim]:
    """ "sentenced to four years in prison", "63 months", "six years and one month": terms, in months.

    Days left over ("three years and one day") do not change the months; "more than nine years" is a lower bound."""
    out = []
    of_prison = bool(ctx.words & _PRISON_WORDS)  # the report speaks of prison or a sentence somewhere
    # an appeal heard or decided, not one a side says it will lodge ("We will appeal", "has ten days to appeal")
    # ("the appeal was filed", "until the appeal is decided": none yet, so no term is the one before it)
    of_appeal = bool(_APPEAL_HEARD.search(ctx.text)) or any(
        not _APPEAL_AHEAD.search(ctx.text[max(0, m.start() - 30):m.start()])
        and any(t.lemma_.lower() in _APPEAL_DECISIONS and t.pos_ == "VERB" and verb_tense(t) != "planned"
                for t in ctx.sentence_at(m.start()))
        for m in re.finditer(r"(?i)\bappeal", ctx.text))
    for e in _join_terms(ctx):
        if e.label != "DATE":
            continue
        lead = re.match(r"(?i)(the\s+)?(up to|at least|more than|nearly|almost|about|some)?\s*", e.text)
        text = e.text[lead.end():] if lead else e.text
        m = _TERM.match(text.strip().rstrip("'\u2019"))  # "eight years' imprisonment"
        if not m or not (m.group("y") or m.group("m")) or "old" in e.text.lower():
            continue
        sent = ctx.sentence_at(e.start)
        if {t.lower_ for t in sent} & _PRISON_WORDS == {"term"} and any(t.lemma_.lower() in _OTHER_TERMS for t in sent):
            continue  # "a concession with thirty years left of its 50-year term": its term, not a prison term
        if re.search(r"-(?:year|month)s?$", e.text) and not _TERM_NOUN_AFTER.match(ctx.text[e.end:e.end + 30]):
            continue  # "a seven-year bond", "a four-year plan": what the years describe is no prison term
        if _SPAN_AFTER.match(ctx.text[e.end:e.end + 12]):
            continue  # "four months after he was extradited": a span of time, not a term
        if _DIFFERENCE_AFTER.match(ctx.text[e.end:e.end + 12]):
            continue  # "it meant one year less in prison": by how much a term changed, not the term
        if _how_long_another_act_lasted(ctx, e):
            continue  # "who has sold spices in the market for thirty years"
        before = ctx.text[max(sent.start_char, e.start - 30):e.start + (lead.end() if lead else 0)].lower()
        if not any(t.lower_ in _PRISON_WORDS for t in sent) and not re.search(r"\b(sought|asked for)\s*$", before) \
                and not _SOUGHT_LIST.search(ctx.text[sent.start_char:e.start]) \
                and not _listed_in_a_line_of_terms(ctx, sent, e) \
                and "behind bars" not in sent.text.lower() \
                and not (of_prison and (_handed_to_someone(ctx, e) or _SERVING_BEFORE.search(before)
                                        and not _SERVED_IN_AFTER.match(ctx.text[e.end:e.end + 12]))):
            # ("two years behind schedule" is no term; "who is serving 12 years", in a report of a prison term, is)
            continue
        if _SUSPENSION_BEFORE.search(before):
            continue  # "a four-year sentence suspended for five years": how long the suspension lasts, not a term
        years = parse_number(m.group("y")) if m.group("y") else 0
        months = parse_number(m.group("m")) if m.group("m") else 0
        if years is None or months is None:
            continue
        total = years * 12 + months + (6 if m.group("half") else 0)  # "four and a half years"
        approx = approx_before(before)[1]
        maximum = bool(_MAXIMUM_BEFORE.search(before))
        sought = not maximum and bool(_SOUGHT_BEFORE.search(before)
                                      or _ASKED_TO_SENTENCE.search(ctx.text[sent.start_char:e.start])
                                      or _SOUGHT_LIST.search(ctx.text[sent.start_char:e.start]))
        category, subject = ("maximum sentence", "maximum prison term") if maximum \
            else ("sought sentence", "prison term sought") if sought else ("sentence", "prison term")
        if _NOT_PRISON_AFTER.match(ctx.text[e.end:e.end + 40]):
            # "five years of restricted freedom": a penalty served outside prison, compared only with its like
            category, subject = f"restricted {category}", subject.replace("prison term", "non-custodial term")
        revision = _revision(ctx, e, before) if not (maximum or sought) else ""
        if revision == "change":
            continue  # "cut the sentence by two years": by how much a term changed, not the term
        if not (maximum or sought) and not revision and of_appeal and _first_instance(ctx, sent, e):
            revision = "previous"  # "had been sentenced to eight years at first instance", in a report of an appeal
        if revision:
            # "cut his term from nine years to seven": the term before the appeal, and the term after it
            category, subject = f"{revision} sentence", f"{revision} prison term"
        approx = "exact" if maximum or sought else approx  # "up to ten years" is the maximum itself
        skip = len(lead.group(1) or "") if lead else 0  # "the ten years handed down": the term is "ten years"
        tail = len(e.text) - len(e.text.rstrip("'\u2019"))  # "eight years' imprisonment": the term without "'"
        holder, described = _sentenced(ctx, e)
        out.append(ctx.claim(kind="quantity", subject=subject, attribute=f"count:{category}",
                             value=e.text[skip:len(e.text) - tail], start=e.start + skip, end=e.end - tail,
                             value_type="number", norm=total,
                             qualifiers={"category": category, "unit": "months", "approx": approx,
                                         "noun": "prison", "holder": holder,
                                         **({"described": described} if described else {})},
                             extractor="quantity.prison_term", confidence=0.75))
    return out


def _listed_in_a_line_of_terms(ctx: DocContext, sent, e) -> bool:
    """Whether a length of time follows a name and a dash ("NAME - five years") in a line that speaks of prison."""
    if not _LISTED_TERM.fullmatch(ctx.text[sent.start_char:e.start]):
        return False
    line_start = ctx.text.rfind("\n", 0, e.start) + 1
    line_end = ctx.text.find("\n", e.end)
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)].lower()
    return bool(set(re.findall(r"[a-z]+", line)) & _PRISON_WORDS)


# Penalties for a length of time that are served outside prison.
_NOT_PRISON_AFTER = re.compile(r"\s+(?:of\s+)?(?:restricted\s+freedom|restriction\s+of\s+(?:liberty|freedom)|probation|"
                               r"community\s+service|house\s+arrest|correctional\s+labou?r)\b", re.I)
# Words before a length of time that make it the span of a suspension or of probation, not time in prison.
_SUSPENSION_BEFORE = re.compile(r"\b(?:suspended|deferred|probation|probationary period)\s+(?:for|of)\s+"
                                r"(?:a\s+period\s+of\s+)?$", re.I)
# Words after a length of time that make it a span between two moments ("four months after he was extradited").
_SPAN_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|since|into)\b", re.I)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:less|fewer|more|longer|shorter)\b", re.I)
# Verbs a term in prison goes with ("jailed for six years", "held in custody for two years"), and the verbs of
# those who ask for one ("prosecutors asked for 11 years").
_IN_PRISON_VERBS = {"jail", "imprison", "detain", "hold", "keep", "lock", "put", "send", "spend", "remain", "stay",
                    "sentence", "serve"}
_ASKING_VERBS = {"ask", "call", "request", "demand", "push", "press", "argue", "plead", "want"}


def _how_long_another_act_lasted(ctx: DocContext, e) -> bool:
    """ "for thirty years" hung on a verb that is not of prison and has no word of prison on it: how long
    someone has done something else ("has sold spices for thirty years"), however near the word "prison" is."""
    node = ctx.doc[e.token_end - 1]
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    if verb.lemma_.lower() in _TERM_VERBS:
        return False
    return not any(t.lower_ in _PRISON_WORDS or t.lower_ == "bars" for c in verb.children if c is not prep
                   for t in c.subtree)


# Verbs by which a person is given a term, where a report that has already spoken of the sentence need not say
# "prison" again: "His co-defendant received five years."
_RECEIVING_VERBS = {"receive", "get", "give", "accept"}  # "was given two years", "accepted four years" (a plea deal)


def _handed_to_someone(ctx: DocContext, e) -> bool:
    """Whether the length of time is what a person "received" or "got" ("The co-accused received five years."
    after "... was sentenced to eight years"; the caller knows the report speaks of prison)."""
    node = ctx.doc[e.token_end - 1]
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "received six years and four months": the months joined to the years
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in _RECEIVING_VERBS:
        return False
    sent = ctx.sentence_at(e.start)
    convicted = any(t.lower_ in _CONVICTION_WORDS or t.lemma_.lower() in _CONVICTION_WORDS for t in sent)
    # "Her former deputy, who was convicted alongside her, received five years": someone the clause calls by
    # what they are, in a sentence that says they were tried or convicted.
    # ("was given two years": the person is the passive subject of "give", never the one who gives)
    subject = "nsubjpass" if node.head.lemma_.lower() == "give" else "nsubj"
    return any(c.dep_ == subject and ((ent := ctx.ent_at_token(c.i)) is not None and _a_name(ent)
                                      or ent is None and c.pos_ == "NOUN" and (convicted or _named_beside(ctx, c)))
               for c in node.head.children)


def _a_name(ent: Ent) -> bool:
    """A person's name, or a full name the tagger took for a body's ("Meike Kelvosaar Laske received five
    years"): two words or more, none a body's."""
    return ent.label == "PERSON" or ent.label == "ORG" and len(ent.text.split()) >= 2 and not org_word_in(ent.text)


def _named_beside(ctx: DocContext, noun, depth: int = 2) -> bool:
    """ "His former deputy, Edvin Laske, received five years", "His deputy, senior engineer Edvin Laske, ...": a
    person named beside the noun (or beside the noun set beside it)."""
    return any(ch.dep_ == "appos" and ((ent := ctx.ent_at_token(ch.i)) is not None and _a_name(ent)
                                       or ent is None and depth > 1 and _named_beside(ctx, ch, depth - 1))
               for ch in noun.children)


_CONVICTION_WORDS = {"convict", "convicted", "guilty", "trial", "co-accused", "co-defendant", "defendant", "accomplice"}


# A term handed down before an appeal: by a trial court, "at first instance", or told in the past perfect.
_FIRST_INSTANCE = re.compile(r"\b(?:(?:city|district|county|municipal|magistrates?'?|trial|lower)\s+court|"
                             r"first[- ]instance|original(?:ly)?|initially|had (?:been )?(?:sentenced|jailed|given))\b",
                             re.I)


def _first_instance(ctx: DocContext, sent, e) -> bool:
    """Whether a term is the one a lower court gave (the caller knows the report speaks of an appeal): "Poti City
    Court, which sentenced him to nine years", "had been sentenced to eight years at first instance". The words go
    with the term nearest to them ("will serve seven years after the appeals court cut the nine-year sentence
    handed down by the city court": the nine years)."""
    terms = [t for t in ctx.ents_in(sent.start_char, sent.end_char, "DATE") if re.search(r"(?i)years?|months?", t.text)]
    for m in _FIRST_INSTANCE.finditer(sent.text):
        if re.fullmatch(r"\s*(?:at|in)?\s*", sent.text[:m.start()], re.I) and sent.text[m.end():].lstrip().startswith(","):
            return True  # "At first instance, the court sentenced X to six years, Y to four years": every term
        a, b = sent.start_char + m.start(), sent.start_char + m.end()
        nearest = min(terms, key=lambda t: max(t.start - b, a - t.end, 0), default=None)
        if nearest is not None and nearest.start == e.start:
            return True
    return False


def _revision(ctx: DocContext, e, before: str) -> str:
    """'previous' for the term a revision starts "from", 'revised' for the one it comes "to", 'change' for by how
    much it changed ("cut the sentence by two years"); '' for a term that is not what a verb of change goes from, to
    or by ("sentenced to nine years, saw the court reduce it")."""
    node = ctx.doc[e.token_end - 1]
    for _ in range(4):
        if node.head.i == node.i or node.pos_ == "VERB":
            break
        node = node.head
    if node.lemma_.lower() not in _REVISING_VERBS:
        return ""
    if re.search(r"\bfrom\s*$", before):
        return "previous"
    if re.search(r"\bby\s*$", before):
        return "change"
    if re.search(r"\bto\s*$", before):
        return "revised"
    return ""


_SENTENCING_VERBS = {"sentence", "jail", "give", "hand", "impose", "order", "serve", "receive", "get", "face", "seek",
                     "accept"}
# Verbs whose subject is the one who is to serve the term ("X received eight years", "X accepted four years").
_TAKEN_BY_SUBJECT = {"serve", "receive", "get", "face", "accept"}
_TERM_VERBS = _IN_PRISON_VERBS | _SENTENCING_VERBS | _ASKING_VERBS


_FOR_WHOM = re.compile(r"\s+(?:in (?:prison|jail)\s+)?for\s+")
_DESCRIBED = re.compile(r"(?:the\s+(?:[a-z-]+\s+){1,3})?")
# What comes before a name in a list of people and their terms: a comma or "and", and lower-case words saying who
# the person is ("..., former deputy mayor for finance Ana Ruiz to four years"); not "was sentenced in Sofia to".
# "... and Ana Ruiz, the firm's finance manager, to ": between a name in a list of terms and its term, an apposition
_TO_TERM = re.compile(r"(?:,[^,;.]{1,60},)?\s+to\s+(?:a\s+)?")
_LIST_ITEM = re.compile(r"(?:,|\band)\s+(?:(?!(?:in|at|on|from|near|by|was|were|is|are|has|had|have|been|be)\s)"
                        r"[a-z][\w-]*\s+){0,6}$")


def _sentenced(ctx: DocContext, e) -> tuple[str, str]:
    """Who the term is for, where the clause names a person: "sentenced Ana Ruiz to ...", "Ana Ruiz was
    sentenced to ...", "Ana Ruiz, who was sentenced to ...", "the ten years handed down to Ana Ruiz", "Ruiz received
    eight years", "sought nine years in prison for Ana Ruiz"; else "". With it, the words the clause describes the
    person by when it does not name them ("sentenced a former managing director to nine years"), for ``resolve`` to
    find the person another sentence gives that title."""
    described = ""

    def person(tok) -> str:
        # "The firm's owner, contractor X, was jailed": the person the noun is put beside; "The former director
        # of the agency, X, was jailed": beside the noun's "of" phrase, as the parser hangs it
        nonlocal described
        if tok.lower_ in ("him", "her"):
            return _whom(ctx, tok)  # "a Lusaka court jailed him for four years"
        beside = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        beside += [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
        for t in (tok, *beside):
            ent = ctx.ent_at_token(t.i)
            if ent is not None and _a_name(ent):
                return ent.text
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and not described:
            described = " ".join(c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_alpha) \
                + " " + tok.lower_  # the words as a title writes them ("managing director")
        return ""

    name = _named_sentenced(ctx, e, person)
    return name, described.strip() if not name else ""


def _named_sentenced(ctx: DocContext, e, person) -> str:

    listed = [x for x in ctx.ents_in(max(0, e.start - 110), e.start, "PERSON", "ORG", "PLACE")
              if _TO_TERM.fullmatch(ctx.text[x.end:e.start])
              and _LIST_ITEM.search(ctx.text[max(0, x.start - 80):x.start])]
    if listed:  # "sentenced the mayor to six years, his deputy Ana Ruiz to four years and Kral to five years"
        return listed[-1].text
    sent = ctx.sentence_at(e.start)
    if _LISTED_TERM.fullmatch(ctx.text[sent.start_char:e.start]):
        # "NAME - five years."
        named = ctx.ents_in(sent.start_char, e.start, "PERSON")
        if len(named) == 1:
            return named[0].text
    after = _FOR_WHOM.match(ctx.text, e.end)
    if after is not None:  # "asked for seven years in prison for Park and three years for Lee"
        # (or "for the businessman Park", the name after what the person is)
        at = _DESCRIBED.match(ctx.text, after.end()).end()
        found = [x for x in ctx.ents_in(after.end(), after.end() + 60, "PERSON", "ORG", "PLACE")
                 if x.start == at and (x.label == "PERSON" or len(x.text.split()) == 1
                                       and gazetteer().lookup(x.text) is None)]
        if found:  # (a surname alone the tagger took for a body or a place: "six years for Abenova")
            return found[0].text
    node = ctx.doc[e.token_end - 1]
    if node.pos_ in ("PART", "PUNCT") and e.token_end - 1 > e.token_start:
        node = ctx.doc[e.token_end - 2]  # "six years' imprisonment": the term's noun, not its apostrophe
    verbs = [c for c in node.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]  # "ten years handed down"
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            verbs.append(node)
            break
    for verb in verbs:
        if verb.lemma_.lower() not in _SENTENCING_VERBS:
            continue
        children = list(verb.children)
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            # "X was convicted in July and sentenced to four years": the subject of the first verb; "X signed a
            # plea deal and accepted four years": of the first verb, who accepted
            first = verb.head
            if verb.tag_ == "VBN" and first.tag_ == "VBG" and first.dep_ == "pcomp" and first.head.dep_ == "prep":
                first = first.head.head  # "was convicted of uttering a false document and jailed": joined to the gerund
            children += [c for c in first.children
                         if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and verb.lemma_.lower() in _TAKEN_BY_SUBJECT]
        for child in children:
            if child.dep_ in ("dobj", "dative", "nsubjpass") or (
                    child.dep_ == "nsubj" and verb.lemma_.lower() in _TAKEN_BY_SUBJECT):
                if child.lower_ in ("who", "that") and verb.dep_ == "relcl":
                    child = verb.head  # "former secretary Ana Ruiz, who was sentenced to six years"
                    if child.dep_ == "pobj" and child.head.lower_ == "of" and ctx.ent_at_token(child.i) is not None \
                            and ctx.ent_at_token(child.i).label != "PERSON":
                        child = child.head.head  # "X, the former director of the agency, who was jailed"
                found = person(child)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() in ("hand", "give"):
                for obj in child.children:
                    found = person(obj) if obj.dep_ == "pobj" else ""
                    if found:
                        return found
    return ""


def _whom(ctx: DocContext, pronoun) -> str:
    """The person "him" or "her" after a verb of sentencing stands for (``person_before``), leaving out who
    sentences (the judge who "found X guilty and sentenced him")."""
    verb = pronoun.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
        for child in verb.children:
            # "convicted contractor X, the owner of Y, of fraud and sentenced him": the one convicted
            ent = ctx.ent_at_token(child.i) if child.dep_ == "dobj" else None
            if ent is not None and ent.label == "PERSON":
                return ent.text
    judges = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    ent = person_before(ctx, pronoun.idx, judges)
    return ent.text if ent is not None else ""


def _join_terms(ctx: DocContext) -> list:
    """ "six years and one month", "three years and one day" can come as two date entities; join them."""

    out: list = []
    for e in ctx.ents:
        if (out and e.label == "DATE" and out[-1].label == "DATE"
                and ctx.text[out[-1].end:e.start] in (" and ", ", ", " ") and re.search(r"(months?|days?)$", e.text)
                and re.search(r"(years?|months?)$", out[-1].text)):
            prev = out.pop()
            out.append(Ent(ctx.text[prev.start:e.end], "DATE", prev.start, e.end, prev.token_start, e.token_end))
            continue
        out.append(e)
    return out


def unit_of(f: Figure) -> bool:
    """The unit of a figure read by ``quantities``: percent, its currency, or the measure after it (a measure's
    value in its base unit); False for a span of time that is neither a prison term nor a contract's length."""
    f.unit = "percent" if f.percent else (f.currency or unit_after(f.after))
    if f.measure is not None:
        f.unit, f.value = f.measure[1], f.value * f.measure[2]
    if f.unit in YEARS_UNIT and f.category not in ("sentence", "years"):
        return False
    if f.category == "sentence" and f.unit.rstrip("s") in ("year", "month") and not f.percent and not f.currency:
        # "sentenced on Thursday to 12 years", where the tagger saw no span of time: a term like any other, in
        # months, shown with its unit
        words = re.match(r"[\s-]*[A-Za-z]+", f.after)
        f.value, f.unit, f.noun = (f.value * 12 if f.unit.startswith("year") else f.value), "months", "prison"
        f.shown_end = f.end + words.end()
    return not (f.category == "years" and f.unit not in YEARS_UNIT)
