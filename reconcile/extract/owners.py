"""Whose meeting it is: a company's shareholders' meeting is not another company's.

A merger needs each company's shareholders to vote, often days apart and in two cities: "Arvel Bank will hold an
extraordinary general meeting on April 18 in Viljandi, and Kelvo Bank will hold its own on April 25".
Both are "the extraordinary general meeting" to the reports, and only the company tells them apart. The company is
read from the words around the meeting: its possessive ("X's general meeting"), the subject that holds it ("X will
hold a general meeting"), or the shareholders who vote at it ("shareholders of X approved the merger at an
extraordinary general meeting", "X shareholders", "X's shareholders").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reconcile.extract.spans import name_words, org_word_in
from reconcile.organisations import org_key

if TYPE_CHECKING:
    from reconcile.extract.context import DocContext

# Meetings a body holds for its members: "general meeting", "annual meeting", "shareholders' meeting".
_MEETINGS = {"meeting", "agm", "egm"}
# Who vote at such a meeting.
_MEMBERS = {"shareholder", "stockholder", "bondholder", "creditor", "unitholder", "investor", "member"}
_HOLD = {"hold", "convene", "call", "organise", "organize"}


def meeting_owner(ctx: DocContext, noun, verb) -> str:
    """The key of the body whose members' meeting ``noun`` is, or ""."""
    if noun.lemma_.lower() not in _MEETINGS:
        return ""
    for child in noun.children:
        if child.dep_ == "poss":
            found = _body(ctx, child) or _members_body(ctx, child)
            if found:
                return found  # "Arvel Bank's extraordinary general meeting", "X shareholders' meeting"
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for member in p.children:
                if member.dep_ == "pobj" and (found := _members_body(ctx, member)):
                    return found  # "a meeting of X's shareholders"
    if verb is None:
        return ""
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if verb.lemma_.lower() in _HOLD and (found := _body(ctx, subject)):
            return found  # "X will hold an extraordinary general meeting"
        if (found := _members_body(ctx, subject)):
            return found  # "Shareholders of X approved the merger at a general meeting"
    return ""


def voters_owner(ctx: DocContext, verb) -> str:
    """The key of the body whose members vote by ``verb`` ("X's shareholders approved the deal", "Shareholders of X
    backed the sale"), or "": whose general meeting that vote is."""
    return next((found for c in verb.children if c.dep_ == "nsubj" and (found := _members_body(ctx, c))), "")


def _body(ctx: DocContext, tok) -> str:
    """The organisation named at ``tok``, keyed as organisations are (``org_key``), or "": one the tagger found, or a proper name that ends in a word
    of bodies ("Arvel Commercial Bank", which the tagger may miss at the start of a sentence)."""
    for ent in ctx.ents:
        if ent.label == "ORG" and ent.token_start <= tok.i < ent.token_end:
            return org_key(ent.text)
    if tok.pos_ == "PROPN" and org_word_in(tok.text):
        return org_key(" ".join(w.text for w in name_words(tok)))
    return ""


def _members_body(ctx: DocContext, tok) -> str:
    """The body whose members ``tok`` names ("shareholders of X", "X shareholders", "X's shareholders"), or ""; also
    "Shareholders of X Bank" where the parser made the bank the word the others hang on."""
    if tok.lemma_.lower() in _MEMBERS:
        for child in tok.children:
            if child.dep_ in ("poss", "compound") and (found := _body(ctx, child)):
                return found
            if child.dep_ == "prep" and child.lower_ == "of":
                for body in child.children:
                    if body.dep_ == "pobj" and (found := _body(ctx, body)):
                        return found
        return ""
    if any(c.dep_ in ("nmod", "compound") and c.i < tok.i and c.lemma_.lower() in _MEMBERS for c in tok.children):
        return _body(ctx, tok)
    return ""


def same_body(a: str, b: str) -> bool:
    """Whether two bodies' keys are one body's: the same words, or one the other's first words ("x bank", "x")."""
    wa, wb = a.split(), b.split()
    short, long = sorted((wa, wb), key=len)
    return bool(short) and long[:len(short)] == short
