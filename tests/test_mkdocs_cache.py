"""MkDocs' work on a page unchanged since the last build comes from the plugin's cache: the site
must be the very site MkDocs builds without it, and a page that changed must be built anew."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import copy_project


def mkdocs(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=root, env=env,
                          capture_output=True, text=True)


def cache_use(result: subprocess.CompletedProcess) -> tuple[int, int]:
    """(pages converted, pages taken from the cache), as the plugin reports them."""
    found = re.search(r"briefing: (\d+) pages converted, (\d+) taken from the cache", result.stderr)
    assert found, result.stderr
    return int(found[1]), int(found[2])


def site_files(root: Path) -> dict[str, bytes]:
    # the sitemap's gzip header holds the time it was written
    return {str(p.relative_to(root / "site")): p.read_bytes() for p in sorted((root / "site").rglob("*"))
            if p.is_file() and p.name != "sitemap.xml.gz"}


@pytest.fixture(scope="module")
def built_twice(tmp_path_factory) -> Path:
    """The seed briefing built, then built again with nothing changed."""
    root = copy_project(tmp_path_factory.mktemp("cached"))
    first = mkdocs(root, "--strict")
    assert first.returncode == 0, first.stderr
    assert cache_use(first)[1] == 0
    (root / "first-site").mkdir()
    for rel, data in site_files(root).items():
        (root / "first-site" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "first-site" / rel).write_bytes(data)
    second = mkdocs(root, "--strict")
    assert second.returncode == 0, second.stderr
    root.joinpath("second.log").write_text(second.stderr, "utf-8")
    return root


def test_a_rebuild_takes_every_unchanged_page_from_the_cache_and_gives_the_same_site(built_twice):
    converted, reused = cache_use(subprocess.CompletedProcess([], 0, "", (built_twice / "second.log").read_text()))
    assert converted == 0 and reused > 20
    first = {str(p.relative_to(built_twice / "first-site")): p.read_bytes()
             for p in (built_twice / "first-site").rglob("*") if p.is_file()}
    second = site_files(built_twice)
    assert sorted(first) == sorted(second)
    assert [rel for rel in first if first[rel] != second[rel]] == []


def test_the_cached_site_is_the_site_mkdocs_builds_without_the_cache(built_twice, tmp_path):
    root = copy_project(tmp_path)
    config = (root / "mkdocs.yml").read_text("utf-8")
    (root / "mkdocs.yml").write_text(config.replace("  - briefing\n", "  - briefing:\n      page_cache: false\n"))
    result = mkdocs(root, "--strict")
    assert result.returncode == 0, result.stderr
    assert "taken from the cache" not in result.stderr
    uncached, cached = site_files(root), site_files(built_twice)
    assert sorted(uncached) == sorted(cached)
    assert [rel for rel in uncached if uncached[rel] != cached[rel]] == []


def test_an_edited_article_and_the_pages_it_reaches_are_built_anew(tmp_path):
    root = copy_project(tmp_path)
    assert mkdocs(root, "--strict").returncode == 0
    article = root / "site_src" / "articles" / "us-presses-china-north-korea-sanctions.md"
    article.write_text(article.read_text("utf-8") + "\nThe talks in Geneva ended without a statement.\n", "utf-8")
    result = mkdocs(root, "--strict")
    assert result.returncode == 0, result.stderr
    converted, reused = cache_use(result)
    assert 0 < converted < reused
    page = (root / "site" / "articles" / "us-presses-china-north-korea-sanctions" / "index.html").read_text("utf-8")
    assert "The talks in Geneva ended without a statement." in page


def test_a_broken_link_fails_a_strict_build_every_time_not_only_the_first(tmp_path):
    root = copy_project(tmp_path)
    (root / "docs" / "notes.md").write_text("# Notes\n\nSee [the missing page](missing.md).\n", "utf-8")
    for _ in range(2):
        result = mkdocs(root, "--strict")
        assert result.returncode != 0
        assert "missing.md" in result.stderr


def test_every_page_names_the_feed_of_what_changed_in_its_head(built_twice):
    from bs4 import BeautifulSoup

    for page, href in (("index.html", "feed.xml"), ("actors/rex-tillerson/index.html", "../../feed.xml")):
        head = BeautifulSoup((built_twice / "site" / page).read_text("utf-8"), "html.parser").head
        links = head.find_all("link", attrs={"type": "application/atom+xml"})
        assert [link["href"] for link in links] == [href]  # once, from the cache too
    assert (built_twice / "site" / "feed.xml").read_text("utf-8").startswith("<?xml")
