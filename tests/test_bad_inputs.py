"""Hostile and broken inputs: each bad file is named with its reason, and the rest of the run goes on.

One test per kind of bad input a fact-checker's folder may hold, then a whole run
over the demo articles mixed with every kind at once.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli import main
from reconcile.load import MAX_BYTES, MAX_CHARS, MAX_HTML_BYTES, load_sources

SOURCES = Path(__file__).resolve().parents[1] / "sources"
GOOD = "Floods in Lyon on Sunday killed twelve people, the regional prefecture said."
RUSSIAN = "Наводнение в Лионе унесло жизни двенадцати человек, сообщила префектура в воскресенье."
FRENCH = "À Besançon, le préfet a déclaré que le Doubs était monté de deux mètres; un café près de l'église a été évacué."


def load_with_good(folder: Path, *extra):
    """Load ``folder`` (which holds good.txt) and return (sources by id, {file name: [messages]}, problems)."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    sources, problems = load_sources([folder, *extra])
    messages: dict[str, list[str]] = {}
    for p in problems:
        messages.setdefault(Path(p.path).name, []).append(p.message)
    assert "good" in {s.id for s in sources}, "a bad file stopped the good one from loading"
    assert next(s for s in sources if s.id == "good").text == GOOD
    return {s.id: s for s in sources}, messages, problems


def only_problem(problems, name):
    [problem] = [p for p in problems if Path(p.path).name == name]
    assert Path(problem.path).is_absolute() or "/" in problem.path  # the user can find the file
    return problem


# -- files that cannot be read: named with the reason, and skipped --------------------------------


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "spaces.md").write_bytes(b"  \n\t\n")
    sources, messages, problems = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    assert messages == {"empty.txt": ["is empty"], "spaces.md": ["is empty"]}
    assert only_problem(problems, "empty.txt").skipped


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks like a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "looks like a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "looks like a ZIP archive"),
        (bytes(range(256)) * 8, "binary file"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 14, 15, 16, 17, 18, 19, 20]) * 200 + b"abc", "mostly control characters"),
    ],
    ids=["png", "pdf", "zip", "all-bytes", "control-characters"],
)
def test_binary_file_with_a_text_name(tmp_path, data, words):
    (tmp_path / "saved.txt").write_bytes(data)
    sources, messages, problems = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    assert words in messages["saved.txt"][0]
    assert "not text" in messages["saved.txt"][0]


def test_control_characters_are_those_of_unicode_category_cc_but_whitespace():
    import unicodedata

    from reconcile.decode import _CONTROL

    expected = {chr(i) for i in range(0x110000) if unicodedata.category(chr(i)) == "Cc"} - set("\t\n\r\f\v")
    assert {ch for ch in map(chr, range(0x110000)) if _CONTROL.fullmatch(ch)} == expected


def test_malformed_json_names_the_line(tmp_path):
    (tmp_path / "feed.json").write_text('[\n  {"text": "one"},\n  {"text": "two",\n]\n', encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    [message] = messages["feed.json"]
    assert message.startswith("is not valid JSON (line 4")


def test_malformed_json_lines_skip_the_bad_line_and_keep_the_others(tmp_path):
    lines = [json.dumps({"text": GOOD, "outlet": "Wire"}), "", '{"text": "broken', json.dumps({"text": "Fine too."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources, messages, problems = load_with_good(tmp_path)
    assert [s.text for s in sources.values() if s.path.endswith("feed.jsonl")] == [GOOD, "Fine too."]
    [message] = messages["feed.jsonl"]
    assert message.startswith("line 3 is not valid JSON") and "skipped" in message  # the line in the file
    assert not only_problem(problems, "feed.jsonl").skipped  # the file itself was read


def test_json_lines_with_no_good_line(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"text": \n[1, 2]\n', encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    assert messages["feed.jsonl"][0].startswith("has no readable record (line 1 is not valid JSON")


def test_html_without_a_body(tmp_path):
    (tmp_path / "head-only.html").write_text(
        "<html><head><title>Floods</title><meta property='og:site_name' content='Wire'></head></html>",
        encoding="utf-8")
    (tmp_path / "scripts.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    for name in ("head-only.html", "scripts.html"):
        assert messages[name] == ["HTML page has no readable text (no body, or nothing in it but markup)"]


def test_deeply_nested_json_is_named(tmp_path):
    (tmp_path / "deep.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    sources, messages, _ = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    assert messages["deep.json"] == ["JSON is nested too deeply to be read"]


def test_deeply_nested_html_page_is_read(tmp_path):
    depth = 20_000
    (tmp_path / "deep.html").write_text(
        "<html><body>" + "<div>" * depth + f"<p>{GOOD}</p>" + "</div>" * depth + "</body></html>", encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert messages == {}
    assert sources["deep"].text == GOOD


def test_very_large_files_are_refused_by_size(tmp_path):
    (tmp_path / "huge.html").write_bytes(b"<html><body>" + b"<p>Words and more words.</p>" * (MAX_HTML_BYTES // 28 + 10))
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: the size is checked before anything is read
    (tmp_path / "long.txt").write_text("Many words here. " * (MAX_CHARS // 17 + 10), encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    assert messages["huge.html"][0].startswith("is ") and f"the limit is {MAX_HTML_BYTES:,}" in messages["huge.html"][0]
    assert f"the limit is {MAX_BYTES:,}" in messages["huge.txt"][0]
    assert f"the limit is {MAX_CHARS:,}" in messages["long.txt"][0] and "characters" in messages["long.txt"][0]


def _load_as_nobody(paths):
    """load_sources run by an unprivileged user (root reads every file, whatever its permissions)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            sources, problems = load_sources(paths)
            out = json.dumps({"sources": [s.id for s in sources],
                              "problems": [[p.path, p.message] for p in problems]}).encode()
            os.write(write_end, out)
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    os.waitpid(pid, 0)
    return json.loads(data)


def test_unreadable_file_is_named_with_permission_denied():
    folder = Path(tempfile.mkdtemp(prefix="reconcile-perm-"))
    try:
        folder.chmod(0o755)
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        (folder / "good.txt").chmod(0o644)
        locked = folder / "locked.txt"
        locked.write_text(GOOD, encoding="utf-8")
        locked.chmod(0o000)
        if os.geteuid() == 0:
            result = _load_as_nobody([folder])
        else:
            sources, problems = load_sources([folder])
            result = {"sources": [s.id for s in sources], "problems": [[p.path, p.message] for p in problems]}
        assert result["sources"] == ["good"]
        assert result["problems"] == [[str(locked), "cannot be read: permission denied"]]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_named_pipe_is_not_read(tmp_path):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)  # nothing ever writes to it: reading it would wait for ever
    sources, messages, _ = load_with_good(tmp_path, pipe)
    assert set(sources) == {"good"}
    assert messages == {"feed.txt": ["is not a regular file (a pipe, a socket or a device); not read"]}


# -- files read correctly, with a note when the user should know -----------------------------------


def test_cp1251_file_is_read_in_its_encoding(tmp_path):
    (tmp_path / "ria.txt").write_bytes(RUSSIAN.encode("cp1251"))
    sources, messages, _ = load_with_good(tmp_path)
    assert messages == {}
    assert sources["ria"].text == RUSSIAN


def test_latin_1_file_is_read_in_its_encoding(tmp_path):
    (tmp_path / "est.txt").write_bytes(FRENCH.encode("latin-1"))
    sources, messages, _ = load_with_good(tmp_path)
    assert messages == {}
    assert sources["est"].text == FRENCH


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf_16_and_32_with_a_byte_order_mark(tmp_path, codec):
    data = FRENCH.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "wide.md").write_bytes(data)
    sources, messages, _ = load_with_good(tmp_path)
    assert messages == {}
    assert sources["wide"].text == FRENCH


def test_a_broken_utf_16_file_is_named(tmp_path):
    (tmp_path / "wide.txt").write_bytes(b"\xff\xfe" + "Floods".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    sources, messages, _ = load_with_good(tmp_path)
    assert "wide" not in sources
    assert messages["wide.txt"][0].startswith("starts with a UTF-16 byte order mark but is not valid UTF-16")


def test_invalid_utf_8_bytes_are_replaced_and_named(tmp_path):
    data = FRENCH.encode("utf-8").replace("près".encode(), b"pr\xe8s")  # one Latin-1 byte in UTF-8 text
    (tmp_path / "mixed.txt").write_bytes(data)
    sources, messages, problems = load_with_good(tmp_path)
    assert sources["mixed"].text == FRENCH.replace("près", "pr\ufffds")  # the rest keeps its accents
    assert messages["mixed.txt"] == ["has 1 byte that is not valid UTF-8; read as UTF-8 with \ufffd in their place"]
    assert not only_problem(problems, "mixed.txt").skipped


def test_the_same_file_given_twice_is_read_once(tmp_path):
    sources, messages, problems = load_with_good(tmp_path, tmp_path / "good.txt", tmp_path / "." / "good.txt")
    assert list(sources) == ["good"]
    assert messages["good.txt"] == [f"is given more than once (as {tmp_path / 'good.txt'}); read once"] * 2
    assert not any(p.skipped for p in problems)


def test_two_files_with_the_same_id_both_load_and_the_rename_is_named(tmp_path):
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"{GOOD} ({folder})", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "wire-7", "text": "First."}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "wire-7", "text": "Second."}), encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert sources["story"].text.endswith("(monday)") and sources["story-2"].text.endswith("(tuesday)")
    assert (sources["wire-7"].text, sources["wire-7-2"].text) == ("First.", "Second.")
    assert messages["story.txt"] == [f"has the id 'story' of {tmp_path / 'monday/story.txt'}; loaded as 'story-2'"]
    assert messages["b.json"] == [f"has the id 'wire-7' of {tmp_path / 'a.json'}; loaded as 'wire-7-2'"]


def test_an_output_folder_inside_the_inputs_is_not_read_as_articles(tmp_path):
    (tmp_path / "article.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "reports"
    reconcile.run([tmp_path], out)
    (out / "my-notes.md").write_text("The reviewer's own notes.", encoding="utf-8")
    sources, problems = load_sources([tmp_path])
    assert problems == []
    assert sorted(s.id for s in sources) == ["article", "my-notes"]  # not report, flags, sources...


# -- whole runs -------------------------------------------------------------------------------------


def test_a_run_where_no_source_can_be_read_exits_1_and_says_why(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no source could be read (")
    assert f"{tmp_path / 'empty.txt'}: is empty" in result.stderr
    assert f"{tmp_path / 'photo.txt'}: looks like a PNG image" in result.stderr
    assert not (tmp_path / "out" / "report.html").exists()


def test_a_run_with_no_input_file_at_all_exits_1(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no source could be read (no input files were found)" in result.stderr


def test_run_without_inputs_is_a_usage_error():
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert "give the articles to compare" in result.stderr


BAD_KINDS = {
    # name: (bytes, words the user sees, whether the file is read all the same)
    "empty.txt": (b"", "is empty", False),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "looks like a PNG image", False),
    "broken.json": (b'{"text": "Talks resumed", ', "is not valid JSON (line 1", False),
    "feed.jsonl": (b'{"text": \n', "has no readable record (line 1 is not valid JSON", False),
    "nobody.html": (b"<html><head><title>Talks</title></head></html>", "HTML page has no readable text", False),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply", False),
    "huge.html": (b"<p>x</p>" * (MAX_HTML_BYTES // 8 + 1), f"the limit is {MAX_HTML_BYTES:,}", False),
    "frontmatter.md": (b"---\ntitle: [unclosed\n---\nBody text.\n", "front matter is not valid YAML", False),
    "wide.txt": (b"\xff\xfe" + "Talks".encode("utf-16-le") + b"\x00\xd8", "not valid UTF-16", False),
    "mixed.txt": (FRENCH.encode().replace("près".encode(), b"pr\xe8s"), "1 byte that is not valid UTF-8", True),
}
READ_WELL = {
    "ria.txt": RUSSIAN.encode("cp1251"),
    "est.txt": FRENCH.encode("latin-1"),
    "bom16.md": FRENCH.encode("utf-16"),
    "deep-page.html": ("<html><body>" + "<div>" * 5000 + f"<p>{FRENCH}</p>" + "</div>" * 5000).encode(),
    "first.json": json.dumps({"id": "wire-7", "text": FRENCH}).encode(),
    "second.json": json.dumps({"id": "wire-7", "text": RUSSIAN}).encode(),
}


@pytest.fixture(scope="module")
def seeds_alone():
    return reconcile.analyse([SOURCES])


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the demo sources/ folder is missing")
def test_a_folder_mixing_the_seeds_with_every_bad_kind_runs_to_completion(tmp_path, seeds_alone):
    folder = tmp_path / "story"
    folder.mkdir()
    for seed in sorted(SOURCES.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for name, (data, _, _) in BAD_KINDS.items():
        (folder / name).write_bytes(data)
    for name, data in READ_WELL.items():
        (folder / name).write_bytes(data)
    first_seed = sorted(SOURCES.glob("*.txt"))[0]
    out = tmp_path / "reports"

    result = CliRunner().invoke(main, ["run", str(folder), str(folder / first_seed.name), "--out", str(out),
                                       "-j", "1"])

    assert result.exit_code == 0, result.output + result.stderr
    lines = result.stderr.splitlines()
    problems = json.loads((out / "sources.json").read_text(encoding="utf-8"))["problems"]
    by_name = {Path(p["path"]).name: p for p in problems}
    for name, (_, words, read) in BAD_KINDS.items():
        line = next((ln for ln in lines if f"{folder / name}:" in ln), None)
        assert line is not None, f"{name} is not named on stderr"
        assert words in line, line
        assert line.startswith("Note:" if read else "Skipped"), line
        assert words in by_name[name]["message"] and by_name[name]["skipped"] is (not read)
    twice = by_name[first_seed.name]
    assert "given more than once" in twice["message"] and twice["skipped"] is False
    renamed = by_name["second.json"]
    assert renamed["message"] == f"has the id 'wire-7' of {folder / 'first.json'}; loaded as 'wire-7-2'"
    assert f"Note: {folder / 'second.json'}: has the id 'wire-7'" in result.stderr

    loaded = {s["id"]: s for s in json.loads((out / "sources.json").read_text(encoding="utf-8"))["sources"]}
    assert {"ria", "est", "bom16", "mixed", "deep-page", "wire-7", "wire-7-2"} <= set(loaded)
    assert set(loaded) >= {s.id for s in seeds_alone.sources}
    # The seeds' discrepancies are all still flagged, with the same ids.
    flags = {f["id"]: f for f in json.loads((out / "flags.json").read_text(encoding="utf-8"))}
    assert seeds_alone.flags
    for flag in seeds_alone.flags:
        assert flag.id in flags, (flag.kind, flag.subject)
    kinds = {f["kind"] for f in flags.values()}
    assert {"place_conflict", "ordinal_conflict", "title_conflict", "name_variant"} <= kinds
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "Files that could not be read" in report and "Read, with a note" in report


def test_a_yaml_alias_bomb_in_front_matter_is_refused_quickly(tmp_path):
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        levels.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    (tmp_path / "bomb.md").write_text("---\n" + "\n".join(levels) + "\ntitle: *i\n---\nBody text.\n", encoding="utf-8")
    (tmp_path / "list.md").write_text("---\noutlet: [Wire, Post]\n---\nBody text.\n", encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)  # 9**9 strings, were the title turned into text
    assert messages == {"bomb.md": ["front matter: 'title' is a list of lists or mappings, not text"]}
    assert sources["list"].outlet == "Wire, Post"


def test_metadata_that_is_too_long_is_refused(tmp_path):
    (tmp_path / "long.json").write_text(json.dumps({"text": GOOD, "title": "x" * 5000}), encoding="utf-8")
    sources, messages, _ = load_with_good(tmp_path)
    assert set(sources) == {"good"}
    assert messages == {"long.json": ["has no readable record (record 1: 'title' is 5,000 characters long; "
                                      "the limit is 2,000)"]}
