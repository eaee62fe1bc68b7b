"""Escaping of untrusted text for the Markdown pages.

Article text reaches pages rendered by Python-Markdown (MkDocs or Zensical) with HTML allowed. Every
character that could start markup (HTML, links, emphasis, code, tables, attribute lists, Jinja
or admonition syntax) becomes a numeric character reference: the reader sees the character, no
renderer sees markup. Our own links and tags are `Markup` and pass through untouched.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from markupsafe import Markup

# Characters that can open Markdown, HTML or extension syntax anywhere in a line.
SPECIAL = set("\\`*_{}[]()#+-!|<>&~^=:\"'$%@")
LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c]+")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


SPACES = re.compile(r"\s+")
CHARACTER_REFERENCES = {ord(c): f"&#{ord(c)};" for c in SPECIAL}


UNTIDY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]|[^\S ]|  ")  # what the folding below would change


def escape_inline(text: str) -> str:
    """Untrusted text made inert, white space folded to single spaces but kept at the ends."""
    if UNTIDY.search(text):  # most text is tidy already: the page has thousands of these
        text = SPACES.sub(" ", CONTROL.sub("", LINE_BREAKS.sub(" ", text)))
    return text.translate(CHARACTER_REFERENCES)


def md_text(value: object) -> Markup:
    """Untrusted text as inert Markdown on one line."""
    return inert_text(str(value))


@lru_cache(maxsize=1 << 16)  # names, titles and dates recur on every page that lists them
def inert_text(text: str) -> Markup:
    return inert_block_start(escape_inline(text).strip())


def inert_block_start(text: str) -> Markup:
    """"1. " at the start of a block would make a list item."""
    if not text[:1].isdigit():
        return Markup(text)
    return Markup(re.sub(r"^(\d+)\.", lambda m: f"{m.group(1)}&#46;", text))


def html_attr(value: object) -> Markup:
    """A value for an HTML attribute inside double quotes."""
    return Markup("".join(f"&#{ord(c)};" if not (c.isalnum() or c in " -_./,") else c for c in str(value)))


def safe_url(value: object) -> Markup:
    """An http(s) address for a Markdown link: characters that could end the link are encoded."""
    url = str(value)
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return Markup("#")
    return Markup(quote(url, safe=":/?#@!$&+,;=%-._~"))


def link(text: object, url: str, title: object | None = None) -> Markup:
    """A Markdown link to one of our own pages (`url` is ours); its text is escaped."""
    label = text if isinstance(text, Markup) else md_text(text)
    suffix = f' "{html_attr(title)}"' if title else ""
    return Markup(f"[{label}]({url}{suffix})")


def finalize(value: object) -> object:
    """Jinja `finalize`: everything printed is escaped unless it is Markup we built."""
    if value is None:
        return ""
    if isinstance(value, Markup) or isinstance(value, (int, float)):
        return value
    return md_text(value)
