"""Properties of how the report cuts text: nothing of a source is lost, added or moved."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.models import Claim, Source
from reconcile.report import source_segments, split_sentence

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=200)


@st.composite
def text_and_spans(draw):
    text = draw(texts)
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=8))
    claims = [Claim("s", "quantity", "x", f"a{i}", text[min(a, b):max(a, b)], min(a, b), max(a, b),
                    text, 0, "number") for i, (a, b) in enumerate(spans)]
    return text, claims


@given(text_and_spans())
def test_segments_rebuild_the_source_and_cover_exactly_the_claims(data):
    text, claims = data
    segments = source_segments(Source(id="s", text=text), claims)
    assert "".join(s.text for s in segments) == text
    offset = 0
    for seg in segments:
        for c in seg.claims:
            assert c.start <= offset and offset + len(seg.text) <= c.end
        offset += len(seg.text)
    valid = {c.id for c in claims if c.start < c.end}
    assert {a for s in segments for a in s.anchors} == valid


@given(texts, st.integers(0, 200), st.integers(0, 200))
def test_split_sentence_keeps_the_sentence_whole(sentence, a, b):
    start, end = sorted((min(a, len(sentence)), min(b, len(sentence))))
    claim = Claim("s", "quantity", "x", "n", sentence[start:end], 100 + start, 100 + end, sentence, 100, "number")
    before, value, after = split_sentence(claim)
    assert before + value + after == sentence
    if end > start:
        assert value == sentence[start:end] and len(before) == start
