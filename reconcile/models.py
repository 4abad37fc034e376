"""Typed records passed between the pipeline stages.

Data flows one way: ``Source`` -> ``Mention``/``Claim`` -> ``Entity`` -> ``Flag``.
Every stage takes and returns these dataclasses, never dicts of dicts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

SEVERITIES = ("high", "medium", "low")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
STATUSES = ("open", "confirmed", "dismissed", "follow-up")

FLAG_KINDS = (
    "place_conflict",
    "date_conflict",
    "number_conflict",
    "ordinal_conflict",
    "title_conflict",
    "quote_mismatch",
    "name_variant",
    "single_source",
)


def stable_id(*parts: object, length: int = 12) -> str:
    """A short hash of ``parts`` that is the same on every run and machine."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True)
class Source:
    """One article as loaded from disk."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.datetime | None = None
    language: str = "en"
    path: str = ""

    @property
    def label(self) -> str:
        """How the report names this source: outlet, else title, else id."""
        return self.outlet or self.title or self.id

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data.pop("text")
        data["chars"] = len(self.text)
        return data


@dataclass(frozen=True)
class LoadProblem:
    """A file (or web address) that could not be read, and why.

    ``skipped`` is False for a file that was read all the same, with something
    the user should know (an id renamed, bytes replaced, a file given twice).
    """

    path: str
    message: str
    skipped: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message, "skipped": self.skipped}


@dataclass(frozen=True)
class Mention:
    """A named entity in one source: a person, place, organisation, date or number."""

    source_id: str
    text: str
    label: str  # PERSON, PLACE, ORG, DATE, NUMBER, ...
    start: int
    end: int
    entity_id: str = ""


@dataclass(frozen=True)
class Claim:
    """One factual statement one source makes.

    ``subject`` names what the claim is about in words; ``subject_key`` is filled
    by the resolve stage (an entity cluster id or an event id) so that claims of
    several sources about the same thing share it. ``value`` is the disputed
    words exactly as written, ``start``/``end`` their offsets in the source text;
    ``norm`` is the normalised value that comparators use.
    """

    source_id: str
    kind: str  # role, event, quantity, quote, attribution
    subject: str
    attribute: str  # title, place, date, ordinal, status, count:dead, quote, ...
    value: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    value_type: str  # title, place, date, ordinal, status, number, quote, name
    norm: Any = None
    qualifiers: dict[str, Any] = field(default_factory=dict)
    subject_key: str = ""
    extractor: str = ""
    confidence: float = 0.8

    @cached_property
    def id(self) -> str:
        # Kept in the instance once computed (a claim's fields never change); ``replace`` makes a new claim.
        return stable_id(self.source_id, self.attribute, self.start, self.end, self.subject)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        data["norm"] = _plain(self.norm)
        data["qualifiers"] = {k: _plain(v) for k, v in self.qualifiers.items()}
        return data


@dataclass
class Entity:
    """A cluster of mentions across sources that name one person, place or organisation."""

    id: str
    label: str
    name: str  # the preferred display name
    mentions: list[Mention] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)  # e.g. country of a place

    def variants(self) -> dict[str, list[str]]:
        """Surface forms used by each source id."""
        out: dict[str, list[str]] = {}
        for m in self.mentions:
            forms = out.setdefault(m.source_id, [])
            if m.text not in forms:
                forms.append(m.text)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "variants": self.variants(),
            "info": {k: _plain(v) for k, v in self.info.items()},
        }


@dataclass
class Flag:
    """A discrepancy between sources (or a claim only one source makes)."""

    kind: str
    severity: str
    confidence: float
    subject: str
    explanation: str
    claims: list[Claim]
    key: str  # what the flag is about, stable across runs; the id is its hash
    status: str = "open"
    note: str = ""
    newer_source: str = ""  # id of the most recently published side, when dates are known
    story: str = ""  # the story the flag belongs to (the id of its first source), when a run mixes stories

    @property
    def id(self) -> str:
        return stable_id(self.kind, self.key)

    def sort_key(self) -> tuple[Any, ...]:
        return (SEVERITY_RANK[self.severity], -self.confidence, self.kind, self.subject, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "confidence": round(self.confidence, 3),
            "subject": self.subject,
            "explanation": self.explanation,
            "status": self.status,
            "note": self.note,
            "newer_source": self.newer_source or None,
            "story": self.story or None,
            "claims": [
                {
                    "source_id": c.source_id,
                    "value": c.value,
                    "sentence": c.sentence,
                    "start": c.start,
                    "end": c.end,
                    "sentence_start": c.sentence_start,
                    "attribute": c.attribute,
                    "norm": _plain(c.norm),
                    "claim_id": c.id,
                }
                for c in self.claims
            ],
        }


@dataclass
class Analysis:
    """Everything one run produced: what was read, extracted, linked and flagged."""

    sources: list[Source]
    problems: list[LoadProblem]
    claims: list[Claim]
    entities: list[Entity]
    flags: list[Flag]
    mentions: list[Mention] = field(default_factory=list)
    stories: dict[str, str] = field(default_factory=dict)  # source id -> story id

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def flags_frame(self):  # -> pandas.DataFrame
        from reconcile.export import flags_frame

        return flags_frame(self)

    def claims_frame(self):  # -> pandas.DataFrame
        from reconcile.export import claims_frame

        return claims_frame(self)


def _plain(value: Any) -> Any:
    """Make a normalised value JSON-friendly."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, (list,)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
