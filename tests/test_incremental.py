"""A build with nothing to do touches nothing and loads no model; any change builds as usual."""
from __future__ import annotations

from pathlib import Path

from generator.build import BuildConfig, build


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
    import datetime as dt

    from generator.extract import extract_one
    from generator.knowledge import build_knowledge_base
    from generator.model import CuratedData
    from generator.render import Renderer, SiteInfo

    from .conftest import make_article

    text = "\n\n".join(f"“Point number {n} stands,” said Rex Tillerson." for n in range(25))
    article = make_article(text, dt.date(2017, 4, 28), "long-speech")
    kb = build_knowledge_base([article], [extract_one(article, nlp)], CuratedData())
    pages = Renderer(kb, None, SiteInfo()).render_all()
    assert len(kb.quotes) == 25
    assert not [p for p in pages if p.startswith("quotes/long-speech-")]  # no page a quotation
    assert pages["quotes/long-speech.md"].count('<section class="briefing-quote-entry"') == 25
    index = pages["quotes/index.md"]
    assert index.count("quotes/long-speech.md#long-speech-") == 20 and "… and 5 more" in index
