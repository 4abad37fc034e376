"""The article in a web page: main text without the page's furniture, and its metadata."""

from __future__ import annotations

from reconcile.webpage import read_page

PAGE = """<!doctype html><html><head><title>Quake kills 31 | Daily Ledger</title>
<meta name="date" content="2024-06-02"></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<div class="menu"><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></div>
<div class="story-body">
<p>A magnitude 6.1 earthquake struck the coastal province early on Saturday, killing at least 31 people and
injuring more than 200, the civil protection agency said.</p>
<p>Rescue teams were still searching for survivors in the rubble of two apartment blocks in the port town, the
agency's director, Ilse Varga, told reporters on Sunday.</p>
<p>"Our teams have worked through the night," Varga said.</p>
</div>
<div class="related"><h3>Related stories</h3><ul><li><a href="/x">Storm batters the coast</a></li>
<li><a href="/y">Ten things to know about earthquakes</a></li></ul></div>
<div class="comments"><p>Comment by reader42: terrible news</p></div>
</body></html>
"""


def test_main_text_of_a_page_built_from_divs_leaves_out_menus_banners_and_teasers():
    page = read_page(PAGE)
    assert "killing at least 31 people" in page.text
    assert "Ilse Varga, told reporters on Sunday." in page.text
    assert '"Our teams have worked through the night," Varga said.' in page.text
    for furniture in ("cookies", "Business", "Related stories", "Ten things", "reader42"):
        assert furniture not in page.text, furniture


def test_title_without_the_outlet_suffix_and_the_date_from_the_page():
    page = read_page(PAGE)
    assert page.title == "Quake kills 31"
    assert page.published == "2024-06-02"


def test_open_graph_metadata_wins_and_keeps_the_time_of_day():
    page = read_page(
        '<html><head><title>x | y</title><meta property="og:title" content="Toll rises">'
        '<meta property="og:site_name" content="Euro Wire">'
        '<meta property="article:published_time" content="2025-03-11T07:00:00Z">'
        '<link rel="canonical" href="https://example.org/a"></head>'
        "<body><article><p>The floods killed 12 people on Sunday, officials said.</p></article></body></html>"
    )
    assert (page.title, page.outlet, page.url, page.published) == (
        "Toll rises", "Euro Wire", "https://example.org/a", "2025-03-11T07:00:00Z")
    assert page.text == "The floods killed 12 people on Sunday, officials said."


def test_fragments_and_empty_pages_do_not_raise():
    assert "14 people died" in read_page("<p>Officials said 14 people died in the fire.</p>").text
    assert read_page("<html><head><title>Nothing here</title></head></html>").text == ""
    assert read_page("").text == ""
    assert read_page("<div>" * 5000 + "deep text" + "</div>" * 5000).text in ("", "deep text")
