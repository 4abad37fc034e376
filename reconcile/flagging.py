"""Building flags: the pieces every comparator shares."""

from __future__ import annotations

from collections import defaultdict

from reconcile.models import Claim, Flag

SEVERITY = {
    "place_conflict": "high", "date_conflict": "high", "number_conflict": "high", "ordinal_conflict": "medium",
    "title_conflict": "medium", "quote_mismatch": "medium", "name_variant": "low", "single_source": "low",
}


def per_source(claims: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.source_id, c.start)):
        out[c.source_id].append(c)
    return out


def make_flag(kind: str, group_key: str, subject: str, explanation: str, claims: list[Claim], confidence: float) -> Flag:
    return Flag(kind=kind, severity=SEVERITY[kind], confidence=max(0.05, min(0.99, confidence)), subject=subject,
                explanation=explanation, claims=claims, key=group_key)


def sides(labels: dict[str, str], claims: list[Claim]) -> str:
    return " vs ".join(f"\u201c{c.value}\u201d ({labels.get(c.source_id, c.source_id)})" for c in claims)


def clusters_of(reps: list[Claim], same) -> list[list[Claim]]:
    """Partition representative claims into clusters of mutually agreeing values."""
    clusters: list[list[Claim]] = []
    for c in reps:
        for cl in clusters:
            if same(cl[0], c):
                cl.append(c)
                break
        else:
            clusters.append([c])
    return clusters


def conflict_flag(kind, group, labels, clusters, explanation_head, confidence) -> list[Flag]:
    if len(clusters) < 2:
        return []
    claims = [c for cl in clusters for c in cl]
    explanation = f"{explanation_head}: {sides(labels, [cl[0] for cl in clusters])}."
    conf = confidence * min(c.confidence for c in claims) / 0.8
    return [make_flag(kind, group.key, group.subject, explanation, claims, conf)]
