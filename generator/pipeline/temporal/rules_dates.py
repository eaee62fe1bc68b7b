"""Rules for dates the text spells out: calendar dates, months, years, decades, centuries,
quarters, halves and seasons."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Optional

from .words import (ADDRESSED, COUNTED_NOUNS, DECADE_WORDS, FUTURE, ORDINALS, PAST, SEASONS, SEASON_MONTHS, WEEKDAYS, _B,
                    _DAYNUM, _E, _MOD, _WEEKDAY, _alternatives, _month, _year)
from .calendar import (NOT_A_DATE, Resolution, _nth_weekday, _quarter_of, _safe_date, _season_at, _step_season, _unknown,
                       century_res, day_res, decade_res, half_res, modifier_of, month_res, narrow, quarter_res, season_res,
                       year_res)
from .rules import Context, _capitalized, _closest_dated, _month_number, _plausible_month, rule


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
    if (month, day) == (9, 11) and ctx.dct.year > 2001 and THE_ATTACKS.match(ctx.after(m)):
        return day_res(dt.date(2001, 9, 11))  # "Sept. 11 conspiracy theories", "the Sept. 11 attacks"
    rel = (m.groupdict().get("rel") or "").lower()
    if rel:  # "last Oct. 23": the latest one before publication; "next May 1": the first after
        options = [d for d in (_safe_date(ctx.dct.year + k, month, day) for k in (-1, 0, 1)) if d]
        before = [d for d in options if d < ctx.dct]
        after = [d for d in options if d > ctx.dct]
        date = (max(before) if before else None) if rel.endswith(("last", "past")) else (min(after) if after else None)
    else:
        date = _closest_dated(month, day, ctx, m)
    return day_res(date) if date else None


# the attacks of 11 September 2001, by the day's name alone
THE_ATTACKS = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings?)|conspiracy|commission|plot(?:ters)?|"
                         r"terrorists?)\b", re.IGNORECASE)


@rule("day_month", rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_month()}(?:,?\s+{_year()})?")
def _resolve_day_month(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return _resolve_month_day(m, ctx)


# "March 1-8", "March 14 to 16, 2016", "1–8 March": the days of one month, from the first to the last
_DAY_RANGE_GLUE = r"\s*(?:-|–|—|to|through|until)\s*"
_LAST_DAY = r"(?P<last>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:]|[.,]\d)"


@rule("month_day_range", rf"{_B}{_month()}\s+{_DAYNUM}{_DAY_RANGE_GLUE}{_LAST_DAY}(?:,?\s+{_year()})?")
def _resolve_month_day_range(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return _through_the_day(_resolve_month_day(m, ctx), int(m.group("day")), int(m.group("last")))


@rule("day_month_range", rf"{_B}(?P<first>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—)\s*{_DAYNUM}\s+"
                         rf"(?:of\s+)?{_month()}(?:,?\s+{_year()})?")
def _resolve_day_month_range(m: re.Match, ctx: Context) -> Optional[Resolution]:
    return _through_the_day(_resolve_month_day(m, ctx), int(m.group("first")), int(m.group("day")))


def _through_the_day(one_day: Optional[Resolution], first: int, last: int) -> Optional[Resolution]:
    """The days from `first` to `last` of the month `one_day` falls in, as "from … to …" gives them."""
    if one_day is None or first >= last:
        return None  # "March 8-1 vote": a score, not days
    if one_day.range_start is None:
        return one_day  # no publication date to place it by
    year, month = int(one_day.range_start[:4]), int(one_day.range_start[5:7])
    start, end = _safe_date(year, month, first), _safe_date(year, month, last)
    if start is None or end is None:
        return None
    return Resolution("DURATION", f"P{last - first}D", start.isoformat(), end.isoformat())


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


@rule("month", rf"{_B}{_MOD}(?:(?P<rel>last|next|this|coming|past|this\s+past|that)\s+)?{_month()}"
               rf"(?:\s+(?:of\s+)?(?P<of_year>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year)?")
def _resolve_month(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if not (m.group("rel") or m.group("mod")) and ADDRESSED.search(ctx.before(m)):
        return NOT_A_DATE  # "Go ahead, April." "Thanks, June": a person spoken to, in a briefing
    if not _plausible_month(m, ctx):
        return None
    if m.group("month").lower() in ("may", "march") and not (m.group("rel") or m.group("mod")):
        after_the = re.search(r"\bthe\s+(?:annual\s+)?$", ctx.before(m), re.I)
        if after_the and re.match(r"\s+(?:on|of|for|against|to)\b", ctx.after(m), re.I):
            # "the March on Washington", "the March of the Combatant Mothers": a name, which spaCy's
            # DATE entity must not bring back as a month (but "the March accession" is March's)
            return NOT_A_DATE
        if after_the:
            return None
        # a sentence-initial capital proves nothing: "May the" / "March on" are not dates ("March for
        # Life"); after a preposition they are ("in May the council voted")
        if re.match(r"\s+(?:be|have|not|the|a|an|on|we|i|you|he|she|they|it|of|for)\b", ctx.after(m), re.I) \
                and not re.search(r"\b(?:in|since|until|by|from|through|during|before|after|early|late)\s+$",
                                  ctx.before(m), re.I):
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
    elif rel in ("", "that"):
        tense = ctx.tense(m)
        year = _month_year_by_tense(month, ctx.dct, tense)
        if month == 11 and not rel and ctx.dct.month < 11 and tense != PAST \
                and AN_ELECTION.search(_its_sentence(m, ctx)):
            year = ctx.dct.year  # "electability in November", told in February: the election ahead
    if (rel == "that" or m.group("of_year")) and not m.group("mod"):
        # "lost to Nixon that November", "peaked in October of that year", "formed in March the
        # following year": of the year the text tells, or the one after or before it
        years_on = YEARS_ON.get((m.group("of_year") or "that").split()[-1].lower(), 0)
        return replace(month_res(year, month), anaphoric=("month of", month + 12 * years_on, "any"))
    return narrow(month_res(year, month), modifier_of(m.group("mod")))


YEARS_ON = {"following": 1, "next": 1, "previous": -1}


# A weekday counted within its month names one day: "the first Monday in September" (Labor Day),
# "the second Saturday of March", "the first Tuesday after the first Monday in November" (the
# American Election Day). Read as a bare weekday, "Monday" would be some other week's.
_NTH = r"first|second|third|fourth|last"


@rule("nth_weekday", rf"{_B}(?:the\s+)?(?:(?P<after_ord>first)\s+(?P<after_wd>{_WEEKDAY})\s+after\s+the\s+)?"
                     rf"(?P<ord>{_NTH})\s+(?P<wd>{_WEEKDAY})\s+(?:of|in)\s+{_month()}(?:,?\s+(?:of\s+)?{_year()})?")
def _resolve_nth_weekday(m: re.Match, ctx: Context) -> Optional[Resolution]:
    month = _month_number(m.group("month"))
    if m.group("year"):
        year = int(m.group("year"))
    elif ctx.dct is None:
        return _unknown()
    else:
        year = _month_year_by_tense(month, ctx.dct, ctx.tense(m))
    ordinal = m.group("ord").lower()
    weekday = WEEKDAYS[m.group("wd").lower().rstrip(".")]
    day = _nth_weekday(year, month, weekday, -1 if ordinal == "last" else ORDINALS[ordinal])
    if m.group("after_wd"):  # the first such weekday after it
        after = WEEKDAYS[m.group("after_wd").lower().rstrip(".")]
        day += dt.timedelta(days=(after - day.weekday() - 1) % 7 + 1)
    return day_res(day)


# words of an election, by which a November spoken of in the first months of a year is its election
AN_ELECTION = re.compile(r"\b(?:elect\w*|nominee|nomination|ballots?|voters?|turnout|polls|general election|"
                         r"(?:win|wins|beat|lose|loses)\b)", re.IGNORECASE)


def _its_sentence(m: re.Match, ctx: Context, width: int = 200) -> str:
    """The words around a match up to the ends of its sentence (within `width` characters)."""
    return re.split(r"[.!?]\s", ctx.before(m, width))[-1] + m.group(0) + re.split(r"[.!?]\s", ctx.after(m, width))[0]


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


# "resolution 1874", "resolutions 1718 (2006) and 1874": a document's number, however many are listed
NAMED_BY_NUMBER = re.compile(r"\bresolutions?\s+(?:\d{3,4}\s*(?:\(\d{4}\)\s*)?(?:,|and|or)?\s+)*$", re.I)


def _looks_like_count(m: re.Match, ctx: Context) -> bool:
    """"1,500 troops", "$2000", "2000 people", "resolutions 1718 and 1874": a number, not a year."""
    before, after = ctx.before(m, 12), ctx.after(m, 20)
    if re.search(r"(?:[$£€#]|\d[,.]|No\.\s*|number\s+|flight\s+|route\s+|\d\s)$", before, re.I):
        return True
    if NAMED_BY_NUMBER.search(ctx.before(m, 60)):
        return True
    if re.match(r"(?:\s*(?:%|percent\b)|[,.]\d|\s*(?:-|to)\s*\d+\s+(?!B\.?C)|\s*(?:[ap]\.?m\.?|hours|GMT)\b)", after, re.I):
        return True
    next_word = re.match(r"\s+([a-z]+)", after)
    if next_word and next_word.group(1) in COUNTED_NOUNS:
        return True
    if re.search(r"\bthe\s+$", before, re.I) and next_word and next_word.group(1) in FINITE_VERBS:
        return True  # "the 1929 did not end the diplomatic track": resolution 1929, a name
    return ctx.is_number(m.start("year"), m.end("year"))


FINITE_VERBS = {"did", "does", "do", "was", "were", "is", "are", "has", "had", "have", "will", "would", "could",
                "should", "can", "may", "might", "must", "calls", "called", "requires", "required", "imposes",
                "imposed", "bans", "banned", "says", "said"}


@rule("year", rf"{_B}{_MOD}(?P<fy>(?:the\s+)?(?:fiscal|calendar|financial|model|tax|school)(?:\s+year)?[\s-]*|the\s+year\s+|FY\s*)?{_year()}")
def _resolve_year(m: re.Match, ctx: Context) -> Optional[Resolution]:
    year = int(m.group("year"))
    qualified = m.group("fy") or m.group("mod")
    if not qualified:
        if _looks_like_count(m, ctx):
            return NOT_A_DATE
        if year < 1800 and not re.search(r"\b(?:in|since|of|by|until|from|before|after|during|circa|c\.)\s+$", ctx.before(m), re.I):
            return NOT_A_DATE
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


@rule("quarter_relative", r"\b(?:the\s+)?(?P<rel>latest|last|past|previous|prior|current|this|next|coming|year-ago|year-earlier|year-before|most\s+recent|recent|comparable\s+year-ago)\s+(?:fiscal\s+)?(?P<what>quarter|period)\b(?![\s-]+century)|\bthe\s+(?P<bare>quarter)\b(?![\s-]+(?:century|point|of\s+(?!(?:the\s+)?(?:year|fiscal|\d))|to\b))")
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


@rule("quarter_share", r"\bthe\s+quarter\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:year|fiscal|\d))")
def _resolve_quarter_share(m: re.Match, ctx: Context) -> Optional[Resolution]:
    """"The quarter of Democratic caucus voters who identify as independents": a share, which spaCy's
    DATE entity must not bring back as a quarter of the year."""
    return NOT_A_DATE


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


# a capitalised word before a capitalised season, but the words that open a sentence on a date
NAME_WORD_BEFORE = re.compile(r"(?<![\w.])(?!(?:In|During|By|Since|Until|Through|Last|This|Next|Early|Late|Mid|"
                              r"Every|Each|The|That|Before|After|Over|Past|Coming)\s)[A-Z]\w*\s+$")


@rule("season", rf"{_B}{_MOD}(?:(?P<rel>last|next|this|past|coming|that|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{_year()})?{_E}")
def _resolve_season(m: re.Match, ctx: Context) -> Optional[Resolution]:
    word, rel = m.group("season").lower(), (m.group("rel") or "").lower()
    code = SEASONS[word]
    if m.group("season")[0].isupper() and (
            re.match(r"\s+[A-Z]", ctx.after(m)) or NAME_WORD_BEFORE.search(ctx.before(m))):
        return None  # "the Olympic Winter Games", "the Summer Palace", "Arab Spring": a name's word, no season
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
