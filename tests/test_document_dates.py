"""A source that dates a document only by the first day it can be from (the UN General Debate
Corpus dates every statement by the debate's opening day) gives a window of days, not a day: its
relative dates are read over the window, unless its own words or a dated copy tell the day."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.build import site_info
from generator.document_dates import date_documents
from generator.extract import extract_one
from generator.model import Problem
from generator.repeats import find_repeats

from .conftest import make_article

WINDOWS = {"general debate opening day": 10}
OPENING_DAY = dt.date(2017, 9, 19)
# long sentences a copy shares with its excerpt (repeats.py: two of ten words or more make a copy)
SHARED = ("Since Trump uttered such reckless and violent words from this very rostrum, I think it is fair for me "
          "to respond in a corresponding tone.\n\nNow he has tried to turn the United Nations forum into a "
          "gangster's nest where only money is respected and bloodshed is the order of the day.")


def statement(text: str, article_id: str = "excerpt", date: dt.date | None = OPENING_DAY,
              precision: str | None = "General debate  opening day"):
    article = make_article(text, date, article_id)
    if precision:
        article.meta["date_precision"] = precision
    return article


def dated(*articles):
    date_documents(list(articles), WINDOWS, find_repeats(list(articles)))
    return [(a.date, a.date_latest) for a in articles]


def test_a_document_its_source_dates_by_a_first_possible_day_is_of_a_window_of_days():
    window = statement("In this Hall today, I reiterate our position.")
    plain = statement("Today we met.", "b", precision=None)
    assert dated(window, plain) == [(OPENING_DAY, dt.date(2017, 9, 29)), (OPENING_DAY, None)]
    assert window.date_prefix == "2017-09" and plain.date_prefix == "2017-09-19"


def test_its_own_words_naming_a_relative_day_beside_the_date_tell_its_day():
    told = statement("Two days ago, on 19 September, we marked the twelfth anniversary of the joint statement.")
    apart = statement("Two days ago we marked it. On 19 September the talks had begun.", "apart")
    month_first = statement("The talks resumed. Yesterday, September 24, the parties met again.", "month-first")
    today = statement("We meet today, 19 September, as the crisis deepens.", "today")
    assert dated(told, apart, month_first, today) == [(dt.date(2017, 9, 21), None), (OPENING_DAY, dt.date(2017, 9, 29)),
                                                      (dt.date(2017, 9, 25), None), (OPENING_DAY, None)]
    assert told.date_note == "its own words: “Two days ago, on 19 September”"


def test_a_copy_dated_to_a_day_inside_the_window_tells_the_day_and_an_undated_copy_takes_the_window():
    excerpt = statement(SHARED)
    full_text = statement(SHARED + "\n\nWe will defend our sovereignty.", "full", dt.date(2017, 9, 23), precision=None)
    assert dated(excerpt, full_text) == [(dt.date(2017, 9, 23), None), (dt.date(2017, 9, 23), None)]
    assert excerpt.date_note == "the date of its copy, Test"
    far_copy = statement(SHARED + "\n\nWe will defend it.", "far", dt.date(2017, 12, 1), precision=None)
    undated_copy = statement(SHARED + "\n\nAnd we will.", "undated", None, precision=None)
    assert dated(statement(SHARED), far_copy) == [(OPENING_DAY, dt.date(2017, 9, 29)), (dt.date(2017, 12, 1), None)]
    assert dated(statement(SHARED), undated_copy)[1] == (OPENING_DAY, dt.date(2017, 9, 29))


def test_relative_dates_of_a_window_are_read_over_it_and_named_days_from_its_first_day(nlp):
    article = statement("In this Hall today, the Assembly adopted a resolution on the peninsula. "
                        "Some four days ago, the President attacked our country from this rostrum. "
                        "On 25 September, the German people will be celebrating their reunification.")
    article.date_latest = dt.date(2017, 9, 29)
    events = {e.expression: (e.date_start, e.date_end) for e in extract_one(article, nlp).events}
    assert events["today"] == ("2017-09-19", "2017-09-29")
    assert events["Some four days ago"] == ("2017-09-15", "2017-09-25")
    # read from the window's last day, 25 September would be of 2018: a named day is read from its first
    assert events["25 September"] == ("2017-09-25", "2017-09-25")


def test_a_malformed_setting_names_the_file_and_line_and_is_ignored(tmp_path: Path):
    (tmp_path / "briefing.yml").write_text("title: T\ndate_precision:\n  general debate opening day: ten\n", "utf-8")
    problems: list[Problem] = []
    assert site_info(tmp_path, problems).date_windows == {}
    assert [(p.path, p.line) for p in problems] == [(f"{tmp_path.name}/briefing.yml", 2)]
    assert "date_precision" in problems[0].message
    (tmp_path / "briefing.yml").write_text("date_precision:\n  General Debate Opening Day: 10\n", "utf-8")
    assert site_info(tmp_path, problems).date_windows == WINDOWS
