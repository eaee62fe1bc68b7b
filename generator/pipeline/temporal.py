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
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Optional

from generator.model import TimexRecord

__all__ = [
    "Resolution",
    "find_timexes",
    "normalize_expression",
    "timexes_from_doc",
    "tense_from_text",
    "tense_from_doc",
    "TimexComponent",
]

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
TenseLookup = Callable[[int, int], Optional[str]]

# =============================================================================================
# Lexicon
# =============================================================================================

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sunday": 6,
}
SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "a hundred": 100, "hundred": 100, "half a": 0.5, "half an": 0.5,
    "a half": 0.5,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
VAGUE_NUMBERS = {"a few", "few", "several", "many", "some", "a number of", "dozens of",
                 "hundreds of", "countless"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
# unit word -> (TIMEX3 letter, multiplier, is a clock unit written after "T")
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}
# "early 2003" / "mid-March": the TIMEX3 value stays "2003", only the range narrows.
MODIFIERS = {
    "early": "START", "beginning": "START", "start": "START", "early part": "START",
    "first part": "START", "dawn": "START",
    "mid": "MID", "middle": "MID",
    "late": "END", "end": "END", "close": "END", "latter part": "END", "turn": "END",
    "first half": "H1", "second half": "H2",
}
# Words after a bare four-digit number that show it counts things rather than naming a year.
COUNTED_NOUNS = set(
    "people persons men women children troops soldiers workers employees jobs members shares "
    "units cars vehicles tons tonnes barrels miles kilometers km meters metres feet acres "
    "votes students homes houses dollars yuan yen euros pounds marks francs points deaths "
    "cases companies firms ships planes aircraft words pages rooms beds seats delegates "
    "refugees prisoners rounds missiles rockets square cubic pieces copies hours calories "
    "residents voters patients passengers flights sites stores branches percent".split()
)


# =============================================================================================
# Regular-expression building blocks (compiled once, at import)
# =============================================================================================

def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "Sept" is tried before "Sep"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_B = r"(?<![\w'])"  # left word boundary that also refuses a glued apostrophe ("'s")
_E = r"(?![\w])"


def _month(name: str = "month") -> str:
    full = _alternatives(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
    abbr = _alternatives(m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
    return rf"(?P<{name}>(?:{full})|(?:{abbr})\.?)(?![\w])"


def _year(name: str = "year") -> str:
    return rf"(?P<{name}>(?:1[5-9]|20)\d\d)(?![\w]|,\d|\.\d|%)"


_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|mon\.|tues?\.|wed\.|thu(?:rs?)?\.|fri\.)")
_DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_NUMWORD = (rf"(?:(?:{_alternatives(TENS)})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            rf"|{_alternatives(k for k in SMALL_NUMBERS if k not in ('a', 'an', 'dozen', 'hundred'))}"
            rf"|{_alternatives(VAGUE_NUMBERS)})")
_NUM = rf"(?P<num>\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|{_NUMWORD}|an?)"
_UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
_UNIT_SINGULAR = r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|century)"
_QUANT = (r"(?P<quant>(?:(?:more|less|fewer)\s+than|at\s+least|at\s+most|about|around|nearly|almost"
          r"|roughly|approximately|some|just|only|over|under|up\s+to|barely|close\s+to|upwards\s+of"
          r"|the\s+better\s+part\s+of|a\s+full|fully)\s+)?")
_MOD = (r"(?:(?P<mod>early|late|mid|middle|(?:the\s+)?(?:end|beginning|start|middle|close|turn|dawn"
        r"|first\s+half|second\s+half|latter\s+part|early\s+part|first\s+part)\s+of)[\s-]+)?")
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"


# =============================================================================================
# Calendar arithmetic and value constructors
# =============================================================================================

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
    half = 0.5 if words.endswith(("1/2", "½")) else 0.0
    words = words.replace("1/2", "").replace("½", "").strip()
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


# =============================================================================================
# Rules: one compiled pattern and one resolver each
# =============================================================================================

@dataclass
class Context:
    """What resolvers may look at besides their match."""

    text: str
    dct: Optional[dt.date]
    tense_at: TenseLookup
    number_spans: list = field(default_factory=list)  # spans spaCy calls CARDINAL, MONEY, ...

    def tense(self, match: re.Match) -> Optional[str]:
        return self.tense_at(match.start(), match.end())

    def before(self, match: re.Match, width: int = 30) -> str:
        return self.text[max(0, match.start() - width):match.start()]

    def after(self, match: re.Match, width: int = 30) -> str:
        return self.text[match.end():match.end() + width]

    def is_number(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.number_spans)


Resolver = Callable[[re.Match, Context], Optional[Resolution]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    priority: int  # lower wins among candidates of equal length


RULES: list[Rule] = []


def rule(name: str, pattern: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver for matches of `pattern` (case-insensitive; case checks are explicit)."""

    def register(resolver: Resolver) -> Resolver:
        RULES.append(Rule(name, re.compile(pattern, re.IGNORECASE), resolver, len(RULES)))
        return resolver

    return register


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“]\s*|\n\s*)$")
_MONTH_FRIENDLY_WORDS = {"in", "on", "since", "by", "until", "till", "from", "to", "through",
                         "during", "of", "before", "after", "last", "next", "this", "early",
                         "late", "mid", "and", "or", "between", "that", "each", "every",
                         "the", "around", "about", "before", "for", "past", "coming", "until"}


def _plausible_month(match: re.Match, ctx: Context, group: str = "month") -> bool:
    """Month names are capitalized; "May" and "March" also name a modal, a verb and people."""
    word = match.group(group)
    if not _capitalized(word):
        return False
    after = ctx.text[match.end(group):match.end(group) + 12]
    if len(word) <= 4 and word.lower() in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec") \
            and not re.match(r"[\s,]+\d", after):
        return False  # "Jan Kavan": an abbreviation without its period or a day is a name
    if word.lower().rstrip(".") not in ("may", "march", "mar", "jan", "dec", "august", "june", "april"):
        return True
    start = match.start(group)
    after = ctx.text[match.end(group):match.end(group) + 12]
    if re.match(r"[\s,]+(?:\d|of\s+\d|(?:19|20)\d\d)", after):
        return True
    previous = re.search(r"([\w.'’]+)\W*$", ctx.text[max(0, start - 25):start])
    if previous is None or _SENTENCE_START.search(ctx.text[max(0, start - 4):start]):
        # sentence-initial "May we ..." is a modal; "March 2017 ..." was caught above
        return bool(re.match(r"\s*[,.;)]", after)) or word.lower() != "may"
    prev_word = previous.group(1)
    if prev_word.lower() in _MONTH_FRIENDLY_WORDS:
        return True
    # "Theresa May", "Long March": a capitalized word right before makes it part of a name;
    # mid-sentence the modal "may" is lower case, so a capital after a lower-case word is a month
    return not _capitalized(prev_word)


def _closest_dated(month: int, day: int, ctx: Context, match: re.Match) -> Optional[dt.date]:
    """A day-and-month without a year: the occurrence nearest the publication date, leaning
    to the past for past-tense verbs and to the future for future ones."""
    dct = ctx.dct
    options = [d for d in (_safe_date(dct.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not options:
        return None
    tense = ctx.tense(match)
    # what the verb says has happened cannot be dated after publication (two days' slack for
    # time zones and wire delays), nor what will happen before it
    if tense == PAST:
        options = [d for d in options if (d - dct).days <= 2] or options
    elif tense == FUTURE:
        options = [d for d in options if (dct - d).days <= 2] or options
    return min(options, key=lambda d: abs((d - dct).days))


# --- explicit calendar dates ------------------------------------------------------------------

@rule("month_day", rf"{_B}(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{_WEEKDAY}),?\s+)?{_month()}\s+{_DAYNUM}(?:,?\s+{_year()})?")
def _resolve_month_day(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if not _plausible_month(m, ctx):
        return None
    month, day = _month_number(m.group("month")), int(m.group("day"))
    if m.group("year"):
        date = _safe_date(int(m.group("year")), month, day)
        return day_res(date) if date else None
    if _safe_date(2000, month, day) is None:
        return None
    if ctx.dct is None:
        return _unknown()
    rel = (m.groupdict().get("rel") or "").lower()
    if rel:  # "last Oct. 23": the latest one before publication; "next May 1": the first after
        options = [d for d in (_safe_date(ctx.dct.year + k, month, day) for k in (-1, 0, 1)) if d]
        before = [d for d in options if d < ctx.dct]
        after = [d for d in options if d > ctx.dct]
        date = (max(before) if before else None) if rel.endswith(("last", "past")) else (min(after) if after else None)
    else:
        date = _closest_dated(month, day, ctx, m)
    return day_res(date) if date else None


@rule("day_month", rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_month()}(?:,?\s+{_year()})?")
def _resolve_day_month(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return _resolve_month_day(m, ctx)


@rule("iso_date", rf"{_B}(?P<year>(?:1[5-9]|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-3]\d){_E}")
def _resolve_iso_date(m: re.Match, ctx: Context) -> Optional[Resolution]:
    date = _safe_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return day_res(date) if date else None


@rule("numeric_date", rf"{_B}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>(?:19|20)\d\d|\d\d){_E}")
def _resolve_numeric_date(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """4/28/2017 (US order unless the first number cannot be a month)."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    date = _safe_date(year, month, day)
    return day_res(date) if date else None


@rule("month_year", rf"{_B}{_MOD}{_month()},?\s+(?:of\s+)?{_year()}")
def _resolve_month_year(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if not _capitalized(m.group("month")):
        return None
    res = month_res(int(m.group("year")), _month_number(m.group("month")))
    return narrow(res, modifier_of(m.group("mod")))


@rule("month", rf"{_B}{_MOD}(?:(?P<rel>last|next|this|coming|past|this\s+past|that)\s+)?{_month()}")
def _resolve_month(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if not _plausible_month(m, ctx):
        return None
    if m.group("month").lower() in ("may", "march") and not (m.group("rel") or m.group("mod")):
        # a sentence-initial capital proves nothing: "May the" / "March on" are not dates
        if re.match(r"\s+(?:be|have|not|the|a|an|on|we|i|you|he|she|they|it|of|for)\b", ctx.after(m), re.I):
            return None  # also "the March of the Combatant Mothers", "March for Life"
        if re.search(r"\bthe\s+(?:annual\s+)?$", ctx.before(m), re.I):
            return None
    if ctx.dct is None:
        return _unknown()
    month = _month_number(m.group("month"))
    rel = (m.group("rel") or "").lower().split()[-1:] or [""]
    rel = rel[0]
    year = ctx.dct.year
    if rel in ("last", "past"):
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("next", "coming"):
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "":
        year = _month_year_by_tense(month, ctx.dct, ctx.tense(m))
    return narrow(month_res(year, month), modifier_of(m.group("mod")))


def _month_year_by_tense(month: int, dct: dt.date, tense: Optional[str]) -> int:
    """A month named without a year: past tense looks back, future tense looks ahead,
    otherwise the nearest one."""
    if tense == PAST:
        return dct.year - 1 if month > dct.month else dct.year
    if tense == FUTURE:
        return dct.year + 1 if month < dct.month else dct.year
    if month - dct.month > 6:
        return dct.year - 1
    if dct.month - month > 6:
        return dct.year + 1
    return dct.year


def _looks_like_count(m: re.Match, ctx: Context) -> bool:
    """"1,500 troops", "$2000", "2000 people": a number, not a year."""
    before, after = ctx.before(m, 12), ctx.after(m, 20)
    if re.search(r"(?:[$£€#]|\d[,.]|No\.\s*|number\s+|flight\s+|route\s+|\d\s)$", before, re.I):
        return True
    if re.match(r"(?:\s*(?:%|percent\b)|[,.]\d|\s*(?:-|to)\s*\d+\s+(?!B\.?C)|\s*(?:[ap]\.?m\.?|hours|GMT)\b)", after, re.I):
        return True
    next_word = re.match(r"\s+([a-z]+)", after)
    if next_word and next_word.group(1) in COUNTED_NOUNS:
        return True
    return ctx.is_number(m.start("year"), m.end("year"))


@rule("year", rf"{_B}{_MOD}(?P<fy>(?:the\s+)?(?:fiscal|calendar|financial|model|tax|school)(?:\s+year)?[\s-]*|the\s+year\s+|FY\s*)?{_year()}")
def _resolve_year(m: re.Match, ctx: Context) -> Optional[Resolution]:
    year = int(m.group("year"))
    qualified = m.group("fy") or m.group("mod")
    if not qualified:
        if _looks_like_count(m, ctx):
            return None
        if year < 1800 and not re.search(r"\b(?:in|since|of|by|until|from|before|after|during|circa|c\.)\s+$", ctx.before(m), re.I):
            return None
    return narrow(year_res(year), modifier_of(m.group("mod")))


@rule("decade", rf"{_B}(?:the\s+)?{_MOD}(?:(?P<digits>1[5-9]\d|20\d)0'?s|[’'‘](?P<short>\d)0'?s|(?P<word>(?:nineteen[\s-]?)?(?:{_alternatives(DECADE_WORDS)})){_E})")
def _resolve_decade(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if m.group("digits"):
        start = int(m.group("digits")) * 10
        if start % 100 == 0 and start < 2000:  # "the 1800s" is the century, "the 2000s" the decade
            return narrow(century_res(start // 100), modifier_of(m.group("mod")))
    else:
        if m.group("word") and not m.group(0).lower().startswith("the"):
            return None  # "in his forties" is an age
        tens = int(m.group("short")) if m.group("short") else DECADE_WORDS[m.group("word").lower().split()[-1].split("-")[-1]]
        reference = ctx.dct.year if ctx.dct else 1999
        start = 2000 + tens * 10 if 2000 + tens * 10 <= reference else 1900 + tens * 10
    return narrow(decade_res(start), modifier_of(m.group("mod")))


@rule("century", rf"{_B}(?:the\s+)?{_MOD}(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<ord>{_alternatives(ORDINALS)}))[\s-]+century")
def _resolve_century(m: re.Match, ctx: Context) -> Optional[Resolution]:
    number = int(m.group("num")) if m.group("num") else ORDINALS[m.group("ord").lower()]
    return narrow(century_res(number - 1), modifier_of(m.group("mod")))


# --- quarters, halves, seasons ----------------------------------------------------------------

def _year_by_tense(part_start_month: int, ctx: Context, match: re.Match) -> int:
    """The year of a part of a year named without one: this year unless it has not begun yet
    and the verb is in the past tense."""
    if part_start_month > ctx.dct.month and ctx.tense(match) == PAST:
        return ctx.dct.year - 1
    return ctx.dct.year


_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                     "fourth": 4, "4th": 4, "final": 4, "last": 4}


@rule("quarter", rf"{_B}(?:(?P<owner>the(?:\s+(?:year-ago|year-earlier|comparable|corresponding|(?:fiscal\s+)?{_year('year0')}))?|this\s+year's|last\s+year's|next\s+year's|(?:fiscal\s+)?{_year('year1')}'s)\s+)?(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:the\s+)?(?:(?P<rel>this|last|next|current)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?:year\s+)?{_year('year2')}))?(?!s)")
def _resolve_quarter(m: re.Match, ctx: Context) -> Optional[Resolution]:
    quarter = _QUARTER_ORDINALS[m.group("ord").lower()]
    explicit = m.group("year0") or m.group("year1") or m.group("year2")
    if explicit:
        return quarter_res(int(explicit), quarter)
    if ctx.dct is None:
        return _unknown()
    owner = (m.group("owner") or "").lower()
    rel = (m.group("rel") or "").lower()
    if owner.endswith(("year-ago", "year-earlier")):
        return replace(quarter_res(ctx.dct.year - 1, quarter), is_reference=False)
    if owner.startswith("last") or rel == "last":
        return quarter_res(ctx.dct.year - 1, quarter)
    if owner.startswith("next") or rel == "next":
        return quarter_res(ctx.dct.year + 1, quarter)
    if owner.startswith("this") or rel in ("this", "current"):
        return quarter_res(ctx.dct.year, quarter)
    return quarter_res(_year_by_tense(3 * quarter - 2, ctx, m), quarter)


@rule("quarter_code", rf"{_B}(?:(?P<q>Q[1-4])(?:\s+(?:of\s+)?{_year('year1')})?|{_year('year2')}\s+(?P<q2>Q[1-4])){_E}")
def _resolve_quarter_code(m: re.Match, ctx: Context) -> Optional[Resolution]:
    quarter = int((m.group("q") or m.group("q2"))[1])
    year = m.group("year1") or m.group("year2")
    if year:
        return quarter_res(int(year), quarter)
    if ctx.dct is None:
        return _unknown()
    return quarter_res(_year_by_tense(3 * quarter - 2, ctx, m), quarter)


@rule("quarter_relative", r"\b(?:the\s+)?(?P<rel>latest|last|past|previous|prior|current|this|next|coming|year-ago|year-earlier|year-before|most\s+recent|recent|comparable\s+year-ago)\s+(?:fiscal\s+)?(?P<what>quarter|period)\b|\bthe\s+(?P<bare>quarter)\b(?![\s-]+(?:century|point|of\s+a|to\b))")
def _resolve_quarter_relative(m: re.Match, ctx: Context) -> Optional[Resolution]:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if m.group("what") == "period" and rel not in ("latest", "year-ago", "year-earlier", "year-before", "comparable year-ago"):
        return None  # "the last period" is too vague to be a quarter
    if ctx.dct is None:
        return _unknown()
    current = ctx.dct.year * 4 + _quarter_of(ctx.dct.month) - 1
    # Reports come after the quarter ends: "the quarter" / "the latest quarter" is the one just ended.
    offsets = {"current": 0, "this": 0, "next": 1, "coming": 1, "year-ago": -5,
               "year-earlier": -5, "year-before": -5, "comparable year-ago": -5}
    index = current + offsets.get(rel, -1)
    return replace(quarter_res(index // 4, index % 4 + 1), is_reference=offsets.get(rel) != -5)


@rule("half", rf"{_B}(?:the\s+)?(?P<ord>first|second|1st|2nd|latter|last)\s+half(?:\s+of\s+(?:(?:the|this)\s+year|(?P<rel>last|next)\s+year|(?:fiscal\s+)?{_year()}))?")
def _resolve_half(m: re.Match, ctx: Context) -> Optional[Resolution]:
    half = 1 if m.group("ord").lower() in ("first", "1st") else 2
    if m.group("year"):
        return half_res(int(m.group("year")), half)
    # "the first half of the match", "a second-half goal"
    if re.match(r"\s+of\b", ctx.after(m)) or re.match(r"[\s-]+(?:point|hour|inch)", ctx.after(m)):
        return None
    if ctx.dct is None:
        return _unknown()
    rel = (m.group("rel") or "").lower()
    year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel:
        year = _year_by_tense(1 if half == 1 else 7, ctx, m)
    return half_res(year, half)


@rule("season", rf"{_B}{_MOD}(?:(?P<rel>last|next|this|past|coming|that|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{_year()})?{_E}")
def _resolve_season(m: re.Match, ctx: Context) -> Optional[Resolution]:
    word, rel = m.group("season").lower(), (m.group("rel") or "").lower()
    code = SEASONS[word]
    if m.group("year"):
        return narrow(season_res(int(m.group("year")), code), modifier_of(m.group("mod")))
    if word in ("spring", "fall") and rel in ("", "the", "that") and not m.group("mod"):
        # "fall" and "spring" are also a verb, a noun and water: only after "in/during/by ..."
        if not re.search(r"\b(?:in|during|by|until|since|through|before|after|over|this|last|next)\s+(?:the\s+)?$", ctx.before(m), re.I):
            return None
        if re.match(r"\s+(?:of|in)\b", ctx.after(m)):
            return None
    if ctx.dct is None:
        return _unknown()
    occurrence = _season_occurrence(code, ctx.dct, rel, ctx.tense(m))
    return narrow(season_res(*occurrence), modifier_of(m.group("mod")))


def _season_occurrence(code: str, dct: dt.date, rel: str, tense: Optional[str]) -> tuple[int, str]:
    """Which summer "last summer" / "this winter" / "the spring" means, as (year, code)."""
    current = _season_at(dct)
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if step:  # the nearest one of that season strictly before or after the current season
        occurrence = _step_season(*current, step)
        while occurrence[1] != code:
            occurrence = _step_season(*occurrence, step)
        return occurrence
    if code == "WI":  # this winter: the one running or just gone until June, then the coming one
        return (dct.year - 1 if dct.month <= 6 else dct.year), code
    if tense == PAST and SEASON_MONTHS[code][0] > dct.month:
        return dct.year - 1, code
    return dct.year, code


# --- relative to the publication date or to the time the text is talking about ---------------

def _relative_period(unit: str, dct: dt.date, offset: int) -> Resolution:
    """"this week" (0), "last month" (-1), "next year" (+1) around the publication date."""
    if unit == "year":
        return year_res(dct.year + offset)
    if unit == "month":
        return month_res(*_add_months(dct.year, dct.month, offset))
    if unit == "week":
        return week_res(dct + dt.timedelta(weeks=offset))
    if unit == "weekend":
        return weekend_res(dct + dt.timedelta(weeks=offset))
    if unit == "decade":
        return decade_res(dct.year // 10 * 10 + 10 * offset)
    if unit == "century":
        return century_res(dct.year // 100 + offset)
    if unit == "quarter":
        index = dct.year * 4 + _quarter_of(dct.month) - 1 + offset
        return quarter_res(index // 4, index % 4 + 1)
    return day_res(dct + dt.timedelta(days=offset))


def _until_or_since_publication(res: Resolution, dct: dt.date, earlier: bool) -> Resolution:
    """"earlier this year": from the start of the year to the publication date (month precision
    for a year, day precision below)."""
    if res.range_start is None:
        return res
    if _precision(res.range_start) == "year":
        cut = f"{dct.year:04d}-{dct.month:02d}"
        first, last = f"{res.range_start}-01", f"{res.range_end}-12"
    elif _precision(res.range_start) == "month":
        cut = dct.isoformat()
        first = f"{res.range_start}-01"
        last = f"{res.range_end}-{_last_day(int(res.range_end[:4]), int(res.range_end[5:7])):02d}"
    else:
        cut, first, last = dct.isoformat(), res.range_start, res.range_end
    return replace(res, range_start=first, range_end=cut) if earlier else replace(res, range_start=cut, range_end=last)


_REL_OFFSETS = {"last": -1, "previous": -1, "preceding": -1, "this past": -1, "past": -1,
                "next": 1, "coming": 1, "following": 1, "this coming": 1, "this": 0,
                "current": 0, "same": 0, "that": 0}


@rule("relative_period", rf"{_B}(?:(?P<pre>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+balance\s+of)[\s-]+)?(?P<the>the\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|coming|current|past|previous|preceding|following|same|that)\s+(?P<unit>week|weekend|month|year|decade|century)(?![\w-])")
def _resolve_relative_period(m: re.Match, ctx: Context) -> Optional[Resolution]:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    has_the = bool(m.group("the"))
    if (rel in ("past", "last") and has_the or rel == "past") and unit != "weekend" and not pre:
        # "the past year": a stretch of time that ends now
        if ctx.dct is None:
            return Resolution("DURATION", duration_value(1, unit))
        start, end = anchored_span(ctx.dct, unit, 1, backwards=True)
        return Resolution("DURATION", duration_value(1, unit), start, end)
    if rel in ("same", "that") or (has_the and rel in ("previous", "preceding", "following")):
        offset = _REL_OFFSETS[rel]
        fallback = _relative_period(unit, ctx.dct, offset) if ctx.dct and rel not in ("same", "that") else _unknown()
        return replace(fallback, anaphoric=(unit, offset, "any"))
    if ctx.dct is None:
        return _unknown()
    res = _relative_period(unit, ctx.dct, _REL_OFFSETS[rel])
    if pre in ("earlier", "later") and rel in ("this", "current"):
        return _until_or_since_publication(res, ctx.dct, earlier=pre == "earlier")
    if pre in ("the rest of", "the remainder of", "the balance of"):
        return _until_or_since_publication(res, ctx.dct, earlier=False)
    return narrow(res, modifier_of(pre) if pre not in ("earlier", "later") else None)


@rule("relative_day_anaphora", rf"{_B}(?:(?P<pre>earlier|later)\s+)?(?:the\s+(?P<rel>next|following|previous|preceding|same)|(?P<that>that)(?:\s+same)?)\s+(?P<unit>day|morning|afternoon|evening|night)(?![\w-])")
def _resolve_day_anaphora(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"the next day", "that morning": only the time the text is talking about can say."""
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get((m.group("rel") or "").lower(), 0)
    return Resolution("DATE", None, anaphoric=("day", offset, "day"))


def _ago_count(m: re.Match) -> Optional[float]:
    count = parse_number(m.group("num"))
    if count is not None and m.groupdict().get("andahalf"):
        count += 0.5
    return count


@rule("ago", rf"(?<![\w',.$]){_QUANT}{_NUM}[\s-]+(?:(?:more|full|long)\s+)?{_UNIT}(?P<andahalf>\s+and\s+a\s+half)?\s+(?P<dir>ago|earlier|later|hence|from\s+now|before|after|back)(?![\w])")
def _resolve_ago(m: re.Match, ctx: Context) -> Optional[Resolution]:
    direction = m.group("dir").lower()
    if direction in ("before", "after") and not re.match(r"\s*[,.;]", ctx.after(m)):
        return None  # "two days before the vote": the duration alone is the expression
    unit = _unit_of(m.group("unit"))
    count = _ago_count(m)
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if count is None:
        return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if count != int(count):  # "a year and a half ago": in months
        if unit == "year":
            unit, count = "month", count * 12
        elif unit == "month":
            unit, count = "day", count * 30
    steps = int(round(count)) * sign
    if unit in ("decade", "century"):
        unit, steps = "year", steps * UNITS[unit][1]
    mode = "quarter" if direction == "ago" else "any"
    base = shift(ctx.dct, unit, steps) if ctx.dct else _unknown()
    return replace(base, anaphoric=(unit, steps, mode))


def _is_rate(m: re.Match, ctx: Context) -> bool:
    """"$5 a year", "3 percent a month": "a year" is a frequency there."""
    before = ctx.before(m, 40)
    if re.search(r"(?:\d|%|percent|dollars?|cents?|yen|billion|million|pounds|euros|marks|francs|barrels|tons|shares)\s*$", before, re.I):
        return True
    # "four flights a week", "700 seats a week": a counted plural right before
    return bool(re.search(rf"\b(?:\d[\d,.]*|{_NUMWORD})\s+(?:[a-z-]+\s+)?[a-z-]+s\s*$", before, re.I))


@rule("duration", rf"(?<![\w',.$])(?:(?P<the>the)\s+)?(?:(?P<pre>first|last|past|next|coming|previous|following|final|latest|preceding|remaining|initial|additional|another|recent|prior|ensuing|better\s+part\s+of\s+the)\s+)?{_QUANT}{_NUM}[\s-]+(?:(?:more|additional|full|straight|consecutive|long|short|trading|business|working|calendar)[\s-]+)?{_UNIT}(?P<andahalf>\s+and\s+a\s+half)?(?![\w])(?P<old>[\s-]+old)?")
def _resolve_duration(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if m.group("old") or re.match(r"s?[\s-]+old\b|[\s-]olds\b", ctx.after(m)):
        return None  # ages are not temporal expressions in TimeML
    unit = _unit_of(m.group("unit"))
    num = re.sub(r"\s+", " ", m.group("num").lower())
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", num) and not m.group("unit").lower().endswith("s"):
        return None  # "the 1988 second quarter": a year, not 1988 seconds
    if num in ("a", "an") and unit in ("second", "quarter", "night"):
        return None  # "a second term", "a quarter of the votes"
    if unit == "quarter" and re.match(r"\s+of\b", ctx.after(m)):
        return None  # "three-quarters of its food"
    if num in ("a", "an", "one") and not m.group("pre") and not m.group("quant") and _is_rate(m, ctx):
        return Resolution("SET", duration_value(1, unit))
    count = _ago_count(m)
    value = duration_value(count, unit)
    pre = (m.group("pre") or "").lower()
    if ctx.dct is not None and count is not None and pre in ("last", "past", "recent", "next", "coming"):
        start, end = anchored_span(ctx.dct, unit, count, backwards=pre in ("last", "past", "recent"))
        return Resolution("DURATION", value, start, end)
    return Resolution("DURATION", value)


@rule("vague_duration", r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\btook\s)|(?<=\blasted\s))(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?![\w])(?!\s+(?:of|to\s+come|ago)\b)|(?<=\bover\s)the\s+(?P<unit2>years|decades|centuries)\b")
def _resolve_vague_duration(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return Resolution("DURATION", duration_value(None, _unit_of(m.group("unit") or m.group("unit2"))))


@rule("recent_period", rf"{_B}(?:the\s+)?(?:(?:most\s+)?recent|past)\s+(?P<unit>years|months|weeks|days|decades|times|history)(?![\w])")
def _resolve_recent_period(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return Resolution("DATE", "PAST_REF")


_GENERIC_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the distant past": "PAST_REF",
    "the recent past": "PAST_REF",
    # bare "future" and "previously" are left out: annotators mostly leave them out too
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
}


@rule("generic_reference", rf"{_B}(?P<word>{_alternatives(_GENERIC_REFS)})(?![\w-])")
def _resolve_generic(m: re.Match, ctx: Context) -> Optional[Resolution]:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    if word == "soon" and (re.search(r"\bas\s+$", ctx.before(m), re.I) or ctx.tense(m) == PAST
                           or re.match(r"\s+after", ctx.after(m), re.I)):
        return None  # "as soon as" is a connective; "was soon released" narrates, it does not refer
    if word == "current" and re.match(r"\s+(?:account|affairs|events|density|flow|flows|surplus|deficit)", ctx.after(m), re.I):
        return None
    if word == "now" and re.match(r"-", ctx.after(m, 1)):
        return None
    return Resolution("DATE", _GENERIC_REFS[word])


# --- days, weekdays and times of day ----------------------------------------------------------

def _with_part_of_day(day: dt.date, part: Optional[str]) -> Resolution:
    if not part:
        return day_res(day)
    return replace(day_res(day), type="TIME", value=f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}")


@rule("day_word", rf"{_B}(?:the\s+day\s+(?P<rel>before|after)\s+)?(?P<word>today|tonight|yesterday|tomorrow){_E}{_PART}")
def _resolve_day_word(m: re.Match, ctx: Context) -> Optional[Resolution]:
    word = m.group("word").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    offset += {"before": -1, "after": 1}.get((m.group("rel") or "").lower(), 0)
    part = "night" if word == "tonight" else m.group("part")
    if ctx.dct is None:
        return _unknown("TIME" if part else "DATE")
    return _with_part_of_day(ctx.dct + dt.timedelta(days=offset), part)


@rule("part_of_day", r"\b(?P<rel>this|last|(?:early|late|later|earlier)\s+this)\s+(?P<part>morning|afternoon|evening|night)\b")
def _resolve_part_of_day(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if ctx.dct is None:
        return _unknown("TIME")
    offset = -1 if m.group("rel").lower() == "last" else 0
    return _with_part_of_day(ctx.dct + dt.timedelta(days=offset), m.group("part"))


@rule("weekday", rf"{_B}(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|early|late)\s+)?(?P<wd>{_WEEKDAY})(?![\w]){_PART}")
def _resolve_weekday(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if not _capitalized(m.group("wd")):
        return None
    if ctx.dct is None:
        return _unknown("TIME" if m.group("part") else "DATE")
    weekday = WEEKDAYS[m.group("wd").lower().rstrip(".")]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    dct = ctx.dct
    if rel in ("last", "this past", "past"):
        day = nearest_weekday(dct - dt.timedelta(days=1), weekday, PAST)
    elif rel == "next":
        day = nearest_weekday(dct, weekday, FUTURE)
    elif rel in ("this", "coming", "this coming"):
        day = nearest_weekday(dct - dt.timedelta(days=1), weekday, FUTURE)
    else:
        tense = ctx.tense(m)
        if tense in (FUTURE, PRESENT):
            day = nearest_weekday(dct - dt.timedelta(days=1), weekday, FUTURE)
        else:  # news mostly reports what has happened: unknown tense leans to the past
            day = nearest_weekday(dct, weekday, PAST)
    return _with_part_of_day(day, m.group("part"))


_CLOCK = (r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
          r"|(?P<h24>[01]?\d|2[0-3]):(?P<min24>[0-5]\d)(?![\d:])"
          r"|(?P<hoc>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock"
          r"|(?P<word>noon|midday|midnight))")


@rule("clock", rf"{_B}(?:(?P<approx>about|around|at\s+about|shortly\s+(?:before|after))\s+)?{_CLOCK}(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time)\b)?")
def _resolve_clock(m: re.Match, ctx: Context) -> Optional[Resolution]:
    clock = _clock_of(m)
    if clock is None:
        return None
    return _timed(ctx.dct, clock)


def _clock_of(m: re.Match) -> Optional[str]:
    if m.group("word"):
        return "T12:00" if m.group("word").lower() in ("noon", "midday") else "T24:00"
    if m.group("h24"):
        return f"T{int(m.group('h24')):02d}:{m.group('min24')}"
    if m.group("hoc"):
        hour = parse_number(m.group("hoc"))
        return f"T{int(hour):02d}:00" if hour else None
    hour = int(m.group("h")) % 12
    if m.group("ampm").lower().startswith("p"):
        hour += 12
    return f"T{hour:02d}:{m.group('min') or '00'}"


def _timed(day: Optional[dt.date], clock: str) -> Resolution:
    """A clock time on a day; the time of day is kept in `value` after the "T"."""
    if day is None:
        return Resolution("TIME", None, clock=clock)
    return Resolution("TIME", f"{day.isoformat()}{clock}", day.isoformat(), day.isoformat(), clock=clock)


# --- sets and holidays ------------------------------------------------------------------------

_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "annual": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
              "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M",
              "semiannual": "P6M", "semiannually": "P6M", "semi-annual": "P6M",
              "semi-annually": "P6M", "biannual": "P6M", "biennial": "P2Y"}


@rule("set_word", rf"{_B}(?P<word>{_alternatives(_SET_WORDS)})(?![\w-])")
def _resolve_set_word(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return Resolution("SET", _SET_WORDS[m.group("word").lower()])


@rule("set_every", rf"{_B}(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple\s+of)\s+)?(?:(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century)s?|(?P<wd>{_WEEKDAY})|(?P<part>morning|afternoon|evening|night)|{_month()}|(?P<season>spring|summer|autumn|fall|winter))(?![\w])")
def _resolve_set_every(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if m.group("wd"):
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower().rstrip('.')] + 1}")
    if m.group("month"):
        return Resolution("SET", f"XXXX-{_month_number(m.group('month')):02d}")
    if m.group("season"):
        return Resolution("SET", f"XXXX-{SEASONS[m.group('season').lower()]}")
    if m.group("part"):
        return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m.group('part').lower()]}")
    unit = m.group("unit").lower()
    if unit == "weekend":
        return Resolution("SET", "XXXX-WXX-WE")
    count = parse_number(m.group("num")) if m.group("num") else 1
    if m.group("other"):
        count = 2 * (count or 1)
    return Resolution("SET", duration_value(count, _unit_of(unit)))


@rule("set_frequency", rf"{_B}(?:(?P<freq>once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+times)\s+)?(?:a|an|per|each|every)\s+{_UNIT_SINGULAR}(?![\w])")
def _resolve_set_frequency(m: re.Match, ctx: Context) -> Optional[Resolution]:
    first_word = m.group(0).split()[0].lower()
    if not m.group("freq") and first_word not in ("per",):
        return None  # bare "a year" is a duration (or a rate, which the duration rule knows)
    return Resolution("SET", duration_value(1, _unit_of(m.group("unit"))))


@rule("set_plural_weekday", r"(?<=\bon\s)(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b")
def _resolve_plural_weekday(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()[:-1]] + 1}")


@rule("holiday", rf"{_B}(?:(?P<rel>last|next|this)\s+)?(?P<name>{_alternatives(HOLIDAYS)})(?:\s+(?:of\s+)?{_year()})?(?![\w])")
def _resolve_holiday(m: re.Match, ctx: Context) -> Optional[Resolution]:
    name = re.sub(r"\s+", " ", m.group("name").lower()).replace("’", "'")
    if not _capitalized(m.group("name").replace("the ", "")):
        return None
    day_of = HOLIDAYS[name]
    if m.group("year"):
        return day_res(day_of(int(m.group("year"))))
    if ctx.dct is None:
        return _unknown()
    dct, rel = ctx.dct, (m.group("rel") or "").lower()
    before = day_of(dct.year) if day_of(dct.year) < dct else day_of(dct.year - 1)
    after = day_of(dct.year) if day_of(dct.year) > dct else day_of(dct.year + 1)
    if rel == "last":
        return day_res(before)
    if rel == "next":
        return day_res(after)
    if day_of(dct.year) == dct:
        return day_res(dct)
    tense = ctx.tense(m)
    if tense == PAST:
        return day_res(before)
    if tense in (FUTURE, PRESENT):
        return day_res(after)
    return day_res(min((before, after), key=lambda d: abs((d - dct).days)))


@rule("month_relative_year", rf"{_B}{_MOD}{_month()},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year(?![\w-])")
def _resolve_month_relative_year(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"February this year", "April next year"."""
    if not _capitalized(m.group("month")):
        return None
    if ctx.dct is None:
        return _unknown()
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    return narrow(month_res(year, _month_number(m.group("month"))), modifier_of(m.group("mod")))


@rule("week_of", rf"{_B}the\s+week\s+(?:of|beginning|starting)\s+{_month()}\s+{_DAYNUM}(?:,?\s+{_year()})?")
def _resolve_week_of(m: re.Match, ctx: Context) -> Optional[Resolution]:
    day = _resolve_month_day(m, ctx)
    if day is None or day.value is None:
        return day
    return week_res(dt.date.fromisoformat(day.value))


@rule("vague_ago", rf"{_B}(?:(?:just|only|some)\s+)?(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)(?![\w])")
def _resolve_vague_ago(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"months ago": some time before, with no telling how long."""
    return Resolution("DATE", "FUTURE_REF" if m.group("dir").lower() == "later" else "PAST_REF")


@rule("year_period", rf"{_B}the\s+{_year()}\s+(?:quarter|period)(?![\w-])")
def _resolve_year_period(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"the 1988 quarter": the quarter being reported, in that year."""
    if ctx.dct is None:
        return _unknown()
    current = ctx.dct.year * 4 + _quarter_of(ctx.dct.month) - 1
    reported = (current - 1) % 4 + 1
    return replace(quarter_res(int(m.group("year")), reported), is_reference=False)


# --- periods named by the text around them ----------------------------------------------------

@rule("the_period", rf"{_B}the\s+(?P<kind>(?:full|fiscal|calendar|entire|whole|latest\s+fiscal|current\s+fiscal|current|same)\s+)?(?P<unit>year|week|weekend)(?![\w-])(?!\s+(?:earlier|ago|before|later|after)\b)(?!\s+\d{3,4}\b)")
def _resolve_the_period(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"for the year", "over the weekend": the one the publication date is in (or just saw)."""
    unit = m.group("unit").lower()
    kind = re.sub(r"\s+", " ", (m.group("kind") or "").strip().lower())
    if kind == "same":
        return Resolution("DATE", None, anaphoric=(unit, 0, "any"))
    if unit == "year" and re.match(r"\s+(?:ended|ending|to|through)\b", ctx.after(m), re.I):
        return Resolution("DURATION", "P1Y")  # "the year ended June 30": a fiscal year
    if ctx.dct is None:
        return _unknown()
    if unit == "weekend":
        if ctx.tense(m) in (FUTURE, PRESENT):
            return weekend_res(nearest_weekday(ctx.dct - dt.timedelta(days=1), 5, FUTURE))
        return weekend_res(nearest_weekday(ctx.dct - dt.timedelta(days=1), 5, PAST))
    offset = -1 if kind.startswith("latest") else 0
    return _relative_period(unit, ctx.dct, offset)


@rule("period_edge", rf"{_B}(?:(?P<pre>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+close|the\s+turn)\s+of\s+the\s+(?P<unit>year|month|week|decade|century)|(?P<yearend>year[\s-]end|year's\s+end))(?![\w-])")
def _resolve_period_edge(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"the end of the year", "year-end": the edge of the current period."""
    if ctx.dct is None:
        return _unknown()
    if m.group("yearend"):
        return narrow(year_res(ctx.dct.year), "END")
    res = _relative_period(m.group("unit").lower(), ctx.dct, 0)
    return narrow(res, modifier_of(m.group("pre")))


@rule("year_ago_adjective", rf"{_B}year[\s-](?P<dir>ago|earlier)(?=\s+[a-z])")
def _resolve_year_ago_adjective(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"year-earlier profit": the same period one year before the one being reported."""
    base = year_res(ctx.dct.year - 1) if ctx.dct else _unknown()
    return replace(base, anaphoric=("year", -1, "quarter"))


_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED_TAIL = rf"(?:(?:{_TENS_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|oh[\s-](?:{_UNIT_WORDS}))"


@rule("spelled_year", rf"{_B}(?P<the>the\s+year\s+)?(?:(?P<century>nineteen|eighteen)[\s-]+(?:hundred\s+(?:and\s+)?)?(?P<rest>{_SPELLED_TAIL})|two\s+thousand(?:\s+(?:and\s+)?(?P<rest2>{_UNIT_WORDS}|{_TEEN_WORDS}|(?:{_TENS_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?))?)(?![\w-])")
def _resolve_spelled_year(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """Transcribed speech: "nineteen ninety-six", "the year two thousand"."""
    if m.group("century"):
        tail = parse_number(re.sub(r"^oh[\s-]", "", m.group("rest").lower()))
        year = (1900 if m.group("century").lower() == "nineteen" else 1800) + int(tail or 0)
        return year_res(year)
    tail = parse_number(m.group("rest2")) if m.group("rest2") else 0
    if not m.group("the") and not m.group("rest2") and not re.search(r"\b(?:in|since|by|until|of)\s+$", ctx.before(m), re.I):
        return None  # "two thousand people"
    return year_res(2000 + int(tail or 0))


@rule("long_duration", rf"{_B}(?:{_NUM}-)?(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?|century|centuries)-long(?![\w-])")
def _resolve_long_duration(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"a day-long meeting", "decades-long battle"."""
    unit = _unit_of(m.group("unit"))
    plural = m.group("unit").lower().endswith(("s", "centuries"))
    count = parse_number(m.group("num")) if m.group("num") else (None if plural else 1)
    return Resolution("DURATION", duration_value(count, unit))


@rule("vague_future_period", r"\b(?:the\s+)?(?:(?P<coming>coming|upcoming)\s+(?P<unit>years|months|weeks|days|decades|quarters)|(?P<unit2>years|months|weeks|days)\s+ahead)(?![\w-])")
def _resolve_vague_future(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return Resolution("DATE", "FUTURE_REF")


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


def _candidates(ctx: Context) -> list[Candidate]:
    found = []
    for rule_ in RULES:
        for match in rule_.pattern.finditer(ctx.text):
            res = rule_.resolve(match, ctx)
            if res is not None:
                found.append(Candidate(match.start(), match.end(), res, rule_.name, rule_.priority))
    return found


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


def _borrow_year(first: Candidate, last: Candidate, text: str) -> Candidate:
    """"May 1 to May 3, 2016": the first end takes the year the second one states."""
    has_year = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
    if has_year.search(text[first.start:first.end]) or not has_year.search(text[last.start:last.end]):
        return first
    value, year = first.res.value or "", last.res.range_end[:4]
    if _granularity(value) not in ("day", "month"):
        return first
    moved = f"{year}{value[4:]}"
    if moved > last.res.range_end[:len(moved)]:
        moved = f"{int(year) - 1:04d}{value[4:]}"
    try:
        res = day_res(dt.date.fromisoformat(moved)) if len(moved) == 10 else month_res(int(moved[:4]), int(moved[5:7]))
    except ValueError:
        return first
    return Candidate(first.start, first.end, res, first.rule, first.priority)


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
                cand = _borrow_year(cand, nxt, text)
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
    if grain == "quarter" and unit in ("year", "quarter"):
        index = int(reference[:4]) * 4 + int(reference[-1]) - 1 + count * (4 if unit == "year" else 1)
        return quarter_res(index // 4, index % 4 + 1)
    if grain == "day":
        day = dt.date.fromisoformat(reference)
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


def _resolve_anaphora(cands: list[Candidate]) -> list[Candidate]:
    """Re-anchor "a year earlier", "the next day" on the last date the text mentioned."""
    reference: Optional[str] = None
    for cand in cands:
        anaphoric = cand.res.anaphoric
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


def _to_record(cand: Candidate, text: str) -> TimexRecord:
    res = cand.res
    return TimexRecord(start=cand.start, end=cand.end, text=text[cand.start:cand.end],
                       type=res.type, value=res.value, range_start=res.range_start,
                       range_end=res.range_end)


# =============================================================================================
# Tense: which way a bare weekday or month points
# =============================================================================================

_FUTURE_CUE = re.compile(r"\b(?:will|shall|won't|going\s+to|plans?\s+to|planned\s+to|scheduled|expected\s+to|due\s+to|is\s+to|are\s+to|would|next|upcoming)\b|'ll\b", re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:said|was|were|had|did|told|ago|last|fell|rose|met|took|gave|came|went|made|held"
                       r"|won|lost|left|began|saw|sold|bought|spoke|became|got|ran|hit|fled|killed|[a-z]{3,}ed)\b",
                       re.IGNORECASE)


def tense_from_text(text: str) -> TenseLookup:
    """A parser-free guess: the tense cue nearest the expression within its sentence."""

    def lookup(start: int, end: int) -> Optional[str]:
        left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind("?", 0, start)) + 1
        right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
        right = min(right_candidates) if right_candidates else len(text)
        best: Optional[tuple[int, str]] = None
        for pattern, tense in ((_FUTURE_CUE, FUTURE), (_PAST_CUE, PAST)):
            for cue in pattern.finditer(text, left, right):
                if start <= cue.start() < end:
                    continue
                distance = start - cue.end() if cue.end() <= start else cue.start() - end
                if best is None or distance < best[0]:
                    best = (distance, tense)
        return best[1] if best else None

    return lookup


# "could"/"can" mostly report ability in past narration ("could not be located Wednesday")
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d", "may", "might", "should", "must"}
_SCHEDULING_VERBS = {"schedule", "set", "plan", "slate", "due", "expect", "reschedule", "postpone"}
_FUTURE_GOVERNORS = {"go", "plan", "expect", "schedule", "intend", "hope", "want", "aim", "prepare",
                     "agree", "decide", "promise", "vow", "threaten", "seek", "set", "due", "likely"}


def _verb_tense(verb) -> Optional[str]:
    """Tense of a spaCy verb token from its auxiliaries and tag."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX or a.lower_ == "to" for a in auxiliaries):
        return FUTURE  # "will meet", "to be published in November"
    if verb.tag_ == "VBN" and verb.lemma_ in _SCHEDULING_VERBS:
        return FUTURE  # "a summit set for April", "talks scheduled for Monday"
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_ in _FUTURE_GOVERNORS \
            and any(c.lower_ == "to" for c in verb.children):
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxiliaries) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        if any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxiliaries):
            return PRESENT  # present passive: "is expected in December"
        return PAST  # present perfect ("has met") and reduced relatives ("talks held Monday")
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return PRESENT
    if verb.tag_ == "MD":
        return FUTURE if verb.lower_ in _FUTURE_AUX else None
    return None


def tense_from_doc(doc) -> TenseLookup:
    """The tense of the verb that governs the expression in spaCy's parse, else the text cue."""
    fallback = tense_from_text(doc.text)

    def lookup(start: int, end: int) -> Optional[str]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return fallback(start, end)
        token = span.root
        if token.dep_ == "poss":
            return None  # "Wednesday's ruling": the event decides, and news reports past ones
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX"):
                return _verb_tense(token) or fallback(start, end)
            if token.head is token:
                break
            token = token.head
        return fallback(start, end)

    return lookup


# =============================================================================================
# Public API
# =============================================================================================

_TEMPORAL_LABELS = ("DATE", "TIME")
_NUMBER_LABELS = ("CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL")


def find_timexes(text_or_doc, publication_date: Optional[dt.date] = None, *,
                 tense_at: Optional[TenseLookup] = None) -> list[TimexRecord]:
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
    ctx = Context(text, publication_date, tense_at)
    entity_spans: list[tuple[int, int]] = []
    if is_doc:
        ctx.number_spans = [(e.start_char, e.end_char) for e in text_or_doc.ents
                            if e.label_ in _NUMBER_LABELS]
        entity_spans = [(e.start_char, e.end_char) for e in text_or_doc.ents
                        if e.label_ in _TEMPORAL_LABELS]
    candidates = _candidates(ctx)
    selected = _select(candidates)
    selected = _add_entity_candidates(selected, entity_spans, ctx)
    selected = _merge_clock_and_day(selected, text)
    selected = _merge_ranges(selected, text)
    selected = _resolve_anaphora(selected)
    return [_to_record(c, text) for c in selected]


def _add_entity_candidates(selected: list[Candidate], entity_spans: list[tuple[int, int]],
                           ctx: Context) -> list[Candidate]:
    """spaCy's DATE/TIME entities that overlap nothing we found: normalize their text alone."""
    extra = []
    for start, end in entity_spans:
        if any(c.start < end and start < c.end for c in selected):
            continue
        record = normalize_expression(ctx.text[start:end], ctx.dct, tense=ctx.tense_at(start, end))
        if record is not None and record.end - record.start >= (end - start) * 0.5:
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
    """The component's work on one Doc: reads doc._.publication_date."""
    return find_timexes(doc, doc._.publication_date)


# =============================================================================================
# spaCy component
# =============================================================================================

try:  # the core above works without spaCy; the component needs it
    from spacy.language import Language

    from generator.pipeline import extensions as _extensions  # noqa: F401  (registers Doc._.*)
except ImportError:  # pragma: no cover
    Language = None


class TimexComponent:
    """Sets doc._.timexes from doc._.publication_date (None: relative expressions get no value)."""

    def __call__(self, doc):
        doc._.timexes = timexes_from_doc(doc)
        return doc


if Language is not None:
    @Language.factory("briefing_timex")
    def make_timex_component(nlp, name):
        return TimexComponent()
