"""Loading articles: every supported format, and bad files reported by name while the rest load."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reconcile.load import load_sources

ARTICLE = "Floods in Lyon on Sunday killed twelve people, the regional prefecture said."


def _by_id(sources):
    return {s.id: s for s in sources}


def test_text_with_front_matter(tmp_path):
    (tmp_path / "rhone.md").write_text(
        "---\ntitle: Floods kill twelve near Lyon\noutlet: Rhone Daily\nurl: https://example.org/floods\n"
        "published: 2025-03-10T08:30:00\n---\n" + ARTICLE + "\n",
        encoding="utf-8",
    )
    sources, problems = load_sources([tmp_path])
    assert problems == []
    [source] = sources
    assert source.id == "rhone"
    assert source.title == "Floods kill twelve near Lyon"
    assert source.outlet == "Rhone Daily"
    assert source.url == "https://example.org/floods"
    assert source.published == dt.datetime(2025, 3, 10, 8, 30)
    assert source.text == ARTICLE  # the front matter is not part of the article text
    assert source.label == "Rhone Daily"


def test_plain_text_takes_its_headline_as_title(tmp_path):
    (tmp_path / "wire.txt").write_text("Lyon floods leave 12 dead\n" + ARTICLE + "\n", encoding="utf-8")
    sources, problems = load_sources([tmp_path / "wire.txt"])
    assert problems == []
    assert sources[0].title == "Lyon floods leave 12 dead"
    assert sources[0].published is None
    assert ARTICLE in sources[0].text


HTML = """<!doctype html>
<html><head>
<title>Lyon floods | Euro Wire</title>
<meta property="og:title" content="Death toll in French floods rises">
<meta property="og:site_name" content="Euro Wire">
<meta property="article:published_time" content="2025-03-11T07:00:00Z">
<link rel="canonical" href="https://example.org/euro-wire/floods">
<script>var tracking = "do not keep this";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Death toll in French floods rises</h1>
<p>The floods in France on Sunday killed 12 people, officials said.</p>
<p>About 320 residents were evacuated from their homes.</p>
</article>
<footer>Copyright Euro Wire. Subscribe now.</footer>
</body></html>
"""


def test_html_page_gives_title_date_and_main_text(tmp_path):
    (tmp_path / "euro.html").write_text(HTML, encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert problems == []
    [page] = sources
    assert page.title == "Death toll in French floods rises"
    assert page.outlet == "Euro Wire"
    assert page.url == "https://example.org/euro-wire/floods"
    assert page.published is not None
    assert (page.published.year, page.published.month, page.published.day, page.published.hour) == (2025, 3, 11, 7)
    assert "killed 12 people" in page.text
    assert "About 320 residents" in page.text
    for chrome in ("tracking", "color: red", "Home", "Subscribe"):
        assert chrome not in page.text
    # Paragraphs stay apart, so sentences of two paragraphs never run together.
    assert "officials said.\nAbout 320" in page.text


def test_json_records(tmp_path):
    records = [
        {"id": "wire-1", "title": "Floods in Lyon", "outlet": "Wire", "published": "2025-03-10",
         "text": ARTICLE},
        {"title": "Toll rises", "outlet": "Post", "date": "March 12, 2025",
         "body": "The floods in Lyon on Sunday killed 19 people, the mayor said."},
    ]
    (tmp_path / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "single.json").write_text(json.dumps({"text": ARTICLE, "outlet": "Solo"}), encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert problems == []
    by_id = _by_id(sources)
    assert set(by_id) == {"wire-1", "feed-2", "single"}
    assert by_id["wire-1"].outlet == "Wire"
    assert by_id["wire-1"].published == dt.datetime(2025, 3, 10)
    assert by_id["feed-2"].published.date() == dt.date(2025, 3, 12)
    assert "killed 19 people" in by_id["feed-2"].text
    assert by_id["single"].outlet == "Solo"


def test_json_lines_records(tmp_path):
    lines = [
        json.dumps({"outlet": "Wire", "text": ARTICLE}),
        "",
        json.dumps({"outlet": "Post", "text": "The floods killed 19 people.", "published": "2025-03-12"}),
    ]
    (tmp_path / "stream.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert problems == []
    assert [(s.id, s.outlet) for s in sources] == [("stream-1", "Wire"), ("stream-2", "Post")]


def test_files_in_a_folder_load_in_a_stable_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    sources, _ = load_sources([tmp_path])
    assert [s.id for s in sources] == ["a", "b", "c"]


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(ARTICLE, encoding="utf-8")
    sources, _ = load_sources([tmp_path])
    assert len({s.id for s in sources}) == 2


LATIN_1 = "Flooding in Besançon: the préfet said the Doubs rose two metres; a café near the église was evacuated."


def test_latin_1_file_loads(tmp_path):
    (tmp_path / "besancon.txt").write_bytes(LATIN_1.encode("latin-1"))
    sources, problems = load_sources([tmp_path])
    assert problems == []
    [source] = sources
    assert source.text == LATIN_1


# Short Latin-1 articles that charset detection currently takes for another code page.
MISREAD_LATIN_1 = [
    "Flooding in Besançon: the préfet said the Doubs rose 2 metres; a café and the église were evacuated. "
    "Mayor Anne Vignot spoke at the hôtel de ville.",
    "Río Piedras: José Núñez, 47, said the water reached the second floor of the edificio.",
    "The café near the Limmat was flooded, officials in Zürich said on Tuesday. Señora Müller, 54, was rescued.",
]


@pytest.mark.parametrize("text", MISREAD_LATIN_1, ids=["french", "spanish", "german-spanish"])
def test_latin_1_file_keeps_its_accents(tmp_path, text):
    (tmp_path / "article.txt").write_bytes(text.encode("latin-1"))
    sources, problems = load_sources([tmp_path])
    assert problems == []
    assert sources[0].text == text


def test_utf_8_with_byte_order_mark(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffZürich: ".encode() + ARTICLE.encode("utf-8"))
    sources, _ = load_sources([tmp_path])
    assert sources[0].text.startswith("Zürich: Floods")


def test_windows_line_ends(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"Headline\r\n" + ARTICLE.encode() + b"\r\nSecond paragraph.\r\n")
    sources, _ = load_sources([tmp_path])
    assert "\r" not in sources[0].text
    assert sources[0].text.splitlines()[-1] == "Second paragraph."


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.md": (b"\n \n\t\n", "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    "broken.json": (b'{"text": "Floods in Lyon", ', "not valid JSON"),
    "broken.jsonl": (b'{"text": "one"}\n{"text": \n', "line 2"),
    "list.json": (b'[{"text": "one"}, 42]', "record 2"),
    "notext.json": (b'{"title": "no body here"}', "no 'text'"),
    "frontmatter.md": (b"---\ntitle: [unclosed\n---\nBody text.\n", "front matter"),
    "baddate.md": (b"---\npublished: not a date at all\n---\nBody text.\n", "publication date"),
    "onlymeta.md": (b"---\ntitle: Nothing else\n---\n\n", "no article text"),
}


def test_bad_files_are_reported_by_name_and_the_rest_load(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "zz-good.md").write_text("---\noutlet: Post\n---\n" + ARTICLE, encoding="utf-8")
    for name, (data, _) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    unsupported = tmp_path / "notes.docx"
    unsupported.write_bytes(b"PK\x03\x04 not really a document")
    missing = tmp_path / "gone.txt"

    sources, problems = load_sources([tmp_path, unsupported, missing])

    # The good records of a JSON list and of a JSON Lines file are read; the bad ones are named.
    assert [s.id for s in sources] == ["broken-1", "good", "list-1", "zz-good"]
    assert [s.text for s in sources] == ["one", ARTICLE, "one", ARTICLE]
    by_file = {p.path.rsplit("/", 1)[-1]: p.message for p in problems}
    assert set(by_file) == set(BAD_FILES) | {"notes.docx", "gone.txt"}
    for name, (_, words) in BAD_FILES.items():
        assert words in by_file[name], (name, by_file[name])
    assert "unsupported file type .docx" in by_file["notes.docx"]
    assert "no such file" in by_file["gone.txt"]
    for problem in problems:
        assert problem.path.startswith(str(tmp_path))  # the full path, so the user can find the file


def test_a_folder_with_only_bad_files_gives_problems_and_no_sources(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    sources, problems = load_sources([tmp_path])
    assert sources == []
    assert [p.message for p in problems] == ["is empty"]
