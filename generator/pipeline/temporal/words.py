"""The words of time: months, weekdays, numbers, units, seasons, holidays' names, and the
regular-expression pieces the rules are built from."""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional



PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
NEAR = "NEAR"  # the day either side of now: a plan told in the past ("was scheduled to leave late Tuesday"), a gerund
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
    "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,  # "a quarter century", "a quarter of a century"
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


# the words before a person spoken to: "Go ahead, April." is a reporter called on, not a month
ADDRESSED = re.compile(r"\b(?:go\s+ahead|thanks|thank\s+you|yes|sorry|please|okay|hi|hello)\s*,\s*$", re.I)
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
_NUM = rf"(?P<num>(?:\d+|{_NUMWORD})\s+and\s+a\s+half|\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|{_NUMWORD}|an?)"
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
