"""Stage 1b, after reading: the days each document can be from.

Most documents are dated to the day. Some sources give only the first day a document can be from:
the UN General Debate Corpus dates every statement by the debate's opening day, and says so in its
front matter (`date_precision: "general debate opening day"`), though most speakers spoke days
later. Read as the day of the speech, that date put Ri Yong Ho's "in this Hall today" of 2017 four
days early, and his "some four days ago" four days before the speech he answered.

`date_precision` in briefing.yml names such values, each with how many days after its date a
document can be from. The document's date becomes a window of days (`Article.date_latest`), and
the temporal stage reads its relative dates over the whole window: "today" in a statement of the
2017 debate is "19–29 September 2017", which is true, not "19 September", which is not.

Two things narrow a window to its day, and the page of the document says which did:
- the text naming its own day: "Two days ago, on 19 September, we marked …" is of 21 September;
- a copy of the same text (see repeats.py) dated to a day inside the window: the corpus's full
  text of Ri Yong Ho's 2017 statement is dated 23 September, the day he spoke.
A copy without a date of its own takes its twin's date or window.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .model import Article
from .pipeline.temporal import find_timexes
from .repeats import Repeats

JOINED_BY = re.compile(r"^,?\s*(?:on\s+)?$")  # "two days ago, on 19 September", "yesterday, 18 September"
# where such words may be: the temporal rules are read only around these, not over the whole text
CLUE = re.compile(r"\b(?:ago|yesterday|today|tomorrow),?\s+(?:on\s+)?(?:\d|[A-Z][a-z]+\s+\d)", re.IGNORECASE)
CLUE_CONTEXT = 60  # characters before the clue that may hold its count ("some four days ago")


def precision_key(value) -> str:
    """A date_precision value as briefing.yml and the front matter are compared: without case and
    runs of spaces."""
    return " ".join(str(value).lower().split())


def date_documents(articles: list[Article], windows: dict[str, int], repeats: Repeats) -> None:
    """Open each window the settings name, narrow it to its day where the text or a copy tells
    the day, and date undated copies by their twins. Changes the articles in place."""
    for article in articles:
        days = windows.get(precision_key(article.meta.get("date_precision", "")))
        if article.date is not None and days:
            article.date_latest = article.date + dt.timedelta(days=days)
            narrow_by_own_words(article)
    by_id = {a.id: a for a in articles}
    twins = [(by_id[copy], by_id[holder]) for copy, holders in repeats.holders.items() for holder in holders
             if copy in by_id and holder in by_id]
    for first, second in twins:
        date_by_twin(first, second) or date_by_twin(second, first)


def narrow_by_own_words(article: Article) -> None:
    """ "Two days ago, on 19 September": a relative day told beside the day it is names the day of
    the document (the day it is, plus how far back the words count)."""
    first, last = article.date_window
    for clue in CLUE.finditer(article.body):
        around = article.body[max(0, clue.start() - CLUE_CONTEXT):clue.end() + CLUE_CONTEXT]
        found = day_told_beside(around, first, last)
        if found is not None:
            settle(article, found[0], f"its own words: “{found[1]}”")
            return


def day_told_beside(text: str, first: dt.date, last: dt.date) -> Optional[tuple[dt.date, str]]:
    """The document's day, and the words that tell it, where `text` holds a relative day beside
    a named one; None where it does not, or where the day is not one of `first` to `last`."""
    earliest, latest = find_timexes(text, first), find_timexes(text, last)
    if len(earliest) != len(latest):
        return None
    timexes = list(zip(earliest, latest))
    for (relative, relative_late), (told, told_late) in zip(timexes, timexes[1:]):
        if not JOINED_BY.match(text[relative.end:told.start]):
            continue
        day, shifted = as_day(relative.value), as_day(relative_late.value)
        named, named_late = as_day(told.value), as_day(told_late.value)
        if day is None or shifted is None or shifted - day != last - first or named is None or named_late is None:
            continue  # not a count of days from the document's day
        if named_late - named == last - first:
            continue  # two relative days side by side: no day is named
        # a day named without its year may be read as another year from either end of the window
        found = {d + (first - day) for d in (named, named_late)}
        found = {d for d in found if first <= d <= last}
        if len(found) == 1:
            return found.pop(), text[relative.start:told.end]
    return None


def as_day(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def date_by_twin(article: Article, twin: Article) -> bool:
    """Dates `article` by its copy `twin` where the copy knows more; True when it did."""
    if twin.date is None:
        return False
    if article.date is None:
        article.date, article.date_latest = twin.date, twin.date_latest
        article.date_note = f"the date of its copy, {twin.title}"
        return True
    first, last = article.date_window
    if article.date_latest and twin.date_latest is None and first <= twin.date <= last:
        settle(article, twin.date, f"the date of its copy, {twin.title}")
        return True
    return False


def settle(article: Article, day: dt.date, why: str) -> None:
    article.date, article.date_latest, article.date_note = day, None, why
