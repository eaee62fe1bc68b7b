"""Stage 1: reading article files."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.reader import ArticleError, read_article, read_articles

from .conftest import SEED_ARTICLE


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_seed_article_front_matter_and_body_offsets():
    article, problems = read_article(SEED_ARTICLE, SEED_ARTICLE.parents[2])
    assert problems == []
    assert article.id == "us-presses-china-north-korea-sanctions"
    assert article.title == "US presses China in North Korea sanctions drive"
    assert article.date == dt.date(2017, 4, 28)
    raw = SEED_ARTICLE.read_text("utf-8")
    assert raw.endswith(article.body)  # offsets are into the file's text after the front matter
    assert article.body_line == 5


def test_seed_debris_lines_are_marked_not_removed():
    article, _ = read_article(SEED_ARTICLE, SEED_ARTICLE.parents[2])
    kinds = {article.body[p.start:p.end]: p.kind for p in article.paragraphs}
    assert kinds["Related reading"] == "debris"
    assert kinds["Watch: Rex Tillerson addresses the UN Security Council"] == "debris"
    assert kinds["0:00 Share"] == "debris"
    assert kinds["Watch: South Korea criticises North’s ‘vicious cycle’ 0:00 Share"] == "debris"
    assert kinds["A decade of sanctions"] == "heading"
    assert kinds["US presses China in North Korea sanctions drive"] == "headline"
    text = article.analysable_text()
    assert len(text) == len(article.body)
    assert "Watch" not in text and "Related reading" not in text
    assert "Tillerson called on all countries" in text.replace("\u00a0", " ")


def test_article_without_date_builds_with_a_warning(tmp_path):
    path = write(tmp_path, "no-date.md", "---\ntitle: Undated\n---\nSomething happened last year.\n")
    article, problems = read_article(path, tmp_path)
    assert article.date is None
    assert any("no date" in p.message and p.path == "no-date.md" for p in problems)


def test_plain_text_without_front_matter_takes_its_first_line_as_title(tmp_path):
    path = write(tmp_path, "plain.txt", "A headline\n\nThe first paragraph.\n")
    article, problems = read_article(path, tmp_path)
    assert article.title == "A headline"
    assert article.paragraphs[0].kind == "headline"
    assert any("no title" in p.message for p in problems)


def test_malformed_front_matter_names_file_and_line(tmp_path):
    path = write(tmp_path, "broken.md", "---\ntitle: ok\ndate: [unclosed\nsource: x\n---\nBody.\n")
    with pytest.raises(ArticleError) as caught:
        read_article(path, tmp_path)
    problem = caught.value.problem
    assert problem.path == "broken.md" and problem.severity == "error"
    assert problem.line in (3, 4, 5)
    assert "front matter" in problem.message


def test_a_date_that_is_no_date_is_a_warning_not_a_failure(tmp_path):
    path = write(tmp_path, "bad-date.md", "---\ntitle: T\ndate: next Tuesday-ish\n---\nBody text here.\n")
    article, problems = read_article(path, tmp_path)
    assert article.date is None
    assert any("not a date" in p.message and p.line == 3 for p in problems)


def test_non_utf8_is_decoded_with_a_warning(tmp_path):
    path = write(tmp_path, "latin.md", "---\ntitle: Caf\xe9\n---\nThe caf\xe9 said.\n".encode("cp1252"))
    article, problems = read_article(path, tmp_path)
    assert article.title == "Café"
    assert any("not UTF-8" in p.message and p.line == 2 for p in problems)


def test_binary_and_empty_files_are_errors(tmp_path):
    with pytest.raises(ArticleError, match="binary"):
        read_article(write(tmp_path, "img.md", b"\x89PNG\x00\x00\x00"), tmp_path)
    with pytest.raises(ArticleError, match="no text"):
        read_article(write(tmp_path, "empty.md", "---\ntitle: Empty\n---\n\n"), tmp_path)


def test_folder_read_skips_bad_and_duplicate_articles_but_keeps_the_rest(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\ndate: 2017-01-01\n---\nSame words here.\n")
    write(tmp_path, "b.md", "---\ntitle: B\ndate: 2017-01-02\n---\nSame   words here.\n")
    write(tmp_path, "c.md", "---\ntitle: [\n---\nBroken.\n")
    write(tmp_path, "d.md", "---\ntitle: D\ndate: 2017-01-03\nmood: happy\n---\nOther words.\n")
    result = read_articles(tmp_path, root=tmp_path)
    assert [a.id for a in result.articles] == ["a", "d"]
    messages = [str(p) for p in result.problems]
    assert any(m.startswith("b.md:1") and "same text as a.md" in m for m in messages)
    assert any(m.startswith("c.md") and "error" in m for m in messages)
    assert any(m.startswith("d.md:4:") and "unknown front matter field 'mood'" in m for m in messages)


def test_non_http_url_is_dropped(tmp_path):
    path = write(tmp_path, "u.md", "---\ntitle: U\ndate: 2017-01-01\nurl: javascript:alert(1)\n---\nText.\n")
    article, problems = read_article(path, tmp_path)
    assert article.url is None
    assert any("not an http" in p.message and p.line == 4 for p in problems)


def test_analysable_text_makes_unusual_spaces_and_wrapped_lines_plain_and_keeps_every_offset(tmp_path):
    # "Rex\u00a0Tillerson" would be one token to spaCy; a hard-wrapped "United\nStates" no name at all
    body = "Rex\u00a0Tillerson met the\u2009United\nStates envoy\u3000in\u202fSeoul.\n\nNext paragraph.\n"
    article, _ = read_article(write(tmp_path, "a.md", f"---\ntitle: T\ndate: 2017-04-28\n---\n{body}"), tmp_path)
    text = article.analysable_text()
    assert len(text) == len(article.body)
    assert text.startswith("Rex Tillerson met the United States envoy in Seoul.")
    assert "\u00a0" in article.body  # the body itself keeps what the file says
