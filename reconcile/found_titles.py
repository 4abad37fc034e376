"""Titles of the people whose names were found only when the reports were read together.

Titles are read per report, beside the names its tagger marked as people's (``extract/roles.py``). A name the
tagger missed or took for a place, and that ``labels.harmonise`` finds later because another report gives it as a
person's, has had no title read. Its report is parsed no more by then, so the title set off after the name ("NAME,
the race's technical director,") is read from the words: a phrase between commas whose office comes before any
"of", "for" or "at" ("chair of the party's branch").
"""

from __future__ import annotations

import re

from reconcile.models import Claim, Mention, Source
from reconcile.normalize.titles import PROFESSIONS, TITLE_HEADS, parse_title
from reconcile.sentences import with_sentence

# ", the race's technical director," / ", general secretary of the plant workers' union," after the name.
_SET_OFF = re.compile(r",\s+(?P<title>(?:the\s+|an?\s+)?[^,.;:()\"“”\n]{2,90}?)(?=\s*(?:,|\.(?:\s|$)|;|\)|\s+who\b))")
_OWNER = re.compile(r"^(?:the\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+['’]s?\s+(?=\S)")
_SCOPE = re.compile(r"\s+(?:of|for|at|in|on|to)\s+", re.I)
# Words that open a clause or a second name after the comma, not a title.
_NOT_A_TITLE = {"who", "which", "whose", "where", "when", "and", "but", "or", "said", "says", "told", "added", "as",
                "with", "from", "in", "on", "at", "after", "before", "while", "whom"}


def titles_of_found_names(sources: list[Source], before: list[Mention], after: list[Mention]) -> list[Claim]:
    """Role claims for the PERSON mentions in ``after`` that ``before`` did not have as PERSON."""
    known = {(m.source_id, m.start, m.end) for m in before if m.label == "PERSON"}
    sources_by_id = {s.id: s for s in sources}
    out: list[Claim] = []
    for m in after:
        if m.label != "PERSON" or (m.source_id, m.start, m.end) in known or m.source_id not in sources_by_id:
            continue
        text = sources_by_id[m.source_id].text
        found = _SET_OFF.match(text, m.end)
        if found is None:
            continue
        start, value = found.start("title"), found.group("title")
        if re.match(r"an?\s", value) and value.split()[-1].lower() in PROFESSIONS:
            continue  # "X, a civil engineer": a training, not an office
        if value.split()[0].lower() in _NOT_A_TITLE:
            continue  # ", who heads the delegation as ...", ", and the minister": a clause, not the title
        if re.match(r"an?\s", value):
            start, value = start + value.index(" ") + 1, value[value.index(" ") + 1:]
        owner = _OWNER.match(value)
        if owner is not None and not any(w.lower() in TITLE_HEADS for w in owner.group(0).split()):
            start, value = start + owner.end(), value[owner.end():]  # "the race's technical director"
        elif value.lower().startswith("the "):
            start, value = start + 4, value[4:]
        office = _SCOPE.split(value, maxsplit=1)[0].split()
        if not office or office[-1].lower() not in TITLE_HEADS or not all(w.isalpha() or "-" in w for w in office):
            continue
        title = parse_title(value)
        if not title.office:
            continue
        out.append(with_sentence(Claim(
            source_id=m.source_id, kind="role", subject=m.text, attribute="title", value=value, start=start,
            end=start + len(value), sentence="", sentence_start=0, value_type="title", norm=title.key,
            qualifiers={"person_start": m.start, "person_end": m.end, "affiliation": []},
            extractor="role.found_name", confidence=0.7,
        ), sources_by_id[m.source_id]))
    return out
