"""The words of a title written beside a name: which words can be part of an office ("deputy", "Foreign",
"organised crime prosecutor"), and the span kept once the words around it are dropped."""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.normalize.names import HONORIFICS
from reconcile.normalize.titles import RANK_WORDS, RANKS, TITLE_HEADS


def general_ends_an_office(office, word) -> bool:
    """ "Director General", "Attorney General": "General" written after an office's word ends that office; it is
    neither a rank nor a courtesy of its own."""
    return word.lower_ == "general" and office.lower_ in TITLE_HEADS - RANK_WORDS


# Small words inside an office's name ("Minister of Lands and Housing").
CONNECTORS = {"of", "for", "and", "to", "the", "&", "on"}
# Words a title phrase may open with that are no part of the office ("the", "its new ...").
LEADING_DROP = {"the", "a", "an", "its", "his", "her", "their", "our", "and", "of", "for", "to", "on", "&", "new"}


def is_titleish(tok) -> bool:
    """Whether a word can be part of an office's name."""
    low = tok.lower_
    if low == "under" and tok.pos_ == "ADP":
        return False  # "a first trophy under coach NAME": the preposition, not the rank of an under-secretary
    if low == "past" and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("VERB", "AUX"):
        return False  # "fired past goalkeeper NAME": the way the shot went, not a former goalkeeper
    if low in TITLE_HEADS or low in RANKS:
        return True
    if tok.text in ("U.S.", "U.K.", "EU", "UN", "US", "UK"):
        return True
    if tok.pos_ == "VERB" and tok.tag_ in ("VBN", "VBG", "VBD") and tok.dep_ in ("amod", "compound"):
        return True  # "organised crime prosecutor", "managing director": a participle that modifies the office
    if tok.is_punct or tok.like_num or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "PART", "ADV",
                                                   "NUM", "SCONJ"):
        return False
    return tok.pos_ in ("PROPN", "NOUN", "ADJ")


def trim(ctx: DocContext, toks: list) -> tuple[int, int] | None:
    """Drop leading function words and days ("Yesterday Deputy Prosecutor NAME"); keep the span only if it holds
    an office noun."""
    while toks and (toks[0].lower_ in LEADING_DROP or toks[0].text in ("'s", "’s")
                    or toks[0].ent_type_ in ("DATE", "TIME") and toks[0].lower_ not in TITLE_HEADS):
        toks = toks[1:]
    while toks and toks[-1].lower_ in CONNECTORS:
        toks = toks[:-1]
    if len(toks) >= 2 and toks[-1].lower_ in HONORIFICS and toks[-1].text[:1].isupper() \
            and toks[-2].lower_ in TITLE_HEADS - RANKS and not general_ends_an_office(toks[-2], toks[-1]):
        toks = toks[:-1]  # "MEC chairperson Justice NAME": the judge's honorific, not a word of the office
    if not toks or not any(t.lower_ in TITLE_HEADS for t in toks):
        return None
    if len(toks) > 18:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
