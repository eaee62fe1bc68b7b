"""A build with nothing to do touches nothing and loads no model; any change builds as usual."""
from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from generator.build import BuildConfig, build
from generator.extract import extract_one
from generator.knowledge import build_knowledge_base
from generator.model import Article, CuratedData
from generator.render import Renderer, SiteInfo

from .conftest import make_article


def rendered(nlp, articles: list[Article]) -> dict[str, str]:
    """The pages of a briefing of these in-memory articles."""
    kb = build_knowledge_base(articles, [extract_one(a, nlp) for a in articles], CuratedData())
    return Renderer(kb, None, SiteInfo()).render_all()


def mtimes(docs: Path) -> dict[str, int]:
    return {str(p.relative_to(docs)): p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}


def test_an_unchanged_briefing_is_left_as_it_is_and_says_what_the_last_build_said(project):
    config = BuildConfig(root=project)
    first = build(config)
    assert not first.unchanged and first.summary["articles"] >= 1
    before = mtimes(project / "docs")
    again = build(config)
    assert again.unchanged and again.summary == first.summary
    assert [str(p) for p in again.problems] == [str(p) for p in first.problems]
    assert mtimes(project / "docs") == before


def test_a_build_inside_another_process_leaves_its_garbage_collector_as_it_was(project):
    """The MkDocs plugin builds inside MkDocs' process: the build's own collector thresholds end with it."""
    before = gc.get_threshold()
    build(BuildConfig(root=project))
    assert gc.get_threshold() == before


def test_a_touched_article_an_edited_or_deleted_page_and_clean_build_again(project):
    config = BuildConfig(root=project)
    build(config)
    article = next((project / "site_src" / "articles").glob("*.md"))
    article.write_text(article.read_text("utf-8") + "\nA new paragraph was added.\n", "utf-8")
    assert not build(config).unchanged
    assert build(config).unchanged

    home = project / "docs" / "index.md"
    home.unlink()  # a generated page deleted by hand comes back
    report = build(config)
    assert not report.unchanged and home.is_file()

    profile = project / "docs" / "actors" / "rex-tillerson.md"
    profile.write_text("edited by hand", "utf-8")  # reported, and reported again next time
    assert any("edited by hand" in p.message for p in build(config).problems)
    assert any("edited by hand" in p.message for p in build(config).problems)

    profile.unlink()
    build(config)
    assert build(config, clean=True).unchanged is False


def test_the_quotes_index_stays_readable_and_each_article_has_one_page_of_quotations(nlp):
    text = "\n\n".join(f"“Point number {n} stands,” said Rex Tillerson." for n in range(25))
    pages = rendered(nlp, [make_article(text, dt.date(2017, 4, 28), "long-speech")])
    assert not [p for p in pages if p.startswith("quotes/long-speech-")]  # no page a quotation
    assert pages["quotes/long-speech.md"].count('<section class="briefing-quote-entry"') == 25
    index = pages["quotes/index.md"]
    assert index.count("quotes/long-speech.md#long-speech-") == 20 and "… and 5 more" in index


def test_a_profile_lists_the_newest_and_keeps_the_rest_on_a_page_a_year(nlp):
    """A profile does not grow with the briefing: past 20 quotations (or articles, or events) it
    lists the newest and links to pages by year, which together hold every one."""
    articles = [make_article(f"“Point number {n} of {year} stands,” said Rex Tillerson.\n\n"
                             f"“Point number {n + 100} of {year} stands too,” said Rex Tillerson.",
                             dt.date(year, 1 + n, 10), f"speech-{year}-{n}")
                for year in (2016, 2017) for n in range(7)]
    pages = rendered(nlp, articles)
    profile = pages["actors/rex-tillerson.md"]
    assert "## Quotes (28)" in profile and "### In their own words (28)" in profile
    assert profile.count("Point number") == 20
    assert "of 2017 stands" in profile  # the newest first
    assert "[2017](rex-tillerson/2017.md) (" in profile and "[2016](rex-tillerson/2016.md) (" in profile
    years = {year: pages[f"actors/rex-tillerson/{year}.md"] for year in ("2016", "2017")}
    assert all(page.count("Point number") == 14 for page in years.values())
    assert "of 2016" not in years["2017"] and "## Articles (7)" in years["2016"]
    assert "[Rex Tillerson](../rex-tillerson.md)" in years["2016"]


def test_a_short_profile_has_no_pages_by_year(nlp):
    pages = rendered(nlp, [make_article("“We stand firm,” said Rex Tillerson.", dt.date(2017, 4, 28), "short")])
    assert "By year" not in pages["actors/rex-tillerson.md"]
    assert not [p for p in pages if p.startswith("actors/rex-tillerson/")]


def test_a_change_to_a_package_template_behind_a_link_is_a_change(tmp_path, monkeypatch):
    from generator import stamp
    package, templates = tmp_path / "generator", tmp_path / "templates"
    package.mkdir()
    templates.mkdir()
    (package / "code.py").write_text("x = 1\n")
    (templates / "page.md.j2").write_text("# {{ title }}\n")
    (package / "templates").symlink_to(templates)  # as in a checkout: generator/templates -> ../templates
    monkeypatch.setattr(stamp, "PACKAGE", package)
    before = stamp.inputs_signature(tmp_path / "src", None, "settings")
    (templates / "page.md.j2").write_text("\n# {{ title }}\n")
    assert stamp.inputs_signature(tmp_path / "src", None, "settings") != before
