"""The command line: extract prints a knowledge base without writing; check validates."""
from __future__ import annotations

import json
import os

from click.testing import CliRunner

from generator.cli import main

from .conftest import REPO, SEED_ARTICLE


def test_extract_prints_the_knowledge_base_of_one_file_and_writes_nothing(tmp_path):
    before = sorted(p.name for p in tmp_path.iterdir())
    os.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(SEED_ARTICLE), "--json", "--src", str(REPO / "site_src")])
    assert result.exit_code == 0, result.output
    kb = json.loads(result.stdout)
    assert [a["id"] for a in kb["articles"]] == ["us-presses-china-north-korea-sanctions"]
    speakers = {q["speaker_name"] for q in kb["quotes"] if q["kind"] == "direct"}
    assert {"Rex Tillerson", "Wang Yi"} <= speakers
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_extract_reads_a_document_dated_by_a_first_possible_day_as_a_build_would(tmp_path):
    src = tmp_path / "site_src"
    src.mkdir()
    (src / "briefing.yml").write_text("date_precision:\n  general debate opening day: 10\n", "utf-8")
    statement = tmp_path / "statement.md"
    statement.write_text("---\ntitle: Statement\ndate: 2017-09-19\ndate_precision: general debate opening day\n---\n"
                         "Today the Security Council adopted new sanctions against North Korea.\n", "utf-8")
    result = CliRunner().invoke(main, ["extract", str(statement), "--json", "--src", str(src)])
    assert result.exit_code == 0, result.output
    kb = json.loads(result.stdout)
    assert kb["articles"][0]["date_latest"] == "2017-09-29"
    today = [e["date"] for e in kb["events"] if e["expression"].lower() == "today"]
    assert today == [{"start": "2017-09-19", "end": "2017-09-29"}]


def test_check_reports_errors_with_file_and_line_and_fails(tmp_path):
    src = tmp_path / "site_src"
    (src / "articles").mkdir(parents=True)
    (src / "articles" / "ok.md").write_text("---\ntitle: OK\ndate: 2017-01-01\n---\nFine text.\n")
    (src / "articles" / "bad.md").write_text("---\ntitle: [\n---\nBroken.\n")
    result = CliRunner().invoke(main, ["check", "--src", str(src)])
    assert result.exit_code == 1
    assert "site_src/articles/bad.md:" in result.stderr and "error" in result.stderr
    assert "1 articles" in result.stdout


def test_check_strict_fails_on_warnings_only_when_asked(tmp_path):
    src = tmp_path / "site_src"
    (src / "articles").mkdir(parents=True)
    (src / "articles" / "undated.md").write_text("---\ntitle: Undated\n---\nSome text.\n")
    assert CliRunner().invoke(main, ["check", "--src", str(src)]).exit_code == 0
    assert CliRunner().invoke(main, ["check", "--src", str(src), "--strict"]).exit_code == 1
