"""Quote claims: words inside quotation marks, with the speaker they are attributed to.

The speaker is the subject of a speech verb in the quote's sentence ("...,"
Ruiz told reporters), the object of "according to", or, for "he said" and for
a quote standing alone, the person named most recently before it.

A broadcast transcript quotes without quotation marks: a paragraph that opens with a
speaker's name in capitals marked as a recording ("ANA RUIZ (RECORDED): We will...")
is that speaker's words.
"""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import SPEECH_VERBS
from reconcile.extract.spans import name_words
from reconcile.models import Claim
from reconcile.normalize.dates import WEEKDAYS
from reconcile.normalize.text import fold
from reconcile.normalize.titles import TITLE_HEADS

_PAIRED = re.compile(r"“([^”]+?)”|«([^»]+?)»")
MIN_WORDS = 4
_QUOTE_MARKS = {'"', "“", "”", "«", "»", "''", "``"}
# "NAME IN CAPITALS (RECORDED): words": a clip of a speaker in a broadcast transcript. The presenter's and the
# reporter's own lines ("PRESENTER (NAME):") carry no mark of a recording and are the outlet's words.
_TRANSCRIPT_LINE = re.compile(
    r"^(?P<label>[A-Z][A-Z'’.\- ]*[A-Z])\s*\((?P<note>[^)\n]*)\)\s*:[ \t]*(?P<words>[^\n]+)", re.M)
# A live blog's time stamp ("**22:20** - "), and a name of two to four capitalised words that opens a paragraph,
# set off by a comma or the colon.
_STAMP = re.compile(r"^[*_]*\d{1,2}[:.h]\d{2}[*_]*\s*[-–—]?\s*")
_OPENING_NAME = re.compile(r"^([A-ZÀ-ÖØ-Þ][\w'’]+(?:(?: |-)[A-ZÀ-ÖØ-Þ][\w'’]+){1,3})\s*(?:,|$)")
_NOT_A_NAME = {"the", "a", "an", "this", "that", "in", "on", "at", "after", "before"} | set(WEEKDAYS) | TITLE_HEADS
# words that link a quote to the sentence before it, all that stands before its colon ('But: "..."')
_LINKS = {"", "but", "and", "then", "still", "yet", "however", "also", "again", "later"}
_RECORDING = re.compile(r"\b(?:recorded|recording|on tape|soundbite|sound bite|through (?:an )?interpreter|"
                        r"translated|by (?:tele)?phone|via (?:tele)?phone)\b", re.I)


def extract_quotes(ctx: DocContext) -> list[Claim]:
    claims: list[Claim] = []
    spans = quoted_spans(ctx.text)
    last: tuple[str, int] = ("", -1)  # the last speaker found, and where that paragraph ends
    quote_end = -1  # where the last quote with a speaker ends
    for start, end in spans:
        words = ctx.text[start:end]
        if len(words.split()) < MIN_WORDS:
            continue
        speaker = _speaker(ctx, start, end, spans)
        if not speaker and last[0] and _stands_alone(ctx.text, start, end) \
                and not ctx.text[last[1]:start - 1].strip():
            speaker = last[0]  # a quote that is a paragraph of its own goes on the speaker of the one before
        if not speaker and last[0] and _sentence_alone(ctx, start, end) and "\n" not in ctx.text[quote_end:start] \
                and all(e.text == last[0] for e in ctx.ents_in(quote_end, start, "PERSON")):
            # '"The court ignored every document," he told reporters. "We will prove it on appeal."': a quoted
            # sentence of its own goes on the speaker quoted just before it in the paragraph, also when the
            # speaker is named between the two ('"...," said X, the minister. "..."'), but no one else is
            speaker = last[0]
        if not speaker:
            continue
        para_end = ctx.text.find("\n", end)
        last = (speaker, len(ctx.text) if para_end < 0 else para_end)
        quote_end = end
        claims.append(ctx.claim(
            kind="quote", subject=speaker, attribute="quote", value=words.strip(" ,."), start=start,
            end=start + len(words.rstrip(" ,.")), value_type="quote", norm=fold(words),
            qualifiers={"speaker": speaker}, extractor="quote.attributed", confidence=0.7,
        ))
    return claims + _transcript_quotes(ctx)


def _transcript_quotes(ctx: DocContext) -> list[Claim]:
    """Quotes of a broadcast transcript: the words of a paragraph opened by a speaker in capitals whose line is
    marked as a recording. Words already inside quotation marks are quoted the usual way."""
    claims = []
    for m in _TRANSCRIPT_LINE.finditer(ctx.text):
        words = m.group("words").rstrip()
        if not _RECORDING.search(m.group("note")) or words[:1] in _QUOTE_MARKS or len(words.split()) < MIN_WORDS:
            continue
        speaker = _transcript_speaker(ctx, m.group("label"))
        start = m.start("words")
        value = words.strip(" ,.")
        claims.append(ctx.claim(
            kind="quote", subject=speaker, attribute="quote", value=value, start=start, end=start + len(value),
            value_type="quote", norm=fold(value), qualifiers={"speaker": speaker}, extractor="quote.transcript",
            confidence=0.7,
        ))
    return claims


def _transcript_speaker(ctx: DocContext, label: str) -> str:
    """The person a transcript's label in capitals names: as the report writes them elsewhere, in full or by
    the surname the label gives; failing that, the label written as a name."""
    folded = fold(label)
    persons = [e.text for e in ctx.ents if e.label == "PERSON"]
    same = next((p for p in persons if fold(p) == folded), None) \
        or next((p for p in persons if fold(p).endswith(" " + folded)), None)
    return same or re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), label.strip())


def _sentence_alone(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the quotation marks around start..end hold the whole of their sentence (or sentences)."""
    first, last = ctx.sents[ctx.sentence_index(start)], ctx.sents[ctx.sentence_index(max(start, end - 1))]
    outside = ctx.text[first.start_char:start] + ctx.text[end:last.end_char]
    return not re.sub(r"[\s\"“”«».,!?]", "", outside)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the quotation marks around start..end hold their whole paragraph."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return not text[para_start:start - 1].strip() and not text[end + 1:para_end].strip(" .,")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the words inside quotation marks; straight quotes pair up in order within a paragraph."""
    spans = []
    for m in _PAIRED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        spans.append((m.start(group), m.end(group)))
    offset = 0
    for line in text.split("\n"):
        marks = [i for i, ch in enumerate(line) if ch == '"']
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            spans.append((offset + a + 1, offset + b))
        offset += len(line) + 1
    return sorted(spans)


def _speaker(ctx: DocContext, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    # A quote of several sentences is attributed where it ends: "First. Second," she said.
    first, last = ctx.sentence_index(start), ctx.sentence_index(max(start, end - 1))
    sents = ctx.sents[first: last + 1]
    after = ctx.text[end + 1: end + 3].strip()
    if end < len(ctx.text) and ctx.sentence_index(end) > last and (
            ctx.text[start:end].rstrip().endswith(",") or after[:1].islower()):
        sents.append(ctx.sents[ctx.sentence_index(end)])  # the parser began a sentence at '," she said'

    if first > 0 and ":" in ctx.text[sents[0].start_char:start] \
            and re.sub(r"[\s:\"“”«»]", "", ctx.text[sents[0].start_char:start]).lower() in _LINKS \
            and "\n" not in ctx.text[ctx.sents[first - 1].start_char:sents[0].start_char].rstrip():
        # the parser cut the quote from what introduces it at the colon: 'More from X in the mixed zone: "..."',
        # also after a word that links it to the sentence before ('She says the court has weighed it. But: "..."')
        sents.insert(0, ctx.sents[first - 1])

    sent_start, sent_end = sents[0].start_char, sents[-1].end_char
    # Names inside quotation marks are what was said, never who said it.
    persons = [e for e in ctx.ents if e.label in ("PERSON", "ORG") and e.end <= sent_end
               and not any(a <= e.start < b for a, b in spans) and not ctx.in_dateline(e)]
    inside = [e for e in persons if sent_start <= e.start and not (start <= e.start < end)]
    # The speech verb nearest the quote: 'What the minister said: speaking after the ceremony, Mr X said: "..."'
    near = sorted((t for sent in sents for t in sent if not start <= t.idx < end),
                  key=lambda t: start - t.idx if t.idx < start else t.idx - end)
    for tok in near:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and tok.dep_ in ("conj", "dep") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
                # "He toured the camp, then spoke to reporters: ...": the subject of the verb it is joined to
                subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for child in subjects:
                if not (start <= child.idx < end):
                    name = _name_for(ctx, child, persons)
                    if name:
                        return name
        if tok.lower_ == "according" and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            for e in inside:
                if e.start > tok.idx:
                    return e.text
    if inside:
        # A person before an organisation, and of the names before the quote the nearest: "Ouarzen coach Idris
        # al-Fassi, pitchside: ..." is al-Fassi's.
        before = [e for e in inside if e.end <= start][::-1]
        outside = before + [e for e in inside if e.start >= end]
        outside.sort(key=lambda e: e.label != "PERSON")
        if outside:
            return outside[0].text
    return _named_before_colon(ctx, start, persons)


def _named_before_colon(ctx: DocContext, start: int, persons) -> str:
    """A name the tagger missed, set before a colon that opens the quote, as the subject of what is said of them
    or alone: 'Lepik, still limping: "..."', 'Lepik: "..."'; the surname of a person the report names, alone
    before the colon; "he" or "she" as the subject of the clause the colon ends ('He repeated his pledge: "..."')."""
    sent = ctx.sents[ctx.sentence_index(max(0, start - 1))]
    colon = next((t for t in reversed(sent) if t.idx < start and not t.is_space and t.text not in _QUOTE_MARKS), None)
    if colon is None or colon.text != ":" or colon.idx < ctx.text.rfind("\n", 0, start):
        return ""
    before = _STAMP.sub("", ctx.text[max(sent.start_char, ctx.text.rfind("\n", 0, start) + 1):colon.idx]).strip()
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’-]+", before) and before.lower() not in _NOT_A_NAME and (any(
            e.label == "PERSON" and fold(e.text).split()[-1:] == [fold(before)] for e in ctx.ents)
            or re.search(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+ " + re.escape(before) + r"\b", ctx.text)):
        return before  # "Kabir: ..." in a report that names Farhana Kabir (tagged or not)
    pronoun = next((t for t in sent if t.idx < colon.idx and t.dep_ == "nsubj" and t.lower_ in ("he", "she")
                    and t.head.idx < colon.idx and t.head.pos_ in ("VERB", "AUX")
                    and not any(a.dep_ == "nsubj" and a.idx < colon.idx and a.i < t.i for a in sent)), None)
    if pronoun is not None:
        return _antecedent(ctx, pronoun, persons)
    opening = _OPENING_NAME.match(_STAMP.sub("", ctx.text[ctx.text.rfind("\n", 0, start) + 1:colon.idx], count=1))
    if opening is not None and not {w.lower() for w in re.split(r"[- ]", opening.group(1))} & _NOT_A_NAME:
        # "22:20 - Jean-Marc Laske, speaking to supporters in a bar: "..."": the paragraph opens with the name
        # (the tagger may miss a name with accents, and parse the colon into the quote)
        return opening.group(1)
    head = colon.head
    # (a live blog's time stamp the parser made the head, the name set beside it: "23:10 - Lepik to the crowd: ")
    name = head if head.pos_ == "PROPN" else next((c for c in head.children if c.dep_ == "nsubj"), None) or next(
        (c for c in head.children if c.dep_ == "appos" and head.pos_ == "NUM"), None)
    if name is None or name.pos_ != "PROPN" or not name.text[:1].isupper() or name.i >= colon.i:
        return ""
    return ctx.doc[name_words(name)[0].i: name.i + 1].text


def _name_for(ctx: DocContext, tok, persons) -> str:
    """The entity a subject token names; a pronoun names the last person before it."""
    for e in persons:
        if e.token_start <= tok.i < e.token_end:
            return e.text
    for child in tok.children:
        # "The Qatari mediator, Khalid Al-Mansouri, said": the name set beside the description
        named = next((e for e in persons if child.dep_ == "appos" and e.token_start <= child.i < e.token_end
                      and e.label == "PERSON"), None)
        if named is not None:
            return named.text
    if tok.lower_ in ("he", "she"):
        return _antecedent(ctx, tok, persons)
    if tok.pos_ == "NOUN":
        # "KFF vice-president Than Htun Moe said", the name left out of the subject the parser found: the person
        # named right after the title, before the verb
        right = max(c.i for c in tok.subtree)
        named = next((e for e in persons if e.label == "PERSON" and right < e.token_start <= right + 1
                      and e.token_end <= tok.head.i), None)
        if named is not None:
            return named.text
    # "the ministry said": a noun phrase speaker.
    if tok.pos_ in ("NOUN", "PROPN"):
        left = min([c.i for c in tok.subtree] + [tok.i])
        words = ctx.doc[left: tok.i + 1]
        # A live blog's time stamp is not part of the speaker: "13:05 - A spokesman for the party".
        cut = max((t.i + 1 for t in words if t.text in ("-", "–", "—", ":") and t.i < tok.i and t.whitespace_
                   and t.i > 0 and ctx.doc[t.i - 1].whitespace_), default=left)  # not "Leeds-based"
        # the closing mark of the quote before the speaker is not part of the speaker: '...planning," Ana Diop'
        cut = max([cut] + [t.i + 1 for t in words if t.text in _QUOTE_MARKS and t.i < tok.i])
        return ctx.doc[cut: tok.i + 1].text.strip()
    return ""


def _antecedent(ctx: DocContext, tok, persons) -> str:
    """Who "he" or "she" is: the last person named before it in its paragraph; failing that, a name that is
    the subject of an earlier sentence of the paragraph (even one the tagger took for a place), or a title there
    ("the magistrate") that the report set before a name; failing that, the last person named anywhere before."""
    para = ctx.text.rfind("\n", 0, tok.idx) + 1
    before = [e for e in persons if e.label == "PERSON" and e.end <= tok.idx]
    here = [e for e in before if e.start >= para]
    # "Georges Maalouf, Manara's coach, was careful ...": a name that only owns a noun is not who "he" is
    owners = [e for e in here if ctx.doc[e.token_end - 1].dep_ == "poss"]
    if here:
        return ([e for e in here if e not in owners] or here)[-1].text
    for sent in ctx.sents[ctx.sentence_index(para): ctx.sentence_index(tok.idx)]:
        for t in sent:
            if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.idx >= para and t.text[:1].isupper():
                ent = next((e for e in ctx.ents if e.token_start <= t.i < e.token_end
                            and e.label in ("PERSON", "PLACE", "ORG")), None)
                if ent is not None and ent.label == "PERSON":
                    return ent.text
                if ent is not None and len(ent.text.split()) <= 3:
                    return ent.text
            if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.idx >= para \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                # "When it came, the magistrate was blunt": the person the report gave that title before the name
                titled = [e for e in before if e.token_start > 0 and ctx.doc[e.token_start - 1].lower_ == t.lower_]
                if titled:
                    return titled[-1].text
    return before[-1].text if before else ""
