"""Calendar arithmetic and TIMEX3 values: a `Resolution` (value, type, ISO range) for a year,
month, day, week, quarter, season, decade or century, shifts and durations, movable feasts."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

from .words import FUTURE, MODIFIERS, SEASON_MONTHS, SMALL_NUMBERS, TENS, UNITS, VAGUE_NUMBERS


@dataclass(frozen=True)
class Resolution:
    """What one expression means: TIMEX3 type and value plus the date range it covers."""

    type: str
    value: Optional[str]
    range_start: Optional[str] = None
    range_end: Optional[str] = None
    # (unit, signed count, mode): "a year earlier" shifts the time the text is talking about
    anaphoric: Optional[tuple] = None
    # False for expressions that look back from the reference time without moving it
    # ("the year-ago quarter"), so that the next "a year earlier" still counts from the same place
    is_reference: bool = True
    clock: Optional[str] = None  # "T14:00" for a clock time, kept so a later day can adopt it


def _unknown(kind: str = "DATE") -> Resolution:
    return Resolution(kind, None)


# A rule's answer where the words' context shows they are no date: part of a name ("Super Tuesday",
# "USA TODAY", "the 1929 did not end …": resolution 1929), a count ("1,500 troops") or a person spoken
# to ("Go ahead, April"). spaCy's DATE entity over the same words is then no date either; a rule's
# None only says it has nothing to add.
NOT_A_DATE = Resolution("NONE", None)


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_res(year: int) -> Resolution:
    return Resolution("DATE", f"{year:04d}", f"{year:04d}", f"{year:04d}")


def month_res(year: int, month: int) -> Resolution:
    text = f"{year:04d}-{month:02d}"
    return Resolution("DATE", text, text, text)


def day_res(day: dt.date) -> Resolution:
    return Resolution("DATE", day.isoformat(), day.isoformat(), day.isoformat())


def week_res(day: dt.date) -> Resolution:
    iso_year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return Resolution("DATE", f"{iso_year}-W{week:02d}", monday.isoformat(),
                      (monday + dt.timedelta(days=6)).isoformat())


def weekend_res(day: dt.date) -> Resolution:
    week = week_res(day)
    saturday = dt.date.fromisoformat(week.range_start) + dt.timedelta(days=5)
    return Resolution("DATE", f"{week.value}-WE", saturday.isoformat(),
                      (saturday + dt.timedelta(days=1)).isoformat())


def quarter_res(year: int, quarter: int) -> Resolution:
    first = 3 * quarter - 2
    return Resolution("DATE", f"{year:04d}-Q{quarter}", f"{year:04d}-{first:02d}",
                      f"{year:04d}-{first + 2:02d}")


def half_res(year: int, half: int) -> Resolution:
    first = 1 if half == 1 else 7
    return Resolution("DATE", f"{year:04d}-H{half}", f"{year:04d}-{first:02d}",
                      f"{year:04d}-{first + 5:02d}")


def season_res(year: int, code: str) -> Resolution:
    first, last = SEASON_MONTHS[code]
    end_year = year + 1 if code == "WI" else year  # winter runs from December into the next year
    return Resolution("DATE", f"{year:04d}-{code}", f"{year:04d}-{first:02d}",
                      f"{end_year:04d}-{last:02d}")


def decade_res(decade_start: int) -> Resolution:
    """TimeML writes a decade as its first three digits: the 1990s are "199"."""
    return Resolution("DATE", f"{decade_start // 10:03d}", f"{decade_start:04d}",
                      f"{decade_start + 9:04d}")


def century_res(century_index: int) -> Resolution:
    """The 20th century (index 19) is "19": 1900..1999."""
    return Resolution("DATE", f"{century_index:02d}", f"{century_index * 100:04d}",
                      f"{century_index * 100 + 99:04d}")


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _season_at(day: dt.date) -> tuple[int, str]:
    """The season occurrence holding `day`; a winter belongs to the year of its December."""
    month = day.month
    if month == 12:
        return day.year, "WI"
    if month <= 2:
        return day.year - 1, "WI"
    return day.year, "SP" if month <= 5 else "SU" if month <= 8 else "FA"


_SEASON_ORDER = ["SP", "SU", "FA", "WI"]


def _step_season(year: int, code: str, step: int) -> tuple[int, str]:
    index = year * 4 + _SEASON_ORDER.index(code) + step
    return index // 4, _SEASON_ORDER[index % 4]


def _precision(iso: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(iso), "other")


def narrow(res: Resolution, modifier: Optional[str]) -> Resolution:
    """Narrow the range of a year, month or decade to its start, middle or end ("early 2003")."""
    if not modifier or res.range_start is None or res.range_end is None:
        return res
    start, end = res.range_start, res.range_end
    if _precision(start) == "year" and start == end:  # one year: thirds of it, by month
        year = int(start)
        months = {"START": (1, 4), "MID": (5, 8), "END": (9, 12), "H1": (1, 6), "H2": (7, 12)}
        if modifier in ("H1", "H2"):
            return half_res(year, 1 if modifier == "H1" else 2)
        first, last = months[modifier]
        return replace(res, range_start=f"{year:04d}-{first:02d}", range_end=f"{year:04d}-{last:02d}")
    if _precision(start) == "year":  # a decade or a century: split the years
        first, last = int(start), int(end)
        span = last - first + 1
        parts = {"START": (first, first + span * 3 // 10), "MID": (first + span * 4 // 10, first + span * 6 // 10),
                 "END": (last - span * 3 // 10, last), "H1": (first, first + span // 2 - 1),
                 "H2": (first + span // 2, last)}
        low, high = parts[modifier]
        return replace(res, range_start=f"{low:04d}", range_end=f"{high:04d}")
    if _precision(start) == "month" and start == end:  # one month: thirds of it, by day
        year, month = int(start[:4]), int(start[5:7])
        last_day = _last_day(year, month)
        days = {"START": (1, 10), "MID": (11, 20), "END": (21, last_day), "H1": (1, 15),
                "H2": (16, last_day)}
        first, last = days[modifier]
        return replace(res, range_start=f"{start}-{first:02d}", range_end=f"{start}-{last:02d}")
    return res


def modifier_of(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    words = re.sub(r"^the\s+|\s+of$|[\s-]+$", "", text.lower().strip())
    return MODIFIERS.get(re.sub(r"\s+", " ", words))


def parse_number(text: Optional[str]) -> Optional[float]:
    """"eleven" -> 11, "twenty-four" -> 24, "5 1/2" -> 5.5, "a" -> 1; vague words ("several") -> None."""
    if not text:
        return None
    words = re.sub(r"\s+", " ", text.lower().strip())
    if words in VAGUE_NUMBERS:
        return None
    half = 0.5 if words.endswith(("1/2", "½", " and a half")) else 0.0  # "one and a half"
    words = words.replace("1/2", "").replace("½", "").removesuffix(" and a half").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) + half
    if words in SMALL_NUMBERS:
        return SMALL_NUMBERS[words] + half
    parts = re.split(r"[\s-]", words)
    if parts[0] in TENS:
        extra = SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0
        return TENS[parts[0]] + extra + half
    return None


def duration_value(count: Optional[float], unit: str) -> str:
    """TIMEX3 duration: (11, "year") -> "P11Y", (None, "day") -> "PXD", (1.5, "hour") -> "PT1H30M"."""
    letter, multiplier, clock = UNITS[unit]
    prefix = "PT" if clock else "P"
    if count is None:
        if unit == "decade":
            return "PXDE"
        if unit == "century":
            return "PXCE"
        return f"{prefix}X{letter}"
    amount = count * multiplier
    if amount != int(amount):  # a fraction: say it in the next smaller unit
        smaller = {"Y": ("M", 12, False), "Q": ("M", 3, False), "M": ("D", 30, False), "W": ("D", 7, False),
                   "D": ("H", 24, True), "H": ("M", 60, True)}
        if (letter, clock) in (("M", True), ("S", True)):
            return f"{prefix}{amount:g}{letter}"
        whole = int(amount)
        small_letter, factor, small_clock = smaller[letter]
        rest = round((amount - whole) * factor)
        if whole == 0:
            return ("PT" if small_clock else "P") + f"{rest}{small_letter}"
        if small_clock and not clock:
            return f"P{whole}{letter}T{rest}{small_letter}"
        if letter == "Y":
            return f"P{whole * 12 + rest}M"
        return f"{prefix}{whole}{letter}{rest}{small_letter}"
    return f"{prefix}{int(amount)}{letter}"


def _unit_of(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def shift(anchor: dt.date, unit: str, count: int) -> Resolution:
    """The unit `count` steps from `anchor`, at that unit's precision ("two years ago" -> a year)."""
    if unit in ("year", "decade", "century"):
        return year_res(anchor.year + count * UNITS[unit][1])
    if unit in ("month", "quarter"):
        steps = count * (3 if unit == "quarter" else 1)
        year, month = _add_months(anchor.year, anchor.month, steps)
        return month_res(year, month)
    if unit in ("week", "fortnight"):
        return week_res(anchor + dt.timedelta(weeks=count * UNITS[unit][1]))
    if unit in ("day", "night"):
        return day_res(anchor + dt.timedelta(days=count))
    return day_res(anchor)  # hours, minutes: the day is all a timeline needs


def anchored_span(anchor: dt.date, unit: str, count: Optional[float], backwards: bool) -> tuple:
    """The range of "the past 11 years" (anchor-11y .. anchor) or "the next three days"."""
    if count is None:
        return None, None
    steps = int(round(count * UNITS[unit][1]))
    if unit in ("year", "decade", "century"):
        other = anchor.year - steps if backwards else anchor.year + steps
        low, high = sorted((other, anchor.year))
        return f"{low:04d}", f"{high:04d}"
    if unit in ("month", "quarter"):
        months = steps * (3 if unit == "quarter" else 1)
        year, month = _add_months(anchor.year, anchor.month, -months if backwards else months)
        ends = sorted([(year, month), (anchor.year, anchor.month)])
        return tuple(f"{y:04d}-{m:02d}" for y, m in ends)
    days = {"week": 7, "fortnight": 7, "day": 1, "night": 1}.get(unit, 0) * steps
    other = anchor - dt.timedelta(days=days) if backwards else anchor + dt.timedelta(days=days)
    low, high = sorted((other, anchor))
    return low.isoformat(), high.isoformat()


def nearest_to(dct: dt.date, days: list[dt.date]) -> dt.date:
    """The day nearest the publication date; of two as near, the first given (put the earlier first)."""
    return min(days, key=lambda d: abs((d - dct).days))


def nearest_weekday(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The `weekday` before (PAST, same day allowed) or after (FUTURE, strictly) the anchor."""
    if direction == FUTURE:
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back)


def _easter(year: int) -> dt.date:
    """Anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth `weekday` of a month; nth=-1 is the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, _last_day(year, month))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "easter sunday": _easter,
    "easter": _easter,
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "july fourth": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}
