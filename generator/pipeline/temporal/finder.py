"""Finding the expressions of a text: every rule's candidates, the longest kept, times joined to
days, ranges merged, anaphora ("that day") resolved; the public `find_timexes`."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional
from generator.model import TimexRecord, first_day, last_day, shared_date

from .words import TenseLookup
from .calendar import (NOT_A_DATE, Resolution, _add_months, _last_day, _precision, _safe_date, day_res, month_res,
                       quarter_res, week_res, year_res)
from .rules import Context, RULES
from .rules_relative import _timed
from .tense import dates_a_noun_from_doc, tense_from_doc, tense_from_text


# =============================================================================================
# Finding expressions: candidates, overlaps, merges, anaphora
# =============================================================================================

@dataclass
class Candidate:
    start: int
    end: int
    res: Resolution
    rule: str
    priority: int

    @property
    def length(self) -> int:
        return self.end - self.start


def _candidates(ctx: Context) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Every rule's resolved matches, and the spans a rule found to be NOT_A_DATE."""
    found, declined = [], []
    for rule_ in RULES:
        for match in rule_.pattern.finditer(ctx.text):
            res = rule_.resolve(match, ctx)
            if res is NOT_A_DATE:
                declined.append(match.span())
            elif res is not None:
                found.append(Candidate(match.start(), match.end(), res, rule_.name, rule_.priority))
    return found, declined


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first; among equals the rule registered first; no two may overlap."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-c.length, c.priority, c.start)):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def _clock_of_candidate(cand: Candidate) -> Optional[str]:
    return cand.res.clock


def _is_day(cand: Candidate) -> bool:
    value = cand.res.value or ""
    return cand.res.type in ("DATE", "TIME") and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", value) is not None


_CLOCK_DAY_GLUE = re.compile(r"\s*(?:,|on|at|,\s*on|,\s*at)?\s*", re.IGNORECASE)


def _merge_clock_and_day(cands: list[Candidate], text: str) -> list[Candidate]:
    """"9 a.m. Tuesday" / "Tuesday at 9 a.m.": one TIME on that day."""
    merged: list[Candidate] = []
    for cand in cands:
        if merged:
            previous = merged[-1]
            gap = text[previous.end:cand.start]
            pair = None
            if _clock_of_candidate(previous) and _is_day(cand):
                pair = (cand, _clock_of_candidate(previous))
            elif _clock_of_candidate(cand) and _is_day(previous):
                pair = (previous, _clock_of_candidate(cand))
            if pair and _CLOCK_DAY_GLUE.fullmatch(gap):
                day = dt.date.fromisoformat(pair[0].res.value[:10])
                merged[-1] = Candidate(previous.start, cand.end, _timed(day, pair[1]), "clock+day", 0)
                continue
        merged.append(cand)
    return merged


_RANGE_OPENERS = re.compile(r"(?:\b(?P<opener>from|between)\s+)$", re.IGNORECASE)
_RANGE_GLUE = re.compile(r"\s*(?:(?P<word>to|and|through|until|till|thru)\s+|[-–—]\s*)", re.IGNORECASE)


def _range_value(first: Resolution, last: Resolution) -> Optional[str]:
    """The length of "from 2003 to 2009" (P6Y), at the precision of its ends."""
    start, end = first.range_start, last.range_end
    if _precision(start) == "year" and _precision(end) == "year":
        return f"P{int(end) - int(start)}Y"
    if _precision(start) == "month" and _precision(end) == "month":
        months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7])
        return f"P{months}M"
    if _precision(start) == "day" and _precision(end) == "day":
        return f"P{(dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days}D"
    return None


def _can_bound(cand: Candidate) -> bool:
    res = cand.res
    return res.type == "DATE" and res.range_start is not None and res.anaphoric is None \
        and _precision(res.range_start) in ("year", "month", "day")


_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_NAMED_DAY_OR_MONTH = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")


def _borrow_year(first: Candidate, last: Candidate, text: str) -> Candidate:
    """"May 1 to May 3, 2016": the first end takes the year the second one states."""
    if _HAS_YEAR.search(text[first.start:first.end]) or not _HAS_YEAR.search(text[last.start:last.end]):
        return first
    return _in_year(first, last.res.range_end, later=False)


def _lend_year(first: Candidate, last: Candidate, text: str) -> Candidate:
    """"From January 2015 to March": the second end is of the year the first one states (or the next,
    "from November 2015 to March"), not of the day of writing."""
    if _HAS_YEAR.search(text[last.start:last.end]) or not _HAS_YEAR.search(text[first.start:first.end]) \
            or not _NAMED_DAY_OR_MONTH.search(text[last.start:last.end]):
        return last  # (not "to today", "to this month": the day of writing)
    return _in_year(last, first.res.range_start, later=True)


def _in_year(cand: Candidate, other_end: str, later: bool) -> Candidate:
    """A range's end without a year (a day or a month) moved into the year of its other end, `other_end`:
    at or after it (`later`), or at or before it; the end unchanged where it is no day or month."""
    value, year = cand.res.value or "", int(other_end[:4])
    if _granularity(value) not in ("day", "month"):
        return cand
    moved = f"{year:04d}{value[4:]}"
    if later and moved < other_end[:len(moved)] or not later and moved > other_end[:len(moved)]:
        moved = f"{year + (1 if later else -1):04d}{value[4:]}"
    try:
        res = day_res(dt.date.fromisoformat(moved)) if len(moved) == 10 else month_res(int(moved[:4]), int(moved[5:7]))
    except ValueError:
        return cand
    return Candidate(cand.start, cand.end, res, cand.rule, cand.priority)


def _merge_ranges(cands: list[Candidate], text: str) -> list[Candidate]:
    """"from 2003 to 2009", "between 1985 and 1987", "1990-1995": one expression spanning both."""
    merged: list[Candidate] = []
    index = 0
    while index < len(cands):
        cand = cands[index]
        nxt = cands[index + 1] if index + 1 < len(cands) else None
        if nxt and _can_bound(cand) and _can_bound(nxt):
            glue = _RANGE_GLUE.fullmatch(text[cand.end:nxt.start])
            opener = _RANGE_OPENERS.search(text[max(0, cand.start - 9):cand.start])
            word = (glue.group("word") or "-").lower() if glue else None
            fits = glue and (
                (opener and opener.group("opener").lower() == "between" and word == "and")
                or (opener and opener.group("opener").lower() == "from" and word != "and")
                or (not opener and word == "-"))
            if fits:
                cand, nxt = _borrow_year(cand, nxt, text), _lend_year(cand, nxt, text)
            if fits and cand.res.range_start <= nxt.res.range_end:
                start = cand.start - len(opener.group(0)) if opener else cand.start
                res = Resolution("DURATION", _range_value(cand.res, nxt.res),
                                 cand.res.range_start, nxt.res.range_end)
                merged.append(Candidate(start, nxt.end, res, "range", 0))
                index += 2
                continue
        merged.append(cand)
        index += 1
    return merged


def _granularity(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    for name, pattern in (("day", r"\d{4}-\d\d-\d\d"), ("month", r"\d{4}-\d\d"), ("quarter", r"\d{4}-Q[1-4]"),
                          ("year", r"\d{4}"), ("week", r"\d{4}-W\d\d")):
        if re.fullmatch(pattern, value):
            return name
    return None


def shift_reference(reference: str, unit: str, count: int) -> Optional[Resolution]:
    """"a year earlier" said of 1989-Q3 is 1988-Q3; of Aug. 7, 1998 it is 1997."""
    grain = _granularity(reference)
    if unit == "month of":  # "that November", told of 1972: its November; "March the following year": 1973's
        years_on, month = divmod(count - 1, 12)
        return month_res(int(reference[:4]) + years_on, month + 1) if grain in ("day", "month", "quarter", "year") \
            else None
    if grain == "quarter" and unit in ("year", "quarter"):
        index = int(reference[:4]) * 4 + int(reference[-1]) - 1 + count * (4 if unit == "year" else 1)
        return quarter_res(index // 4, index % 4 + 1)
    if grain == "day":
        day = dt.date.fromisoformat(reference)
        if unit in ("hour", "minute"):  # "four hours earlier", told of Tuesday night: that day is all a timeline needs
            return day_res(day)
        if unit in ("day", "night"):
            return day_res(day + dt.timedelta(days=count))
        if unit == "week":
            return day_res(day + dt.timedelta(weeks=count))
        if unit in ("month", "year"):  # the same day a year earlier: the comparison is day to day
            year, month = _add_months(day.year, day.month, count * (12 if unit == "year" else 1))
            same_day = _safe_date(year, month, min(day.day, _last_day(year, month)))
            return day_res(same_day)
    if grain == "month" and unit in ("month", "year"):
        return month_res(*_add_months(int(reference[:4]), int(reference[5:7]), count * (12 if unit == "year" else 1)))
    if grain == "year" and unit == "year":
        return year_res(int(reference) + count)
    if grain == "week" and unit == "week":
        monday = dt.date.fromisocalendar(int(reference[:4]), int(reference[6:]), 1)
        return week_res(monday + dt.timedelta(weeks=count))
    return None


def _resolve_anaphora(cands: list[Candidate], text: str = "") -> list[Candidate]:
    """Re-anchor "a year earlier", "the next day" on the last date the text mentioned; a count set
    beside a date restates it ("in 1991, more than 40 years later": 1991, not 40 years after it)."""
    reference: Optional[str] = None
    last: Optional[Candidate] = None
    for cand in cands:
        anaphoric = cand.res.anaphoric
        if anaphoric and last is not None and _APPOSED.fullmatch(text[last.end:cand.start]) \
                and last.res.type == "DATE" and _granularity(last.res.value) in ("day", "month", "year"):
            cand.res = replace(last.res, type=cand.res.type)
            continue
        last = cand
        if anaphoric:
            unit, count, mode = anaphoric
            shifted = shift_reference(reference, unit, count) if reference else None
            applies = mode == "any" or mode == "day" or (mode == "quarter" and _granularity(reference) == "quarter")
            if shifted and applies:
                cand.res = replace(shifted, type=cand.res.type)
            elif mode == "day" and reference and _granularity(reference) == "day":
                cand.res = day_res(dt.date.fromisoformat(reference) + dt.timedelta(days=count))
            continue
        if not cand.res.is_reference:
            continue
        if cand.res.type == "DATE" and _granularity(cand.res.value) in ("day", "quarter", "month", "year"):
            reference = cand.res.value
        elif cand.res.type == "TIME" and cand.res.value and _granularity(cand.res.value[:10]) == "day":
            reference = cand.res.value[:10]
    return cands


_APPOSED = re.compile(r"\s*,\s*")  # "in 1991, more than 40 years later"


def _to_record(cand: Candidate, text: str) -> TimexRecord:
    res = cand.res
    return TimexRecord(start=cand.start, end=cand.end, text=text[cand.start:cand.end],
                       type=res.type, value=res.value, range_start=res.range_start,
                       range_end=res.range_end)



# =============================================================================================
# Public API
# =============================================================================================

_TEMPORAL_LABELS = ("DATE", "TIME")
_NUMBER_LABELS = ("CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL")


def find_timexes(text_or_doc, publication_date: Optional[dt.date] = None, *,
                 tense_at: Optional[TenseLookup] = None, spoken: bool = False) -> list[TimexRecord]:
    """All temporal expressions in a text or a spaCy Doc, as TimexRecords with character
    offsets into the text. With a Doc, spaCy's parse decides weekday direction and its
    entities veto "years" that are counts; its DATE/TIME entities that no rule found are
    normalized on their own."""
    is_doc = hasattr(text_or_doc, "ents") and hasattr(text_or_doc, "text")
    text = text_or_doc.text if is_doc else text_or_doc
    if isinstance(publication_date, dt.datetime):
        publication_date = publication_date.date()
    if tense_at is None:
        tense_at = tense_from_doc(text_or_doc) if is_doc else tense_from_text(text)
    ctx = Context(text, publication_date, tense_at, spoken=spoken)
    entity_spans: list[tuple[int, int]] = []
    if is_doc:
        ctx.noun_dated_at = dates_a_noun_from_doc(text_or_doc)
        ctx.number_spans = [(e.start_char, e.end_char) for e in text_or_doc.ents
                            if e.label_ in _NUMBER_LABELS]
        entity_spans = [(e.start_char, e.end_char) for e in text_or_doc.ents
                        if e.label_ in _TEMPORAL_LABELS]
    candidates, declined = _candidates(ctx)
    selected = _select(candidates)
    selected = _add_entity_candidates(selected, entity_spans, declined, ctx)
    selected = _merge_clock_and_day(selected, text)
    selected = _merge_ranges(selected, text)
    selected = _resolve_anaphora(selected, text)
    return [_to_record(c, text) for c in selected]


def _add_entity_candidates(selected: list[Candidate], entity_spans: list[tuple[int, int]],
                           declined: list[tuple[int, int]], ctx: Context) -> list[Candidate]:
    """spaCy's DATE/TIME entities that overlap nothing we found: normalize their text alone, unless
    a rule saw that text in its context and found it NOT_A_DATE: alone, "Tuesday" of "Super
    Tuesday", "1874" of "resolution 1874" or "April" of "Go ahead, April" would read as dates."""
    extra = []
    for start, end in entity_spans:
        if any(c.start < end and start < c.end for c in selected):
            continue
        record = normalize_expression(ctx.text[start:end], ctx.dct, tense=ctx.tense_at(start, end))
        if record is None or any(s < start + record.end and start + record.start < e for s, e in declined):
            continue
        if record.end - record.start >= (end - start) * 0.5:
            extra.append(Candidate(start + record.start, start + record.end,
                                   Resolution(record.type, record.value, record.range_start, record.range_end),
                                   "entity", 99))
    return sorted(selected + extra, key=lambda c: c.start)


def normalize_expression(expression: str, publication_date: Optional[dt.date] = None, *,
                         tense: Optional[str] = None) -> Optional[TimexRecord]:
    """Normalize one expression ("last year", "from 2003 to 2009"): the longest expression the
    rules find in it, offsets relative to `expression`; None when nothing temporal is there.
    `tense` ("PAST", "PRESENT", "FUTURE") says which way bare weekdays and months point."""
    records = find_timexes(expression, publication_date, tense_at=lambda s, e: tense)
    if not records:
        return None
    return max(records, key=lambda r: r.end - r.start)


def timexes_from_doc(doc) -> list[TimexRecord]:
    """The component's work on one Doc: reads doc._.publication_date, and doc._.publication_latest
    where the document can be from any day up to it (see generator/document_dates.py)."""
    first, last = doc._.publication_date, doc._.publication_latest
    spoken = bool(doc._.spoken)
    found = find_timexes(doc, first, spoken=spoken)
    if first is None or last is None or last == first:
        return found
    return over_the_window(found, find_timexes(doc, last, spoken=spoken), (last - first).days)


def over_the_window(at_first: list[TimexRecord], at_last: list[TimexRecord], window_days: int) -> list[TimexRecord]:
    """Each expression read on the first and on the last day its document can be from, as the span
    from the one reading to the other: "today" of a statement given on one of the days 19 to 29
    September is 19-29 September. An expression read as a date on one day and not on the other
    is left without a date."""
    late = {(t.start, t.end): t for t in at_last}
    spanned = []
    for early in at_first:
        other = late.get((early.start, early.end))
        if other is None or not (early.range_start and other.range_start):
            spanned.append(early if other == early else replace(early, value=None, range_start=None, range_end=None))
            continue
        if _days_between(early.range_end or early.range_start, other.range_start) > window_days:
            # a day named without its year, read a year on: "on 3 October, the German people will be
            # celebrating" of a statement of 28 September. Read from the first day, as ever.
            spanned.append(early)
            continue
        last = max(early.range_end or early.range_start, other.range_end or other.range_start)
        spanned.append(replace(early, value=shared_date(early.value, other.value),
                               range_start=min(early.range_start, other.range_start), range_end=last))
    return spanned


def _days_between(end: str, start: str) -> int:
    """Days from the last day of ISO date `end` ("2015-10", "2015-10-03") to the first of `start`."""
    return (first_day(start) - last_day(end)).days
