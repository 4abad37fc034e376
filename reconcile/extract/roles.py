"""Role claims: a person holds a title or office.

Three general patterns over the parse: a title before the name ("Deputy
Foreign Minister Ana Ruiz"), an appositive after it ("Ana Ruiz, the deputy
foreign minister,") and an appositive before it ("its new envoy to Japan, Ana
Ruiz,"). A phrase counts as a title only if it holds an office noun.
"""

from __future__ import annotations

from reconcile.extract.context import DocContext
from reconcile.extract.offices import elected_as, portfolio_listed_after, serving_as
from reconcile.extract.spans import Ent
from reconcile.extract.title_words import CONNECTORS, LEADING_DROP, general_ends_an_office, is_titleish, trim
from reconcile.models import Claim
from reconcile.normalize.names import HONORIFICS
from reconcile.normalize.titles import (
    FORCES,
    PROFESSIONS,
    RANK_WORDS,
    RANKS,
    SOFT_OFFICES,
    TITLE_HEADS,
    parse_title,
    rank_of,
)

_STOP_AFTER = {",", ".", ";", ":", ")", "(", "—", "–", "-", '"', "“", "”", "who", "which", "that", "said", "says",
               "since", "until", "from", "between", "in", "at", "after", "before", "when", "while"}


def extract_roles(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    # One-word places and peoples the source names, which a title may hold where the tagger took them for
    # something else ("Somaliland Foreign Minister", tagged as a work's title)
    named = {e.text for e in ctx.ents if e.label in ("NORP", "PLACE") and len(e.text.split()) == 1 and e.text.istitle()}
    for ent in ctx.ents:
        if ent.label != "PERSON":
            continue
        for span, extractor, conf in (
            (_rank_before(ctx, ent), "role.rank_before_name", 0.85),
            (_title_before(ctx, ent), "role.title_before_name", 0.85),
            (_appositive_after(ctx, ent), "role.appositive_after", 0.8),
            (_appositive_before(ctx, ent), "role.appositive_before", 0.75),
            (elected_as(ctx, ent), "role.elected_as", 0.75),
            (serving_as(ctx, ent), "role.serving_as", 0.75),
        ):
            if span is None or span in seen:
                continue
            seen.add(span)
            start, end = span
            value = ctx.text[start:end]
            # Whom the office serves, named: a people or a place ("Chilean Foreign Minister").
            affiliation = sorted({w for e in ctx.ents_in(start, end, "NORP", "PLACE") for w in e.text.split()}
                                 | {w for w in value.split() if w in named})
            title = parse_title(value, set(affiliation))
            if not title.office:
                continue
            claims.append(ctx.claim(
                kind="role", subject=ent.text, attribute="rank" if extractor == "role.rank_before_name" else "title",
                value=value, start=start, end=end,
                value_type="title", norm=title.key,
                qualifiers={"person_start": ent.start, "person_end": ent.end, "affiliation": affiliation},
                extractor=extractor, confidence=conf,
            ))
    claims.extend(_unnamed_in_lede(ctx, claims))
    return claims


def _unnamed_in_lede(ctx: DocContext, found: list[Claim]) -> list[Claim]:
    """A wire lede that names nobody ("A court found a former transport minister guilty ...") names the
    person in the next sentences: the first person named there with no title of their own gets the lede's."""
    if not ctx.sents:
        return []
    body = len(ctx.text) - len(ctx.text.lstrip())
    para_end = ctx.text.find("\n", body)
    para_end = len(ctx.text) if para_end < 0 else para_end
    if any(e.label == "PERSON" and e.start < para_end for e in ctx.ents):
        return []
    doc = ctx.doc
    lede = doc.char_span(body, para_end, alignment_mode="contract")
    if lede is None:
        return []
    # The lede's unnamed person: a title after "a"/"an" that is no office a named person here holds
    # ("A judge found a former transport minister guilty ... Judge NAME": the judge is named, the minister not).
    held = {parse_title(c.value).office for c in found}
    candidates: list = []
    for tok in lede:
        if tok.lower_ not in ("a", "an"):
            continue
        toks: list = []
        i = tok.i + 1
        while i < lede.end and (is_titleish(doc[i]) or (toks and doc[i].lower_ in ("of", "for"))):
            if doc[i].pos_ == "ADJ" and any(t.lower_ in TITLE_HEADS for t in toks):
                break  # "a former minister guilty of ..."
            toks.append(doc[i])
            i += 1
        if not toks or toks[-1].i + 1 < len(doc) and doc[toks[-1].i + 1].text in (",", "'s", "’s"):
            continue
        found_span = trim(ctx, toks)
        if found_span is None:
            continue
        parsed = parse_title(ctx.text[found_span[0]:found_span[1]])
        if parsed.office and parsed.office not in SOFT_OFFICES and parsed.office not in held:
            # Who acts on the person is not the person: "A judge jailed a former mayor" is about the mayor.
            acting = any(t.dep_ == "nsubj" and t.lower_ in TITLE_HEADS for t in toks)
            candidates.append((acting, found_span, parsed))
    if not candidates:
        return []
    _, span, title = min(candidates, key=lambda c: c[0])
    value = ctx.text[span[0]:span[1]]
    titled = {c.subject.split()[-1] for c in found}
    upto = ctx.sents[min(len(ctx.sents) - 1, ctx.sentence_index(para_end) + 3)].end_char
    for e in ctx.ents:
        if e.label != "PERSON" or e.start < para_end or e.start >= upto:
            continue
        if e.text.split()[-1] in titled:
            continue
        return [ctx.claim(
            kind="role", subject=e.text, attribute="title", value=value, start=span[0], end=span[1],
            value_type="title", norm=title.key, qualifiers={"person_start": e.start, "person_end": e.end},
            extractor="role.unnamed_in_lede", confidence=0.5,
        )]
    return []


# The bodies named after the office that heads them: "the Prime Minister's Office", "the President's Office".
_OFFICES_OF = {"office", "department", "cabinet"}
# The bodies a junior post is held in: "Minister of State in the Prime Minister's Office", "in the Ministry of X".
_SERVED_IN = _OFFICES_OF | {"ministry", "presidency"}


def _walk_left(ctx: DocContext, i: int, lowercase_ok: bool) -> list:
    doc = ctx.doc
    toks: list = []
    floor = max(0, i - 20)  # the parser's sentence breaks are unreliable around names; line breaks are not
    while i >= floor:
        tok = doc[i]
        if tok.text in ("'s", "’s"):
            if not (toks and toks[0].lower_ in _OFFICES_OF and i > 0 and doc[i - 1].lower_ in TITLE_HEADS):
                break
            toks.insert(0, tok)  # "Minister of State in the Prime Minister's Office NAME": one title
            i -= 1
            continue
        if "\n" in tok.whitespace_ and toks:
            break
        if tok.lower_ in ("and", "&") and toks and toks[0].lower_ in TITLE_HEADS | RANKS and i > 0 \
                and getattr(ctx.ent_at_token(i - 1), "label", "") in ("ORG", "PERSON", "PLACE"):
            break  # "signed by X for the Sabratha Brigade and Colonel Y": the name before "and" is another's
        if tok.lower_ == "in" and len(toks) >= 2 and toks[0].lower_ == "the" \
                and any(t.lower_ in _SERVED_IN for t in toks):
            toks.insert(0, tok)  # "Minister of State in the Ministry of Finance NAME": where the post is held
        elif tok.lower_ in CONNECTORS and toks or tok.text == "-" and toks and not tok.whitespace_ \
                and i > 0 and not doc[i - 1].whitespace_:  # "vice-president", cut in three by the tokenizer
            toks.insert(0, tok)
        elif is_titleish(tok) and (lowercase_ok or tok.text[:1].isupper() or tok.lower_ in TITLE_HEADS | RANKS):
            ent = ctx.ent_at_token(i)
            if ent is not None and ent.label == "PERSON" and not (
                    ent.token_end - ent.token_start == 1 and i > 1 and doc[i - 1].lower_ in ("and", "&", "of", "for")
                    and doc[i - 2].text[:1].isupper()):
                break  # but "Minister of Forestry and Parks", with "Parks" taken for a name, is one title
            toks.insert(0, tok)
        else:
            break
        i -= 1
    return toks


def _listed_portfolio(ctx: DocContext, toks: list) -> list:
    """A portfolio listed with commas before a title's last words: "Tourism, Culture and Antiquities Minister NAME",
    "the Minister of Agriculture, Water Resources and Fisheries, NAME"."""
    doc = ctx.doc
    while toks and toks[0].i >= 2 and doc[toks[0].i - 1].text == "," and toks[0].text[:1].isupper() \
            and any(t.lower_ in ("and", "&") for t in toks) and (prev := doc[toks[0].i - 2]).pos_ in ("NOUN", "PROPN") \
            and prev.text[:1].isupper() and not prev.is_sent_start \
            and getattr(ctx.ent_at_token(prev.i), "label", "ORG") in ("ORG", "NORP"):
        toks = [prev, doc[toks[0].i - 1], *toks]
        while prev.i >= 1 and (word := doc[prev.i - 1]).text[:1].isupper() and word.head.i == prev.i \
                and word.dep_ in ("compound", "amod") \
                and getattr(ctx.ent_at_token(word.i), "label", "ORG") in ("ORG", "NORP"):
            prev = word  # "Rural Development, Lands and Water Minister": an area of two words
            toks.insert(0, prev)
        if prev.i >= 2 and doc[prev.i - 1].lower_ in ("of", "for"):
            # "Minister of Agriculture, ...": the office and its connector before the first area
            toks = _walk_left(ctx, prev.i - 2, lowercase_ok=True) + [doc[prev.i - 1]] + toks
    return toks


def _before_honorifics(ctx: DocContext, ent: Ent) -> int:
    """The token before a name and the honorifics written before it ("the commission's chief elections officer,
    Justice NAME")."""
    i = ent.token_start - 1
    while i >= 1 and ctx.doc[i].lower_ in HONORIFICS and ctx.doc[i].text[:1].isupper():
        i -= 1
    return i


def _rank_words_before(ctx: DocContext, ent: Ent) -> int:
    """Where a rank written right before a name starts ("Lieutenant Colonel NAME", "Police Major NAME"), as a token
    index; the name's own start when there is none."""
    i = ent.token_start
    doc = ctx.doc
    while i >= 1 and (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and doc[i - 1].lower_ in RANK_WORDS | FORCES
                      or doc[i - 1].lower_ == "of" and i >= 2 and i < ent.token_start and doc[i].lower_ in FORCES
                      and doc[i - 2].lower_ in RANK_WORDS):  # "Deputy Superintendent of Police NAME"
        i -= 1
    while i < ent.token_start and not rank_of(ctx.doc[i:ent.token_start].text):
        i += 1  # "spokesman Captain": only the words that make the rank
    if i < ent.token_start and i >= 2 and ctx.doc[i - 1].text == "-" and not ctx.doc[i - 1].whitespace_ \
            and not ctx.doc[i - 2].whitespace_ and ctx.doc[i - 2].lower_ not in RANK_WORDS:
        return ent.token_start  # "Deputy Director-General NAME": the end of an office's name, not a rank
    if i == ent.token_start - 1 and i >= 1 and general_ends_an_office(ctx.doc[i - 1], ctx.doc[i]):
        return ent.token_start  # "port Director General NAME", "Attorney General NAME": so is the word unhyphenated
    return i


def _rank_before(ctx: DocContext, ent: Ent) -> tuple[int, int] | None:
    """ "Lieutenant Colonel Paulo Reis", "Police Major NAME": a rank in a force, right before the name, is a title of
    its own, compared with the ranks other reports give; the office told before it is another."""
    i = _rank_words_before(ctx, ent)
    if i == ent.token_start:
        return None
    span = ctx.doc[i:ent.token_start]
    return span.start_char, span.end_char


def _title_before(ctx: DocContext, ent: Ent) -> tuple[int, int] | None:
    if _before_honorifics(ctx, ent) < ent.token_start - 1 and _appositive_before(ctx, ent) is not None:
        return None  # "the commission's chief elections officer, Justice NAME": the office is before the comma
    # "fire department spokesman Lieutenant Colonel NAME": the office told before a rank (``_rank_before``)
    start = _rank_words_before(ctx, ent)
    if start == 0 or _subject_of_a_clause_on_the_office(ctx, ent):
        return None
    toks = _from_the_office(_listed_portfolio(ctx, _walk_left(ctx, start - 1, lowercase_ok=True)))
    while toks and toks[0].dep_ in ("prt", "advmod") and toks[0].head.pos_ in ("VERB", "AUX"):
        toks = toks[1:]  # "his list has put forward NAME": the particle of a verb, not a forward's position
    # A title before a name ends with an office word or its portfolio, never with a connector.
    return trim(ctx, toks)


def _subject_of_a_clause_on_the_office(ctx: DocContext, ent: Ent) -> bool:
    """ "Kelvo Capital, the broker NAME has led for a decade, ...": the name opens a clause on the words
    before it (the firm he has run), set off after another name; it holds no office they name."""
    doc, i = ctx.doc, ent.token_end
    if not (i + 1 < len(doc) and doc[i].lower_ in ("has", "had", "have") and doc[i + 1].tag_ == "VBN"):
        return False
    j = ent.token_start - 1
    while j > 0 and doc[j].text not in (",", ".", ";") and doc[j].lower_ != "the":
        j -= 1
    return j >= 2 and doc[j].lower_ == "the" and doc[j - 1].text == "," and doc[j - 2].pos_ == "PROPN"


_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister", "child",
        "children", "family", "relative", "partner", "friend", "nephew", "niece", "cousin", "grandson",
        "granddaughter"}


def _from_the_office(toks: list) -> list:
    """ "the role of Deputy Minister NAME", "after the death of the sitting MP, NAME": words before a connector
    that hold no office word are not the title; nor are those before an "and" and an office ("made three saves
    in the derby and striker NAME"; but "Trade and Industry Minister NAME" names a portfolio)."""
    while True:
        cut = next((n for n, t in enumerate(toks) if t.lower_ in ("of", "for") or t.lower_ == "and"
                    and n + 1 < len(toks) and toks[n + 1].lower_ in TITLE_HEADS), None)
        if cut is None or any(t.lower_ in TITLE_HEADS or t.lower_ in RANKS for t in toks[:cut]):
            return toks
        toks = toks[cut + 1:]


def _before_where_held(doc, comma: int) -> int:
    """The last token of an office before the comma, leaving out where it is held ("the commission's Administrative
    Secretary in the state, NAME"); the token before the comma when no such place is said."""
    j = comma - 1
    while j > comma - 5 and j > 0 and (doc[j].pos_ in ("NOUN", "PROPN") or doc[j].lower_ == "the"):
        j -= 1
    if j < comma - 1 and j > 0 and doc[j].lower_ == "in" and doc[j - 1].text[:1].isupper() \
            and doc[j - 1].pos_ in ("NOUN", "PROPN"):
        return j - 1
    return comma - 1


def _appositive_before(ctx: DocContext, ent: Ent) -> tuple[int, int] | None:
    doc = ctx.doc
    i = _before_honorifics(ctx, ent)
    if i < 1 or doc[i].text != ",":
        return None
    toks = _listed_portfolio(ctx, _walk_left(ctx, _before_where_held(doc, i), lowercase_ok=True))
    if any(t.lower_ in _KIN for t in toks):
        return None  # "the widow of the late mayor, NAME" holds no office
    toks = _from_the_office(toks)
    while len(toks) > 1 and toks[0].lower_ in ("and", "&") and toks[1].lower_ == "the":
        toks = toks[1:]  # "attended by the minister, NAME, and the Governor of X, NAME": the second office's "the"
    if len(toks) > 1 and toks[0].lower_ == "to" and toks[0].head.pos_ == "VERB":
        # "according to the Commissioner for Agriculture, NAME", "spoke to the minister, NAME": the verb's "to", not
        # the office's ("Ambassador to X")
        toks = toks[1:]
    if not toks:
        return None
    # Only "its new envoy, NAME" / "the country's envoy, NAME" / "led by the Minister for Lands and Housing,
    # NAME": a determiner opens the phrase (the walk may have taken "the" in as a connector).
    opener = toks[0] if toks[0].lower_ == "the" else doc[toks[0].i - 1] if toks[0].i > 0 else None
    if opener is None or not (opener.lower_ in ("its", "the", "his", "her", "their", "our")
                              or opener.text in ("'s", "’s", "'", "’") and opener.dep_ == "case"):
        return None
    return trim(ctx, toks)


def _appositive_after(ctx: DocContext, ent: Ent) -> tuple[int, int] | None:
    doc = ctx.doc
    i = ent.token_end
    if i + 1 < len(doc) and doc[i].text == "(":
        # "Getachew Alemayehu (ጌታቸው ዓለማየሁ), State Minister for ...": the name in another script in brackets
        # (only an office written as one, capitalised: not "the coordination's spokesman and an olive grower")
        close = next((j for j in range(i + 1, min(len(doc), i + 12)) if doc[j].text == ")"), None)
        if close is not None and close + 2 < len(doc) and doc[close + 1].text == "," \
                and doc[close + 2].text[:1].isupper() and doc[close + 2].lower_ != "the" \
                and any(t.lower_ in TITLE_HEADS for t in doc[close + 2:min(len(doc), close + 8)]) \
                and not any(":" in t.text for t in doc[close + 2:min(len(doc), close + 8)]):  # "Party X:** 31,412 votes"
            i = close + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and doc[i].like_num and doc[i].lower_ not in RANKS:  # "Greta Maris, 54, the ..." ("First")
        i += 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
    if i < len(doc) and doc[i].lower_ in ("and", "or", "but", "nor"):
        return None  # "Halvorsen, and Trade Secretary Montaño": a second person, not an apposition
    toks: list = []
    sent_end = doc[ent.token_start].sent.end
    while i < sent_end:
        tok = doc[i]
        other = ctx.ent_at_token(i)
        owner = other is not None and (other.token_end < len(doc) and doc[other.token_end].text in ("'s", "’s")
                                       or doc[other.token_end - 1].text in ("'s", "’s"))  # the tagger took it in
        if other is not None and other.label == "PERSON" and not owner:
            return None  # the phrase names somebody else (an owner, "Brightwater's chief ...", is dropped below)
        if tok.text == "-" and not tok.whitespace_ and not doc[i - 1].whitespace_ or (
                doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
            pass  # "vice-president", "the state-owned corporation", cut in three
        elif tok.lower_ == "at" and i + 2 < sent_end and doc[i + 1].lower_ == "the" \
                and getattr(ctx.ent_at_token(i + 2), "label", "") == "ORG" \
                and any(t.lower_ in TITLE_HEADS and t.lower_ not in RANKS for t in toks):
            pass  # "State Secretary at the Ministry of Natural Resources": the body the office is in
        elif tok.text in _STOP_AFTER or tok.lower_ in _STOP_AFTER or tok.pos_ == "AUX" or (
                tok.pos_ == "VERB" and (tok.tag_ not in ("VBG", "VBN")  # "chief marketing officer"
                                        or any(t.lower_ in TITLE_HEADS and t.lower_ not in RANKS
                                               for t in toks)
                                        and not (tok.dep_ in ("amod", "compound") and tok.head.i > tok.i
                                                 and tok.head.pos_ == "NOUN"))):
            # "minister arrested in"; but "president of the organising committee" goes on
            break
        toks.append(tok)
        i += 1
    if i >= sent_end or doc[i].text not in (",", ".", ";", ")", "(", "—", "–", "since", "until", "from", "between",
                                            "in", "at", "after", "before", "when", "while", "who"):  # "(" opens initials
        return None
    if doc[i].text == "," and _appositive_before(ctx, ent) is not None \
            and getattr(ctx.ent_at_token(i + 1), "label", "") == "PERSON":
        # "The former general director, NAME, the former chief financial officer, NAME2, ...": a list of offices
        # each written before its holder; the office after NAME is NAME2's
        return None
    if toks and toks[0].lower_ in ("its", "their") and any(t.lower_ == "and" for t in toks) \
            and _appositive_before(ctx, ent) is not None:
        # "the case against the society's chairman, NAME, its treasurer and its manager": NAME's office is told
        # before the name; the offices after it are those of the others accused with him
        return None
    toks = portfolio_listed_after(ctx, toks, i, sent_end)  # "Minister of Energy, Mines and Water,"
    # "a long-serving party loyalist and its vice-president": the office is what follows "and its".
    for j in range(len(toks) - 2, -1, -1):
        if toks[j].lower_ == "and" and toks[j + 1].lower_ in ("its", "his", "her", "their"):
            toks = toks[j + 2:]
            break
    # "the company's chairman and the grandson of its founder": the office, not the kinship told beside it.
    for j, tok in enumerate(toks):
        if tok.lower_ == "and" and any(t.lower_ in _KIN for t in toks[j + 1:j + 4]):
            toks = toks[:j]
            break
    # Keep the title after a possessive owner: "the club's sporting director" -> "sporting director"; but in
    # "deputy chairman of Kyrgyzstan's Cabinet" the possessive is inside the portfolio, after the office word.
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].text in ("'s", "’s"):
            if not any(t.lower_ in TITLE_HEADS for t in toks[:j]):
                toks = toks[j + 1:]
            break
    if toks and not (toks[0].lower_ in LEADING_DROP or is_titleish(toks[0])) or toks and toks[0].pos_ == "ADP":
        return None  # (not "NAME, on the penalties of their captain, NAME": a phrase of the clause, no apposition)
    if toks and toks[0].lower_ in ("a", "an") and toks[-1].lower_ in PROFESSIONS \
            and not any(t.lower_ in RANKS for t in toks):
        return None  # "Ersoy, 51, a civil engineer who built bridges": his training, not an office
    return trim(ctx, toks)



