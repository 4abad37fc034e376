"""A small made-up story, built by hand, for the report, export and review tests.

Three outlets report one earthquake. Every claim's offsets are found in the
text itself, so the spans are real: the tests do not depend on the NLP stages.
"""

from __future__ import annotations

import datetime as dt

from reconcile.models import Analysis, Claim, Entity, Flag, LoadProblem, Mention, Source

HERALD_TEXT = (
    "Quake strikes Port Alder\n"
    "A magnitude 6.1 earthquake struck near Port Alder on Monday, killing 12 people, officials said. "
    "Rescue teams led by Regional Commissioner Mara Vell searched the harbour district overnight. "
    "The next briefing will be held in Kestrel Bay on Tuesday.\n"
    "Schools in the district stay closed this week."
)
POST_TEXT = (
    "The earthquake near Port Alder on Monday killed 19 people, according to the regional government. "
    "Deputy Regional Commissioner Mara Vell said rescue work would go on. "
    "A briefing on the damage was held in Port Alder on Tuesday."
)
RADIO_TEXT = "Commissioner Mara Velle told listeners on Tuesday that the death toll stood at 12."


def make_sources() -> list[Source]:
    return [
        Source(id="herald", text=HERALD_TEXT, title="Quake strikes Port Alder", outlet="Coastal Herald",
               url="https://herald.example/news/quake-port-alder",
               published=dt.datetime(2025, 3, 3, 18, 30), path="sources/herald.md"),
        Source(id="post", text=POST_TEXT, title="Death toll rises to 19", outlet="Valley Post",
               url="https://valleypost.example/quake-toll#top",
               published=dt.datetime(2025, 3, 4), path="sources/post.html"),
        Source(id="radio", text=RADIO_TEXT, title="Ridge Radio transcript", outlet="Ridge Radio",
               published=None, path="sources/radio.txt"),
    ]


def sentence_around(text: str, start: int) -> tuple[str, int]:
    """The sentence that holds offset ``start``: cut at '. ' and at line breaks."""
    begin = max(text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0,
                text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    if end <= len(text) and text[end - 1] == "\n":
        end -= 1
    return text[begin:end], begin


def claim(source: Source, value: str, attribute: str, *, subject: str, kind: str, value_type: str,
          after: str = "", norm: object = None, key: str = "") -> Claim:
    """A claim on the first ``value`` in ``source`` that follows the words ``after``."""
    start = source.text.index(value, source.text.index(after) if after else 0)
    sentence, sentence_start = sentence_around(source.text, start)
    return Claim(source_id=source.id, kind=kind, subject=subject, attribute=attribute, value=value,
                 start=start, end=start + len(value), sentence=sentence, sentence_start=sentence_start,
                 value_type=value_type, norm=norm if norm is not None else value.lower(),
                 subject_key=key or subject.lower(), extractor="hand", confidence=0.9)


def mention(source: Source, text: str, label: str, entity_id: str) -> Mention:
    start = source.text.index(text)
    return Mention(source.id, text, label, start, start + len(text), entity_id)


def make_analysis() -> Analysis:
    herald, post, radio = make_sources()
    dead_h = claim(herald, "12", "count:dead", subject="Port Alder earthquake", kind="quantity",
                   value_type="number", after="killing", norm=12)
    dead_p = claim(post, "19", "count:dead", subject="Port Alder earthquake", kind="quantity",
                   value_type="number", norm=19)
    dead_r = claim(radio, "12", "count:dead", subject="Port Alder earthquake", kind="quantity",
                   value_type="number", norm=12)
    place_h = claim(herald, "Kestrel Bay", "place", subject="Tuesday briefing", kind="event",
                    value_type="place")
    place_p = claim(post, "Port Alder", "place", subject="Tuesday briefing", kind="event",
                    value_type="place", after="held in")
    title_h = claim(herald, "Regional Commissioner", "title", subject="Mara Vell", kind="role",
                    value_type="title")
    title_p = claim(post, "Deputy Regional Commissioner", "title", subject="Mara Vell", kind="role",
                    value_type="title")
    name_h = claim(herald, "Mara Vell", "name", subject="Mara Vell", kind="role", value_type="name")
    name_r = claim(radio, "Mara Velle", "name", subject="Mara Vell", kind="role", value_type="name")
    magnitude = claim(herald, "6.1", "magnitude", subject="Port Alder earthquake", kind="quantity",
                      value_type="number", norm=6.1)
    claims = [dead_h, dead_p, dead_r, place_h, place_p, title_h, title_p, name_h, name_r, magnitude]
    flags = [
        Flag("name_variant", "low", 0.7, "Mara Vell",
             "Ridge Radio spells the commissioner's name Mara Velle; the others write Mara Vell.",
             [name_h, name_r], key="person:mara-vell:name"),
        Flag("number_conflict", "high", 0.92, "Deaths in the Port Alder earthquake",
             "Coastal Herald and Ridge Radio report 12 dead; Valley Post reports 19.",
             [dead_h, dead_p, dead_r], key="event:port-alder-quake:count:dead", newer_source="post"),
        Flag("place_conflict", "high", 0.85, "Place of the Tuesday briefing",
             "Coastal Herald says the briefing would be in Kestrel Bay; Valley Post says it was held in Port Alder.",
             [place_h, place_p], key="event:briefing:place", newer_source="post"),
        Flag("title_conflict", "medium", 0.8, "Mara Vell's title",
             "Valley Post calls her Deputy Regional Commissioner; Coastal Herald, Regional Commissioner.",
             [title_h, title_p], key="person:mara-vell:title", newer_source="post"),
        Flag("single_source", "low", 0.6, "Magnitude of the earthquake",
             "Only Coastal Herald gives the magnitude (6.1).", [magnitude], key="event:port-alder-quake:magnitude"),
    ]
    entities = [
        Entity("e-vell", "PERSON", "Mara Vell", [mention(herald, "Mara Vell", "PERSON", "e-vell"),
                                                 mention(post, "Mara Vell", "PERSON", "e-vell"),
                                                 mention(radio, "Mara Velle", "PERSON", "e-vell")]),
        Entity("e-alder", "PLACE", "Port Alder", [mention(herald, "Port Alder", "PLACE", "e-alder"),
                                                  mention(post, "Port Alder", "PLACE", "e-alder")],
               info={"country": "Nowhere"}),
        Entity("e-kestrel", "PLACE", "Kestrel Bay", [mention(herald, "Kestrel Bay", "PLACE", "e-kestrel")]),
        Entity("e-quake", "EVENT", "Port Alder earthquake",
               [mention(herald, "earthquake", "EVENT", "e-quake"), mention(post, "earthquake", "EVENT", "e-quake")]),
    ]
    problems = [LoadProblem("sources/broken.pdf", "unsupported file type .pdf; use .txt, .md, .html, .json or .jsonl")]
    mentions = [m for e in entities for m in e.mentions]
    return Analysis(sources=[herald, post, radio], problems=problems, claims=claims, entities=entities,
                    flags=flags, mentions=mentions)


HOSTILE_TEXT = (
    'The mayor said "<script>alert(\'pwned\')</script>" was 5 & 6 <b>bold</b> words. '
    "Another outlet says it was 7 words."
)


def make_hostile_analysis() -> Analysis:
    """Source text, outlet, title and url that try to inject markup and script."""
    bad = Source(id="bad", text=HOSTILE_TEXT, title="</title><script>alert(1)</script>",
                 outlet='<img src=x onerror="alert(2)">', url="javascript:alert(3)",
                 published=dt.datetime(2025, 1, 2))
    other = Source(id="other", text="It was 7 words, the paper said '</script><script>alert(4)</script>'.",
                   outlet="Quote's & \"Co\"", url="https://other.example/a?b=1&c=2")
    c1 = claim(bad, "<script>alert('pwned')</script>", "quote", subject="Mayor <script>", kind="quote",
               value_type="quote")
    c2 = claim(other, "7", "count:words", subject="Mayor <script>", kind="quantity", value_type="number")
    flag = Flag("quote_mismatch", "medium", 0.5, 'Mayor "<script>"',
                "</p><script>alert(5)</script> differs", [c1, c2], key="hostile")
    return Analysis(sources=[bad, other], problems=[LoadProblem("<x>.txt", "<script>alert(6)</script>")],
                    claims=[c1, c2], entities=[], flags=[flag])
