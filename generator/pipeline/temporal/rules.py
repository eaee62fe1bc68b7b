"""What a rule is: a compiled pattern and a resolver, registered in `RULES` in the order of
registration (which breaks ties between candidates of equal length), and what resolvers may
look at (`Context`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .words import FUTURE, MONTHS, PAST, TenseLookup
from .calendar import Resolution, _safe_date, nearest_to


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
    spoken: bool = False  # a speech or a transcript: its own day is "today", a weekday is another day
    noun_dated_at: Callable[[int, int], bool] = lambda start, end: False  # the expression dates a noun

    def dates_a_noun(self, match: re.Match) -> bool:
        return self.noun_dated_at(match.start(), match.end())

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


PAST_REACH = 270  # days: the farthest back a past verb takes a noun's day and month told without a year


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
        # …unless it is a noun's date ("before the Iowa caucuses Feb. 1") and that reaches back most of a
        # year into the year before: a writer gives the year of such a day, so the caucuses, told on 15
        # January, are to come ("incidents between January 1 and September 18" are of this year)
        options = [d for d in options if (d - dct).days <= 2 and not (
            ctx.dates_a_noun(match) and d.year < dct.year and (dct - d).days > PAST_REACH)] or options
    elif tense == FUTURE:
        options = [d for d in options if (dct - d).days <= 2] or options
    return nearest_to(dct, options)
