"""The dated events of one article (part of stage 2, extraction): a sentence that reports
something at a resolved time is an event of that time, and the article's lead sentence is the news
of its publication day. One time is told once: of two expressions side by side that tell one time,
one dates the sentence, and a year that holds another date of its sentence gives way to it. A
day without its year that names an occasion ("the 15 June joint declaration") dates no event: its
year would be a guess. A date that places no occurrence makes no event either (`occurrences.py`): a
century, a stretch or a time since which things are so, an anniversary, a time things are measured
against, what "be" says of a time, what must, may or could happen, the speaker's own talk."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from spacy.tokens import Doc

from .clauses import (CONDITIONS, EVENT_LEMMAS, NOUNS, WHEN_AFTER, clause_verb, is_a_person, names_an_occurrence,
                      subject_of, told_as_past)
from .counts import counts_in
from .model import LEAD_EXPRESSION, EventRecord, TimexRecord, first_day, last_day
from .occurrences import dates_no_occurrence
from .pipeline.extensions import text_of
from .pipeline.temporal.calendar import _add_months, parse_number
from .pipeline.temporal.words import MONTHS

# A lead tells the news of its day or of the day or two before ("the 6th Circuit on Tuesday overturned…",
# published on Thursday): of the leads campaign-news readers found a day for, under half were of the
# publication day itself, nine in ten within two days before it.
LEAD_DAYS_BEFORE = 2
# A year, in days from a span's first day to its last one's first ("2009" to "2010" is 365): two
# expressions joined into one span cover a year at most, and so does a recent stretch that gives way
# to a date it holds.
A_YEAR = 366


def events_from_doc(doc: Doc, timexes: list[TimexRecord], speech: bool = False) -> list[EventRecord]:
    """A dated event for each sentence reporting something at a resolved time, plus the lead (not
    for a `speech`, one speaker's own words, whose first sentence is no news of its day).

    The event's text is its sentence; its actors are those mentioned in the sentence. A date
    inside a quotation dates the speaker's words, not an event the article reports."""
    quoted = [(q.start, q.end) for q in (doc._.quotes.quotes if doc._.quotes else []) if q.kind == "direct"]
    events: list[EventRecord] = []
    lead = None if speech else lead_event(doc, timexes)
    if lead:
        events.append(lead)
    for timex in one_per_time(doc.text, timexes):
        if not timex.range_start or timex.type not in ("DATE", "DURATION"):
            continue
        if any(start <= timex.start < end for start, end in quoted):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not has_verb(span.sent) or dates_a_noun(span) or names_an_occasion(span) \
                or asks(span.sent) or tells_the_present(span, speech) or of_the_times(span) \
                or today_against_tomorrow(span) \
                or recalls_the_conversation(span) or frames_the_briefing(span) \
                or bounds_the_event(span) or dates_no_occurrence(span, timex):
            continue
        event = event_of(doc, span.sent, timex.text, timex.range_start, timex.range_end or timex.range_start)
        event.occasion = of_the_occasion(span)
        event.of_a_saying = dates_a_saying(span)
        event.appearance = appearance_of(span)
        event.act = act_of(span)
        events.append(event)
    return once_each([e for e in events if not holds_another(e, events)])


def once_each(events: list[EventRecord]) -> list[EventRecord]:
    """A sentence that gives one date twice ("went through this in some detail today with some
    specifics today") is one event."""
    seen, result = set(), []
    for event in events:
        if (event.start, event.date_start, event.date_end) not in seen:
            seen.add((event.start, event.date_start, event.date_end))
            result.append(event)
    return result


def holds_another(event: EventRecord, events: list[EventRecord]) -> bool:
    """A year or a month that holds another date of its sentence says when less precisely: "The
    2004 Nobel Peace Prize was awarded today", "on 4 and 5 September … this year" are dated once,
    to the day. So does a recent stretch of a year at most that holds it: "just in the past year we've
    seen the Christmas Day attempt", "in the last couple of months we have worked, and in December
    very closely, with the Chinese". (A longer span, "over the past 11 years", and a span of years
    written out, "the chairmanship for the year 2003-2004", are times of their own.)"""
    if event.date_start != event.date_end and not (within_a_year(event) and RECENT_STRETCH.search(event.expression)):
        return False
    return any(other is not event and other.start == event.start and finer(other, event)
               and other.date_start >= event.date_start and other.date_end[:len(event.date_end)] <= event.date_end
               for other in events)


# "the past year", "the last couple of months", "recent weeks": a stretch up to now (not "last week", a week)
RECENT_STRETCH = re.compile(r"^(?!.*\d).*(?:\bthe (?:past|last|previous)\b|\brecent\b)", re.IGNORECASE)


def finer(one: EventRecord, other: EventRecord) -> bool:
    """Dated more precisely: a day within a month, a month within a year, or one time within a span."""
    return len(one.date_start) > len(other.date_start) or (
        one.date_start == one.date_end and other.date_start != other.date_end and len(one.date_start) == len(other.date_start))


def within_a_year(event: EventRecord) -> bool:
    return first_days_apart(event.date_start, event.date_end) < A_YEAR


def first_days_apart(start: str, end: str) -> int:
    """Days from the first day of `start` to the first day of `end` ("2009", "2010": 365)."""
    return (first_day(end) - first_day(start)).days


# Two expressions side by side that tell one time: the one with its year says when the other is
# ("two years later, in February 2007", "in 1991, more than 40 years later", "the summer of 2005
# into autumn"); two without a year joined by "and"/"or" are one span ("late March and early April",
# "yesterday or early today").
APPOSED = re.compile(r"\s*,?\s*(?:in|on)?\s*")
RUNS_ON = re.compile(r"\s*(?:,|into|to|until|through)?\s*")  # not "and": "in 2003 and last week" are two
JOINED = re.compile(r"\s*(?:and|or|to|through|,)\s*(?:(?:early|late)\s+)?")  # "said yesterday or early today"
RUNS_INTO = re.compile(r"\s*(?:into|to|until|through)\s*")
YEAR = re.compile(r"\b\d{4}\b")


def one_per_time(text: str, timexes: list[TimexRecord]) -> list[TimexRecord]:
    """The expressions that date a sentence's events: of two side by side that tell one time, one."""
    result: list[TimexRecord] = []
    for timex in sorted(timexes, key=lambda t: t.start):
        last = result[-1] if result else None
        if last and OF.fullmatch(text[last.end:timex.start]) and (part := part_of(text, last, timex)):
            result[-1] = part  # "the last three months of 2015", "the last week of October"
            continue
        if last is None or not (last.range_start and timex.range_start):
            result.append(timex)
            continue
        gap, dated = text[last.end:timex.start], (bool(YEAR.search(last.text)), bool(YEAR.search(timex.text)))
        if dated == (False, True) and APPOSED.fullmatch(gap):
            result[-1] = timex  # "two years later, in February 2007"
        elif dated == (True, False) and RUNS_ON.fullmatch(gap):
            if RUNS_INTO.fullmatch(gap) and (run := run_into(text, last, timex)):
                result[-1] = run  # "through the summer of 2005 into autumn": June to November 2005
            continue  # "in 1991, more than 40 years later"
        elif dated == (False, False) and JOINED.fullmatch(gap) and (joined := one_span(text, last, timex)):
            result[-1] = joined  # "late March and early April", "taken Thursday through Monday"
        elif dated == (False, False) and APPOSED.fullmatch(gap) and "," in gap and \
                (on_the_calendar(last.text), on_the_calendar(timex.text)) == (False, True):
            result[-1] = timex  # "Two days ago, on 19 September": the day it names
        else:
            result.append(timex)
    return result


CALENDAR = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def on_the_calendar(expression: str) -> bool:
    """"19 September", "Tuesday": a day named, not counted from the day of writing ("two days ago")."""
    return bool(CALENDAR.search(expression)) and not re.search(r"\b(?:ago|later|earlier)\b", expression)


# The first or last stretch of a time: "the last three months of 2015", "the last week of October",
# "the first 10 days of March", "the first quarter of the year". The stretch alone ("the last three
# months") counts back from the day of writing; of a time, it is that time's end.
OF = re.compile(r"\s+of\s+")
EDGE_STRETCH = re.compile(r"^(?:the\s+)?(?P<edge>first|last|final|opening|closing)\s+(?:(?P<count>[\w-]+)\s+)?"
                          r"(?P<unit>day|week|month|quarter)s?$", re.IGNORECASE)
UNIT_DAYS = {"day": 1, "week": 7}
MONTHS_OF_A_UNIT = {"month": 1, "quarter": 3}


def part_of(text: str, stretch: TimexRecord, whole: TimexRecord) -> Optional[TimexRecord]:
    """The dates of "the last N days, weeks or months of <a time>", within that time; None where the
    first expression is no such stretch or would not fit in the time."""
    edge = EDGE_STRETCH.match(stretch.text)
    if edge is None or not whole.range_start:
        return None
    count = parse_number(edge.group("count")) if edge.group("count") else 1
    if not count or count != int(count):
        return None
    first, last = first_day(whole.range_start), last_day(whole.range_end or whole.range_start)
    from_the_start = edge.group("edge").lower() in ("first", "opening")
    unit = edge.group("unit").lower()
    if unit in MONTHS_OF_A_UNIT:
        count = int(count) * MONTHS_OF_A_UNIT[unit]
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        if count > months:
            return None
        start, end = (first, add_months(first, count - 1)) if from_the_start else \
            (add_months(last.replace(day=1), 1 - count), last)
        start_iso, end_iso = start.isoformat()[:7], end.isoformat()[:7]
    else:
        days = int(count) * UNIT_DAYS[unit]
        if days > (last - first).days + 1:
            return None
        start, end = (first, first + dt.timedelta(days=days - 1)) if from_the_start else \
            (last - dt.timedelta(days=days - 1), last)
        start_iso, end_iso = start.isoformat(), end.isoformat()
    return TimexRecord(start=stretch.start, end=whole.end, text=text[stretch.start:whole.end], type="DATE",
                       value=start_iso if start_iso == end_iso else None, range_start=start_iso, range_end=end_iso)


def add_months(day: dt.date, count: int) -> dt.date:
    """The first of the month `count` months from `day`'s month."""
    return dt.date(*_add_months(day.year, day.month, count), 1)


def one_span(text: str, first: TimexRecord, then: TimexRecord) -> Optional[TimexRecord]:
    start, end = min(first.range_start, then.range_start), max(first.range_end or first.range_start,
                                                               then.range_end or then.range_start)
    if first_days_apart(start, end) > A_YEAR:
        return None
    return spanning(text, first, then, start, end)


def spanning(text: str, first: TimexRecord, then: TimexRecord, start: str, end: str) -> TimexRecord:
    """One expression from `first` to `then` in the text, dated from `start` to `end`."""
    return TimexRecord(start=first.start, end=then.end, text=text[first.start:then.end], type=first.type,
                       value=first.value, range_start=start, range_end=end)


NAMED_TIME = re.compile(CALENDAR.pattern + r"|\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)


def run_into(text: str, first: TimexRecord, then: TimexRecord) -> Optional[TimexRecord]:
    """"The summer of 2005 into autumn": a time with its year running on into one without, which is
    of that year (not of the day of writing), from the first's start to the second's end; None where
    the second, in the first's year, does not end after the first."""
    if not (first.range_start and then.range_start and NAMED_TIME.search(then.text)) \
            or then.range_start[:4] != (then.range_end or then.range_start)[:4]:
        return None  # (not "since 2003 to this day", which is today)
    end = first.range_start[:4] + (then.range_end or then.range_start)[4:]
    if last_day(end) <= last_day(first.range_end or first.range_start) \
            or first_days_apart(first.range_start, end) > A_YEAR:
        return None
    return spanning(text, first, then, first.range_start, end)


def asks(sentence) -> bool:
    """"Would it differ from what happened in 2006?": a question reports no event."""
    return sentence.text.rstrip().rstrip("\"”’'").endswith("?")


# A date that bounds what the sentence tells, not places it: "a press conference prior to Election
# Day", "between now and Election Day", "achieve the goals by 2015", "as Election Day nears", "heading
# into Tuesday's primaries", "before Tuesday's primary". (Not
# the "by" of who did it: "followed by the 13 February 2007 agreement"; not "until" denied, "the
# votes won't be counted until March 15", nor a date a "when" clause tells of: "remained at peace
# until 1998, when a dispute erupted".)
BOUNDING = {"before", "by", "until", "till"}
BOUNDED_BY = re.compile(r"\b(?:prior to|ahead of|between now and|in the run-up to|leading up to|heading into|"
                        r"going into|coming into)\s+(?:the\s+)?$", re.IGNORECASE)
NEARS = re.compile(r"^(?:[’']s)?\s+(?:nears|approaches|draws near)\b", re.IGNORECASE)


def bounds_the_event(span) -> bool:
    """The event is before the date, or up to it, not on it."""
    text = text_of(span.doc)
    if WHEN_AFTER.match(text[span.end_char:span.end_char + 10]):
        return False
    prep = span.root.head
    if span.root.dep_ == "pobj" and prep.lower_ in BOUNDING:
        return not (prep.lower_ in ("until", "till") and only_then(prep))
    if span.root.dep_ in ("poss", "nmod", "compound") and bounds_its_noun(span.root.head, text):
        return True
    return bounded_from_before(text, span.start_char) or bool(NEARS.match(text[span.end_char:span.end_char + 20]))


def bounds_its_noun(noun, text: str) -> bool:
    """A date of an occasion that bounds the sentence: "will drop out before Tuesday's primary", "is in
    Florida ahead of the key March 15 primary", "even before Tuesday's primary results are in"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in BOUNDING - {"by"}:  # (not "inspired by McCain's … turnaround")
        return True
    marks = [c.lower_ for c in noun.head.children if c.dep_ == "mark"]
    if noun.dep_ in ("nsubj", "nsubjpass") and any(mark in BOUNDING for mark in marks):
        return True
    return bounded_from_before(text, noun.left_edge.idx)


def bounded_from_before(text: str, at: int) -> bool:
    """"Ahead of", "prior to", "heading into" … just before `at`."""
    return bool(BOUNDED_BY.search(text, max(0, at - 40), at))


def only_then(until) -> bool:
    """"Not until 2019", "won't be counted until March 15": it happens then, and not before.
    ("Should not wait until the end of the year" still bounds: act before it.)"""
    verb = until.head
    return verb.lemma_ != "wait" and (until.i > 0 and until.doc[until.i - 1].lower_ == "not"
                                      or any(c.dep_ == "neg" for c in verb.children))


def dates_a_noun(span) -> bool:
    """"its sixth test on Sunday, the first since September last year": a date that only places a
    noun ("the first since …") dates no event of the sentence."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("since", "until", "till", "before", "after")
               and t.head.head.pos_ in ("NOUN", "ADJ", "NUM", "PRON") for t in span)


FINITE_PRESENT = ("VBZ", "VBP")


def of_the_times(span) -> bool:
    """"Transform today’s uncertainty into tomorrow’s stability", "the practice pursued at today’s
    United Nations": a day's possessive of what is no occurrence is the times, not a day.
    "Today’s vote", "today’s actions" and "yesterday’s meeting" are occurrences of a day."""
    return (span.text.lower() in ("today", "tomorrow", "yesterday") and span.root.dep_ == "poss"
            and span.root.head.pos_ in NOUNS and not names_an_occurrence(span.root.head))


def today_against_tomorrow(span) -> bool:
    """"Unless we put a brake on Pyongyang's nuclear ambitions today, we will regret it tomorrow", "if we
    fail to act today, we will pay the price tomorrow": what we do today weighed against its cost
    tomorrow is a warning for any day, neither day an event (not "we met today and meet again
    tomorrow", nor "if the vote passes today, we will meet tomorrow")."""
    word = span.text.lower()
    if word not in ("today", "tomorrow"):
        return False
    for today in (t for t in span.sent if t.lower_ == "today"):
        condition = next((verb for verb in today.ancestors if verb.dep_ == "advcl"
                          and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)
                          and any(c.dep_ == "nsubj" and c.lower_ in ("we", "you") for c in verb.children)), None)
        if condition is not None and any(t.lower_ == "tomorrow" and condition.head in (t.head, *t.head.ancestors)
                                         and condition not in t.ancestors for t in span.sent):
            return True
    return False


PLACING = {"in", "on", "across", "around", "throughout"}


def tells_the_present(span, speech: bool = False) -> bool:
    """"The challenges facing humankind today require…", "Today, the peninsula is divided": a
    "today" of the simple present is the time of writing, a state of things, not something that
    happened that day. "Treasury today froze…", "we are watching today" and "today's vote" are.
    In a `speech`, any present is: "our people are striving today", "we have settled down today"."""
    if span.text.lower() != "today" or span.root.dep_ in ("nsubj", "poss"):
        return False
    before = span.doc[span.start - 1] if span.start else span.root
    head = span.root.head
    if before.pos_ == "NOUN" and names_an_occurrence(before) or head.pos_ == "NOUN" and head.lemma_.lower() in EVENT_LEMMAS:
        return False  # "as for the sentencing today", "in an interview today"
    if before.lower_ in ("even", "still") or head.pos_ == "NOUN" and span.root.dep_ == "npadvmod":
        return True  # "troops still serving even today", "the oldest constitution in the world today"
    verb = clause_verb(span.root)
    if before.pos_ in NOUNS and before.dep_ == "pobj" and before.head.lower_ in PLACING and verb is not None \
            and not told_as_past(verb):
        return True  # "the confrontation on the Korean peninsula today is…" (not "Rice was in Beijing today")
    if verb is None or verb.tag_ == "VBP" and verb.head.lemma_ in PERCEPTION_VERBS:
        return False  # "you saw the ambassador announce today" (a bare infinitive the tagger calls present)
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if speech and in_any_present(verb, auxiliaries):
        return True
    if verb.tag_ == "VBG" or any(a.tag_ in ("VBD", "MD") or a.lemma_ == "have" or a.lower_ == "to"
                                 for a in auxiliaries):
        return False  # progressive, past, perfect, modal or infinitive
    return verb.tag_ in FINITE_PRESENT or any(a.tag_ in FINITE_PRESENT for a in auxiliaries)


PRESENT_MODALS = {"can", "may", "must", "should"}  # not "will", "would", "could": what is to come, or may


def in_any_present(verb, auxiliaries) -> bool:
    """A finite present, progressive, perfect or passive ("are striving", "have settled", "is being
    asked"), or a modal of the present ("can be addressed"); not the past, the future or "to"."""
    def past_future_or_to(aux) -> bool:
        return aux.tag_ == "VBD" or aux.lower_ == "to" or aux.tag_ == "MD" and aux.lower_ not in PRESENT_MODALS
    if verb.tag_ == "VBD" or any(past_future_or_to(a) for a in auxiliaries):
        return False
    return verb.tag_ in FINITE_PRESENT or any(a.tag_ in FINITE_PRESENT or a.lower_ in PRESENT_MODALS
                                              for a in auxiliaries)


def of_the_occasion(span) -> bool:
    """"Today, President Yoon and I discussed…", "the discussions we had today", "today's
    actions": what the speakers of a briefing or a speech did (not could or will do) on its day is
    the occasion the document records, told sentence after sentence. "Treasury today froze…" and "South Korea today
    announced…" are happenings of their own."""
    if not span.text.lower().startswith("today"):
        return False
    if span.root.dep_ == "poss":
        return names_an_occurrence(span.root.head)  # "today's actions", not "today's world"
    verb = clause_verb(span.root)
    if verb is None or verb.i < span.start and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")
                                                   for c in verb.children):
        return False  # "you can't answer that today", "if we are to do that today": not what was done
    # (a "today" before its modal hangs there by the parser: "the trust I have forged … today will last")
    subject = subject_of(verb)
    if subject is not None and subject.dep_ == "nsubjpass" and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "the leadership has agreed to take measures, which were announced today": a thing done by
        # the doer of the clause it belongs to, here not the speakers
        subject = subject_of(clause_verb(verb.head))
    # a pronoun is who spoke or what they did ("that was reiterated today"); not "it": "it did not
    # come up in the meeting today" is a subject that came up, or not, in another occurrence
    return subject is not None and (subject.pos_ == "PRON" and subject.lower_ != "it" or is_a_person(subject)
                                    or any(t.lower_ in ("i", "we", "you") for t in subject.subtree))


# A briefing's words about itself: "thanks for joining us today", "today's call is on background",
# "our speakers today are …". Not a call or a briefing with someone: "the President's call with Xi today".
THANKS = {"thank", "thanks"}
THE_BRIEFING = {"call", "briefing", "gaggle", "speaker", "speakers"}


def frames_the_briefing(span) -> bool:
    """A "today" of a briefing's greeting, or of the briefing itself as the subject, tells no event:
    it is the document's own occasion."""
    if not span.text.lower().startswith("today"):
        return False
    root = span.sent.root
    if root.lemma_.lower() in THANKS or root.lower_ == "welcome" and root.i == span.sent.start:
        return True  # not "what we're doing today is welcoming a positive step"
    noun = span.root.head if span.root.dep_ == "poss" else subject_of(clause_verb(span.root))
    return (noun is not None and noun.lemma_.lower() in THE_BRIEFING
            and not any(c.dep_ == "prep" for c in noun.children)
            and all(c.dep_ in ("poss", "det", "npadvmod") for c in noun.children))


# Verbs that report what someone said: a date they hold dates the saying ("Bucher said Tuesday that
# residents voting in municipal elections complained"), not the events the words name. (Narrower than
# the speech lexicon's SPEECH_VERBS: "announced", "condemned", "rejected" on a day are events of their own.)
REPORTING_VERBS = {"say", "tell", "tweet", "write", "add", "state", "insist", "argue", "note", "claim", "explain",
                   "warn", "acknowledge", "concede", "complain", "recall", "predict", "comment",
                   "vow", "pledge", "promise"}  # "vowed Tuesday to remain in the fight"
SAYING_NOUNS = {"statement", "remark", "remarks", "interview", "tweet", "post"}  # "said in a statement Sunday"


def dates_a_saying(span) -> bool:
    """The date hangs on a reporting verb itself ("said Tuesday", "told reporters on Monday") or tells
    when a saying's noun was made ("said in a statement Sunday", "a statement on Sunday"); not on a
    noun its words name ("without saying a word about the Joint Declaration of 15 June 2000"), nor
    names a statement ("the 2005 joint statement", "the statement of 19 September")."""
    head = span.root.head
    when = span.root.dep_ == "npadvmod" or head.lower_ == "on"
    if head.dep_ == "prep" and head.head is not head:
        head = head.head
    if head.pos_ == "NOUN":
        return when and head.lemma_.lower() in SAYING_NOUNS
    return head.pos_ in ("VERB", "AUX") and (head.lemma_.lower() in REPORTING_VERBS or makes_clear(head))


def makes_clear(verb) -> bool:
    """"On Saturday, Francis made clear that his meeting with Sanders was not political": a saying."""
    return verb.lemma_.lower() == "make" and any(c.lower_ == "clear" for c in verb.children)


SAYING_REACH = 4  # words from the verb to its date: "as we discussed a little bit yesterday", not "I want to
# ask you about your reaction, if the administration has any, to comments over the weekend"
SAYING_VERBS = {"say", "mention", "discuss", "note", "answer", "ask", "comment", "talk", "indicate", "tell", "state",
                "address"}
WORDS_SAID = {"comment", "comments", "statement", "remark", "remarks", "question", "answer"}


def recalls_the_conversation(span) -> bool:
    """"As I said yesterday", "what you said a minute ago", "as I think we discussed on the plane yesterday",
    "you made a comment yesterday", "a question from yesterday": a date of the speakers' own earlier
    words in a briefing or an interview dates no event of its subject. (The parser often hangs the date
    on the main verb: the verb just before it counts too.)"""
    before = span.doc[span.start - 1] if span.start else None
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "from" and span.root.head.head.lemma_ in WORDS_SAID:
        return True
    return any(speakers_own_words(verb) and 0 < span.start - verb.i <= SAYING_REACH
               for verb in {clause_verb(span.root), before} if verb is not None)


def speakers_own_words(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in SAYING_VERBS and not (lemma == "make" and any(
            c.dep_ == "dobj" and c.lower_ in WORDS_SAID for c in verb.children)):
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in ("i", "you", "we"):
        return False
    # "as we discussed", "as I think we discussed"
    return subject.lower_ != "we" or any(c.dep_ == "mark" and c.lower_ == "as" for v in (verb, verb.head)
                                         for c in v.children)


# A public appearance of a day, told sentence after sentence in one article: "said Thursday during
# taping of a MSNBC town hall", "during Friday's press conference", "in the interview on Saturday",
# "criticized Clinton during a rally Friday". The date must hold the appearance (be its own date,
# or its verb's, the appearance being where the verb happened): "de Blasio on Monday intervened: if
# Sanders would debate …" is no debate of Monday. One noun: "both bilateral meetings yesterday" may
# be either.
APPEARANCES = {"rally", "gala", "interview", "speech", "address", "debate", "hearing", "fundraiser", "forum",
               "convention", "meeting", "summit", "briefing", "town hall", "press conference"}
WHERE_A_VERB_HAPPENS = {"at", "in", "during", "on"}
APPEARING_VERBS = {"address", "attend", "hold", "host", "headline", "deliver", "give"}  # "addressing the gala Thursday"


def appearance_of(span) -> str:
    """The appearance ("town hall", "rally", …) the expression dates, or "" where it dates none."""
    date = span.root
    holder = date.head.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else date.head
    if holder is date:
        return ""
    if holder.pos_ in NOUNS:
        return appearance_named_by(holder)
    if holder.pos_ not in ("VERB", "AUX"):
        return ""
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ in WHERE_A_VERB_HAPPENS:
            places = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "dobj" and holder.lemma_.lower() in APPEARING_VERBS:
            places = [child]
        else:
            continue
        for place in places:
            if name := appearance_named_by(place):
                return name
    return ""


def appearance_named_by(noun, depth: int = 2) -> str:
    """"a MSNBC town hall meeting" is a town hall; "taping of a town hall" and "attendees of the
    gala" name theirs; "rallies" are many."""
    if noun.tag_ == "NN":
        words = " ".join(t.lower_ for t in sorted([*compounds_of(noun), noun], key=lambda t: t.i))
        for name in ("town hall", "press conference"):
            if name in words.replace("news conference", "press conference"):
                return name
        if noun.lemma_.lower() in APPEARANCES:
            return noun.lemma_.lower()
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of") if depth else ():
        for named in (c for c in of.children if c.dep_ == "pobj"):
            if name := appearance_named_by(named, depth - 1):
                return name
    return ""


# What a date holds done, by whom, to what: "Ali, who died Friday" and "his brother, who died late
# Friday"; "the DOJ lawsuit Lynch announced on Monday" and "the lawsuit Lynch announced that same
# day". One verb of one day told twice in one article, with no other doer or thing done to, is one
# act. Not a saying ("X said Tuesday", "Y said Tuesday": two), nor be, have or do, nor a participle
# with no subject of its own ("Praying for those impacted … today", twice: two tweets).
NO_ACTS = REPORTING_VERBS | {"be", "have", "do"}


def act_of(span) -> str:
    """"verb|subject|object" (lemmas; a pronoun is left blank), or "" where the date holds no act."""
    if span.root.dep_ == "poss":
        return f"{span.root.head.lemma_.lower()}||"  # "Saturday's call", "Monday's decision"
    verb = clause_verb(span.root)
    if verb is None or verb.lemma_.lower() in NO_ACTS or makes_clear(verb):
        return ""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBG" and not subjects:
        return ""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children if o.dep_ == "pobj"]  # "met with Abe", "met with Park": two
    return "|".join([verb.lemma_.lower(), named_lemma(subjects), named_lemma(objects)])


def named_lemma(tokens) -> str:
    return tokens[0].lemma_.lower() if tokens and tokens[0].pos_ != "PRON" else ""


def compounds_of(noun):
    for part in (c for c in noun.children if c.dep_ == "compound"):
        yield part
        yield from compounds_of(part)


PERCEPTION_VERBS = {"see", "hear", "watch", "notice", "let", "make", "help"}


def names_an_occasion(span) -> bool:
    """"the 15 June joint declaration", "the declaration of 4 October", "the aftermath of
    September 11th": a day without its year, naming a noun's occasion, is no date of the
    sentence: which year it means is a guess (it is read as the nearest, often years off)."""
    if YEAR.search(span.text) or not any(t.lower_.rstrip(".") in MONTHS for t in span):
        return False
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    if any(t.head.pos_ in NOUNS and t.head.i >= span.end and t.dep_ in ("det", "compound", "nummod", "amod", "nmod")
           and determined(span, t.head) for t in outside):
        return True
    return any(t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in NOUNS
               and t.head.head.lower_ not in TIME_NOUNS for t in outside)


TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "end", "beginning",
              "start", "middle", "spring", "summer", "autumn", "fall", "winter", "date"}  # "the month of December"


def determined(span, noun) -> bool:
    """The expression sits after a determiner or a possessive: "the 4 October declaration", "the
    DPRK's March 30 statement", or after "and" in a name of the same kind ("the 15 June Joint
    Declaration and 4 October Declaration"); not "on 4 and 5 September Mongolia hosted"."""
    before = span.doc[span.start - 1] if span.start else None
    if span[0].lower_ == "the" or before is not None and before.tag_ in ("DT", "PRP$", "POS"):
        return True
    return (before is not None and before.lower_ in ("and", "or") and noun.is_title
            and noun.dep_ not in ("nsubj", "nsubjpass") and noun.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON"))


def lead_event(doc: Doc, timexes: list[TimexRecord]) -> Optional[EventRecord]:
    """The news of the day: the article's first sentence, reported in the past or present perfect
    and carrying no date of its own, happened on (or just before) the publication date."""
    published = doc._.publication_date
    first = next((s for s in doc.sents if s.text.strip()), None)
    if published is None or first is None or not has_verb(first, finite_past=True) or asks(first) \
            or not tells_of_someone(first):
        return None  # ("What was the question?", opening a briefing's excerpt, reports nothing)
    if any(first.start_char <= t.start < first.end_char for t in timexes if t.range_start):
        return None
    last = doc._.publication_latest or published  # a document of one of several days: all of them
    earliest = published - dt.timedelta(days=LEAD_DAYS_BEFORE)
    return event_of(doc, first, LEAD_EXPRESSION, earliest.isoformat(), last.isoformat())


def tells_of_someone(sentence) -> bool:
    """Its main verb has a subject that is not the speaker or the listener, nor an empty "there": not
    "I wanted to first loop back on the hack.", "you were all relatively quick to point the finger",
    "There was a good level of connection", "(As interpreted.)"."""
    root = sentence.root
    subject = subject_of(root) or next((c for c in root.children if c.dep_ in ("csubj", "csubjpass", "expl")), None)
    if subject is None:  # (the parser's miss: "According to Gowdy, Congressional probing … was responsible")
        return sum(t.is_alpha for t in sentence) > 3
    return subject.lower_ not in ("i", "you") and subject.dep_ != "expl"


def has_verb(sentence, finite_past: bool = False) -> bool:
    if finite_past:
        return any(t.tag_ in ("VBD", "VBN") and t.dep_ in ("ROOT", "conj") for t in sentence)
    return any(t.pos_ in ("VERB", "AUX") for t in sentence)


def event_of(doc: Doc, sentence, expression: str, start: str, end: str) -> EventRecord:
    analysis = doc._.actors
    actors: list[str] = []
    for token in sentence:
        key = analysis.actor_of(token) if analysis else None
        if key and key not in actors:
            actors.append(key)
    return EventRecord(start=sentence.start_char, end=sentence.end_char, text=sentence.text.strip(),
                       expression=expression, date_start=start, date_end=end, actors=actors,
                       counts=counts_in(sentence))
