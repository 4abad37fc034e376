"""What a payment is for: a purpose told with "towards" or "for" after the sum ("$3 million towards the upkeep
of the canal"), a business, a stake or a player paid for (the price of a deal), or something done in return (a
bribe)."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import MONEY_NOUNS

# Verbs of taking money that, with "in return for", tell of a bribe.
RECEIVE_VERBS = {"receive", "take", "pocket", "accept", "get", "collect", "solicit", "demand", "obtain"}
BRIBERY = re.compile(r"\bbrib(?:e|es|ed|ery|ing)\b", re.I)


def in_return(verb) -> bool:
    """Whether the clause of ``verb`` says "in return for" or "in exchange for" something."""
    for t in verb.subtree:
        if t.lower_ in ("return", "exchange") and t.head.lower_ == "in" and any(ch.lower_ == "for" for ch in t.children):
            return True
    return False


def from_someone(verb) -> bool:
    """Whether the clause of ``verb`` says whom the money came "from"."""
    return any(ch.dep_ == "prep" and ch.lower_ == "from" for ch in verb.children)


# What a payment is for, said with "towards"/"for" after it ("$3 million towards the upkeep of the canal").
_PURPOSE_PREPS = {"towards", "toward", "for"}


def purpose_phrase(ctx: DocContext, tokens: list) -> str:
    """The purpose noun of "towards/for the N" attached to the figure or to its verb, when it names a purpose of
    money (a money noun or upkeep words)."""
    last = tokens[-1]
    head = last
    while head.dep_ in ("nummod", "quantmod", "compound", "amod") and head.head.i != head.i:
        head = head.head
    holders = [head, head.head] if head.head.i != head.i else [head]
    for h in holders:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _PURPOSE_PREPS and prep.i > last.i:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        for word in [obj] + [c for c in obj.children if c.dep_ == "conj"]:
                            w = word.lemma_.lower()
                            if w in MONEY_NOUNS or word.lower_ in MONEY_NOUNS:
                                return word.lower_ if word.lower_ in MONEY_NOUNS else w
    return ""


# Nouns for a business ("the company", "the lender"), and what a buyer pays for when the payment is the price of a
# deal: a business, or a stake or the assets of one.
BUSINESS_NOUNS = {"company", "firm", "business", "group", "chain", "operator", "maker", "manufacturer", "producer",
                  "subsidiary", "unit", "club", "brand", "retailer", "lender", "bank", "carrier", "airline", "insurer",
                  "venture"}
BOUGHT_NOUNS = BUSINESS_NOUNS | {"stake", "share", "shares", "assets"}


# Verbs of buying a business.
_BUYING = {"buy", "acquire", "purchase"}


def paid_for_a_business(ctx: DocContext, verb) -> bool:
    """ "pay ... for the company", "for Mercado Andino", "for a 30% stake", "for the forward": the price of a deal
    (a club's for a player), not a wage or a fine; or a sum paid in a sentence that tells the purchase in another
    clause ("When X signed its agreement to buy Y, it paid $365 million for ...")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lemma_.lower() in BOUGHT_NOUNS or obj.lower_ in BOUGHT_NOUNS:
                    return True
                if any(e.label == "ORG" and e.token_start <= obj.i < e.token_end for e in ctx.ents):
                    return True
                after = ctx.doc[obj.i + 1] if obj.i + 1 < len(ctx.doc) else None  # "the Portuguese forward",
                # parsed with "forward" an adverb after the adjective
                if any(t.lemma_.lower() in _PLAYERS for t in obj.subtree) or after is not None \
                        and after.lower_ in _PLAYERS or any(
                        e.label == "PERSON" and e.token_start <= obj.i < e.token_end for e in ctx.ents):
                    return True  # "paid $2.4 million for the forward", "for Baek": a transfer fee
    # "When X signed its agreement to buy 75 percent of Y, it paid $365 million for ...": the price of the purchase
    # its own sentence tells, in a clause of the paying verb
    return any(t.lemma_.lower() in _BUYING and t.pos_ == "VERB" and (verb in t.ancestors or t in verb.ancestors)
               for t in verb.sent)


# Players a club pays a fee for.
_PLAYERS = {"player", "forward", "striker", "midfielder", "defender", "goalkeeper", "winger", "playmaker",
            "full-back", "centre-back", "keeper"}
