"""Rules for expressions relative to the publication date or to the time the text talks
about: "last year", "three days ago", weekdays, times of day, sets, holidays, "the period"."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Optional

from .words import (FUTURE, NEAR, PARTS_OF_DAY, PAST, PRESENT, SEASONS, UNITS, WEEKDAYS, _B, _DAYNUM, _E, _MOD, _NUM,
                    _NUMWORD, _PART, _QUANT, _UNIT, _UNIT_SINGULAR, _WEEKDAY, _alternatives, _month, _year)
from .calendar import (HOLIDAYS, NOT_A_DATE, Resolution, _add_months, _last_day, _precision, _quarter_of, _unit_of,
                       _unknown, anchored_span, century_res, day_res, decade_res, duration_value, modifier_of, month_res,
                       narrow, nearest_to, nearest_weekday, parse_number, quarter_res, shift, week_res, weekend_res,
                       year_res)
from .rules import Context, _capitalized, _month_number, rule
from .rules_dates import _resolve_month_day


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
    if cut == (first if earlier else last):
        # "earlier this month" published on the 1st leaves no time before the day of publication:
        # the writer's month is not the stamp's, and the one day left would date it too precisely
        return res
    return replace(res, range_start=first, range_end=cut) if earlier else replace(res, range_start=cut, range_end=last)


def _the_next_in_a_story(m: re.Match, ctx: Context, has_the: bool, rel: str) -> bool:
    """"His speech in Prague in 2009, and then the next year, in the Washington summit, the leaders
    made a commitment": told in the past, "the next year" is the one after the date before it, not
    the one after publication ("we will review it over the next year" still looks ahead from now)."""
    return has_the and rel == "next" and ctx.tense(m) == PAST


_REL_OFFSETS = {"last": -1, "previous": -1, "preceding": -1, "this past": -1, "past": -1,
                "next": 1, "coming": 1, "following": 1, "this coming": 1, "this": 0,
                "current": 0, "same": 0, "that": 0}


@rule("relative_period", rf"{_B}(?:(?P<pre>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+balance\s+of)[\s-]+)?(?P<the>the\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|coming|current|past|previous|preceding|following|same|that)\s+(?P<unit>week|weekend|month|year|decade|century)(?![\w-])")
def _resolve_relative_period(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if m.group("unit").istitle():
        return NOT_A_DATE  # "telling ABC's This Week": a programme's name (a sentence opens "This week")
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    has_the = bool(m.group("the"))
    if (rel in ("past", "last") and has_the or rel == "past" or rel == "this past" and unit == "week") \
            and unit != "weekend" and not pre:
        # "the past year", "this past week": a stretch of time that ends now (told on a Saturday, "this
        # past week" is the one just lived, not the calendar week before it)
        if ctx.dct is None:
            return Resolution("DURATION", duration_value(1, unit))
        start, end = anchored_span(ctx.dct, unit, 1, backwards=True)
        return Resolution("DURATION", duration_value(1, unit), start, end)
    if rel in ("same", "that") or (has_the and rel in ("previous", "preceding", "following")) \
            or _the_next_in_a_story(m, ctx, has_the, rel):
        offset = _REL_OFFSETS[rel]
        fallback = _relative_period(unit, ctx.dct, offset) if ctx.dct and rel not in ("same", "that") else _unknown()
        return replace(fallback, anaphoric=(unit, offset, "any"))
    if ctx.dct is None:
        return _unknown()
    res = _relative_period(unit, ctx.dct, _REL_OFFSETS[rel])
    if unit == "weekend" and rel == "this" and ctx.tense(m) == PAST and res.range_start > ctx.dct.isoformat():
        res = _relative_period(unit, ctx.dct, -1)  # "what we saw this weekend", said on a Tuesday: the one just gone
    if unit == "week" and rel == "this" and ctx.dct.weekday() == 6 and ctx.tense(m) != PAST:
        # said on a Sunday, the week from tomorrow: "will speak this week", "an agenda for this week's meeting"
        res = _relative_period(unit, ctx.dct, 1)
    if unit == "week" and rel == "last" and ctx.dct.weekday() == 6 and not pre:
        # said on a Sunday, "last week" is as often the week ending that day ("Trump last week invited
        # Russia to dig up … emails", told Sunday 31 July 2016 of the Wednesday) as the one before
        # ("Crutcher, shot in Tulsa last week", told Sunday 25 September of the Friday 9 days back)
        res = replace(res, range_end=(ctx.dct - dt.timedelta(days=1)).isoformat())
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
    if unit in ("decade", "century"):  # "half a century ago", "a decade and a half ago": in years
        unit, count = "year", count * UNITS[unit][1]
    if count != int(count):  # "a year and a half ago": in months
        if unit == "year":
            unit, count = "month", count * 12
        elif unit == "month":
            unit, count = "day", count * 30
    steps = int(round(count)) * sign
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


# "the NBC executive in charge of ''Today,''", "told NBC's “Today”": a capitalised word quoted alone, or after a
# network's name, is the programme
QUOTED_ALONE_BEFORE = re.compile(r"(?:[“\"‘]|'')$")
QUOTED_ALONE_AFTER = re.compile(r"^[,.]?(?:[”\"’]|'')")
A_NETWORKS = re.compile(r"\b(?:NBC|CBS|ABC|CNN|MSNBC|Fox|PBS)(?:'s|’s)\s+(?:[“\"‘]|'')?$")


def is_a_title(m: re.Match, ctx: Context) -> bool:
    """"USA TODAY's reporting", "the Today show", "NBC's Today": a newspaper or a programme, not the day."""
    if re.search(r"\bUSA\s+$", ctx.before(m), re.I):
        return True
    if not m.group("word")[0].isupper():
        return False
    before, after = ctx.before(m), ctx.after(m)
    return bool(re.match(r"\s+(?:show|programme|program)\b", after, re.I) or A_NETWORKS.search(before)
                or QUOTED_ALONE_BEFORE.search(before) and QUOTED_ALONE_AFTER.match(after))


# (also after a newspaper's doubled apostrophes, which close a programme's name: ''Today,'')
@rule("day_word", rf"(?:(?<='')|{_B})(?:the\s+day\s+(?P<rel>before|after)\s+)?(?P<word>today|tonight|yesterday|tomorrow){_E}{_PART}")
def _resolve_day_word(m: re.Match, ctx: Context) -> Optional[Resolution]:
    word = m.group("word").lower()
    if word == "today" and is_a_title(m, ctx):
        return NOT_A_DATE
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


# "Super Tuesday" is a day of a calendar we do not know; "ahead of Monday's caucuses" looks forward,
# whatever the tense of the sentence ("Clinton highlighted … ahead of"). ("Before" and "until" may
# look either way: "until Thursday, they had not called Kopp a suspect".)
_NAMED_DAY_BEFORE = re.compile(r"\bSuper\s+$")
_AHEAD_OF = re.compile(r"\b(?:ahead of|heading into|going into|leading up to|in the run-up to|on the eve of)"
                       r"\s+(?:the\s+|this\s+)?$", re.IGNORECASE)


@rule("weekday", rf"{_B}(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|early|late)\s+)?(?P<wd>{_WEEKDAY})(?![\w]){_PART}")
def _resolve_weekday(m: re.Match, ctx: Context) -> Optional[Resolution]:
    if _NAMED_DAY_BEFORE.search(ctx.before(m)):
        return NOT_A_DATE
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
        if _AHEAD_OF.search(ctx.before(m, 40)) and not (tense in (None, PAST) and _just_gone(dct, weekday)):
            tense = FUTURE  # (not "Clinton had twice the delegates heading into Tuesday's primaries", told on Wednesday)
        if tense == NEAR:
            day = nearest_to(dct, [nearest_weekday(dct, weekday, PAST), nearest_weekday(dct, weekday, FUTURE)])
        elif tense in (FUTURE, PRESENT):
            # a speaker names the day they speak on "today": "on Friday, the President will travel
            # to Vermont", said at a Friday briefing, is the Friday to come
            day = nearest_weekday(dct if ctx.spoken else dct - dt.timedelta(days=1), weekday, FUTURE)
            if not ctx.spoken and (day - dct).days == 6 and not _SAID_TO_COME.search(_sentence_before(ctx, m)):
                # a paper's weekday a week away is yesterday, written the evening before, where nothing says
                # it is to come: "he's campaigning Wednesday in Wisconsin", "Clinton could have 90% of the
                # delegates after all the votes are counted Tuesday", both in a paper of the day after
                day = dct - dt.timedelta(days=1)
        else:  # news mostly reports what has happened: unknown tense leans to the past
            day = nearest_weekday(dct - dt.timedelta(days=1) if ctx.spoken else dct, weekday, PAST)
    return _with_part_of_day(day, m.group("part"))


# What says a day is to come: "Lynch will appear before the committee on Tuesday", "next Thursday",
# "he hopes for a win Tuesday" (not what was hoped or planned: "he had hoped to win Tuesday")
_SAID_TO_COME = re.compile(r"\b(?:will|shall|won't|going to|next|upcoming|plans?|planning|hopes?|hoping|"
                           r"expects?|expecting|(?:is|are) expected|intends?|intending|aims?|scheduled|slated|"
                           r"set to)\b|['’]ll\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


def _sentence_before(ctx: Context, m: re.Match) -> str:
    """The words of the match's sentence before it."""
    before = ctx.before(m, 300)
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def _just_gone(dct: dt.date, weekday: int) -> bool:
    """The weekday was yesterday or the day before: a run-up told looking back at the day's results."""
    return 1 <= (dct.weekday() - weekday) % 7 <= 2


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
    if tense in (FUTURE, PRESENT) or name in _LOOKED_AHEAD_TO and (dct - before).days > _JUST_GONE_DAYS:
        return day_res(after)
    return day_res(nearest_to(dct, [before, after]))


# Days the news looks ahead to all year: "Election Day", told in the spring without a tense, is the
# coming one, not last November's; in the weeks after it, the one just gone.
_LOOKED_AHEAD_TO = {"election day"}
_JUST_GONE_DAYS = 31


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
