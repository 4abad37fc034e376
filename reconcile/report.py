"""The HTML report: one self-contained page (CSS and JS inlined) drawn from an ``Analysis``.

This module only prepares what the templates show (sentences cut around the
disputed value, source texts cut around their claims, counts for the header)
and renders ``templates/report.html`` with autoescaping. Nothing here builds
HTML by string formatting; data for the page's script goes through ``|tojson``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import jinja2

from reconcile.export import sorted_flags
from reconcile.models import FLAG_KINDS, SEVERITIES, STATUSES, Analysis, Claim, Flag, Source
from reconcile.sentences import with_sentence

if TYPE_CHECKING:
    from reconcile.review import Decision

_LABEL_ORDER = {"PERSON": 0, "PER": 0, "PLACE": 1, "GPE": 1, "LOC": 1, "EVENT": 2, "ORG": 3}
FRAGMENT_WORDS = 4  # words on each side of a long sentence's text fragment


@dataclass
class Segment:
    """A piece of text; ``claims`` is empty for plain text, else the claims it belongs to."""

    text: str
    claims: list[Claim] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # ids of the claims that start here


@dataclass
class Side:
    """One side of a flag: a claim with its sentence cut around the value, and its source."""

    claim: Claim
    source: Source | None
    before: str
    value: str
    after: str
    is_newer: bool
    fragment_url: str

    @property
    def label(self) -> str:
        return self.source.label if self.source else self.claim.source_id


def split_sentence(claim: Claim) -> tuple[str, str, str]:
    """The claim's sentence as (before, value, after), placing the value by its offsets.

    When the offsets do not point at the value (a stage gave a wrong span), the
    first occurrence of the value in the sentence is marked; when it is not in
    the sentence at all, nothing is marked.
    """
    sentence = claim.sentence
    offset = claim.start - claim.sentence_start
    length = claim.end - claim.start
    if 0 <= offset and offset + length <= len(sentence) and length > 0:
        piece = sentence[offset:offset + length]
        if not claim.value or piece == claim.value:
            return sentence[:offset], piece, sentence[offset + length:]
    found = sentence.find(claim.value) if claim.value else -1
    if found >= 0:
        return sentence[:found], claim.value, sentence[found + len(claim.value):]
    return sentence, "", ""


def fill_sentences(analysis: Analysis) -> None:
    """Give every flagged claim its sentence, so each side of a flag shows its evidence."""
    sources = {s.id: s for s in analysis.sources}
    for flag in analysis.flags:
        flag.claims = [with_sentence(c, sources.get(c.source_id)) for c in flag.claims]


def text_fragment_url(url: str, sentence: str) -> str:
    """``url`` with a ``#:~:text=`` fragment that makes the browser scroll to ``sentence``."""
    if not is_safe_url(url):
        return ""
    base = url.split("#", 1)[0]
    words = sentence.split()
    if not words:
        return base
    if len(words) <= 2 * FRAGMENT_WORDS:
        directive = _fragment_part(" ".join(words))
    else:
        start = _fragment_part(" ".join(words[:FRAGMENT_WORDS]))
        end = _fragment_part(" ".join(words[-FRAGMENT_WORDS:]))
        directive = f"{start},{end}"
    return f"{base}#:~:text={directive}"


def is_safe_url(url: object) -> bool:
    """Only web addresses become links; source data is untrusted (no ``javascript:``)."""
    return isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https")


def _fragment_part(text: str) -> str:
    # '-', ',' and '&' have meanings inside a text directive, so they are always encoded.
    return quote(text, safe="").replace("-", "%2D")


def source_segments(source: Source, claims: list[Claim]) -> list[Segment]:
    """The source text cut at every claim boundary; overlapping claims share segments."""
    text = source.text
    spans = [c for c in claims if 0 <= c.start < c.end <= len(text)]
    cuts = sorted({0, len(text), *(c.start for c in spans), *(c.end for c in spans)})
    starts: dict[int, list[str]] = {}
    for c in sorted(spans, key=lambda c: (c.start, c.end, c.id)):
        starts.setdefault(c.start, []).append(c.id)
    segments = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in spans if c.start <= a and b <= c.end]
        segments.append(Segment(text[a:b], sorted(covering, key=lambda c: (c.start, c.id)), starts.get(a, [])))
    return segments


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def build_context(
    analysis: Analysis,
    decisions: dict[str, Decision] | None = None,
    *,
    review_enabled: bool = False,
    generated: dt.datetime | None = None,
    version: str = "",
) -> dict[str, Any]:
    """Everything the template shows; flags must already carry their reviewer's status and note."""
    decisions = decisions or {}
    sources = {s.id: s for s in analysis.sources}
    flags = sorted_flags(analysis.flags)
    flag_ids = {f.id for f in flags}
    several_stories = len({f.story for f in flags if f.story}) > 1
    cards = []
    for f in flags:
        sides = []
        for claim in f.claims:
            src = sources.get(claim.source_id)
            c = with_sentence(claim, src)
            before, value, after = split_sentence(c)
            sides.append(Side(c, src, before, value, after, bool(f.newer_source) and c.source_id == f.newer_source,
                              text_fragment_url(src.url if src else "", c.sentence)))
        newer = sources.get(f.newer_source) if f.newer_source else None
        cards.append({"flag": f, "sides": sides, "newer": newer, "decision": decisions.get(f.id),
                      "source_ids": _unique([c.source_id for c in f.claims]),
                      "story": _story_label(sources.get(f.story)) if several_stories else ""})
    by_source: dict[str, list[Claim]] = {}
    for c in analysis.claims:
        by_source.setdefault(c.source_id, []).append(c)
    for f in flags:  # flagged claims are shown in their source even if the claim list lacks them
        for c in f.claims:
            if all(c.id != other.id for other in by_source.get(c.source_id, [])):
                by_source.setdefault(c.source_id, []).append(c)
    flagged_claims: dict[str, list[str]] = {}  # claim id -> ids of the flags that cite it
    flags_of_source: Counter[str] = Counter()
    for f in flags:
        for c in f.claims:
            cited = flagged_claims.setdefault(c.id, [])
            if not cited or cited[-1] != f.id:
                cited.append(f.id)
        flags_of_source.update({c.source_id for c in f.claims})
    source_views = [
        {"source": s, "segments": source_segments(s, by_source.get(s.id, [])),
         "n_claims": len(by_source.get(s.id, [])),
         "n_flags": flags_of_source[s.id]}
        for s in analysis.sources
    ]
    entity_views = []
    for e in analysis.entities:
        variants = e.variants()
        forms = {form for fs in variants.values() for form in fs}
        entity_views.append({"entity": e, "rows": [(sources.get(sid), sid, fs) for sid, fs in variants.items()],
                             "differs": len(forms) > 1})
    # people, places and events first; within each, the ones the sources write differently
    entity_views.sort(key=lambda v: (_LABEL_ORDER.get(v["entity"].label.upper(), len(_LABEL_ORDER)),
                                     v["entity"].label, not v["differs"], v["entity"].name.casefold(),
                                     v["entity"].id))
    gone = [d for fid, d in decisions.items() if fid not in flag_ids]
    gone.sort(key=lambda d: (d.updated_at, d.flag_id), reverse=True)
    kinds = Counter(f.kind for f in flags)
    kind_order = [k for k in FLAG_KINDS if k in kinds] + sorted(k for k in kinds if k not in FLAG_KINDS)
    return {
        "analysis": analysis,
        "cards": cards,
        "sources": analysis.sources,
        "source_views": source_views,
        "entity_views": entity_views,
        "flagged_claims": flagged_claims,
        "gone": gone,
        "kind_counts": [(k, kinds[k]) for k in kind_order],
        "severity_counts": [(s, sum(1 for f in flags if f.severity == s)) for s in SEVERITIES],
        "status_counts": [(s, sum(1 for f in flags if f.status == s)) for s in STATUSES],
        "statuses": STATUSES,
        "review_enabled": review_enabled,
        "generated": (generated or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "version": version,
        "page_data": {
            "review": review_enabled,
            "statuses": list(STATUSES),
            "flags": {f.id: {"status": f.status, "note": f.note} for f in flags},
        },
        "title": _title(analysis),
    }


def _story_label(first: Source | None) -> str:
    """How a card names its story in a batch of several: the title of the story's first source."""
    if first is None:
        return ""
    return f"story: {first.title or first.label}"


def _title(analysis: Analysis) -> str:
    titles = [s.title for s in analysis.sources if s.title]
    return titles[0] if titles else "reconcile report"


def kind_label(kind: str) -> str:
    return kind.replace("_", " ")


def date_label(value: dt.datetime | None) -> str:
    if value is None:
        return "date unknown"
    if isinstance(value, dt.datetime) and (value.hour, value.minute) != (0, 0):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("reconcile", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["kind_label"] = kind_label
    env.filters["date_label"] = date_label
    env.globals["asset"] = _asset
    env.tests["safe_url"] = is_safe_url
    return env


def _asset(name: str) -> str:
    """The text of a CSS or JS file shipped beside the templates, to be inlined."""
    return resources.files("reconcile").joinpath("templates", name).read_text(encoding="utf-8")


def render_report(
    analysis: Analysis,
    decisions: dict[str, Decision] | None = None,
    *,
    review_enabled: bool = False,
    generated: dt.datetime | None = None,
) -> str:
    """The report page as one HTML string."""
    from reconcile import __version__

    context = build_context(analysis, decisions, review_enabled=review_enabled, generated=generated,
                            version=__version__)
    html = environment().get_template("report.html").render(**context)
    return "\n".join(line.rstrip() for line in html.splitlines()) + "\n"


def apply_decisions(flags: list[Flag], decisions: dict[str, Decision]) -> None:
    """Give each flag its reviewer's status and note (``open`` and no note when undecided)."""
    for f in flags:
        d = decisions.get(f.id)
        f.status = d.status if d else "open"
        f.note = d.note if d else ""
