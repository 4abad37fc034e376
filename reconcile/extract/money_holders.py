"""Whom a sum of money is about, where its clause says so plainly: the person, body or country that pays or gets
it ("Veldmark will pay $2m", "the club was fined $40,000"), and the business a deal's price buys ("bought Nordfor
for $200 million")."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import HOLDER_LABELS, MONEY_NOUNS

# Verbs of buying, selling or pricing a business, whose sum is the price of a deal.
PURCHASE_VERBS = {"buy", "acquire", "purchase", "sell", "value", "bid", "offer", "price", "agree"}

# Verbs whose subject pays or gets the sum they govern ("Veldmark will pay $2m", "the mayor took $75,000").
_PAYING_VERBS = {"pay", "contribute", "receive", "take", "pocket", "accept", "get", "owe", "repay", "earn", "lose",
                 "spend", "invest", "donate", "borrow", "raise", "embezzle", "steal", "collect", "demand", "solicit",
                 "misappropriate", "divert", "launder", "obtain", "face"}


def sum_head(tokens: list):
    """The token a sum's words hang from as one phrase ("US$ 410 million" -> "million")."""
    node = tokens[-1]
    while node.dep_ in ("nummod", "quantmod", "compound", "amod") and node.head.i != node.i:
        node = node.head
    return node


def money_holder(ctx: DocContext, tokens: list) -> str:
    """The person, body or country a sum is about, where the clause says it plainly: the subject of a paying or
    getting verb ("Veldmark will pay $2m", "the mayor took $75,000 in bribes"), the one fined ("the league fined
    the club $40,000", "the club was fined $40,000"); "" otherwise."""
    node = sum_head(tokens)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in MONEY_NOUNS:
        node = node.head.head  # "a fine of $5,000"
    verb = node.head
    if node.dep_ not in ("dobj", "dative", "npadvmod", "oprd", "attr", "nsubjpass") or verb.pos_ != "VERB":
        return ""
    lemma = verb.lemma_.lower()
    passive = any(ch.dep_ == "nsubjpass" for ch in verb.children)
    if lemma in ("fine", "fin") or verb.lower_.startswith("fine"):
        deps = ("nsubjpass",) if passive else ("dobj", "dative")
    elif lemma in _PAYING_VERBS:
        deps = ("nsubj",) if not passive else ()
    else:
        return ""
    for child in verb.children:
        if child.dep_ in deps and child.i not in {t.i for t in tokens} and child.i != node.i:
            ent = ctx.ent_at_token(child.i)
            if ent is not None and ent.label in HOLDER_LABELS:
                return ent.text
    return ""


# What a buyer takes in a business rather than the business itself: "a 67 percent stake in X".
PART_NOUNS = {"stake", "share", "shares", "percent", "holding", "interest", "control", "majority", "minority",
              "unit", "division", "business", "arm", "operations", "assets"}


def deal_target(ctx: DocContext, tokens: list) -> str:
    """The business a deal's price buys, where the clause names it: "bought Nordfor for $200 million", "agreed to
    buy a 67 percent stake in AquaSur for $410 million", "will pay $1.5 billion for Beta"; "" otherwise. Two
    deals of one buyer ("its second purchase, after it bought Nordfor in 2023") are kept apart by it."""
    node = sum_head(tokens)
    if node.dep_ != "pobj" or node.head.lower_ != "for" or node.head.head.pos_ != "VERB":
        return ""
    verb = node.head.head
    lemma = verb.lemma_.lower()
    if lemma in PURCHASE_VERBS - {"value", "price", "agree", "offer", "bid"}:
        bought = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "pay":
        bought = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c is not node.head
                  for g in c.children if g.dep_ == "pobj"]
    else:
        return ""
    for noun in bought:
        if noun.lemma_.lower() in PART_NOUNS or noun.lower_ in PART_NOUNS:
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                         for g in c.children if g.dep_ == "pobj"), noun)
        ent = ctx.ent_at_token(noun.i)
        if ent is not None and ent.label in ("ORG", "PERSON", "PLACE", "OTHER"):
            return ent.text
        if noun.pos_ == "PROPN":
            return " ".join(t.text for t in noun.subtree if t.pos_ == "PROPN" and t.i <= noun.i)
    return ""
