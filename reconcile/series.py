"""Compare the places things hold in a series ("its ninth edition" / "its tenth edition"), read by
``extract.series``: one group per noun counted, kept apart by whose series it is."""

from __future__ import annotations

from reconcile.align import Group
from reconcile.extract.series import ONE_OF_SEVERAL
from reconcile.flagging import clusters_of, conflict_flag, per_source
from reconcile.models import Flag


def compare_series(group: Group, labels, prominence: dict[str, int]) -> list[Flag]:
    """The numbers reports give one series. Two named holders ("Hoshimura's second acquisition", "Lotte's first
    acquisition") count two series; a number whose holder is unsaid ("the company's fifth launch") is counted in
    the series of the holder the story names most."""
    holders = sorted({c.subject_key for c in group.claims if c.subject_key})
    if not holders:
        return _compare(group, labels)
    main = max(holders, key=lambda key: (prominence.get(key, 0), key))
    flags = []
    for key in holders:
        mine = [c for c in group.claims if c.subject_key == key or key == main and not c.subject_key]
        flags.extend(_compare(Group(group.kind, f"{group.key}|{key}", mine[0].subject, group.attribute, mine,
                                    dict(group.context)), labels))
    return flags


def _compare(group: Group, labels) -> list[Flag]:
    reps = [cs[0] for cs in per_source(group.claims).values()]
    if len(reps) < 2:
        return []
    clusters = clusters_of(reps, lambda a, b: a.norm == b.norm)
    counted = reps[0].qualifiers.get("counted", "")
    numbers = " and ".join(f"no. {cl[0].norm} in {labels.get(cl[0].source_id, cl[0].source_id)}" for cl in clusters)
    if counted == ONE_OF_SEVERAL:
        head = f"Sources give {reps[0].qualifiers.get('holder') or 'it'} a different place among its kind, {numbers}"
    else:
        head = f"Sources number the {counted} differently in its series, {numbers}"
    return conflict_flag("ordinal_conflict", group, labels, clusters, head, 0.7)


def untold_as_events(series_flags: list[Flag], flags: list[Flag]) -> list[Flag]:
    """The series flags whose numbers no event's ordinal flag already sets against each other."""
    spans = {(c.source_id, c.start) for f in flags if f.kind == "ordinal_conflict" for c in f.claims}
    return [f for f in series_flags if not any((c.source_id, c.start) in spans for c in f.claims)]
