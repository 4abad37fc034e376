"""Offices a verb gives a person: "Delegates elected NAME as secretary-general", "NAME has been serving as
interim governor"."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.spans import Ent
from reconcile.extract.title_words import CONNECTORS, is_titleish, trim

# Verbs that put a person in an office: "elected NAME as secretary-general", "NAME has been chosen as ...".
_INSTALL_VERBS = {"elect", "re-elect", "reelect", "appoint", "choose", "select", "name", "nominate", "promote",
                  "install"}


def elected_as(ctx: DocContext, ent: Ent) -> tuple[int, int] | None:
    """The office a person is elected or appointed to in the sentence: "Delegates elected NAME as
    secretary-general", "NAME was elected secretary-general", "NAME, a congressman, has been chosen as first
    vice-president of the party". Not an office held in another year ("was elected mayor in 2015"), nor one
    told in a clause about the person ("who was appointed ...")."""
    doc = ctx.doc
    root = doc[ent.token_end - 1]
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INSTALL_VERBS or verb.dep_ == "relcl":
        return None
    after = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i >= ent.token_end), None)
    if root.dep_ == "dobj" and ent.token_end < len(doc) and doc[ent.token_end].lower_ == "as":
        i = ent.token_end + 1
    elif root.dep_ == "dobj" and after is not None and doc[ent.token_end].text == "," \
            and doc[after.i - 1].text == ",":
        i = after.i + 1  # "named NAME, a professor of law, as returning officer": the post after the description
    elif root.dep_ == "nsubjpass" and verb.i > root.i and verb.i + 1 < len(doc):
        i = verb.i + 1 + (doc[verb.i + 1].lower_ == "as")
    else:
        return None
    return _office_from(ctx, i)


def serving_as(ctx: DocContext, ent: Ent) -> tuple[int, int] | None:
    """The office a person is serving in now: "NAME has been serving as interim governor", "The speaker of the
    assembly, NAME, is acting as president". Not "served as" or "had served as" (an office of some other time)."""
    root = ctx.doc[ent.token_end - 1]
    # "NAME, who has held a seat since 2015 and serves as Minister of X, said": the clause on the name
    told = [v for c in root.children if c.dep_ == "relcl" and any(s.lower_ == "who" for s in c.children)
            for v in (c, *c.conjuncts)]
    if root.dep_ == "appos" and root.head.dep_ == "nsubj":
        root = root.head
    verb = root.head if root.dep_ == "nsubj" else None
    verb = next((v for v in [verb, *told] if v is not None and _serving(ctx, v)), None)
    return _office_from(ctx, verb.i + 2) if verb is not None else None


def _serving(ctx: DocContext, verb) -> bool:
    """ "serves as", "is acting as", "has been serving as": not "served as" or "had served as"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("serve", "act") and verb.tag_ != "VBD" \
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
        and verb.i + 1 < len(ctx.doc) and ctx.doc[verb.i + 1].lower_ == "as"


def _office_from(ctx: DocContext, i: int) -> tuple[int, int] | None:
    """The office written from token ``i`` on, after "elected" or "as"."""
    doc = ctx.doc
    toks: list = []
    while i < len(doc) and "\n" not in doc[i - 1].whitespace_:
        tok = doc[i]
        other = ctx.ent_at_token(i)
        if not (tok.text == "-" and not tok.whitespace_ and not doc[i - 1].whitespace_  # "vice-president"
                or tok.lower_ in CONNECTORS - {"on"} or tok.text in ("'s", "’s")
                or is_titleish(tok) and (other is None or other.label not in ("PERSON", "DATE", "TIME"))):
            break
        toks.append(tok)
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("in", "since") and doc[i + 1].like_num:
        return None  # "was elected mayor in 2015": an office of another time
    return trim(ctx, portfolio_listed_after(ctx, toks, i, toks[-1].sent.end if toks else i))


def portfolio_listed_after(ctx: DocContext, toks: list, i: int, end: int) -> list:
    """An office's tokens ``toks``, with the rest of a portfolio listed with commas from the comma at ``i`` on
    (before ``end``): "Cabinet Secretary for Lands, Housing and Urban Development,", "as Minister of Energy, Mines
    and Water.", "Minister of Tourism, Heritage, Youth and Sport,". The list ends with an item that has an "and",
    has no person in it, and ends at a comma or a full stop."""
    doc = ctx.doc
    if i >= end or doc[i].text != "," or not any(t.lower_ in ("for", "of") for t in toks):
        return toks
    extra: list = []
    while i < end and doc[i].text == "," and len(extra) < 16:
        j = i + 1
        item = []
        while j < end and doc[j].text != "," and (doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "&")):
            item.append(doc[j])
            j += 1
        if not item or item[0].lower_ in ("and", "&") or j >= end or doc[j].text not in (",", ".") \
                or any(getattr(ctx.ent_at_token(t.i), "label", "") == "PERSON" for t in item):
            return toks
        extra += [doc[i], *item]
        if any(t.lower_ in ("and", "&") for t in item):
            return toks + extra
        i = j
    return toks
