"""Shared fixtures: the real spaCy pipeline (loaded once), the seed article, ../shared when present."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.extract import extract_one
from generator.model import Article, ArticleExtraction, CuratedActor
from generator.pipeline import build_pipeline
from generator.reader import split_paragraphs

from .browser_fixtures import browser, open_page, page, served_site, server  # noqa: F401 (the browser tests' fixtures)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_ARTICLE = REPO / "site_src" / "articles" / "us-presses-china-north-korea-sanctions.md"
SEED_GOLD = SHARED / "seed" / "us-presses-china-north-korea-sanctions.gold.json"


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


def make_article(text: str, date: dt.date | None = dt.date(2017, 4, 28), article_id: str = "test") -> Article:
    """An in-memory article as the reader would make it."""
    article = Article(id=article_id, path=f"{article_id}.md", title="Test", body=text, date=date)
    article.paragraphs = split_paragraphs(text, "Test")
    return article


@pytest.fixture
def analyse(nlp):
    """Run the real pipeline on a text: analyse("…") -> ArticleExtraction."""
    def run(text: str, date: dt.date | None = dt.date(2017, 4, 28), curated: list[CuratedActor] | None = None,
            ) -> ArticleExtraction:
        pipeline = build_pipeline(curated) if curated else nlp
        return extract_one(make_article(text, date), pipeline)
    return run


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


LARGE_SOURCE_FOLDERS = ("nk-sources", "corpus")


def copy_site_src(destination: Path) -> None:
    """The seed and the curated data; the 250 primary sources and corpus texts are built by `make
    site` (a cold build of them takes a minute or more, too long for every site test)."""
    shutil.copytree(REPO / "site_src", destination, ignore=lambda folder, names: [
        n for n in names if Path(folder) == REPO / "site_src" / "articles" and n in LARGE_SOURCE_FOLDERS])


def copy_project(root: Path) -> Path:
    """The project's sources (site_src, mkdocs.yml, the hand-written about page) in `root`, ready to
    build: the templates and static files come with the installed package, the plugin too."""
    copy_site_src(root / "site_src")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir()
    shutil.copy(REPO / "docs" / "about.md", root / "docs" / "about.md")
    return root


def mkdocs_build(root: Path) -> Path:
    """A plain `mkdocs build --strict` of the project in `root` (the plugin generates docs/ first)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


def speaker_of(record: ArticleExtraction, fragment: str) -> str | None:
    """The speaker key of the first quote whose text contains `fragment`."""
    for quote in record.quotes:
        if fragment in quote.text:
            return quote.speaker
    raise AssertionError(f"no quote containing {fragment!r} in {[q.text for q in record.quotes]}")
