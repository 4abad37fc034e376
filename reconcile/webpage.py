"""The article in a web page: its main text, title, outlet, address and publication date.

Main-text extraction is trafilatura's (boilerplate removal tuned on news pages:
menus, teasers, footers and comment threads are dropped), with recall favoured,
since a sentence lost is a claim a fact-checker never sees. Metadata comes from
the page's own tags first (Open Graph, ``article:published_time``, ``<time>``),
which keep the time of day, then from trafilatura's metadata (htmldate for the
date). A page trafilatura finds nothing in (a bare fragment, a page of divs) is
read with a plain BeautifulSoup pass over its headings, paragraphs and lists.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

_META_TITLE = ("meta[property='og:title']", "meta[name='twitter:title']", "meta[name='title']")
_META_DATE = (
    "meta[property='article:published_time']",
    "meta[name='date']",
    "meta[name='pubdate']",
    "meta[name='publish-date']",
    "meta[itemprop='datePublished']",
    "time[datetime]",
)
_META_OUTLET = ("meta[property='og:site_name']", "meta[name='application-name']")
_META_URL = ("link[rel='canonical']", "meta[property='og:url']")
_BOILERPLATE = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe"]


@dataclass(frozen=True)
class Page:
    """What a web page says about itself, and its article text (empty when it has none)."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""  # as the page gives it; the loader parses it


def read_page(html: str) -> Page:
    """Extract the article of one HTML page. Never raises on malformed markup; ``text`` may be empty."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = _first(soup, _META_TITLE, "content")
    published = _first(soup, _META_DATE, "content", "datetime")
    outlet = _first(soup, _META_OUTLET, "content")
    url = _first(soup, _META_URL, "href", "content")

    meta = _trafilatura(html)
    text = (meta.get("text") or "").strip()
    if not text:
        text = _plain_text(soup)
    if not title:  # trafilatura's title drops the " | Outlet" that <title> often carries
        title = (meta.get("title") or "").strip()
    if not title and soup.title and soup.title.string:
        title = " ".join(soup.title.string.split())
    return Page(
        text=text,
        title=title,
        outlet=outlet or (meta.get("sitename") or "").strip(),
        url=url or (meta.get("url") or "").strip(),
        published=published or (meta.get("date") or "").strip(),
    )


def _first(soup, selectors: tuple[str, ...], *attributes: str) -> str:
    for selector in selectors:
        tag = soup.select_one(selector)
        if tag is None:
            continue
        for attribute in attributes:
            value = tag.get(attribute)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())
    return ""


def _trafilatura(html: str) -> dict:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every page it finds too short
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, favor_recall=True, include_comments=False, include_tables=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError, AttributeError):
        return {}
    if document is None:
        return {}
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def _plain_text(soup) -> str:
    for tag in soup(_BOILERPLATE):
        tag.decompose()
    if soup.head:
        soup.head.decompose()  # its title and metadata are read separately; they are not the article
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [el.get_text(" ", strip=True) for el in root.find_all(["h1", "h2", "h3", "p", "li", "blockquote"])]
    blocks = [b for b in blocks if b]
    return "\n".join(blocks) if blocks else root.get_text("\n", strip=True)
