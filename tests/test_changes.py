"""What changed since the last build: the home page's "New since …" and the Atom feed (issue #19)."""
from __future__ import annotations

import datetime as dt
import re

import feedparser

from generator.build import BuildConfig, build
from generator.changes import published_state, read_record, update_record
from generator.model import Event, KnowledgeBase

from .conftest import copy_project

NEW_ARTICLE = """---
title: Kenya urges new talks on the peninsula
date: 2017-05-02
---
Kenya's Foreign Minister Amina Odhiambo on Tuesday called for a return to dialogue with North Korea.

"We support the sanctions, but the door to talks must stay open," Odhiambo told reporters in Nairobi.
"""


def state(**kinds) -> dict[str, dict[str, str]]:
    empty = published_state(KnowledgeBase([], [], [], [], [], []), [])
    return {**empty, **kinds}


def test_the_first_build_has_no_news_and_the_same_briefing_keeps_the_last_news():
    first = update_record(None, state(documents={"a": "1"}), dt.date(2026, 1, 1))
    assert first.history == [] and first.date == "2026-01-01"
    second = update_record(first, state(documents={"a": "1", "b": "2"}, events={"e": "x"}), dt.date(2026, 1, 5))
    assert second.latest.added["documents"] == ["b"] and second.latest.added["events"] == ["e"]
    assert second.latest.since == "2026-01-01" and second.latest.date == "2026-01-05"
    again = update_record(read_record(second.to_json()), second.published, dt.date(2026, 1, 9))
    assert again.latest == second.latest  # a rebuild of the same briefing says the same


def test_a_changed_event_or_stance_is_news_and_a_removal_alone_is_not():
    before = update_record(None, state(events={"e": "x"}, positions={"kenya|sanctions": "opposes"},
                                       documents={"a": "1", "b": "2"}), dt.date(2026, 1, 1))
    after = update_record(before, state(events={"e": "y"}, positions={"kenya|sanctions": "supports"},
                                        documents={"a": "1", "b": "2"}), dt.date(2026, 2, 1))
    assert after.latest.changed == {"events": ["e"], "positions": ["kenya|sanctions"]}
    removed = update_record(after, state(events={"e": "y"}, positions={"kenya|sanctions": "supports"},
                                         documents={"a": "1"}), dt.date(2026, 3, 1))
    assert removed.latest == after.latest and removed.published["documents"] == {"a": "1"}


def news_section(home: str) -> str:
    found = re.search(r"^## New since .*?(?=^## )", home, re.MULTILINE | re.DOTALL)
    return found.group(0) if found else ""


def test_an_event_that_gains_a_report_is_news():
    entry = Event(id="talks-1", article=None, expression="2003-08-27", date_start="2003-08-27", date_end="2003-08-29",
                  text="First round of the six-party talks in Beijing.", actors=[], timeline="talks")
    before = update_record(None, published_state(KnowledgeBase([], [], [], [], [entry], []), []), dt.date(2026, 1, 1))
    entry.also_reported = ["new-article-e1"]  # a new document reports the round
    after = update_record(before, published_state(KnowledgeBase([], [], [], [], [entry], []), []), dt.date(2026, 1, 2))
    assert after.history[0].changed["events"] == ["talks-1"]


def test_one_article_added_is_exactly_what_the_home_page_and_the_feed_call_new(tmp_path):
    root = copy_project(tmp_path)
    config = BuildConfig(root=root, workers=1)
    build(config)
    docs = root / "docs"
    assert news_section((docs / "index.md").read_text("utf-8")) == ""  # the first build: nothing is news
    (root / "site_src" / "articles" / "kenya-urges-talks.md").write_text(NEW_ARTICLE, "utf-8")
    report = build(config)
    news = news_section((docs / "index.md").read_text("utf-8"))
    assert "**Documents** (1)" in news and "(articles/kenya-urges-talks.md)" in news
    assert "[Amina Odhiambo](actors/amina-odhiambo.md)" in news and "[Kenya](actors/kenya.md)" in news
    quotes = [q for q in report.kb.quotes if q.article == "kenya-urges-talks"]
    assert quotes and all(f"(quotes/kenya-urges-talks.md#{q.id})" in news for q in quotes)
    linked = re.findall(r"\]\(([^)]+)\)", news)
    seed_pages = [url for url in linked if "us-presses-china" in url]
    assert seed_pages == []  # nothing of the seed article is called new
    assert "Tillerson" not in news and "Wang Yi" not in news

    feed = feedparser.parse((docs / "feed.xml").read_bytes())
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert "1 document" in entry.title and "2 actors" in entry.title
    content = entry.content[0].value
    assert "Kenya urges new talks on the peninsula" in content and 'href="articles/kenya-urges-talks/"' in content
    assert "us-presses-china" not in content
    news_links = {re.sub(r"\.md", "/", url) for url in linked if not url.startswith("feed")}
    feed_links = set(re.findall(r'href="([^"]+)"', content))
    assert news_links == feed_links  # the page and the feed name the same items

    build(BuildConfig(root=root, workers=1), clean=True)  # the same briefing built again says the same
    assert news_section((docs / "index.md").read_text("utf-8")) == news
