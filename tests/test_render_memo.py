"""A rebuild renders only the pages a change reaches (render_memo.py), and the site it leaves is
the site a build from scratch makes: every page, byte for byte."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.build import BuildConfig, build
from generator.extract import extract_one
from generator.knowledge import build_knowledge_base
from generator.model import CuratedData, PageOnDisk
from generator.render import Renderer, SiteInfo
from generator.render_memo import PageMemo

from .conftest import copy_project, make_article

SEED_PAGE = "articles/us-presses-china-north-korea-sanctions.md"
# Pages that depend on the build's history, not only on the briefing: "New since" and its feed.
HISTORY = {"index.md", "feed.xml", "data/changes.json"}

SEOUL = """---
title: Seoul weighs a return to talks
date: 2017-05-02
source: Test Wire
---
Wang Yi said on Tuesday that China would keep pressing for a return to negotiations.

“Dialogue is the only way out of this,” Wang told reporters in Beijing.

Rex Tillerson, who chaired the council meeting last week, said the sanctions would stay in place.
"""

TOKYO = """---
title: Tokyo asks for patience
date: 2017-05-09
source: Test Wire
---
Gennady Gatilov said Russia would not back a new resolution before the talks.

“We need patience, not threats,” Gatilov said on Monday.
"""


def site_files(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*")
            if p.is_file() and not p.name.startswith(".") and p.relative_to(docs).as_posix() not in HISTORY}


def from_scratch(src: Path, tmp: Path) -> dict[str, bytes]:
    """The pages of `src` built in a new project with nothing of the last build."""
    root = copy_project(tmp)
    shutil.rmtree(root / "site_src")
    shutil.copytree(src, root / "site_src")
    report = build(BuildConfig(root=root))
    assert report.reused == 0
    return site_files(root / "docs")


@pytest.fixture
def briefing(project: Path) -> Path:
    (project / "site_src" / "articles" / "seoul.md").write_text(SEOUL, "utf-8")
    return project


def test_an_added_article_renders_what_it_reaches_and_the_site_is_a_clean_builds(briefing, tmp_path):
    config = BuildConfig(root=briefing)
    first = build(config)
    assert first.reused == 0 and SEED_PAGE in first.rendered

    (briefing / "site_src" / "articles" / "tokyo.md").write_text(TOKYO, "utf-8")
    added = build(config)
    # the seed names Gatilov too, but shows nothing the new article changes
    assert SEED_PAGE not in added.rendered and "quotes/seoul.md" not in added.rendered
    assert {"articles/tokyo.md", "actors/gennady-gatilov.md"} <= set(added.rendered)
    assert added.reused > 0
    gatilov = (briefing / "docs" / "actors" / "gennady-gatilov.md").read_text("utf-8")
    assert "We need patience, not threats" in gatilov  # his profile was rendered again
    assert site_files(briefing / "docs") == from_scratch(briefing / "site_src", tmp_path / "scratch")


def test_a_changed_title_or_description_reaches_every_page_that_shows_it(briefing, tmp_path):
    config = BuildConfig(root=briefing)
    build(config)
    seoul = briefing / "site_src" / "articles" / "seoul.md"
    seoul.write_text(SEOUL.replace("Seoul weighs a return to talks", "Seoul & Beijing weigh talks"), "utf-8")
    actors = briefing / "site_src" / "actors.yml"
    actors.write_text(actors.read_text("utf-8").replace(
        "Foreign Minister of the People's Republic of China from March 2013.",
        "Foreign Minister of China since March 2013."), "utf-8")
    build(config)
    wang = (briefing / "docs" / "actors" / "wang-yi.md").read_text("utf-8")
    assert "Seoul &#38; Beijing weigh talks" in wang and "Seoul weighs" not in wang
    assert "Foreign Minister of China since March 2013." in wang
    assert site_files(briefing / "docs") == from_scratch(briefing / "site_src", tmp_path / "scratch")


def test_a_removed_article_leaves_no_trace_and_a_touched_one_renders_nothing_new(briefing, tmp_path):
    config = BuildConfig(root=briefing)
    build(config)
    seoul = briefing / "site_src" / "articles" / "seoul.md"
    seoul.touch()  # the build runs (the file's time changed), but no page's data did
    touched = build(config)
    memo = json.loads((briefing / ".cache" / "briefing" / "rendered" / "pages.json").read_text("utf-8"))["pages"]
    assert not touched.unchanged and touched.reused == len(memo) > 0
    assert not set(memo) & set(touched.rendered)  # the pages it rendered are those it always renders (indexes)
    assert set(touched.written.written) <= HISTORY

    seoul.unlink()
    build(config)
    assert not (briefing / "docs" / "articles" / "seoul.md").exists()
    assert "Dialogue is the only way out" not in (briefing / "docs" / "actors" / "wang-yi.md").read_text("utf-8")
    assert site_files(briefing / "docs") == from_scratch(briefing / "site_src", tmp_path / "scratch")


def test_a_page_edited_in_docs_is_not_taken_for_the_memo(briefing):
    """The memo trusts a page only as the last build wrote it: one edited by hand is reported
    (writer.py), never read back as if it were ours."""
    config = BuildConfig(root=briefing)
    build(config)
    profile = briefing / "docs" / "actors" / "wang-yi.md"
    profile.write_text("edited by hand", "utf-8")
    (briefing / "site_src" / "articles" / "tokyo.md").write_text(TOKYO, "utf-8")
    report = build(config)
    assert any("edited by hand" in p.message for p in report.problems)
    profile.unlink()
    build(config)
    assert "Dialogue is the only way out" in profile.read_text("utf-8")


def test_a_page_that_looked_a_name_up_is_rendered_again_when_the_name_changes(nlp, tmp_path):
    """The quotes page of an article holds its quotations, not their speakers: the speaker's
    name behind each link is looked up (Renderer.note), and a new name renders the page again."""
    article = make_article("“We will not back down,” said Amara Okafor, the trade minister, on Monday.")
    kb = build_knowledge_base([article], [extract_one(article, nlp)], CuratedData())
    docs = tmp_path / "docs"

    def render_with_memo() -> tuple[dict[str, str], PageMemo]:
        memo = PageMemo(tmp_path / "memo.json", docs, salt="test")
        pages = Renderer(kb, None, SiteInfo(), memo=memo).render_all()
        for path, text in pages.items():
            if not isinstance(text, PageOnDisk):  # a page the memo found in docs/ as written
                (docs / path).parent.mkdir(parents=True, exist_ok=True)
                (docs / path).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        memo.save()
        return {path: text.read().decode("utf-8") if isinstance(text, PageOnDisk) else text
                for path, text in pages.items()}, memo

    render_with_memo()
    speaker = kb.actor(kb.quotes[0].speaker)
    assert speaker is not None and speaker.name == "Amara Okafor"
    _, memo = render_with_memo()
    assert "quotes/test.md" in memo.reused  # nothing changed yet

    speaker.name = "Amara N. Okafor"  # the same actor (same id), another name
    pages, memo = render_with_memo()
    assert "quotes/test.md" not in memo.reused
    assert "Amara N. Okafor" in pages["quotes/test.md"]
    assert pages == Renderer(kb, None, SiteInfo()).render_all()
