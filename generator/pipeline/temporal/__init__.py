"""Temporal expressions, normalized to TIMEX3 values against the publication date.

Two layers:

* a pure core (no spaCy needed): `find_timexes(text, publication_date)` and
  `normalize_expression(expression, publication_date)`. It finds expressions with compiled
  regular expressions, normalizes each one to TempEval-3 TIMEX3 value notation ("2016",
  "2017-04-28", "2017-W17", "2017-Q1", "2017-SU", "199", "P11Y", "PRESENT_REF", "XXXX-WXX-1",
  "2017-04-28T14:00", ...) and anchors it to an ISO date range (`range_start`/`range_end`, of
  year, month or day precision) that timelines can use;
* a spaCy component, `briefing_timex`, which reads `doc._.publication_date`, adds spaCy's own
  DATE/TIME entities as candidates and uses the parse to tell whether a bare weekday or month
  lies before or after the publication date ("said Wednesday" vs "will meet Wednesday").

Relative expressions ("last year", "Wednesday") get no value without a publication date:
an unknown value is better than a wrong one on a timeline.

The modules, in the order data flows through them (each imports only those before it):

    words           months, weekdays, numbers, units and the regex pieces
    calendar        `Resolution` and calendar arithmetic (weeks, quarters, seasons, Easter)
    rules           `Rule`, `Context` and the registry the rules below fill, in priority order
    rules_dates     dates spelled out: "April 28, 2017", "March", "the 1990s", "Q1", "summer"
    rules_relative  "last year", "three days ago", "Wednesday", "2 p.m.", "weekly", "Christmas"
    tense           which way a bare weekday or month points
    finder          candidates, overlaps, ranges, anaphora; `find_timexes`
    component       the spaCy component `briefing_timex`
"""
from . import rules_dates, rules_relative  # noqa: F401  (register the rules, in this order)
from .calendar import Resolution, duration_value, parse_number
from .component import TimexComponent
from .finder import find_timexes, normalize_expression, timexes_from_doc
from .tense import tense_from_doc, tense_from_text

__all__ = [
    "Resolution",
    "find_timexes",
    "normalize_expression",
    "timexes_from_doc",
    "tense_from_text",
    "tense_from_doc",
    "TimexComponent",
    "duration_value",
    "parse_number",
]
