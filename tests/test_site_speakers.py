"""How resolved speakers reach the built site: unnamed sources grouped apart and on no profile, a
spokesperson's words on the organisation's profile with the role, a pronoun's quote on the
person's profile. A real `mkdocs build --strict` of the seed plus one article written for it."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup

from .conftest import REPO, copy_project, mkdocs_build

ARTICLE = """---
title: "Talks on the border crossing stall"
date: 2017-05-02
source: Test wire
---
Finance Minister Amira Haddad met the bankers in Geneva on Tuesday.

“We will not reopen the crossing before the summer,” she said.

A senior official said the talks were close to collapse.

A spokeswoman for the World Health Organization said the clinics at the crossing would stay open.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("site"))
    (root / "site_src" / "articles" / "border-talks.md").write_text(ARTICLE, "utf-8")
    return mkdocs_build(root)


def content(built: Path, url_path: str) -> BeautifulSoup:
    html = (built / "site" / url_path.strip("/") / "index.html").read_text("utf-8")
    return BeautifulSoup(html, "html.parser").select_one("article.md-content__inner")


def test_unnamed_sources_are_grouped_apart_on_the_quotes_index(built):
    index = content(built, "quotes/")
    heading = next(h for h in index.find_all("h2") if h.get_text().startswith("Unnamed sources"))
    entries = heading.find_next("ul").find_all("li")
    described = {li.find("em").get_text(): li.get_text(" ", strip=True) for li in entries}
    assert "A senior official" in described
    assert "the talks were close to collapse" in described["A senior official"]
    count = len(entries)
    assert heading.get_text().startswith(f"Unnamed sources ({count})")
    assert f"{count} of them come{'s' if count == 1 else ''} from sources the articles do not name" \
        in index.get_text(" ", strip=True)


def test_an_unnamed_source_is_on_no_profile(built):
    for profile in (built / "site" / "actors").glob("*/index.html"):
        assert "the talks were close to collapse" not in profile.read_text("utf-8"), profile.parent.name


def test_a_spokespersons_words_are_the_organisations_with_the_role(built):
    data = json.loads((built / "docs" / "data" / "briefing.json").read_text("utf-8"))
    jsonschema.validate(data, json.loads((REPO / "generator" / "schema" / "briefing.schema.json").read_text()))
    quote = next(q for q in data["quotes"] if "clinics at the crossing" in q["text"])
    assert (quote["speaker_name"], quote["speaker_role"], quote["resolved_by"]) == \
        ("World Health Organization", "spokesperson", "owner")
    profile = content(built, f"actors/{quote['speaker']}/").get_text(" ", strip=True)
    assert "clinics at the crossing would stay open" in profile and "through a spokesperson" in profile


def test_a_quote_with_a_pronoun_is_on_the_persons_profile(built):
    profile = content(built, "actors/amira-haddad/").get_text(" ", strip=True)
    assert "We will not reopen the crossing before the summer" in profile


def test_an_unnamed_sources_quote_page_says_so_on_its_own_line(built):
    data = json.loads((built / "docs" / "data" / "briefing.json").read_text("utf-8"))
    quote = next(q for q in data["quotes"] if "the talks were close to collapse" in q["text"])
    entry = content(built, f"quotes/{quote['article']}/").find(id=quote["id"])  # its permalink
    items = [li.get_text(" ", strip=True) for li in entry.find_all("li")]
    assert "Speaker: an unnamed source (A senior official)" in items
    assert "Named in the text as: A senior official" in items
