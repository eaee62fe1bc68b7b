"""`briefing add` and `briefing new`: articles brought in the way analysts collect them (saved pages,
URLs, feeds), a new briefing in one command, and templates that a briefing may override.

The pages of tests/web/ are shaped like real news pages (navigation, share buttons, a video
caption, a newsletter prompt, related links, a date in JSON-LD or a meta tag) around public-domain
Wikinews texts; a real HTTP server on 127.0.0.1 serves them, a feed of them, and the failures."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import mkdocs_build

WEB = Path(__file__).parent / "web"
BOILERPLATE = ["Share on Twitter", "Related reading", "newsletter", "Watch: our correspondent", "cookies",
               "All rights reserved", "Privacy policy", "Subscribe"]
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Daily Courier: Asia</title><link>{base}/</link>
<description>Asia news</description>
<item><title>Chinese submarine enters Japanese waters</title><link>{base}/submarine.html</link>
<pubDate>Thu, 18 Nov 2004 09:00:00 GMT</pubDate></item>
<item><title>Internal emails expose Boeing-Air Force contract discussions</title><link>{base}/boeing.html</link>
<pubDate>Wed, 24 Nov 2004 09:00:00 GMT</pubDate></item>
</channel></rss>
"""
FULL_TEXT_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<link>{base}/</link><description>Full text</description>
<item><title>Envoys meet in Beijing</title><link>{base}/gone.html</link>
<pubDate>Mon, 29 Nov 2004 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Envoys of the six parties met in Beijing on Monday to prepare a new round of talks, officials said.</p>
<p>“We expect the talks to resume before the end of the year,” said Wu Dawei, the Chinese vice foreign minister, after a
meeting that lasted three hours at the Diaoyutai state guesthouse.</p>
<p>Japanese and South Korean diplomats said the meeting had been useful, but that North Korea had yet to name a date.</p>]]></content:encoded>
</item></channel></rss>
"""
EMPTY_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Nothing yet</title><link>http://example.org/</link>
<description>An empty feed</description></channel></rss>
"""


class NewsSite(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        base = f"http://{self.headers['Host']}"
        routes = {
            "/feed.xml": ("application/rss+xml", FEED.format(base=base).encode()),
            "/empty-feed.xml": ("application/rss+xml", EMPTY_FEED.encode()),
            "/full-text.xml": ("application/rss+xml", FULL_TEXT_FEED.format(base=base).encode()),
            "/report.pdf": ("application/pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
        }
        if self.path == "/slow":
            time.sleep(3)
        if self.path in routes:
            self.reply(200, *routes[self.path])
        elif self.path.endswith(".html") and (WEB / self.path.lstrip("/")).is_file():
            self.reply(200, "text/html; charset=utf-8", (WEB / self.path.lstrip("/")).read_bytes())
        else:
            self.reply(404, "text/html", b"<html><body><h1>Not found</h1></body></html>")

    def reply(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def briefing(tmp_path: Path) -> Path:
    result = CliRunner().invoke(main, ["new", str(tmp_path / "b"), "--title", "Sino-Japanese tensions"])
    assert result.exit_code == 0, result.output
    return tmp_path / "b"


def add(briefing: Path, *sources: str, timeout: str = "10"):
    return CliRunner().invoke(main, ["add", "--src", str(briefing / "site_src"), "--timeout", timeout, *sources])


def articles(briefing: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted((briefing / "site_src" / "articles").glob("*.md"))}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_saved_page_becomes_an_article_with_its_metadata_and_without_the_page_around_it(briefing):
    result = add(briefing, str(WEB / "submarine.html"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("added: ")
    [(name, text)] = articles(briefing).items()
    assert name == "2004-11-18-chinese-submarine-enters-japanese-waters.md"
    front, body = text.split("---\n")[1], text.split("---\n", 2)[2]
    assert "title: Chinese submarine enters Japanese waters" in front
    assert "date: '2004-11-18'" in front  # from the page's JSON-LD
    assert "source: The Daily Courier" in front and "author: Wikinews contributors" in front
    assert "url: https://courier.example/submarine" in front  # the page's own canonical address
    assert body.lstrip().startswith("Tenuous relations between Japan and the People's Republic of China")
    assert "Liberal Democratic Party or LDP" in body  # the last paragraph of the story
    assert not [words for words in BOILERPLATE if words.lower() in body.lower()]
    check = CliRunner().invoke(main, ["check", "--src", str(briefing / "site_src")])
    assert check.exit_code == 0 and "0 problems" in check.output, check.output  # the reader knows every field


def test_a_url_is_fetched_and_adding_it_again_updates_nothing_and_says_so(briefing, site_url):
    first = add(briefing, f"{site_url}/boeing.html")
    assert first.exit_code == 0, first.output
    again = add(briefing, f"{site_url}/boeing.html")
    assert again.exit_code == 0 and again.output.startswith("unchanged (same URL): ")
    [text] = articles(briefing).values()
    assert "date: '2004-11-24'" in text  # from the article:published_time meta tag
    assert f"url: {site_url}/boeing.html" in text


def test_the_same_text_saved_and_fetched_is_one_article(briefing, site_url):
    add(briefing, str(WEB / "submarine.html"))
    result = add(briefing, f"{site_url}/submarine.html")
    assert result.exit_code == 0
    assert result.output.startswith("updated (same text): ")
    assert len(articles(briefing)) == 1


def test_every_entry_of_a_feed_becomes_an_article(briefing, site_url):
    result = add(briefing, f"{site_url}/feed.xml")
    assert result.exit_code == 0, result.output
    assert sorted(articles(briefing)) == ["2004-11-18-chinese-submarine-enters-japanese-waters.md",
                                          "2004-11-24-internal-emails-expose-boeing-air-force-contract-discussions.md"]


@pytest.mark.parametrize("path, message", [
    ("/missing.html", "HTTP 404"),
    ("/report.pdf", "PDF: not a web page"),
    ("/empty-feed.xml", "the feed has no entries"),
    ("/world-index.html", "not an article page (a list of 5 links or headlines)"),
])
def test_a_source_that_is_no_article_is_named_on_one_line_and_changes_nothing(briefing, site_url, path, message):
    before = snapshot(briefing / "site_src")
    result = add(briefing, f"{site_url}{path}")
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {site_url}{path}: {message}" or (
        result.output.startswith(f"error: {site_url}{path}: {message}") and result.output.count("\n") == 1)
    assert snapshot(briefing / "site_src") == before


def test_a_server_that_does_not_answer_times_out_and_the_good_sources_are_still_added(briefing, site_url):
    result = add(briefing, f"{site_url}/slow", str(WEB / "submarine.html"), "/no/such/page.html", timeout="0.5")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert f"error: {site_url}/slow: no answer within 0.5 s (timed out)" in lines
    assert "error: /no/such/page.html: no such file" in lines
    assert any(line.startswith("added: ") for line in lines)
    assert len(articles(briefing)) == 1


def test_new_refuses_to_overwrite_a_briefing(briefing):
    result = CliRunner().invoke(main, ["new", str(briefing)])
    assert result.exit_code != 0 and "already exists" in result.output


@pytest.mark.slow
def test_a_new_briefing_with_one_saved_page_builds_with_mkdocs(briefing):
    made = sorted(str(p.relative_to(briefing)) for p in briefing.rglob("*"))
    assert made == ["docs", "mkdocs.yml", "site_src", "site_src/actors.yml", "site_src/articles",
                    "site_src/briefing.yml", "site_src/timelines"]
    subprocess.run([sys.executable, "-m", "generator.cli", "add", str(WEB / "submarine.html")], cwd=briefing,
                   check=True, capture_output=True)
    mkdocs_build(briefing)
    page = (briefing / "site" / "articles" / "2004-11-18-chinese-submarine-enters-japanese-waters" / "index.html")
    assert "Wu Daiwei" in page.read_text("utf-8")
    assert "Sino-Japanese tensions" in (briefing / "site" / "index.html").read_text("utf-8")


def test_a_briefing_template_overrides_the_packaged_one_file_by_file(briefing):
    add(briefing, str(WEB / "submarine.html"))
    (briefing / "templates").mkdir()
    (briefing / "templates" / "tags.md.j2").write_text("# Our own tags page\n\n<!-- material/tags -->\n", "utf-8")
    result = CliRunner().invoke(main, ["build", "--src", str(briefing / "site_src"), "--docs", str(briefing / "docs")])
    assert result.exit_code == 0, result.output
    assert (briefing / "docs" / "tags.md").read_text("utf-8").startswith("# Our own tags page")
    assert (briefing / "docs" / "index.md").is_file()  # the other pages from the package's templates


def test_a_broken_template_is_an_error_naming_its_file_and_line(briefing):
    add(briefing, str(WEB / "submarine.html"))
    (briefing / "templates").mkdir()
    (briefing / "templates" / "tags.md.j2").write_text("# Tags\n\n{% for tag in %}\n", "utf-8")
    result = CliRunner().invoke(main, ["build", "--src", str(briefing / "site_src"), "--docs", str(briefing / "docs")])
    assert result.exit_code == 1
    assert f"{briefing / 'templates' / 'tags.md.j2'}:3: " in result.output


def test_no_server_and_an_unsupported_file_are_named_and_change_nothing(briefing, tmp_path):
    import socket
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    image = tmp_path / "chart.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(32))
    before = snapshot(briefing / "site_src")
    result = add(briefing, f"http://127.0.0.1:{port}/story", str(image))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"error: http://127.0.0.1:{port}/story: could not connect")
    assert lines[1] == f"error: {image}: binary data: not a web page, a text file or a feed"
    assert snapshot(briefing / "site_src") == before


def test_a_feed_entry_whose_page_is_gone_is_added_from_the_text_the_feed_carries(briefing, site_url):
    result = add(briefing, f"{site_url}/full-text.xml")
    assert result.exit_code == 0, result.output
    [(name, text)] = articles(briefing).items()
    assert name == "2004-11-29-envoys-meet-in-beijing.md"
    assert "source: Wire" in text and "Wu Dawei" in text and "<p>" not in text
