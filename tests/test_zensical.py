"""The generated content is plain Markdown that Zensical (Material's successor) renders too."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from .conftest import copy_project

ARTICLE = "us-presses-china-north-korea-sanctions"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    zensical = shutil.which("zensical") or shutil.which("zensical", path=str(sys.prefix) + "/bin")
    if zensical is None:
        pytest.skip("zensical is not installed (pip install zensical)")
    root = copy_project(tmp_path_factory.mktemp("zensical"))
    subprocess.run([sys.executable, "-m", "generator.cli", "build"], cwd=root, check=True, capture_output=True)
    result = subprocess.run([zensical, "build", "--strict", "-f", "mkdocs.yml"], cwd=root,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def soup(site, path):
    return BeautifulSoup((site / path / "index.html").read_text("utf-8"), "html.parser")


def test_zensical_renders_profiles_quotes_and_article_anchors(zensical_site):
    assert soup(zensical_site, "actors/wang-yi").find("h1").get_text(strip=True).startswith("Wang Yi")
    article = soup(zensical_site, f"articles/{ARTICLE}")
    assert article.find(id="p-3") is not None
    assert any(m.get_text(strip=True).startswith("Failing to act now") for m in article.select("mark.briefing-quote"))
    relations = soup(zensical_site, "actors/relations")
    assert relations.select_one("pre.mermaid") is not None


def test_zensical_site_loads_nothing_from_another_host(zensical_site):
    for html in zensical_site.rglob("*.html"):
        page = BeautifulSoup(html.read_text("utf-8"), "html.parser")
        for tag in page.find_all(["script", "link", "img"]):
            url = tag.get("src") or tag.get("href") or ""
            if tag.name == "link" and "stylesheet" not in (tag.get("rel") or []):
                continue
            assert not url.startswith(("http://", "https://", "//")), (html, url)
