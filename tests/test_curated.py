"""Curated data: the project's own files load, and malformed entries name their file and line."""
from __future__ import annotations

from pathlib import Path

from generator.curated import load_curated

from .conftest import REPO


def test_project_timelines_and_actors_load_cleanly():
    data = load_curated(REPO / "site_src")
    assert data.problems == []
    timelines = {t.id: t for t in data.timelines}
    talks = timelines["six-party-talks"]
    assert talks.entries[0].date_start == "2003-08-27"
    assert talks.entries[-1].date_start.startswith("2009")
    assert any(e.date_start == "2005-09-19" and "Joint Statement" in e.text for e in talks.entries)
    assert sum(1 for e in talks.entries if e.date_start.startswith("2007")) >= 2
    resolutions = [e.text.split(",")[0] for e in timelines["un-sanctions"].entries]
    assert resolutions == [f"Resolution {n}" for n in (1718, 1874, 2087, 2094, 2270, 2321)]
    assert all(e.source and e.source_url for e in timelines["un-sanctions"].entries)
    actors = {a.name: a for a in data.actors}
    assert actors["Rex Tillerson"].roles[0].date == "2017-02-01/2018-03-31"


def write_src(tmp_path: Path, timeline: str, actors: str | None = None) -> Path:
    src = tmp_path / "site_src"
    (src / "timelines").mkdir(parents=True)
    (src / "timelines" / "t.yml").write_text(timeline, "utf-8")
    if actors is not None:
        (src / "actors.yml").write_text(actors, "utf-8")
    return src


def test_malformed_timeline_entry_is_named_with_its_line_and_the_rest_kept(tmp_path):
    src = write_src(tmp_path, "title: T\nentries:\n"
                              "  - {date: 2003-08-27, text: Good, source: S}\n"
                              "  - date: 2004-13-45\n    text: Bad month\n    source: S\n"
                              "  - {date: 2005, text: No source}\n")
    data = load_curated(src)
    [timeline] = data.timelines
    assert [e.text for e in timeline.entries] == ["Good"]
    messages = [str(p) for p in data.problems]
    assert any(m.startswith("site_src/timelines/t.yml:4:") and "calendar date" in m for m in messages)
    assert any(m.startswith("site_src/timelines/t.yml:7:") and "'source' is a required property" in m
               for m in messages)


def test_invalid_yaml_and_unknown_kind_are_errors(tmp_path):
    src = write_src(tmp_path, "title: [unclosed\n", "actors:\n  - {name: X, kind: planet}\n")
    data = load_curated(src)
    messages = [str(p) for p in data.problems]
    assert any(m.startswith("site_src/timelines/t.yml:") and "not valid YAML" in m for m in messages)
    assert any(m.startswith("site_src/actors.yml:2:") and "planet" in m for m in messages)
    assert data.actors == [] and data.timelines == []


def test_bad_claims_and_taken_timeline_ids_are_errors_not_crashes(tmp_path):
    src = write_src(tmp_path, "title: T\nclaims:\n  - {pattern: '(unclosed', expect: six, says: x}\n"
                              "  - {pattern: 'no group', expect: six, says: x}\n"
                              "entries:\n  - {date: 2003, text: Good, source: S}\n")
    (src / "timelines" / "index.yml").write_text("title: Index\nentries:\n  - {date: 2003, text: A, source: S}\n")
    (src / "timelines" / "t2.yml").write_text("id: t\ntitle: Again\nentries:\n  - {date: 2003, text: A, source: S}\n")
    data = load_curated(src)
    assert [t.id for t in data.timelines] == ["t"] and data.timelines[0].claims == []
    messages = [str(p) for p in data.problems]
    assert any("t.yml:3:" in m and "not a regular expression" in m for m in messages)
    assert any("t.yml:4:" in m and "needs a group" in m for m in messages)
    assert any("index.yml" in m and "'index' is taken" in m for m in messages)
    assert any("t2.yml" in m and "'t' is taken" in m for m in messages)
