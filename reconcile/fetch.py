"""Read articles from the web: ``reconcile run urls.txt`` or ``reconcile run --url URL``.

Pages are untrusted: every fetch has a time limit (to connect, between bytes,
and for the whole page), a size cap enforced while streaming (reading stops at
the cap), a limit on redirects, and a check that what came back is a web page
or plain text. Only ``http`` and ``https`` addresses are fetched. The page's
main text, title and publication date are taken by the HTML loader, as for a
saved page.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from reconcile.errors import SourceError
from reconcile.models import Source

TIMEOUT = 15.0  # seconds to connect, and at most between two pieces of the answer
DEADLINE = 60.0  # seconds for a whole page
MAX_REDIRECTS = 5
PAGE_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}


@dataclass(frozen=True)
class Limits:
    """How long and how much one fetch may take."""

    timeout: float = TIMEOUT
    deadline: float = DEADLINE
    max_bytes: int | None = None  # None: the loader's cap for a web page
    max_redirects: int = MAX_REDIRECTS


def fetch_url(url: str, limits: Limits | None = None) -> Source:
    """Fetch one page and read it into a ``Source``; raise ``SourceError`` naming the address and the reason."""
    import requests

    from reconcile import __version__
    from reconcile.load import MAX_HTML_BYTES

    limits = limits or Limits()
    max_bytes = limits.max_bytes or MAX_HTML_BYTES
    url = url.strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(url, f"is not a web address: only http:// and https:// are fetched (not {scheme or 'none'}:)")
    session = requests.Session()
    session.max_redirects = limits.max_redirects
    session.headers["User-Agent"] = f"reconcile/{__version__} (news comparison for fact-checkers)"
    session.headers["Accept"] = "text/html,application/xhtml+xml,text/plain;q=0.9"
    try:
        with session.get(url, timeout=(limits.timeout, limits.timeout), stream=True) as response:
            final = response.url
            if urlsplit(final).scheme.lower() not in ("http", "https"):
                raise SourceError(url, f"redirects to {final}, which is not a web address")
            if response.status_code >= 400:
                raise SourceError(url, f"the server answered {response.status_code} {response.reason or ''}".rstrip())
            kind = response.headers.get("Content-Type", "")
            media = kind.split(";", 1)[0].strip().lower()
            if media not in PAGE_TYPES:
                raise SourceError(url, f"is {media or 'of no stated type'}, not a web page "
                                       "(text/html or text/plain); not read")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise SourceError(url, f"is {int(declared):,} bytes; the limit is {max_bytes:,}; not read")
            data = _read_capped(response, url, max_bytes, limits.deadline)
    except requests.exceptions.TooManyRedirects as err:
        raise SourceError(url, f"redirects more than {limits.max_redirects} times (a redirect loop?)") from err
    except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as err:
        raise SourceError(url, f"the server did not answer within {limits.timeout:g} s") from err
    except requests.exceptions.InvalidSchema as err:
        raise SourceError(url, f"redirects to an address that is not http or https ({err})") from err
    except requests.exceptions.ConnectionError as err:
        raise SourceError(url, f"could not be reached ({_reason(err)})") from err
    except requests.exceptions.RequestException as err:
        raise SourceError(url, f"could not be fetched ({_reason(err)})") from err
    return _page_source(url, final, data, media, _charset(kind))


def _read_capped(response, url: str, max_bytes: int, deadline: float) -> bytes:
    """The body, read in pieces; stops past ``max_bytes`` or ``deadline`` seconds (a watchdog closes the socket)."""
    timed_out = threading.Event()

    def stop() -> None:
        timed_out.set()
        response.close()

    watchdog = threading.Timer(deadline, stop)
    watchdog.daemon = True
    watchdog.start()
    chunks: list[bytes] = []
    total = 0
    started = time.monotonic()
    try:
        for chunk in response.iter_content(chunk_size=16_384):
            total += len(chunk)
            if total > max_bytes:
                raise SourceError(url, f"is larger than {max_bytes:,} bytes; reading stopped at the limit")
            chunks.append(chunk)
            if time.monotonic() - started > deadline:
                timed_out.set()
                break
    except SourceError:
        raise
    except Exception as err:
        if not timed_out.is_set():
            raise
        raise SourceError(url, f"took longer than {deadline:g} s to download; not read") from err
    finally:
        watchdog.cancel()
    if timed_out.is_set():
        raise SourceError(url, f"took longer than {deadline:g} s to download; not read")
    return b"".join(chunks)


def _charset(content_type: str) -> str:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    return match.group(1) if match else ""


def _page_source(url: str, final: str, data: bytes, media: str, charset: str) -> Source:
    from reconcile.load import parse_bytes

    name = _page_id(final)
    suffix = PAGE_TYPES[media]
    if charset and data.strip():
        try:
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: detection decides, as for a file
    try:
        sources, _, _ = parse_bytes(data, PurePosixPath(name + suffix))
    except SourceError as err:
        raise SourceError(url, err.problem) from err
    page = sources[0]
    return replace(page, id=name, url=final, path=url)


def _page_id(url: str) -> str:
    """A short id from the address: its host and the last part of its path."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    tail = [p for p in parts.path.split("/") if p]
    words = [host] + ([re.sub(r"\.[a-z0-9]{1,5}$", "", tail[-1], flags=re.I)] if tail else [])
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    return slug[:80] or "page"


def _reason(err: Exception) -> str:
    text = str(err)
    found = re.search(r"\[Errno -?\d+\] ([^')\]]+)", text) or re.search(r"(Connection refused|Name or service not "
                                                                         r"known|timed out)", text)
    return found.group(1) if found else (text[:200] or type(err).__name__)
