"""End to end: a real `mkdocs build --strict` of the seed briefing, checked by page structure."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jsonschema
import pytest
from bs4 import BeautifulSoup

from .conftest import REPO, SEED_GOLD, copy_project, mkdocs_build

REQUIRED_PROFILES = {
    "rex-tillerson": "Rex Tillerson", "wang-yi": "Wang Yi", "gennady-gatilov": "Gennady Gatilov",
    "donald-trump": "Donald Trump", "united-states": "United States", "china": "China",
    "north-korea": "North Korea", "russia": "Russia", "un-security-council": "UN Security Council",
}
ARTICLE = "us-presses-china-north-korea-sanctions"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The project copied to a temporary folder and built with a plain `mkdocs build --strict`."""
    return mkdocs_build(copy_project(tmp_path_factory.mktemp("site")))


def page(built: Path, url_path: str) -> BeautifulSoup:
    path = built / "site" / url_path.strip("/") / "index.html" if not url_path.endswith(".html") else \
        built / "site" / url_path
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def article_text(soup: BeautifulSoup) -> BeautifulSoup:
    return soup.select_one("article.md-content__inner")


def test_home_page_reads_as_a_briefing(built):
    home = article_text(page(built, ""))
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in home.find_all(["h1", "h2"])]
    assert headings[0] == "North Korea sanctions briefing"
    assert {"Key actors", "Who said what", "Latest events", "Timelines"} <= set(headings)
    assert "1 article" in home.get_text() and "28 April 2017" in home.get_text()
    links = {a["href"] for a in home.find_all("a", href=True)}
    assert "actors/rex-tillerson/" in links and "timelines/six-party-talks/" in links


def test_a_profile_for_every_key_actor(built):
    for slug, name in REQUIRED_PROFILES.items():
        soup = article_text(page(built, f"actors/{slug}/"))
        assert soup.find("h1").get_text(strip=True).rstrip("¶") == name, slug


def test_a_browser_tab_names_the_profile_and_the_article_as_written(built):
    # MkDocs takes a page's title from its first line's heading, else from the file name ("Wang yi")
    site = "North Korea sanctions briefing"
    assert page(built, "actors/wang-yi/").title.get_text() == f"Wang Yi - {site}"
    article = page(built, f"articles/{ARTICLE}/").title.get_text()
    assert article == f"US presses China in North Korea sanctions drive - {site}"


def test_tillerson_profile_shows_role_quotes_and_sources(built):
    soup = article_text(page(built, "actors/rex-tillerson/"))
    text = soup.get_text(" ", strip=True)
    assert "Secretary of State" in text
    quotes = [b.get_text(" ", strip=True) for b in soup.find_all("blockquote")]
    assert any("We will not negotiate our way back to the negotiating table" in q for q in quotes)
    sources = [a["href"] for a in soup.find_all("a", href=True) if f"articles/{ARTICLE}/#p-" in a["href"]]
    assert sources, "every quote links to its paragraph"


def test_profile_keeps_own_words_apart_from_reported_speech_shown_without_marks(built):
    soup = article_text(page(built, "actors/rex-tillerson/"))
    headings = {h.get_text(" ", strip=True).rstrip("¶").split(" (")[0]: h for h in soup.find_all("h3")}
    own, reported = headings["In their own words"], headings["Reported by the writer"]
    assert own.find_next("blockquote").find("p").get_text(strip=True).startswith("“")
    paraphrase = reported.find_next("blockquote").find("p").get_text(" ", strip=True)
    assert paraphrase.startswith("a global campaign of pressure") and "“" not in paraphrase


def test_quote_index_has_every_gold_quote_under_its_speaker(built, shared):
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    soup = article_text(page(built, "quotes/"))
    text = " ".join(soup.get_text(" ").split())
    for quote in gold["quotes"]:
        if not quote.get("optional"):
            assert " ".join(quote["text"].rstrip(".").split()) in text, quote["text"]
    speakers = [h.get_text(" ", strip=True) for h in soup.find_all("h3")]
    assert any(s.startswith("Rex Tillerson") for s in speakers)
    assert any(s.startswith("Wang Yi") for s in speakers)


NO_MARKS = str.maketrans("", "", "“”\"")


def test_every_quote_permalink_links_to_an_existing_paragraph_anchor(built):
    soup = BeautifulSoup((built / "site" / "quotes" / ARTICLE / "index.html").read_text("utf-8"), "html.parser")
    entries = article_text(soup).select("section.briefing-quote-entry[id]")
    assert len(entries) >= 13 and all(e["id"].startswith(f"{ARTICLE}-") for e in entries)
    article = page(built, f"articles/{ARTICLE}/")
    for entry in entries:
        [link] = [a for a in entry.find_all("a", href=True)
                  if a.get_text(strip=True) == "Read the paragraph in the article"]
        anchor = urlsplit(link["href"]).fragment
        paragraph = article.find(id=anchor)
        assert paragraph is not None, (entry["id"], anchor)
        # compared without quote marks: the page sets the quoted words in a <mark> inside them
        quote_text = entry.find("blockquote").get_text(" ", strip=True).translate(NO_MARKS)
        words = quote_text.split()[:4]
        assert " ".join(words) in " ".join(paragraph.get_text(" ").translate(NO_MARKS).split()), (anchor, quote_text)
        # the heading, and so the page's table of contents, tells one quotation from the next
        assert " ".join(words[:3]) in entry.find("h2").get_text(" ", strip=True).translate(NO_MARKS)
    headings = [entry.find("h2").get_text(" ", strip=True) for entry in entries]
    assert len(set(headings)) == len(headings)
    # reported words are not set in quotation marks, in the heading as in the entry
    reported = [e for e in entries if not e.find("blockquote").get_text(strip=True).startswith("“")]
    assert reported and all("“" not in e.find("h2").get_text().split(":", 1)[1][:2] for e in reported)


def test_article_page_marks_quotes_and_links_actors(built):
    soup = article_text(page(built, f"articles/{ARTICLE}/"))
    marks = [m.get_text(" ", strip=True) for m in soup.select("mark.briefing-quote")]
    assert any(m.startswith("Failing to act now") for m in marks)
    assert any(m == "completely unacceptable" for m in marks)
    names = {a.get_text(strip=True): a["href"] for a in soup.find_all("a", href=True) if "/actors/" in a["href"]}
    assert names["Tillerson"].endswith("actors/rex-tillerson/")
    assert names["Beijing"].endswith("actors/china/")
    assert "Seoul" not in names  # "an attack on Seoul or Tokyo" is a place, not an actor
    debris = [p.get_text() for p in soup.select("p.briefing-debris")]
    assert "0:00 Share" in debris


def test_timelines_pages(built):
    talks = article_text(page(built, "timelines/six-party-talks/"))
    years = [h.get_text(strip=True).rstrip("¶") for h in talks.find_all("h2")]
    assert years[0] == "2003" and years[-1] == "2009"
    assert "19 September 2005" in talks.get_text()
    sanctions = article_text(page(built, "timelines/un-sanctions/")).get_text(" ")
    for resolution in ("1718", "1874", "2087", "2094", "2270", "2321"):
        assert f"Resolution {resolution}" in sanctions


def test_knowledge_base_json_matches_its_schema_and_scores(built, shared):
    kb = json.loads((built / "site" / "data" / "briefing.json").read_text("utf-8"))
    schema = json.loads((REPO / "generator" / "schema" / "briefing.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(kb)
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--kb",
                             str(built / "site" / "data" / "briefing.json"), str(SEED_GOLD), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["quote_recall"] == 1.0 and scores["quote_precision"] == 1.0
    assert scores["attribution_accuracy"] == 1.0
    assert scores["actor_recall"] == 1.0 and scores["actor_splits"] == 0 and scores["actors_extra"] == 0
    assert scores["role_recall"] == 1.0 and scores["timex_recall"] == 1.0


def test_internal_links_all_resolve(built):
    site = built / "site"
    broken = []
    for html in site.rglob("*.html"):
        if html.name == "404.html":  # served for any path, so its links are absolute
            continue
        soup = BeautifulSoup(html.read_text("utf-8"), "html.parser")
        for a in soup.find_all("a", href=True):
            href = a["href"]
            if urlsplit(href).scheme or href.startswith(("mailto:", "#")):
                continue
            target = urlsplit(urljoin("http://site/" + html.relative_to(site).as_posix(), href)).path
            path = site / target.lstrip("/")
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append((html.relative_to(site).as_posix(), href))
    assert broken == []


def test_hand_written_docs_survive_and_generated_pages_are_recorded(built):
    assert (built / "docs" / "about.md").read_text("utf-8").startswith("# About this briefing")
    manifest = json.loads((built / "docs" / ".briefing-manifest.json").read_text("utf-8"))
    assert "about.md" not in manifest["files"]
    assert "actors/rex-tillerson.md" in manifest["files"]
    assert "stylesheets/briefing.css" in manifest["files"]  # the package's, written by the generator


def test_rebuilding_writes_nothing_new(built):
    """Output is deterministic: `mkdocs serve` must not loop on its own writes."""
    env = dict(os.environ, PYTHONHASHSEED="12345")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--clean"], cwd=built, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "0 pages written" in result.stdout


def test_tags_index_groups_profiles_by_kind_and_articles_by_topic(built):
    index = article_text(page(built, "tags/"))
    counts = {row.find("a").get_text(strip=True): int(row.find_all("td")[-1].get_text())
              for row in index.select("table tbody tr")}
    assert counts["Person"] > 0 and counts["Country"] > 0
    assert counts["Six-party talks on North Korea's nuclear programme"] > 0
    people = article_text(page(built, "tags/person/"))
    assert "Wang Yi" in [a.get_text(strip=True) for a in people.select("li a")]
    assert len(people.select("li a")) == counts["Person"]
    profile = page(built, "actors/wang-yi/")
    tag = next(t for t in profile.select("a.md-tag") if t.get_text(strip=True) == "Person")
    assert tag["href"].endswith("tags/person/")


def test_names_inside_quotes_and_events_link_to_profiles(built):
    profile = article_text(page(built, "actors/rex-tillerson/"))
    threat = next(b for b in profile.find_all("blockquote") if "The threat of a" in b.get_text())
    assert any(a["href"].endswith("north-korea/") for a in threat.find_all("a", href=True))
    talks = article_text(page(built, "timelines/six-party-talks/"))
    entry = next(li for li in talks.find_all("li") if "took part in six-party talks" in li.get_text())
    assert {"Russia", "Japan", "Pyongyang"} <= {a.get_text() for a in entry.find_all("a")}


def test_sources_and_all_events_are_split_by_year_so_no_index_grows_with_the_briefing(built):
    sources = article_text(page(built, "articles/"))
    years = {a.get_text(strip=True): a["href"] for a in sources.select("table a")}
    assert "2017" in years
    year_page = article_text(page(built, "articles/years/2017/"))
    assert any(a.get_text(strip=True).startswith("US presses China") for a in year_page.select("table a"))
    events = article_text(page(built, "timelines/all-events/"))
    event_years = [a.get_text(strip=True) for a in events.select("table a")]
    assert "2017" in event_years and event_years == sorted(event_years)
    assert "Tillerson" in article_text(page(built, "timelines/all-events/2017/")).get_text(" ")
