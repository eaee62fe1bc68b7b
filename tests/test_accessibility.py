"""Every reader: axe-core (axe-playwright-python) finds no WCAG 2.1 A/AA violation and no best-practice
one on any page of the built test site, in the light and the dark scheme; the site is usable from the
keyboard alone; a profile and a timeline print to clean PDFs."""
from __future__ import annotations

import io
import re

import pytest

from .browser_fixtures import axe_violations, site_pages, wait_for_diagrams

pytestmark = pytest.mark.browser

SCHEMES = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's scheme
# One page of each kind the generator writes; the sweep below checks them all, this list checks that
# the test site still has every kind.
PAGE_KINDS = {
    "home": "/", "actors index": "/actors/", "person": "/actors/rex-tillerson/", "country": "/actors/china/",
    "organisation": "/actors/un-security-council/", "a profile's year": "/actors/north-korea/2017/",
    "relations": "/actors/relations/", "quotes index": "/quotes/",
    "an article's quotes": "/quotes/us-presses-china-north-korea-sanctions/", "timelines index": "/timelines/",
    "curated timeline": "/timelines/six-party-talks/", "all events": "/timelines/all-events/",
    "events of a year": "/timelines/all-events/2017/", "sources index": "/articles/",
    "article": "/articles/us-presses-china-north-korea-sanctions/",
    "primary source": "/articles/2003-09-23-chn-li-zhaoxing/", "sources of a year": "/articles/years/2017/",
    "tags": "/tags/", "tag": "/tags/person/", "positions": "/positions/", "an actor's positions": "/positions/china/",
    "about": "/about/", "not found": "/404.html",
}


def test_the_sweep_covers_every_page_kind(served_site):
    pages = set(site_pages(served_site.root))
    assert {kind: path for kind, path in PAGE_KINDS.items() if path not in pages} == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_page_has_an_accessibility_violation(open_page, served_site, scheme):
    page = open_page(scheme)
    pages = site_pages(served_site.root)
    found = {}
    for path in pages:
        page.goto(served_site.url + path)
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == SCHEMES[scheme], path
        wait_for_diagrams(page)  # axe reads the diagram once drawn
        if violations := axe_violations(page):
            found[path] = violations
    assert len(pages) >= len(PAGE_KINDS)
    report = [f"{path}: {violation}" for path, violations in found.items() for violation in violations]
    assert report == [], f"{len(report)} violations on {len(found)} of {len(pages)} pages:\n" + "\n".join(report[:40])
    assert page.foreign_requests == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_results_pass_axe(open_page, server, scheme):
    page = open_page(scheme)
    page.goto(server + "/actors/")
    page.keyboard.press("/")
    page.keyboard.type("sanctions", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    page.keyboard.press("ArrowDown")  # a result in focus has its own background
    assert axe_violations(page) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_link_under_the_pointer_or_in_focus_keeps_its_contrast(open_page, server, scheme):
    page = open_page(scheme)
    page.goto(server + "/articles/us-presses-china-north-korea-sanctions/")
    for link in page.locator("article a.md-tag").first, page.locator("article p a:not(.md-tag)").first:
        link.hover()
        assert axe_violations(page) == []
        page.mouse.move(0, 0)
        link.focus()
        assert axe_violations(page) == []


def test_search_from_the_keyboard_alone(page, server):
    page.goto(server + "/actors/")
    page.keyboard.press("/")  # Material's shortcut to the search field
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("negotiating", delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    for _ in range(10):  # down the results to the quotation
        page.keyboard.press("ArrowDown")
        if "We will not negotiate" in page.evaluate("document.activeElement.innerText"):
            break
    else:
        pytest.fail("the arrow keys do not reach the quotation among the results")
    page.keyboard.press("Enter")
    page.wait_for_url("**/quotes/**")
    assert "We will not negotiate our way back" in page.locator("article").inner_text()


def column(page, index: int) -> list[str]:
    return page.locator("article table").first.locator("tbody tr").evaluate_all(
        f"rows => rows.map(row => row.cells[{index}].innerText.trim())")


def test_a_table_sorts_from_the_keyboard(page, server):
    page.goto(server + "/actors/")
    headings = page.locator("article table").first.locator("thead th")
    names = [h.strip() for h in headings.all_inner_texts()]
    for _ in range(80):  # Tab through the page to the first heading's sort button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('briefing-sort')"):
            break
    else:
        pytest.fail("no sort button is reached with Tab")
    heading = page.evaluate("document.activeElement.closest('th').innerText.trim()")
    index = names.index(heading)
    page.keyboard.press("Enter")
    ascending = column(page, index)
    assert headings.nth(index).get_attribute("aria-sort") == "ascending"
    assert ascending == sorted(ascending, key=str.lower) and len(set(ascending)) > 1
    page.keyboard.press(" ")
    assert headings.nth(index).get_attribute("aria-sort") == "descending"
    assert column(page, index) == sorted(ascending, key=str.lower, reverse=True)


def test_the_relations_diagram_has_a_text_alternative(page, server):
    page.goto(server + "/actors/relations/")
    figure = page.locator("figure.briefing-diagram")
    assert figure.get_attribute("role") == "img"
    assert "relations" in figure.get_attribute("aria-label")
    described_by = page.locator(f"[id='{figure.get_attribute('aria-describedby')}']")
    assert "Named together" in described_by.inner_text()
    described_by.locator("a", has_text="Named together").click()
    table = page.locator("[id='named-together']").locator("xpath=following::table[1]")
    assert table.is_visible() and "Rex Tillerson" in table.inner_text()


# Printing ---------------------------------------------------------------------------------------

NAVIGATION = ["Skip to content", "Table of contents", "Back to top", "Made with", "Switch to", "Search",
              "North Korea sanctions briefing"]  # the header's site name: no content page repeats it


def printed(page) -> list[str]:
    """The page printed to PDF by the browser, as the text of each sheet."""
    from pypdf import PdfReader
    page.emulate_media(media="print")
    return [sheet.extract_text() for sheet in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_printed_profile_holds_its_text_and_no_navigation(open_page, server, scheme):
    page = open_page(scheme)
    page.goto(server + "/actors/rex-tillerson/")
    sheets = printed(page)
    text = "\n".join(sheets)
    assert squeezed("Rex Tillerson") in squeezed(sheets[0])
    assert squeezed("We will not negotiate our way back to the negotiating table") in squeezed(text)
    assert [words for words in NAVIGATION if words in text] == []
    # paper is white and the text dark in either scheme
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert page.evaluate("getComputedStyle(document.querySelector('article')).color").startswith("rgba(0, 0, 0")


def test_a_printed_timeline_keeps_each_entry_on_one_sheet(page, server):
    page.goto(server + "/timelines/six-party-talks/")
    entries = page.locator(".briefing-timeline > ul > li").all_inner_texts()
    sheets = [squeezed(sheet) for sheet in printed(page)]
    assert len(sheets) > 1 and [words for words in NAVIGATION if squeezed(words) in "".join(sheets)] == []
    assert "(https://www.armscontrol.org/factsheets/6partytalks)" in "".join(sheets)  # a web link's address
    sheets = [re.sub(r"\(https?://[^)]*\)", "", sheet) for sheet in sheets]  # printed, not in the entry's text
    for entry in map(squeezed, entries):
        start, end = entry[:40], entry[-40:]
        holding = [n for n, sheet in enumerate(sheets) if start in sheet and end in sheet[sheet.find(start):]]
        assert holding, f"entry split across sheets: {entry[:80]}"
