"""Hostile and broken input: the site still builds, says what it skipped, and runs nothing from input."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from filelock import FileLock
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.build import BuildConfig, BuildLocked, build
from generator.slugs import unique_slug

from .conftest import copy_project

GOOD = "---\ntitle: Good news\ndate: 2017-04-28\n---\nWang Yi said talks must resume, the ministry said.\n"
HOSTILE_BODY = (
    "<script>alert('body')</script> and <img src=x onerror=\"alert(1)\">.\n\n"
    "Read [this](javascript:alert(2)) and ![pic](http://evil.example/x.png).\n\n"
    "{{ config.site_name }} {% include 'secrets' %}\n\n"
    "!!! danger \"Injected admonition\"\n\n"
    "---\n\n"
    "“<b>Bold claim</b> and <iframe src=//evil.example></iframe>,” Rex Tillerson said.\n"
)
ARTICLES = {
    "good.md": GOOD,
    "hostile.md": "---\ntitle: \"<script>alert('title')</script> [x](javascript:1)\"\ndate: 2017-04-29\n"
                  "source: \"<img src=x onerror=alert(3)>\"\n---\n" + HOSTILE_BODY,
    "latin1.md": "---\ntitle: Caf\xe9 talks\ndate: 2017-04-30\n---\nThe caf\xe9 owner said prices rose.\n".encode("cp1252"),
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
    "empty.md": "",
    "huge.md": "---\ntitle: Huge\n---\n" + "word " * 220_000,
    "zz-duplicate.md": GOOD.replace("Good news", "Copy"),
    "bad-date.md": "---\ntitle: Bad date\ndate: soonish\n---\nTalks resumed in Beijing, officials said.\n",
    "unknown-field.md": "---\ntitle: Extra\ndate: 2017-05-01\nmood: grim\n---\nSanctions were tightened.\n",
    "broken-front-matter.md": "---\ntitle: [unclosed\n---\nBody.\n",
    "unclosed-quote.md": "---\ntitle: Unclosed\ndate: 2017-05-02\n---\n“This never closes, he said.\n\nFine.\n",
}
EXPECTED_PROBLEMS = {  # file -> words its problem must contain
    "binary.md": "binary", "empty.md": "no text", "huge.md": "over the limit", "zz-duplicate.md": "same text as",
    "bad-date.md": "not a date", "unknown-field.md": "unknown front matter field", "latin1.md": "not UTF-8",
    "broken-front-matter.md": "malformed front matter", "unclosed-quote.md": "never closed",
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("hostile"))
    articles = root / "site_src" / "articles"
    for path in articles.iterdir():
        path.unlink()
    for name, content in ARTICLES.items():
        (articles / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    report = build(BuildConfig(root=root))
    # skipped articles are reported, not fatal: even a strict MkDocs build of the rest goes through
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
                            text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 0, result.stderr
    assert "briefing: site_src/articles/binary.md:1: error: the file is binary" in result.stderr
    cli = subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=root, capture_output=True, text=True)
    assert cli.returncode == 0 and "binary.md" in cli.stderr
    strict = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--strict"], cwd=root,
                            capture_output=True, text=True)
    assert strict.returncode == 1
    return root, report


def test_every_bad_article_is_named_with_its_reason(hostile_site):
    _, report = hostile_site
    for name, words in EXPECTED_PROBLEMS.items():
        assert any(p.path.endswith(name) and words in p.message for p in report.problems), name


def test_every_good_article_is_on_the_site(hostile_site):
    root, report = hostile_site
    ids = {a.id for a in report.kb.articles}
    assert {"good", "hostile", "latin1", "bad-date", "unknown-field", "unclosed-quote"} <= ids
    assert not {"binary", "empty", "huge", "broken-front-matter"} & ids
    for article_id in ids:
        assert (root / "site" / "articles" / article_id / "index.html").exists()


def test_no_page_runs_anything_from_the_input(hostile_site):
    root, _ = hostile_site
    site = root / "site"
    for html in site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text("utf-8"), "html.parser")
        content = soup.select_one("article") or soup
        assert content.find(["script", "iframe", "img", "object", "embed", "b"]) is None, html
        for tag in content.find_all(True):
            assert not any(attr.lower().startswith("on") for attr in tag.attrs), (html, tag)
            assert not str(tag.get("href", "")).lower().startswith("javascript:"), (html, tag)
        assert "Injected admonition" not in str(content.select(".admonition"))
    article = BeautifulSoup((site / "articles" / "hostile" / "index.html").read_text("utf-8"), "html.parser")
    text = article.select_one("article").get_text(" ")
    assert "<script>alert('body')</script>" in text and "{{ config.site_name }}" in text
    assert "<script>alert('title')</script>" in article.find("h1").get_text()


def test_a_build_that_fails_midway_leaves_the_previous_docs_intact(tmp_path, monkeypatch):
    root = copy_project(tmp_path)
    build(BuildConfig(root=root))
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}
    (root / "site_src" / "articles" / "new.md").write_text("---\ntitle: New\ndate: 2017-05-01\n---\nWang Yi spoke.\n")

    def fail_while_staging(self, data):
        if ".briefing-staging-" in str(self) and self.name.startswith("new"):
            raise OSError("No space left on device")
        return original(self, data)
    original = Path.write_bytes
    monkeypatch.setattr(Path, "write_bytes", fail_while_staging)
    with pytest.raises(OSError, match="No space left"):
        build(BuildConfig(root=root))
    monkeypatch.undo()
    after = {p: p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}
    assert after == before


def test_a_second_build_at_the_same_time_is_refused(tmp_path):
    root = copy_project(tmp_path)
    (root / "docs").mkdir(exist_ok=True)
    with FileLock(str(root / "docs" / ".briefing.lock")):
        with pytest.raises(BuildLocked, match="another briefing build"):
            build(BuildConfig(root=root))


def test_slugs_stay_in_their_folder_unique_and_stable():
    used: set[str] = set()
    names = ["../../etc/passwd", "/absolute", "con", "index", "Kim Jong-un", "Kim Jong Un", "王毅", "Wang Yi",
             "Ким", "Kim", "", "\x00nul"]
    slugs = [unique_slug(n, used, fallback="actor") for n in sorted(names)]
    assert len(set(slugs)) == len(slugs)
    assert all(s and "/" not in s and "." not in s and "\x00" not in s for s in slugs)
    assert "index" not in slugs and "con" not in slugs
    # a name that must give way gets a suffix of its own, whatever else the corpus holds
    assert unique_slug("Ким", {"kim"}, "actor") == unique_slug("Ким", {"kim", "wang-yi", "kim-jong-un"}, "actor")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet=st.sampled_from(list("ab <>&\"'“”‘’[](){}#*_`!|-:\n\\=~^$%@")) |
                    st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
def test_random_text_never_crashes_never_escapes_docs_never_emits_markup(tmp_path_factory, body):
    root = copy_project(tmp_path_factory.mktemp("fuzz"))
    articles = root / "site_src" / "articles"
    for path in articles.iterdir():
        path.unlink()
    (articles / "fuzz.md").write_text("---\ntitle: Fuzz\ndate: 2017-04-28\n---\n" + body, "utf-8")
    before = set(p for p in root.parent.iterdir())
    report = build(BuildConfig(root=root))
    assert set(p for p in root.parent.iterdir()) == before  # nothing written beside the project
    outside = [p for p in root.rglob("*") if p.is_file() and not (
        p.is_relative_to(root / "docs") or p.is_relative_to(root / ".cache") or p.is_relative_to(root / "site_src")
        or p.name == "mkdocs.yml")]
    assert outside == []
    for path in (root / "docs" / "articles").glob("fuzz*.md"):
        html = markdown.markdown(path.read_text("utf-8"), extensions=["attr_list", "md_in_html", "tables", "toc"])
        soup = BeautifulSoup(html, "html.parser")
        assert {t.name for t in soup.find_all(True)} <= {"h1", "h2", "p", "strong", "a", "mark", "hr", "em"}, html
    for path in (root / "docs").rglob("*.md"):  # every page the text reaches: quotes, profiles, timelines
        html = markdown.markdown(path.read_text("utf-8"), extensions=["attr_list", "md_in_html", "tables", "toc"])
        for tag in BeautifulSoup(html, "html.parser").find_all(True):
            assert tag.name not in ("script", "iframe", "img", "object", "embed", "style"), (path, tag)
            assert not any(a.lower().startswith("on") for a in tag.attrs), (path, tag)
            assert not str(tag.get("href", "")).lower().startswith(("javascript:", "data:")), (path, tag)
    assert report.kb.articles or report.errors
