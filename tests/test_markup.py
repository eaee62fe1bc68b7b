"""Untrusted text stays text: whatever an article says, the rendered page shows it, never runs it."""
from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings, strategies as st

from generator.markup import link, md_text

EXTENSIONS = ["attr_list", "tables", "admonition", "toc", "md_in_html", "abbr", "footnotes", "def_list"]
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "{{ config }} {% include 'x' %}",
    "!!! danger \"Injected\"",
    "---",
    "# Heading",
    "1. list item",
    "*emphasis* and __strong__ and `code`",
    "| a | b |",
    "text { #id .class onclick=alert(1) }",
    "<http://evil.example>",
    "&lt;script&gt; &amp;",
]


def render(source: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(source, extensions=EXTENSIONS), "html.parser")


def visible_text(source: str) -> str:
    return render(source).get_text()


def test_each_hostile_string_renders_as_its_own_text():
    for hostile in HOSTILE:
        soup = render(f"Before {md_text(hostile)} after")
        assert [tag.name for tag in soup.find_all(True)] == ["p"], hostile
        assert soup.get_text() == f"Before {' '.join(hostile.split())} after", hostile


def test_escaped_text_at_a_line_start_makes_no_block():
    for hostile in HOSTILE:
        soup = render(str(md_text(hostile)))
        assert [tag.name for tag in soup.find_all(True)] in (["p"], []), hostile


def test_links_we_build_keep_escaped_labels():
    soup = render(str(link("<b>Kim</b> [Jong-un]", "../actors/kim-jong-un.md")))
    anchor = soup.find("a")
    assert anchor["href"] == "../actors/kim-jong-un.md"
    assert anchor.get_text() == "<b>Kim</b> [Jong-un]"
    assert soup.find("b") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80))
def test_any_text_renders_to_a_single_paragraph_without_markup(text):
    soup = render(f"x {md_text(text)} x")
    assert all(tag.name == "p" for tag in soup.find_all(True))
