"""Machine-readable exports: flags and claims as DataFrames, ClaimReview JSON-LD,
and the analysis record that lets the report be drawn again after a review.

    >>> analysis.flags_frame().query("severity == 'high'")   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any

from reconcile.models import Analysis, Claim, Entity, Flag, LoadProblem, Mention, Source, _plain

if TYPE_CHECKING:
    import pandas as pd

    from reconcile.review import Decision

FLAG_COLUMNS = [
    "id", "kind", "severity", "confidence", "subject", "explanation", "status", "note",
    "newer_source", "sources", "values", "claim_ids", "story",
]
CLAIM_COLUMNS = [
    "id", "source_id", "outlet", "published", "kind", "subject", "attribute", "value", "value_type", "norm",
    "start", "end", "sentence", "sentence_start", "subject_key", "extractor", "confidence", "flag_ids",
]
RECORD_VERSION = 1


def sorted_flags(flags: list[Flag]) -> list[Flag]:
    """Flags most severe first, then by confidence; a stable order for every export."""
    return sorted(flags, key=Flag.sort_key)


def flag_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """One row per flag, most severe first; each side's source and value joined with `` | ``."""
    return [
        {
            "id": f.id,
            "kind": f.kind,
            "severity": f.severity,
            "confidence": round(f.confidence, 3),
            "subject": f.subject,
            "explanation": f.explanation,
            "status": f.status,
            "note": f.note,
            "newer_source": f.newer_source,
            "sources": " | ".join(c.source_id for c in f.claims),
            "values": " | ".join(c.value for c in f.claims),
            "claim_ids": " | ".join(c.id for c in f.claims),
            "story": f.story,
        }
        for f in sorted_flags(analysis.flags)
    ]


def flags_frame(analysis: Analysis) -> pd.DataFrame:
    """The rows of ``flag_rows`` (and of flags.csv) as a DataFrame."""
    import pandas as pd

    return pd.DataFrame(flag_rows(analysis), columns=FLAG_COLUMNS)


def claim_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """One row per claim, by source and position, with the ids of the flags it is evidence for."""
    sources = {s.id: s for s in analysis.sources}
    flagged: dict[str, list[str]] = {}
    for f in sorted_flags(analysis.flags):
        for c in f.claims:
            flagged.setdefault(c.id, []).append(f.id)
    rows = []
    for c in sorted(analysis.claims, key=lambda c: (c.source_id, c.start, c.end, c.attribute)):
        src = sources.get(c.source_id)
        rows.append(
            {
                "id": c.id,
                "source_id": c.source_id,
                "outlet": src.label if src else "",
                "published": src.published.isoformat() if src and src.published else "",
                "kind": c.kind,
                "subject": c.subject,
                "attribute": c.attribute,
                "value": c.value,
                "value_type": c.value_type,
                "norm": "" if c.norm is None else str(_plain(c.norm)),
                "start": c.start,
                "end": c.end,
                "sentence": c.sentence,
                "sentence_start": c.sentence_start,
                "subject_key": c.subject_key,
                "extractor": c.extractor,
                "confidence": round(c.confidence, 3),
                "flag_ids": " | ".join(flagged.get(c.id, [])),
            }
        )
    return rows


def claims_frame(analysis: Analysis) -> pd.DataFrame:
    """The rows of ``claim_rows`` (and of claims.csv) as a DataFrame."""
    import pandas as pd

    return pd.DataFrame(claim_rows(analysis), columns=CLAIM_COLUMNS)


def csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """``rows`` as CSV, as ``DataFrame(rows, columns=columns).to_csv(index=False, lineterminator="\\n")``
    writes them, without importing pandas: the same writer (the csv module, minimal quoting), and each column
    written as pandas writes its type (all ints: as ints; ints and floats: as floats, ``1.0``; missing: empty).
    """
    import csv
    import io

    cells = [_csv_column([row.get(name) for row in rows]) for name in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(zip(*cells, strict=True))
    return buffer.getvalue()


def _csv_column(values: list[Any]) -> list[Any]:
    numbers = [type(v) for v in values]
    if values and all(t is int for t in numbers):
        return values
    if values and all(t is int or t is float for t in numbers):
        return ["" if v != v else repr(float(v)) for v in values]  # NaN is missing
    return ["" if v is None or (type(v) is float and v != v) else v for v in values]


def claim_reviews(analysis: Analysis, decisions: dict[str, Decision]) -> dict[str, Any]:
    """schema.org ClaimReview records for the confirmed flags, with every side's appearance."""
    sources = {s.id: s for s in analysis.sources}
    graph = []
    for f in sorted_flags(analysis.flags):
        if f.status != "confirmed":
            continue
        decision = decisions.get(f.id)
        appearances = []
        for c in f.claims:
            src = sources.get(c.source_id)
            work: dict[str, Any] = {"@type": "CreativeWork", "text": c.sentence}
            if src is not None:
                if src.url:
                    work["url"] = src.url
                if src.title:
                    work["headline"] = src.title
                if src.outlet:
                    work["publisher"] = {"@type": "Organization", "name": src.outlet}
                if src.published:
                    work["datePublished"] = src.published.date().isoformat()
            appearances.append(work)
        values = dict.fromkeys(c.value for c in f.claims)
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "identifier": f.id,
            "claimReviewed": f"{f.subject}: " + " vs ".join(f"\u201c{v}\u201d" for v in values),
            "reviewBody": (decision.note if decision and decision.note else f.explanation),
            "reviewRating": {
                "@type": "Rating",
                "alternateName": f"Sources disagree ({f.kind.replace('_', ' ')})",
            },
            "itemReviewed": {"@type": "Claim", "appearance": appearances},
        }
        if decision is not None:
            review["datePublished"] = decision.updated_at[:10]
            if decision.reviewer:
                review["author"] = {"@type": "Person", "name": decision.reviewer}
        graph.append(review)
    return {"@context": "https://schema.org", "@graph": graph}


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    """Everything the report needs, as JSON-friendly data (see ``analysis_from_record``)."""
    return {
        "version": RECORD_VERSION,
        "sources": [_source_record(s) for s in analysis.sources],
        "problems": [p.to_dict() for p in analysis.problems],
        "claims": [_claim_record(c) for c in analysis.claims],
        "entities": [
            {"id": e.id, "label": e.label, "name": e.name, "info": _plain(e.info),
             "mentions": [_shallow(m) for m in e.mentions]}
            for e in analysis.entities
        ],
        "flags": [
            {"kind": f.kind, "severity": f.severity, "confidence": f.confidence, "subject": f.subject,
             "explanation": f.explanation, "key": f.key, "newer_source": f.newer_source, "story": f.story,
             "claims": [_claim_record(c) for c in f.claims]}
            for f in analysis.flags
        ],
    }


def analysis_from_record(data: dict[str, Any]) -> Analysis:
    """Rebuild an ``Analysis`` from ``analysis_record``; normalised values come back as plain JSON."""
    sources = []
    for s in data["sources"]:
        published = dt.datetime.fromisoformat(s["published"]) if s.get("published") else None
        sources.append(Source(**{**s, "published": published}))
    return Analysis(
        sources=sources,
        problems=[LoadProblem(p["path"], p["message"], p.get("skipped", True)) for p in data.get("problems", [])],
        claims=[Claim(**c) for c in data.get("claims", [])],
        entities=[
            Entity(id=e["id"], label=e["label"], name=e["name"], info=e.get("info", {}),
                   mentions=[Mention(**m) for m in e.get("mentions", [])])
            for e in data.get("entities", [])
        ],
        flags=[
            Flag(kind=f["kind"], severity=f["severity"], confidence=f["confidence"], subject=f["subject"],
                 explanation=f["explanation"], key=f["key"], newer_source=f.get("newer_source", ""),
                 story=f.get("story", ""), claims=[Claim(**c) for c in f["claims"]])
            for f in data.get("flags", [])
        ],
    )


def _shallow(record: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, without ``asdict``'s deep copy (the callers make values plain)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _source_record(source: Source) -> dict[str, Any]:
    data = _shallow(source)
    data["published"] = source.published.isoformat() if source.published else None
    return data


def _claim_record(claim: Claim) -> dict[str, Any]:
    data = _shallow(claim)
    data["norm"] = _plain(claim.norm)
    data["qualifiers"] = {k: _plain(v) for k, v in claim.qualifiers.items()}
    return data
