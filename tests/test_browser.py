"""The built site in a real browser (Debian's Chromium via Playwright), served from localhost
(the fixtures are in browser_fixtures.py)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .conftest import REPO

OUTPUT = REPO / "test-output"
pytestmark = pytest.mark.browser


def screenshot(page, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=False)


def test_home_to_actor_profile(page, server):
    page.goto(server + "/")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "North Korea sanctions briefing"
    screenshot(page, "home")
    page.locator("article a", has_text="Rex Tillerson").first.click()
    page.wait_for_url("**/actors/rex-tillerson/")
    assert page.locator("article h1").inner_text().startswith("Rex Tillerson")
    assert "Secretary of State" in page.locator("article").inner_text()
    screenshot(page, "profile")
    assert page.foreign_requests == []


def test_search_finds_a_quote(page, server):
    page.goto(server + "/")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("negotiating", delay=30)  # the search listens to key strokes
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    assert "We will not negotiate our way back" in results.first.inner_text()
    results.first.locator("a").first.click()
    page.wait_for_url("**/quotes/**")
    assert page.foreign_requests == []


def test_quote_source_link_lands_on_its_paragraph(page, server):
    page.goto(server + "/quotes/")
    page.locator("li", has_text="Failing to act now").first.locator("a", has_text="details").click()
    page.wait_for_url("**/quotes/us-presses-china-north-korea-sanctions/#*")  # its entry on the article's page
    assert "Failing to act now" in page.locator("section:target").inner_text()
    page.locator("section:target a", has_text="Read the paragraph in the article").click()
    page.wait_for_url("**/articles/us-presses-china-north-korea-sanctions/#p-*")
    anchor = urlsplit(page.url).fragment
    target = page.locator(f"[id='{anchor}']")
    assert target.is_visible()
    assert target.locator("mark.briefing-quote").count() >= 1
    assert page.foreign_requests == []


def test_dark_mode_toggle(page, server):
    page.goto(server + "/timelines/six-party-talks/")
    body = page.locator("body")
    before = body.get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== '{before}'")
    assert body.get_attribute("data-md-color-scheme") != before
    screenshot(page, "timeline-dark")
    assert page.foreign_requests == []


def test_relations_diagram_renders_from_the_site_itself(page, server):
    page.goto(server + "/actors/relations/")
    # Material swaps the code block for a <div class="mermaid"> holding the SVG in a closed shadow
    # root: a rendered diagram shows as a box of real height where there was one line of code.
    diagram = page.locator("div.mermaid")
    diagram.wait_for(timeout=15_000)
    page.wait_for_function("document.querySelector('div.mermaid').getBoundingClientRect().height > 150",
                           timeout=15_000)
    screenshot(page, "relations")
    assert page.foreign_requests == []


def test_a_speakers_key_passages_link_to_their_paragraph(page, server):
    page.goto(server + "/actors/li-zhaoxing/")
    assert "Minister for Foreign Affairs" in page.locator("article").inner_text()
    heading = page.locator("h2", has_text="Key passages")
    assert heading.is_visible()
    passage = page.locator("article blockquote").first
    assert "six-party talks" in passage.inner_text()
    screenshot(page, "key-passages")
    passage.locator("a", has_text="general debate").first.click()  # the source, by its title
    page.wait_for_url("**/articles/**#p-*")
    target = page.locator(f"[id='{urlsplit(page.url).fragment}']")
    assert target.is_visible() and "six-party talks" in target.inner_text()
    assert page.foreign_requests == []


def test_the_positions_matrix_leads_from_a_cell_to_its_evidence(page, server):
    page.goto(server + "/positions/")
    table = page.locator("article table").first
    headers = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    assert headers[:3] == ["Actor", "sanctions", "dialogue"] and "military action" in headers
    column = headers.index("military action")
    russia = table.locator("tbody tr", has_text="Russia").first
    cell = russia.locator("td").nth(column)
    assert cell.inner_text().startswith("opposes")
    # the whole matrix is in view on a laptop's screen: its table needs no sideways scrolling
    assert table.evaluate("t => t.closest('.md-typeset__scrollwrap').scrollWidth <= "
                          "t.closest('.md-typeset__scrollwrap').clientWidth")
    screenshot(page, "positions")
    cell.locator("a").click()
    page.wait_for_url("**/positions/russia/#military-action")
    heading = page.locator("[id='military-action']")
    assert heading.is_visible()
    evidence = page.locator("article li", has_text="completely unacceptable").first
    assert "opposes" in evidence.inner_text()
    evidence.locator("a", has_text="source").click()
    page.wait_for_url("**/articles/us-presses-china-north-korea-sanctions/#p-*")
    target = page.locator(f"[id='{urlsplit(page.url).fragment}']")
    assert target.is_visible() and "completely unacceptable" in target.inner_text()
    assert page.foreign_requests == []
