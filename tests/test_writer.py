"""The writer owns only what it wrote: nothing else in docs/ is overwritten or deleted."""
from __future__ import annotations

import os

import pytest

from generator.writer import MANIFEST, SiteWriter, UnsafePath, safe_relative


def test_writes_new_pages_and_records_them(tmp_path):
    report = SiteWriter(tmp_path).write_all({"index.md": "# Home\n", "actors/a.md": "# A\n"})
    assert sorted(report.written) == ["actors/a.md", "index.md"]
    assert (tmp_path / "actors" / "a.md").read_text() == "# A\n"
    assert "actors/a.md" in (tmp_path / MANIFEST).read_text()


def test_unchanged_pages_are_not_rewritten(tmp_path):
    writer = SiteWriter(tmp_path)
    writer.write_all({"index.md": "# Home\n"})
    os.utime(tmp_path / "index.md", (1_000_000, 1_000_000))
    report = writer.write_all({"index.md": "# Home\n"})
    assert report.written == [] and report.unchanged == 1
    assert (tmp_path / "index.md").stat().st_mtime == 1_000_000


def test_a_file_briefing_did_not_write_is_never_overwritten(tmp_path):
    (tmp_path / "index.md").write_text("my own home page")
    report = SiteWriter(tmp_path).write_all({"index.md": "# Generated\n"})
    assert (tmp_path / "index.md").read_text() == "my own home page"
    assert any("not written by briefing" in p.message for p in report.problems)


def test_a_page_edited_by_hand_is_kept(tmp_path):
    writer = SiteWriter(tmp_path)
    writer.write_all({"actors/a.md": "# A\n"})
    (tmp_path / "actors" / "a.md").write_text("# A, with my notes\n")
    report = writer.write_all({"actors/a.md": "# A (new)\n"})
    assert (tmp_path / "actors" / "a.md").read_text() == "# A, with my notes\n"
    assert any("edited by hand" in p.message for p in report.problems)


def test_stale_pages_of_ours_are_removed_and_nothing_else(tmp_path):
    writer = SiteWriter(tmp_path)
    writer.write_all({"actors/a.md": "A", "actors/b.md": "B"})
    (tmp_path / "actors" / "notes.md").write_text("hand-written")
    (tmp_path / "about.md").write_text("hand-written")
    report = writer.write_all({"actors/a.md": "A"})
    assert report.deleted == ["actors/b.md"]
    assert (tmp_path / "actors" / "notes.md").exists() and (tmp_path / "about.md").exists()


def test_empty_folders_of_ours_are_cleaned_up(tmp_path):
    writer = SiteWriter(tmp_path)
    writer.write_all({"quotes/q1.md": "Q"})
    writer.write_all({})
    assert not (tmp_path / "quotes").exists()


@pytest.mark.parametrize("bad", ["../escape.md", "/etc/passwd", "a/../../b.md", "nul.md", "a\x00b.md", "",
                                 "a\\..\\b.md", "com1/x.md"])
def test_unsafe_paths_are_refused(bad, tmp_path):
    with pytest.raises(UnsafePath):
        safe_relative(bad)
    report = SiteWriter(tmp_path / "docs").write_all({bad: "x"})
    assert report.written == [] and report.problems
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_a_lost_manifest_does_not_orphan_identical_pages(tmp_path):
    writer = SiteWriter(tmp_path)
    writer.write_all({"actors/a.md": "A"})
    (tmp_path / MANIFEST).unlink()  # as if the build had died before saving it
    report = writer.write_all({"actors/a.md": "A"})
    assert report.problems == [] and report.unchanged == 1


def test_a_symbolic_link_out_of_docs_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "actors").symlink_to(outside)
    report = SiteWriter(docs).write_all({"actors/a.md": "A"})
    assert report.written == [] and any("symbolic link" in p.message for p in report.problems)
    assert list(outside.iterdir()) == []


def test_a_packaged_static_file_gives_way_to_a_hand_written_one_without_complaint(tmp_path):
    docs = tmp_path / "docs"
    (docs / "stylesheets").mkdir(parents=True)
    (docs / "stylesheets" / "briefing.css").write_text("/* ours */", "utf-8")
    report = SiteWriter(docs).write_all({"index.md": "# Home\n"}, defaults={
        "stylesheets/briefing.css": b"/* package */", "assets/briefing/tablesort.js": b"// package"})
    assert (docs / "stylesheets" / "briefing.css").read_text("utf-8") == "/* ours */"
    assert (docs / "assets" / "briefing" / "tablesort.js").read_bytes() == b"// package"
    assert report.problems == []
    assert sorted(report.written) == ["assets/briefing/tablesort.js", "index.md"]
