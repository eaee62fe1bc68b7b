"""Fixtures of the browser tests: one small briefing site (the seed and two primary sources) built
once with `mkdocs build --strict`, served from localhost, read in Debian's Chromium via Playwright."""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent
SPEECHES = REPO / "site_src" / "articles" / "nk-sources" / "un-general-debate"
# beside the seed: a speech with key passages, and one that dates enough events to page North Korea's profile by year
PRIMARY_SOURCES = [SPEECHES / "2003-09-23_chn-li-zhaoxing.md", SPEECHES / "2017-09-19_jpn-shinzo-abe.md"]


AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]  # best practice: headings in order, …


def axe_violations(page) -> list[str]:
    """axe-core's findings on the page as it stands, one line per element: rule (impact): element."""
    from axe_playwright_python.sync_playwright import Axe
    # colours mid-fade are no finding: wait for the page's transitions (2 s at most: one may loop)
    page.evaluate("Promise.race([Promise.all(document.getAnimations().map(a => a.finished)),"
                  " new Promise(done => setTimeout(done, 2000))])")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_RULES}, "resultTypes": ["violations"]})
    return [f"{rule['id']} ({rule['impact']}): {', '.join(map(str, node['target']))} {' '.join(node['html'].split())[:100]}"
            for rule in results.response["violations"] for node in rule["nodes"]]


def site_pages(site: Path) -> list[str]:
    """The address of every page of a built site, the 404 page last."""
    pages = sorted("/" + "".join(f"{part}/" for part in p.parent.relative_to(site).parts) for p in site.rglob("index.html"))
    return pages + ["/404.html"]


def wait_for_diagrams(page) -> None:
    """Material draws a Mermaid diagram after the page loads: a check of the page waits for it."""
    if page.locator("pre.mermaid, div.mermaid").count():
        page.wait_for_function("document.querySelector('div.mermaid')?.getBoundingClientRect().height > 150")


@dataclass(frozen=True)
class ServedSite:
    url: str  # http://127.0.0.1:PORT
    root: Path  # the built site's folder (site/)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """A built site served from localhost on a free port, for as long as the block runs: its address."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def require_chromium() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing: .ci/run installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="session")
def served_site(tmp_path_factory) -> ServedSite:
    from .conftest import copy_project
    require_chromium()
    root = copy_project(tmp_path_factory.mktemp("browser"))
    for speech in PRIMARY_SOURCES:
        shutil.copy(speech, root / "site_src" / "articles" / speech.name)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"], cwd=root, check=True,
                   env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    with serving(root / "site") as url:
        yield ServedSite(url, root / "site")


@pytest.fixture(scope="session")
def server(served_site) -> str:
    return served_site.url


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, server):
    """open_page(scheme="light"|"dark") -> a fresh page in a browser whose reader prefers that colour
    scheme, recording every request it makes to a host other than localhost."""
    contexts = []

    def open_in(scheme: str = "light"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        contexts.append(context)
        page = context.new_page()
        page.foreign_requests = []
        local = urlsplit(server).netloc

        def watch(request):
            parts = urlsplit(request.url)
            if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != local:
                page.foreign_requests.append(request.url)
        page.on("request", watch)
        return page
    yield open_in
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    return open_page("light")
