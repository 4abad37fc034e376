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
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from reconcile.errors import SourceError
from reconcile.models import LoadProblem, Source

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20_000_000

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders into the readable files they hold, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def load_sources(paths: Iterable[str | Path]) -> tuple[list[Source], list[LoadProblem]]:
    """Read every file under ``paths``; return the sources and the files that failed."""
    sources: list[Source] = []
    problems: list[LoadProblem] = []
    seen: set[str] = set()
    for path in iter_files(paths):
        try:
            loaded = load_file(path)
        except SourceError as err:
            problems.append(LoadProblem(str(path), err.problem))
            continue
        for source in loaded:
            sid = source.id
            n = 2
            while sid in seen:  # two files with the same stem in different folders
                sid = f"{source.id}-{n}"
                n += 1
            seen.add(sid)
            sources.append(source if sid == source.id else _replace_id(source, sid))
    return sources, problems


def load_file(path: Path) -> list[Source]:
    """Read one file; raise ``SourceError`` naming the file and the problem."""
    if not path.exists():
        raise SourceError(str(path), "no such file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .json or .jsonl")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SourceError(str(path), f"cannot be read ({err.strerror or err})") from err
    if len(data) > MAX_BYTES:
        raise SourceError(str(path), f"is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if not data.strip():
        raise SourceError(str(path), "is empty")
    text = decode(data, str(path))
    if suffix in HTML_SUFFIXES:
        return [_from_html(path, text)]
    if suffix in JSON_SUFFIXES:
        try:
            records = json.loads(text)
        except json.JSONDecodeError as err:
            raise SourceError(str(path), f"is not valid JSON (line {err.lineno}: {err.msg})") from err
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list):
            raise SourceError(str(path), "JSON must be an object or a list of objects")
        return [_from_record(path, rec, i, len(records)) for i, rec in enumerate(records)]
    if suffix in JSONL_SUFFIXES:
        out = []
        lines = [ln for ln in text.splitlines() if ln.strip()]
        for i, line in enumerate(lines):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise SourceError(str(path), f"line {i + 1} is not valid JSON ({err.msg})") from err
            out.append(_from_record(path, rec, i, len(lines)))
        return out
    return [_from_text(path, text)]


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8, else the encoding charset-normalizer detects."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Detected encodings for scripts other than Latin; anything else is most likely Windows-1252 / Latin-1,
# which detection confuses with other Latin code pages on short texts.
_NON_LATIN = ("cp1251", "koi8", "cp866", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255", "cp1256",
              "iso8859_6", "iso8859_8", "gb", "big5", "shift_jis", "euc", "cp932", "cp949", "utf_16", "utf_32")


def _decode_legacy(data: bytes, name: str) -> str:
    best = from_bytes(data).best()
    if best is not None and best.encoding.lower().startswith(_NON_LATIN):
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if best is None:
        raise SourceError(name, "is not text in any encoding that could be detected")
    return str(best)


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
            meta = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as err:
            raise SourceError(str(path), f"front matter is not valid YAML ({err})") from err
        if not isinstance(meta, dict):
            raise SourceError(str(path), "front matter must be a mapping of keys to values")
        body = text[match.end():]
    body = body.strip("\n")
    if not body.strip():
        raise SourceError(str(path), "has no article text")
    title = str(meta.get("title") or "")
    return Source(
        id=path.stem,
        text=body,
        title=title or _first_line(body),
        outlet=str(meta.get("outlet") or meta.get("source") or ""),
        url=str(meta.get("url") or ""),
        published=parse_published(meta.get("published") or meta.get("date"), str(path)),
        language=str(meta.get("language") or "en"),
        path=str(path),
    )


def _from_record(path: Path, rec: object, index: int, count: int) -> Source:
    if not isinstance(rec, dict):
        raise SourceError(str(path), f"record {index + 1} is not an object")
    text = rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(str(path), f"record {index + 1} has no 'text'")
    sid = str(rec.get("id") or (path.stem if count == 1 else f"{path.stem}-{index + 1}"))
    return Source(
        id=sid,
        text=text.replace("\r\n", "\n").strip("\n"),
        title=str(rec.get("title") or _first_line(text)),
        outlet=str(rec.get("outlet") or rec.get("source") or ""),
        url=str(rec.get("url") or ""),
        published=parse_published(rec.get("published") or rec.get("date"), str(path)),
        language=str(rec.get("language") or "en"),
        path=str(path),
    )


def _from_html(path: Path, html: str) -> Source:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    title = ""
    for sel in ("meta[property='og:title']", "meta[name='title']"):
        tag = soup.select_one(sel)
        if tag and tag.get("content"):
            title = str(tag["content"])
            break
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    published = None
    for sel in (
        "meta[property='article:published_time']",
        "meta[name='date']",
        "meta[name='pubdate']",
        "meta[itemprop='datePublished']",
        "time[datetime]",
    ):
        tag = soup.select_one(sel)
        value = tag.get("content") or tag.get("datetime") if tag else None
        if value:
            published = parse_published(value, str(path))
            break
    outlet = ""
    tag = soup.select_one("meta[property='og:site_name']")
    if tag and tag.get("content"):
        outlet = str(tag["content"])
    url = ""
    tag = soup.select_one("link[rel='canonical']") or soup.select_one("meta[property='og:url']")
    if tag:
        url = str(tag.get("href") or tag.get("content") or "")
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [el.get_text(" ", strip=True) for el in root.find_all(["h1", "h2", "h3", "p", "li", "blockquote"])]
    blocks = [b for b in blocks if b]
    text = "\n".join(blocks) if blocks else root.get_text("\n", strip=True)
    if not text.strip():
        raise SourceError(str(path), "HTML page has no readable text")
    return Source(id=path.stem, text=text, title=title or _first_line(text), outlet=outlet, url=url,
                  published=published, path=str(path))


def _first_line(text: str) -> str:
    """A headline-like first line (short, no final full stop), else nothing."""
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) > 100 or line.endswith((".", '"', "”")):
        return ""
    return line


def _replace_id(source: Source, sid: str) -> Source:
    from dataclasses import replace

    return replace(source, id=sid)
