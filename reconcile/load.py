"""Load articles from disk into ``Source`` records.

Supported inputs: plain text and Markdown (optional YAML front matter with
title, outlet, url, published), HTML (main text, title and publication date
taken from the page), JSON (one record or a list of records) and JSON Lines.
A file that cannot be read becomes a ``LoadProblem`` and the rest go on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import yaml

from reconcile.decode import decode_with_note
from reconcile.errors import SourceError
from reconcile.models import LoadProblem, Source

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20_000_000  # a file larger than this is not read at all
MAX_HTML_BYTES = 5_000_000  # a web page larger than this is not parsed (markup costs far more than text)
MAX_CHARS = 1_000_000  # article text longer than this is refused: the language model's own limit

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader when the wheel has it
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)

def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Expand folders into the readable files they hold, in a stable order; web addresses pass through."""
    for raw in paths:
        if isinstance(raw, str) and _has_scheme(raw) and not Path(raw).exists():
            yield raw.strip()  # a web address; one that is not http(s) is refused when fetched, by name
            continue
        path = Path(raw)
        if path.is_dir():
            written = _written_by_reconcile(path)
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    if child not in written:
                        yield child
        else:
            yield path


def _written_by_reconcile(folder: Path) -> set[Path]:
    """The files of reconcile's output folders under ``folder`` (its report, exports), never read as articles."""
    written: set[Path] = set()
    for manifest in folder.rglob(".reconcile-manifest.json"):
        try:
            files = json.loads(manifest.read_text(encoding="utf-8")).get("files", {})
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(files, dict):
            written |= {manifest.parent / name for name in files}
    return written


def is_url(text: str) -> bool:
    """True for one web address (``http://`` or ``https://`` and no spaces)."""
    text = text.strip()
    return bool(re.match(r"(?i)https?://\S+\Z", text))


def _has_scheme(text: str) -> bool:
    return bool(re.match(r"(?i)\s*[a-z][a-z0-9+.-]+:", text))


def load_sources(
    paths: Iterable[str | Path],
    *,
    fetch: Callable[[str], Source] | None = None,
) -> tuple[list[Source], list[LoadProblem]]:
    """Read every file (and web address) under ``paths``; return the sources and what went wrong.

    Nothing one file does stops the others: each failure becomes a ``LoadProblem``
    naming the file and the reason. ``fetch`` reads one web address (by default
    ``reconcile.fetch.fetch_url``).
    """
    sources: list[Source] = []
    problems: list[LoadProblem] = []
    ids: dict[str, str] = {}  # id -> the file it came from
    seen_files: dict[str, str] = {}  # resolved path (or url) -> as the user gave it
    for item in iter_files(paths):
        name = str(item)
        key = item if isinstance(item, str) else _resolved(item)
        if key in seen_files:
            problems.append(LoadProblem(name, f"is given more than once (as {seen_files[key]}); read once",
                                        skipped=False))
            continue
        seen_files[key] = name
        loaded, found = _load_item(item, fetch)
        problems.extend(found)
        for source in loaded:
            if len(source.text) > MAX_CHARS:
                problems.append(LoadProblem(
                    source.path or name,
                    f"has {len(source.text):,} characters of text; the limit is {MAX_CHARS:,} "
                    "(split it into several files)"))
                continue
            sid = source.id
            n = 2
            while sid in ids:  # two files with the same stem in different folders, or the same record id
                sid = f"{source.id}-{n}"
                n += 1
            if sid != source.id:
                problems.append(LoadProblem(
                    source.path or name,
                    f"has the id {source.id!r} of {ids[source.id]}; loaded as {sid!r}", skipped=False))
                source = replace(source, id=sid)
            ids[sid] = source.path or name
            sources.append(source)
    return sources, problems


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _load_item(item: Path | str, fetch: Callable[[str], Source] | None) -> tuple[list[Source], list[LoadProblem]]:
    """The sources of one file or web address, and its problems; never raises for bad input."""
    name = str(item)
    try:
        if isinstance(item, str):
            return [(fetch or _default_fetch())(item)], []
        urls = url_list(item)
        if urls is not None:
            return _fetch_all(urls, fetch or _default_fetch())
        return load_file_checked(item)
    except SourceError as err:
        return [], [LoadProblem(err.path or name, err.problem)]
    except RecursionError:
        return [], [LoadProblem(name, "is nested too deeply to be read")]
    except MemoryError:
        return [], [LoadProblem(name, "is too large to be read in memory")]
    except Exception as err:  # a defect on hostile input must not end the run; name it instead
        return [], [LoadProblem(name, f"could not be read ({type(err).__name__}: {err})")]


def _fetch_all(urls: list[str], fetch: Callable[[str], Source]) -> tuple[list[Source], list[LoadProblem]]:
    sources, problems = [], []
    for url in urls:
        try:
            sources.append(fetch(url))
        except SourceError as err:
            problems.append(LoadProblem(err.path or url, err.problem))
        except Exception as err:
            problems.append(LoadProblem(url, f"could not be fetched ({type(err).__name__}: {err})"))
    return sources, problems


def _default_fetch() -> Callable[[str], Source]:
    from reconcile.fetch import fetch_url

    return fetch_url


def url_list(path: Path) -> list[str] | None:
    """The web addresses of a text file that lists only addresses (one a line; ``#`` starts a comment)."""
    if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
        return None
    try:
        if path.stat().st_size > 1_000_000:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if lines and all(is_url(ln) for ln in lines):
        return list(dict.fromkeys(lines))
    return None


def load_file(path: Path) -> list[Source]:
    """Read one file; raise ``SourceError`` naming the file and the problem."""
    sources, problems = load_file_checked(path)
    if not sources and problems:
        raise SourceError(problems[0].path, problems[0].message)
    return sources


def load_file_checked(path: Path) -> tuple[list[Source], list[LoadProblem]]:
    """Read one file: its sources, and what the user should know about it (bad records, replaced bytes).

    Raises ``SourceError`` when nothing of the file can be read.
    """
    if not path.exists():
        raise SourceError(str(path), "no such file")
    if path.is_dir():
        raise SourceError(str(path), "is a folder, not a file")
    if not path.is_file():  # reading a pipe or a device could wait for ever
        raise SourceError(str(path), "is not a regular file (a pipe, a socket or a device); not read")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .json or .jsonl")
    try:
        size = path.stat().st_size
        limit = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_BYTES
        if size > limit:
            raise SourceError(str(path), f"is {size:,} bytes; the limit is {limit:,} for a {suffix} file")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError as err:
        raise SourceError(str(path), "cannot be read: permission denied") from err
    except OSError as err:
        raise SourceError(str(path), f"cannot be read ({err.strerror or err})") from err
    if len(data) > limit:
        raise SourceError(str(path), f"is more than {limit:,} bytes; the limit for a {suffix} file")
    sources, note, skipped = parse_bytes(data, path)
    return sources, [LoadProblem(str(path), n, skipped=False) for n in ([note] if note else []) + skipped]


def parse_bytes(data: bytes, path: Path) -> tuple[list[Source], str, list[str]]:
    """The sources in the bytes of a file named ``path`` (its suffix says the format).

    Returns the sources, a note on the decoding ("" when the bytes were read as
    they are) and a note per record that was skipped. Raises ``SourceError``
    when nothing can be read.
    """
    name = str(path)
    suffix = path.suffix.lower()
    if not data.strip():
        raise SourceError(name, "is empty")
    text, note = decode_with_note(data, name)
    skipped: list[str] = []
    if suffix in HTML_SUFFIXES:
        sources = [_from_html(path, text)]
    elif suffix in JSON_SUFFIXES:
        sources = _from_json(path, text, skipped)
    elif suffix in JSONL_SUFFIXES:
        sources = _from_jsonl(path, text, skipped)
    else:
        sources = [_from_text(path, text)]
    return sources, note, skipped


def _from_json(path: Path, text: str, skipped: list[str]) -> list[Source]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as err:
        raise SourceError(str(path), f"is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from err
    except RecursionError as err:
        raise SourceError(str(path), "JSON is nested too deeply to be read") from err
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        raise SourceError(str(path), "JSON must be an object or a list of objects")
    if not records:
        raise SourceError(str(path), "holds an empty list: no records")
    return _records(path, [(i + 1, rec, f"record {i + 1}") for i, rec in enumerate(records)], skipped)


def _from_jsonl(path: Path, text: str, skipped: list[str]) -> list[Source]:
    numbered = [(n, ln) for n, ln in enumerate(text.split("\n"), start=1) if ln.strip()]
    if not numbered:
        raise SourceError(str(path), "is empty")
    items = []
    for n, line in numbered:
        try:
            items.append((len(items) + 1, json.loads(line), f"line {n}"))
        except json.JSONDecodeError as err:
            skipped.append(f"line {n} is not valid JSON ({err.msg}); the line is skipped")
        except RecursionError:
            skipped.append(f"line {n} is nested too deeply; the line is skipped")
    count = len(numbered)
    return _records(path, items, skipped, count=count)


def _records(path: Path, items: list[tuple[int, object, str]], skipped: list[str],
             count: int | None = None) -> list[Source]:
    """A source per good record; a note in ``skipped`` per bad one; ``SourceError`` when none is good."""
    count = len(items) if count is None else count
    out = []
    for index, rec, where in items:
        try:
            out.append(_from_record(path, rec, index - 1, count, where))
        except SourceError as err:
            skipped.append(f"{err.problem}; skipped")
    if not out:
        reasons = "; ".join(s.removesuffix("; skipped").removesuffix("; the line is skipped") for s in skipped[:3])
        skipped.clear()
        raise SourceError(str(path), f"has no readable record ({reasons})" if reasons else "has no readable record")
    return out


def parse_published(value: object, name: str = "") -> dt.datetime | None:
    """Parse a publication date from front matter or metadata."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    if not any(ch.isdigit() for ch in text):  # "yesterday", "Monday": no date to file a report under
        raise SourceError(name, f"publication date {text!r} is not a date (it names no day and year)")
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise SourceError(name, f"publication date {text!r} is not a date")
    return parsed


def _from_text(path: Path, text: str) -> Source:
    meta: dict = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            meta = yaml.load(match.group(1), Loader=YAML_LOADER) or {}
        except yaml.YAMLError as err:
            raise SourceError(str(path), f"front matter is not valid YAML ({err})") from err
        if not isinstance(meta, dict):
            raise SourceError(str(path), "front matter must be a mapping of keys to values")
        body = text[match.end():]
    body = body.strip("\n")
    if not body.strip():
        raise SourceError(str(path), "has no article text")
    field = _fields(meta, str(path), "front matter")
    title = field("title")
    return Source(
        id=path.stem,
        text=body,
        title=title or _first_line(body),
        outlet=field("outlet") or field("source"),
        url=field("url"),
        published=parse_published(field("published") or field("date"), str(path)),
        language=field("language") or "en",
        path=str(path),
    )


def _from_record(path: Path, rec: object, index: int, count: int, where: str = "") -> Source:
    where = where or f"record {index + 1}"
    if not isinstance(rec, dict):
        raise SourceError(str(path), f"{where} is not an object")
    text = rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(str(path), f"{where} has no 'text'")
    field = _fields(rec, str(path), where)
    sid = field("id") or (path.stem if count == 1 else f"{path.stem}-{index + 1}")
    return Source(
        id=sid,
        text=text.replace("\r\n", "\n").strip("\n"),
        title=field("title") or _first_line(text),
        outlet=field("outlet") or field("source"),
        url=field("url"),
        published=parse_published(field("published") or field("date"), str(path)),
        language=field("language") or "en",
        path=str(path),
    )


def _from_html(path: Path, html: str) -> Source:
    """The article of a web page: main text (trafilatura), title, outlet, address and date (reconcile.webpage)."""
    from reconcile.webpage import read_page

    page = read_page(html)
    if not page.text.strip():
        raise SourceError(str(path), "HTML page has no readable text (no body, or nothing in it but markup)")
    published = parse_published(page.published, str(path)) if page.published else None
    return Source(id=path.stem, text=page.text, title=page.title or _first_line(page.text), outlet=page.outlet,
                  url=page.url, published=published, path=str(path))


MAX_FIELD_CHARS = 2_000  # a title, outlet or address longer than this is not metadata


def _fields(meta: dict, name: str, where: str) -> Callable[[str], str]:
    """A reader of one metadata field as text ("" when absent); lists, mappings and huge values are refused.

    (A YAML alias bomb would otherwise expand when turned into text.)
    """

    def field(key: str) -> str:
        value = meta.get(key)
        if value is None or value == "":
            return ""
        if isinstance(value, list) and len(value) <= 20 and all(isinstance(v, _SCALARS) for v in value):
            return ", ".join(_scalar_text(v) for v in value)  # outlet: [Wire, Post]
        if not isinstance(value, _SCALARS):
            raise SourceError(name, f"{where}: {key!r} is {_kind(value)}, not text")
        text = _scalar_text(value)
        if len(text) > MAX_FIELD_CHARS:
            raise SourceError(name, f"{where}: {key!r} is {len(text):,} characters long; the limit is {MAX_FIELD_CHARS:,}")
        return text

    return field


_SCALARS = (str, int, float, dt.date)  # bool is an int


def _scalar_text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _kind(value: object) -> str:
    return {list: "a list of lists or mappings", dict: "a mapping"}.get(type(value), f"a {type(value).__name__}")


def _first_line(text: str) -> str:
    """A headline-like first line (short, no final full stop), else nothing."""
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) > 100 or line.endswith((".", '"', "”")):
        return ""
    return line

