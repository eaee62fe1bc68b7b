"""One entry per real event: reports of the same event merged, with all their sources (issue #19)."""
from __future__ import annotations

import datetime as dt

from generator.counts import counts_in
from generator.extract import extract_one
from generator.knowledge import build_knowledge_base
from generator.model import Article, CuratedData, Event
from generator.render import Renderer, SiteInfo
from generator.same_events import merge_into_curated, merge_same_events, note_disagreeing_counts, take_in

from .conftest import make_article


def report(event_id: str, article: str, date: str, text: str, expression: str, end: str = "") -> Event:
    """A document's dated report, of one date or from `date` to `end`."""
    return Event(id=event_id, article=article, expression=expression, date_start=date, date_end=end or date,
                 text=text, actors=[], timeline=None, paragraph=1)


def knowledge_of_one(nlp, text: str, published: dt.date, article_id: str):
    """The knowledge base of one article read by the real pipeline."""
    doc = make_article(text, published, article_id)
    return build_knowledge_base([doc], [extract_one(doc, nlp)], CuratedData())


def entries_by_opening(kb, day: str) -> dict[str, Event]:
    """The entries of a day by the first twelve characters of their sentence."""
    return {e.text[:12]: e for e in kb.events if e.date_start == day}


def openings_merged_into(kb, entry: Event) -> list[str]:
    return [kb.reports[i].text[:12] for i in entry.also_reported]


def articles(*dated: tuple[str, str]) -> dict[str, Article]:
    return {a: Article(id=a, path=f"{a}.md", title=a, body="", date=dt.date.fromisoformat(d)) for a, d in dated}


def test_two_documents_naming_the_same_event_on_the_same_day_make_one_entry():
    found = [report("a-e1", "a", "2006-10-09", "North Korea carried out its first nuclear test on 9 October 2006.",
                    "9 October 2006"),
             report("b-e1", "b", "2006-10-09", "The first nuclear test, on 9 October 2006, shocked the region.",
                    "9 October 2006")]
    kept, merged = merge_same_events(found, articles(("a", "2006-10-10"), ("b", "2009-05-25")))
    assert [e.id for e in kept] == ["a-e1"] and [e.id for e in merged] == ["b-e1"]
    assert kept[0].also_reported == ["b-e1"] and kept[0].other_dates == {}


def test_sources_that_date_a_named_event_differently_are_named_on_its_entry():
    found = [report("a-e1", "a", "2006-10-09", "Its first nuclear test on 9 October 2006 was condemned.", "9 October 2006"),
             report("b-e1", "b", "2006-10-09", "After the first nuclear test on 9 October 2006, talks stalled.",
                    "9 October 2006"),
             report("c-e1", "c", "2006-10-10", "The first nuclear test, on 10 October 2006, came first.",
                    "10 October 2006")]
    kept, merged = merge_same_events(found, articles(("a", "2007-01-01"), ("b", "2008-01-01"), ("c", "2006-11-01")))
    entry = kept[0]
    assert len(kept) == 1 and entry.date_start == "2006-10-09"  # the date most sources give
    assert entry.id == "a-e1"  # the first document to give that date
    assert entry.other_dates == {"2006-10-10": ["c-e1"]}


def test_reports_that_name_no_event_or_other_events_stay_apart():
    found = [report("a-e1", "a", "2016-03-02", "We welcomed the vote today.", "today"),
             report("b-e1", "b", "2016-03-02", "The President spoke with Prime Minister Abe today.", "today"),
             report("c-e1", "c", "2009-05-25", "Its second nuclear test on 25 May 2009 followed.", "25 May 2009"),
             report("d-e1", "d", "2016-01-06", "The second nuclear test was in 2009; the fourth nuclear test on "
                    "6 January 2016 was larger.", "6 January 2016")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-02"), ("b", "2016-03-02"), ("c", "2010-01-01"),
                                                     ("d", "2016-02-01")))
    assert merged == [] and len(kept) == 4


def test_a_timeline_entry_lists_every_report_and_the_date_they_disagree_on(nlp):
    texts = [("North Korea carried out its first nuclear test on 9 October 2006, officials said.", "2006-10-10"),
             ("Talks stalled after the first nuclear test on 9 October 2006.", "2007-02-01"),
             ("The first nuclear test, on 10 October 2006, isolated Pyongyang further.", "2008-03-01")]
    docs = [make_article(text, dt.date.fromisoformat(date), f"doc-{n}") for n, (text, date) in enumerate(texts)]
    kb = build_knowledge_base(docs, [extract_one(d, nlp) for d in docs], CuratedData())
    on_the_day = [e for e in kb.events if e.date_start.startswith("2006-10")]
    assert len(on_the_day) == 1
    entry = on_the_day[0]
    assert entry.date_start == "2006-10-09" and entry.article == "doc-0"
    assert set(entry.also_reported) == {e.id for e in kb.reports.values()} and len(entry.also_reported) == 2
    page = Renderer(kb, None, SiteInfo()).render_all()["timelines/all-events/2006.md"]
    assert "\n    - also reported in 2 more: " in page and "(../../articles/doc-1.md#p-1)" in page  # nested under it
    assert "\n    - **the sources disagree on the date**: 10 October 2006 in [Test &#40;1 March 2008&#41;]" \
           "(../../articles/doc-2.md#p-1)" in page


def test_a_month_and_a_day_of_a_rare_event_are_one_entry_dated_to_the_day():
    found = [report("a-e1", "a", "2005-09", "In the Joint Statement of September 2005, the six agreed.", "September 2005"),
             report("b-e1", "b", "2005-09-19", "The Joint Statement of 19 September 2005 set the goal.",
                    "19 September 2005")]
    kept, merged = merge_same_events(found, articles(("a", "2009-04-14"), ("b", "2006-09-19")))
    assert [e.id for e in kept] == ["b-e1"] and kept[0].date_start == "2005-09-19"
    assert kept[0].also_reported == ["a-e1"] and kept[0].other_dates == {}  # a month is no other date


def test_two_summits_in_a_month_each_to_the_day_keep_a_month_apart():
    found = [report("a-e1", "a", "2012-03-05", "The summit on 5 March 2012 opened.", "5 March 2012"),
             report("b-e1", "b", "2012-03-27", "The summit on 27 March 2012 closed.", "27 March 2012"),
             report("c-e1", "c", "2012-03", "The summit in March 2012 was a success.", "March 2012")]
    kept, merged = merge_same_events(found, articles(("a", "2012-03-06"), ("b", "2012-03-28"), ("c", "2012-04-01")))
    assert merged == [] and len(kept) == 3


def test_a_coming_months_vote_told_by_its_winners_and_ballots_is_one_entry_but_not_a_past_months():
    found = [report("a-e1", "a", "2016-11", "If she wins in November, she will sign the bill.", "November"),
             report("b-e1", "b", "2016-11", "Millions are eligible to cast a ballot in November.", "November"),
             report("c-e1", "c", "2016-11", "The party looks toward November's election.", "November"),
             report("d-e1", "d", "2016-11", "The company reports its earnings in November.", "November"),
             report("h-e1", "h", "2016-07-25", "On Monday, Sanders said Clinton must win in November.", "Monday"),
             report("h-e2", "h", "2016-11", "On Monday, Sanders said Clinton must win in November.", "November"),
             report("e-e1", "e", "2016-03", "Sanders wins in March, his aides said.", "March"),
             report("f-e1", "f", "2016-03", "Clinton won in March.", "March"),  # a month gone: which contest?
             report("g-e1", "g", "2016-03", "Cruz beat him in March.", "March")]
    kept, merged = merge_same_events(found, articles(("a", "2016-07-01"), ("b", "2016-07-02"), ("c", "2016-08-01"),
                                                     ("d", "2016-07-03"), ("e", "2016-04-01"), ("f", "2016-04-01"),
                                                     ("g", "2016-04-02"), ("h", "2016-07-26")))
    assert [e.id for e in kept] == ["a-e1", "d-e1", "h-e1", "h-e2", "e-e1", "f-e1", "g-e1"]
    assert kept[0].also_reported == ["b-e1", "c-e1"]


def test_a_days_primaries_in_one_country_are_one_entry_but_an_election_or_another_countrys_vote_its_own():
    found = [report("a-e1", "a", "2016-03-15", "He may drop out before Tuesday's Florida primary.", "Tuesday"),
             report("b-e1", "b", "2016-03-15", "Kasich won the Ohio primary on Tuesday.", "Tuesday"),
             report("c-e1", "c", "2016-03-15", "Rubio's candidacy is on the line in his state's primary on Tuesday.",
                    "Tuesday"),
             report("d-e1", "d", "2016-03-15", "Missouri's Democratic caucuses on Tuesday were close.", "Tuesday"),
             report("e-e1", "e", "2016-03-15", "The Mexican primary on Tuesday went to a runoff.", "Tuesday"),
             report("f-e1", "f", "2016-03-15", "The Senate vote on Tuesday failed.", "Tuesday"),
             report("g-e1", "g", "2016-03-15", "Peru's presidential election on Tuesday was close.", "Tuesday")]
    kept, merged = merge_same_events(found, articles(*((a, "2016-03-16") for a in "abcdefg")))
    assert [e.id for e in kept] == ["a-e1", "e-e1", "f-e1", "g-e1"]
    assert kept[0].also_reported == ["b-e1", "c-e1", "d-e1"]


def test_a_days_votes_are_also_told_by_a_region_a_states_vote_who_won_which_state_or_its_voters():
    found = [report("a-e1", "a", "2016-04-26", "Trump dominated the news after his romp Tuesday in the Northeast "
                    "primaries.", "Tuesday"),
             report("b-e1", "b", "2016-04-26", "He may bounce back Tuesday when his home state of Pennsylvania votes.",
                    "Tuesday"),
             report("c-e1", "c", "2016-04-26", "Her victories in Pennsylvania, Maryland and Delaware on Tuesday "
                    "accelerate the shift.", "Tuesday"),
             report("d-e1", "d", "2016-04-26", "The sketch aired after Sanders' win in Rhode Island on Tuesday.",
                    "Tuesday"),
             report("e-e1", "e", "2016-04-26", "Tuesday marks four weeks since Trump won the Wisconsin primary.",
                    "Tuesday"),
             report("f-e1", "f", "2016-04-26", "Tuesday's vote in the Senate failed.", "Tuesday"),
             report("g-e1", "g", "2016-04-26", "Voters in Maryland were asked a series of questions upon leaving "
                    "the polls Tuesday.", "Tuesday"),
             report("h-e1", "h", "2016-04-26", "Speaking Tuesday in Florida, Trump claimed credit for the higher "
                    "turnout.", "Tuesday"),
             report("i-e1", "i", "2016-04-26", "Cruz is highlighting his Maryland win over Trump on Tuesday.",
                    "Tuesday"),
             report("j-e1", "j", "2016-04-26", "Clinton had a good night Tuesday, winning the key states of "
                    "Pennsylvania and Maryland.", "Tuesday"),
             report("k-e1", "k", "2016-04-26", "Majorities of Democrats in five states going to the polls Tuesday "
                    "are satisfied.", "Tuesday"),
             report("l-e1", "l", "2016-04-26", "Her wins Tuesday in Maryland and Pennsylvania solidify her argument.",
                    "Tuesday")]
    kept, merged = merge_same_events(found, articles(*((a, "2016-04-27") for a in "abcdefghijkl")))
    assert [e.id for e in kept] == ["a-e1", "d-e1", "e-e1", "f-e1", "h-e1"]
    assert kept[0].also_reported == ["b-e1", "c-e1", "g-e1", "i-e1", "j-e1", "k-e1", "l-e1"]


def test_a_days_votes_are_also_told_by_the_delegates_states_give_or_how_many_states_were_won_or_lost():
    found = [report("a-e1", "a", "2016-03-15", "Florida and Ohio vote in the primaries on Tuesday.", "Tuesday"),
             report("b-e1", "b", "2016-03-15", "In all, 691 delegates are up for grabs Tuesday in five states.",
                    "Tuesday"),
             report("c-e1", "c", "2016-03-15", "Sanders, who was swept by Clinton in five states last Tuesday, won "
                    "Idaho.", "last Tuesday"),
             report("d-e1", "d", "2016-03-15", "Clinton is tied with Sanders in delegate-rich California and hopes "
                    "to win enough delegates on Tuesday.", "Tuesday"),
             report("e-e1", "e", "2016-03-15", "Earlier Tuesday, Trump and Clinton won the primaries in Illinois.",
                    "Tuesday"),
             report("f-e1", "f", "2016-03-15", "Trump has won several states on Tuesday:", "Tuesday")]
    kept, merged = merge_same_events(found, articles(*((a, "2016-03-16") for a in "abcdef")))
    assert [e.id for e in kept] == ["a-e1", "d-e1"] and kept[0].also_reported == ["b-e1", "c-e1", "e-e1", "f-e1"]


def test_elections_of_one_year_each_told_by_its_year_stay_apart():
    found = [report("a-e1", "a", "2012", "He lost a 2012 parliamentary by-election.", "2012"),
             report("b-e1", "b", "2012", "The film came out before the 2012 presidential election.", "2012")]
    kept, merged = merge_same_events(found, articles(("a", "2015-11-10"), ("b", "2015-12-19")))
    assert merged == [] and len(kept) == 2


def test_a_named_event_dated_only_to_its_year_joins_the_reports_of_it_to_the_day():
    found = [report("a-e1", "a", "2006-10-09", "The first nuclear test on 9 October 2006 shook the region.",
                    "9 October 2006"),
             report("b-e1", "b", "2006", "Its first nuclear test in 2006 changed everything.", "2006"),
             report("c-e1", "c", "2006", "The first missile launch in 2006 failed.", "2006")]  # another event
    kept, merged = merge_same_events(found, articles(("a", "2006-10-10"), ("b", "2010-01-01"), ("c", "2010-01-01")))
    assert {e.id for e in kept} == {"a-e1", "c-e1"} and [e.id for e in merged] == ["b-e1"]
    assert kept[0].other_dates == {}  # a year that holds the day is no other date


def test_an_event_the_year_names_joins_the_reports_of_that_year_unless_they_name_another():
    found = [report("a-e1", "a", "2005-09-19", "The Joint Statement of 19 September 2005 set the goal.",
                    "19 September 2005"),
             report("b-e1", "b", "2005", "We marked the anniversary of the 2005 joint statement.", "2005"),
             report("c-e1", "c", "2009-04-02", "The leaders met at the G20 summit on 2 April 2009.", "2 April 2009"),
             report("d-e1", "d", "2009", "As at the Washington summit in 2009, leaders pledged more.", "2009")]
    kept, merged = merge_same_events(found, articles(("a", "2006-09-19"), ("b", "2017-09-19"), ("c", "2009-04-03"),
                                                     ("d", "2012-03-20")))
    assert [e.id for e in merged] == ["b-e1"] and kept[0].also_reported == ["b-e1"]  # the G20 summit is not Washington's


def test_a_day_a_month_a_partys_other_name_or_a_broadcaster_before_an_event_says_when_or_whose_not_which():
    found = [report("a-e1", "a", "2015-11-14", "Democrats who watched the Saturday debate were unfazed.", "Saturday"),
             report("b-e1", "b", "2015-11-14", "On Saturday in the second Democratic debate, she declined.", "Saturday"),
             report("c-e1", "c", "2015-12-15", "The next GOP debate is scheduled for Dec. 15 on CNN.", "Dec. 15"),
             report("d-e1", "d", "2015-12-15", "Their collisions formed the story of Tuesday's Republican debate.",
                    "Tuesday"),
             # a broadcaster's debate of a day one party debates is that party's
             report("e-e1", "e", "2016-03-03", "He scrapped plans to attend Thursday's Fox News Channel debate.",
                    "Thursday"),
             report("f-e1", "f", "2016-03-03", "We asked which candidate won Thursday's GOP debate.", "Thursday"),
             # two parties' debates of one day are two, and a broadcaster's may be either
             report("g-e1", "g", "2016-03-09", "Wednesday's Democratic debate was calm.", "Wednesday"),
             report("h-e1", "h", "2016-03-09", "Wednesday's Republican debate was not.", "Wednesday"),
             report("i-e1", "i", "2016-03-09", "Wednesday's CNN debate drew millions.", "Wednesday")]
    kept, merged = merge_same_events(found, articles(("a", "2015-11-16"), ("b", "2015-11-18"), ("c", "2015-12-03"),
                                                     ("d", "2015-12-18"), ("e", "2016-03-03"), ("f", "2016-03-07"),
                                                     ("g", "2016-03-10"), ("h", "2016-03-10"), ("i", "2016-03-10")))
    assert {e.id: e.also_reported for e in kept} == {"a-e1": ["b-e1"], "c-e1": ["d-e1"], "e-e1": ["f-e1"],
                                                     "g-e1": [], "h-e1": [], "i-e1": []}


def test_the_first_round_of_the_talks_and_the_first_round_of_talks_are_one_name():
    found = [report("a-e1", "a", "2003-08-27", "The first round of the six-party talks opened on 27 August 2003.",
                    "27 August 2003"),
             report("b-e1", "b", "2003-08-27", "On 27 August 2003 the first round of six-party talks began.",
                    "27 August 2003")]
    kept, merged = merge_same_events(found, articles(("a", "2003-08-28"), ("b", "2004-01-01")))
    assert [e.id for e in merged] == ["b-e1"]


def curated(event_id: str, date: str, text: str, actors: list[str]) -> Event:
    return Event(id=event_id, article=None, expression=date, date_start=date, date_end=date, text=text,
                 actors=actors, timeline="sanctions")


def test_a_curated_entry_takes_in_the_documents_reports_of_its_event():
    resolution = curated("sanctions-1", "2016-03-02", "Resolution 2270, after the nuclear test of 6 January 2016, "
                         "imposes inspections of all cargo.", ["un-security-council"])
    entries = [report("a-e1", "a", "2016-03-02", "The Security Council will vote on the sanctions tomorrow.", "tomorrow"),
               report("b-e1", "b", "2016", "We welcome resolution 2270 (2016) on new sanctions.", "2016"),
               report("c-e1", "c", "2016-01-06", "The nuclear test of 6 January 2016 was condemned.", "6 January 2016"),
               report("d-e1", "d", "2016-03-02", "Congress will vote on the budget tomorrow.", "tomorrow"),
               report("e-e1", "e", "2016-03-02", "They were passed by the Security Council an hour ago.", "an hour ago"),
               report("f-e1", "f", "2016-03-02", "The Senate passed the farm bill today.", "today")]
    entries[0].actors, entries[3].actors = ["un-security-council"], ["congress"]
    entries[4].actors, entries[5].actors = ["un-security-council"], ["senate"]
    resolution.supporting = ["a-e1", "c-e1"]
    kept, joined = merge_into_curated([resolution, *entries], {})
    # not the test its text names with its own date, nor Congress's vote, nor the Senate's
    assert [e.id for e in joined] == ["a-e1", "b-e1", "e-e1"]
    assert resolution.also_reported == ["a-e1", "b-e1", "e-e1"] and resolution.other_dates == {}
    assert resolution.supporting == ["c-e1"] and resolution.date_start == "2016-03-02"  # the curated date stands
    assert {e.id for e in kept} == {"sanctions-1", "c-e1", "d-e1", "f-e1"}


def test_the_resolution_of_the_curated_day_is_its_vote():
    resolution = curated("sanctions-2", "2009-06-12", "Resolution 1874 widens the arms embargo.", ["un-security-council"])
    talked = report("a-e1", "a", "2009-06-12", "He talked about the resolution that resolved today.", "today")
    other_day = report("b-e1", "b", "2009-06-15", "The resolution came up again on Monday.", "Monday")
    kept, joined = merge_into_curated([resolution, talked, other_day], {})
    assert [e.id for e in joined] == ["a-e1"] and resolution.also_reported == ["a-e1"]


def test_an_event_a_curated_entry_dates_itself_is_not_the_entrys_event():
    resolution = curated("sanctions-1", "2006-10-14", "Resolution 1718, after the first nuclear test of 9 October 2006, "
                         "bans trade in heavy arms.", ["un-security-council"])
    test = report("a-e1", "a", "2006", "Its first nuclear test in 2006 isolated it further.", "2006")
    kept, joined = merge_into_curated([resolution, test], {})
    assert joined == [] and resolution.also_reported == []


def test_a_curated_day_is_the_one_such_event_of_its_month_not_of_its_year():
    accord = curated("talks-1", "2007-02-13", "Agreement on initial actions for the joint statement.", [])
    month = report("a-e1", "a", "2007-02", "In February 2007, an agreement was concluded on the first steps.",
                   "February 2007")
    year = report("b-e1", "b", "2007", "In 2007 an agreement was reached on trade.", "2007")
    kept, joined = merge_into_curated([accord, month, year], {})
    assert [e.id for e in joined] == ["a-e1"] and accord.also_reported == ["a-e1"]


def test_each_resolution_of_a_list_is_named_and_joins_its_curated_entry():
    first = curated("sanctions-1", "2006-10-14", "Resolution 1718 bans trade in heavy arms.", ["un-security-council"])
    second = curated("sanctions-2", "2009-06-12", "Resolution 1874 widens the arms embargo.", ["un-security-council"])
    year = report("a-e1", "a", "2009", "Through resolutions 1718 (2006) and 1874 (2009), the Council urged restraint.",
                  "2009")
    kept, joined = merge_into_curated([first, second, year], {})
    assert [e.id for e in joined] == ["a-e1"] and second.also_reported == ["a-e1"] and first.also_reported == []


def test_an_accord_called_by_a_common_noun_joins_the_curated_accord_of_its_month():
    statement = curated("talks-4", "2005-09-19", "Joint Statement of the Fourth Round of the talks.", [])
    agreement = report("a-e1", "a", "2005-09", "They must implement the September 2005 agreement.", "September 2005")
    other_month = report("b-e1", "b", "2005-06", "The June 2005 agreement on trade took effect.", "June 2005")
    bound = report("c-e1", "c", "2005-09", "They must live up to the obligations they entered into in September "
                   "of 2005.", "September of 2005")
    pledged = report("d-e1", "d", "2005-09", "We renew our commitment to non-proliferation in September 2005.",
                     "September 2005")
    kept, joined = merge_into_curated([statement, agreement, other_month, bound, pledged], {})
    assert [e.id for e in joined] == ["a-e1", "c-e1"]


def test_a_proper_named_event_tells_itself_apart_like_an_ordinal():
    found = [report("a-e1", "a", "1994-10-21", "The DPRK-US Agreed Framework was signed on 21 October 1994.",
                    "21 October 1994"),
             report("b-e1", "b", "1994", "The 1994 Agreed Framework froze the reactor.", "1994"),
             report("c-e1", "c", "1994", "The 1994 Joint Statement on trade was signed.", "1994")]  # a common noun
    kept, merged = merge_same_events(found, articles(("a", "2003-01-01"), ("b", "2010-01-01"), ("c", "2010-01-01")))
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1"}


def test_the_talks_of_a_month_join_its_curated_round_when_on_its_timeline():
    first_round = curated("talks-1", "2003-08-27", "First round of the six-party talks in Beijing.", [])
    first_round.date_end = "2003-08-29"
    held = report("a-e1", "a", "2003-08", "We welcome the six-party talks held in Beijing last month.", "last month")
    held.timeline = "sanctions"  # its words are the curated timeline's
    elsewhere = report("b-e1", "b", "2003-08", "Trade talks in Geneva stalled last month.", "last month")
    kept, joined = merge_into_curated([first_round, held, elsewhere], {})
    assert [e.id for e in joined] == ["a-e1"]


def test_a_round_a_curated_timeline_calls_by_its_ordinal_alone_takes_in_its_reports():
    round_ = curated("talks-4", "2005-07-26", "Fourth round, in two sessions, ending with a joint statement.", [])
    round_.date_end = "2005-09-19"
    opened = report("a-e1", "a", "2005-07-26", "The fourth round of the six-party talks commenced on 26 July.", "26 July")
    opened.timeline = "sanctions"
    kept, joined = merge_into_curated([round_, opened], {})
    assert [e.id for e in joined] == ["a-e1"]


def test_what_a_briefings_speakers_did_today_is_one_entry_and_a_third_partys_act_its_own(nlp):
    text = ("The leaders met in Seoul.\n\nToday, President Lim and I discussed trade and security. In our talks "
            "today we agreed to hold more exercises. The friendship I have forged with President Lim today will "
            "last. Separately, the central bank today raised its main interest rate. You can't get an answer "
            "from me today. The islands did not come up in the lunch with the Premier, but it came up in the "
            "meeting with the Prime Minister today.")
    kb = knowledge_of_one(nlp, text, dt.date(2022, 5, 21), "remarks")
    today = [e for e in kb.events if e.date_start == "2022-05-21" and e.expression.lower() == "today"]
    # what came up in another meeting that day ("it came up") is no doing of the speakers; what one can't
    # get today ("You can't get an answer from me today") is no event at all
    assert sorted(e.text[:20] for e in today) == ["Separately, the cent", "The islands did not ", "Today, President Lim"]
    occasion = next(e for e in today if e.text.startswith("Today"))
    assert len(occasion.also_reported) == 2 and not any("bank" in kb.reports[i].text for i in occasion.also_reported)
    page = Renderer(kb, None, SiteInfo()).render_all()["timelines/all-events/2022.md"]
    # its other sentences by paragraph, not the document's title twice; two of one paragraph name it once
    assert "\n    - also reported in 2 more: the same document ([¶2](../../articles/remarks.md#p-2))\n" in page


def test_an_entry_of_a_timeline_at_dates_that_hold_one_of_its_entries_reports_it():
    in_2009 = curated("sanctions-2", "2009-06-12", "Resolution 1874 widens the arms embargo.", [])
    in_2016 = [curated("sanctions-5", "2016-03-02", "Resolution 2270 imposes inspections of all cargo.", []),
               curated("sanctions-6", "2016-11-30", "Resolution 2321 caps coal exports.", [])]
    round_of_talks = curated("talks-6", "2005-11-09", "Fifth round, in three sessions.", [])
    round_of_talks.date_end, round_of_talks.timeline = "2007-02-13", "talks"
    entries = [report("a-e1", "a", "2009", "That is what resulted in a very strong set of sanctions last year.",
                      "last year"),
               report("b-e1", "b", "2016", "The sanctions of last year hurt its exports.", "last year"),
               report("c-e1", "c", "2006", "We urge progress in the six-party talks.", "2006")]
    entries[0].timeline = entries[1].timeline = "sanctions"
    entries[2].timeline = "talks"
    kept, joined = merge_into_curated([in_2009, *in_2016, round_of_talks, *entries], {})
    assert [e.id for e in joined] == ["a-e1"] and in_2009.also_reported == ["a-e1"]
    # 2016 holds two resolutions; 2006 lies inside a round that went on for fifteen months
    assert {"b-e1", "c-e1"} <= {e.id for e in kept}


def test_an_entry_speaking_of_two_timelines_reports_the_one_entry_of_either_at_its_dates():
    launch = curated("tests-6", "2012-12-11", "Long-range rocket launch by North Korea.", ["north-korea"])
    launch.date_end, launch.timeline = "2012-12-12", "tests"
    sanctions = curated("sanctions-3", "2013-01-22", "Resolution 2087 condemns the launch.", [])
    regime = report("a-e1", "a", "2012-12-10", "The sanctions regime has not prevented it from launching a long-range "
                    "rocket.", "date of publication", end="2012-12-12")
    regime.timeline = "sanctions"  # the first timeline it speaks of; it speaks of both
    kept, joined = merge_into_curated([launch, sanctions, regime], {}, {"a-e1": {"sanctions", "tests"}})
    assert [e.id for e in joined] == ["a-e1"] and launch.also_reported == ["a-e1"]
    # of its own timeline only, nothing is at its dates
    regime.timeline, launch.also_reported = "sanctions", []
    kept, joined = merge_into_curated([launch, sanctions, regime], {}, {"a-e1": {"sanctions"}})
    assert joined == [] and launch.also_reported == []


def test_an_act_told_only_by_pointing_back_at_it_joins_the_one_curated_entry_of_its_week():
    launch = curated("tests-9", "2012-12-11", "Long-range rocket launch by North Korea, which puts a satellite in "
                     "orbit.", ["north-korea"])
    launch.date_end = "2012-12-12"
    entries = [report("a-e1", "a", "2012-12-10", "Should Americans feel threatened by what the North Koreans did this "
                      "week?", "this week", end="2012-12-16"),
               report("b-e1", "b", "2012-12-10", "We are putting together a response to the provocative actions that "
                      "we saw from the North Koreans this week.", "this week", end="2012-12-16"),
               report("c-e1", "c", "2012-12-12", "That's what the Russians did yesterday.", "yesterday"),
               report("d-e1", "d", "2012-12-01", "Nobody knows what the North Koreans did last month.", "last month",
                      end="2012-12-31"),
               report("e-e1", "e", "2012-12-10", "Officials met in Seoul this week.", "this week", end="2012-12-16"),
               report("f-e1", "f", "2012-12-10", "Their demands led to the actions that have been reported this "
                      "week.", "this week", end="2012-12-16")]
    entries[0].actors, entries[1].actors, entries[2].actors = ["north-koreans"], ["united-states"], ["russia"]
    kept, joined = merge_into_curated([launch, *entries], {})
    # not the Russians' act, not a month's, not a meeting of the week told by its name
    assert [e.id for e in joined] == ["a-e1", "b-e1", "f-e1"] and {"c-e1", "d-e1", "e-e1"} <= {e.id for e in kept}


def test_a_year_of_a_round_and_its_accord_joins_the_one_of_the_kind_its_words_tell():
    round_ = curated("talks-4", "2005-07-26", "Fourth round, in two sessions.", ["north-korea"])
    round_.date_end = "2005-09-19"
    accord = curated("talks-5", "2005-09-19", "Joint Statement of the Fourth Round of the Six-Party Talks.",
                     ["north-korea"])
    entries = [report("a-e1", "a", "2005", "North Korea must honor the commitments that they made in the six-party "
                      "process, in particular in 2005.", "2005"),
               report("b-e1", "b", "2005", "The six-party process went on in 2005.", "2005")]
    for event in (round_, accord, *entries):
        event.timeline = "six-party-talks"
    kept, joined = merge_into_curated([round_, accord, *entries], {})
    # the commitments are the accord's; a year of the talks holds the round and the accord: either
    assert [e.id for e in joined] == ["a-e1"] and accord.also_reported == ["a-e1"] and "b-e1" in {e.id for e in kept}


def test_a_curated_test_dated_by_its_day_in_korea_and_in_washington_takes_in_reports_of_either_day():
    test = curated("tests-7", "2013-02-11", "North Korea's third nuclear test (12 February in Korea, 11 February in "
                   "Washington).", ["north-korea"])
    test.date_end = "2013-02-12"
    entries = [report("a-e1", "a", "2013-02-12", "Resolution 2094 condemns North Korea's February 12 nuclear test.",
                      "February 12"),
               report("b-e1", "b", "2013-02-11", "We condemn the test that we saw yesterday.", "yesterday"),
               report("c-e1", "c", "2013-02-11", "The President spoke with Park yesterday, ahead of the test.",
                      "yesterday"),
               report("d-e1", "d", "2013-02-13", "The Senate held a hearing on the nuclear test today.", "today")]
    entries[0].actors, entries[1].actors = ["north-korea"], ["north-koreans"]  # the North Koreans are its state
    kept, joined = merge_into_curated([test, *entries], {})
    # the call was made before the test; the hearing a day after it
    assert [e.id for e in joined] == ["a-e1", "b-e1"] and {"c-e1", "d-e1"} <= {e.id for e in kept}


def test_a_nuclear_test_of_a_month_told_to_the_day_and_to_the_week_is_one_entry_dated_to_the_day():
    found = [report("a-e1", "a", "2016-01-04", "We are studying the nuclear test the North conducted earlier this "
                    "week.", "earlier this week"),
             report("b-e1", "b", "2016-01-06", "Seismic data confirmed the nuclear test on 6 January.", "6 January")]
    found[0].date_end = "2016-01-07"
    kept, merged = merge_same_events(found, articles(("a", "2016-01-07"), ("b", "2016-01-08")))
    assert [(e.id, e.date_start, e.date_end) for e in kept] == [("b-e1", "2016-01-06", "2016-01-06")]


def visit_report(event_id: str, article: str, start: str, end: str, text: str, actors: list[str],
                 expression: str) -> Event:
    return Event(id=event_id, article=article, expression=expression, date_start=start, date_end=end, text=text,
                 actors=actors, timeline=None, paragraph=1)


def test_reports_of_one_persons_visit_whose_dates_hold_each_other_make_one_entry():
    found = [visit_report("a-e1", "a", "2015-09", "2015-09", "President Xi was here for a state visit last September.",
                          ["xi-jinping"], "last September"),
             visit_report("b-e1", "b", "2015-09", "2015-11", "President Xi visited the White House last fall.",
                          ["xi-jinping", "united-states"], "last fall"),
             # another leader's visit that month is another event, and so is a visit of Xi's years later
             visit_report("c-e1", "c", "2015-10", "2015-10", "President Park visited the White House last October.",
                          ["park-geun-hye", "united-states"], "last October"),
             visit_report("d-e1", "d", "2017-04", "2017-04", "President Xi visited Mar-a-Lago in April.",
                          ["xi-jinping"], "April")]
    people = frozenset({"xi-jinping", "park-geun-hye"})
    kept, merged = merge_same_events(found, articles(("a", "2016-03-30"), ("b", "2016-01-06"), ("c", "2016-01-01"),
                                                     ("d", "2017-05-01")), people)
    assert sorted(e.id for e in kept) == ["a-e1", "c-e1", "d-e1"] and [e.id for e in merged] == ["b-e1"]
    assert next(e for e in kept if e.id == "a-e1").also_reported == ["b-e1"]  # the finer date keeps the entry


def test_reports_of_a_persons_death_make_one_entry_whoever_else_they_name():
    found = [visit_report("a-e1", "a", "2016-09-05", "2016-09-05", "Phyllis Schlafly, whose campaigns against the Equal "
                          "Rights Amendment galvanized conservatives, died Monday.", ["phyllis-schlafly"], "Monday"),
             visit_report("b-e1", "b", "2016-09-05", "2016-09-05", "Conservative icon Phyllis Schlafly, who died Monday, "
                          "used her final column to praise Donald Trump.", ["phyllis-schlafly", "donald-trump"], "Monday"),
             visit_report("c-e1", "c", "2016-02", "2016-02", "Justice Antonin Scalia died in February, a friend of "
                          "Schlafly's.", ["antonin-scalia", "phyllis-schlafly"], "February")]
    people = frozenset({"phyllis-schlafly", "donald-trump", "antonin-scalia"})
    kept, merged = merge_same_events(found, articles(("a", "2016-09-07"), ("b", "2016-09-06"), ("c", "2016-03-01")),
                                     people)
    # (another death, months before, that names her too, is another event)
    assert sorted(sorted([e.id, *e.also_reported]) for e in kept) == [["a-e1", "b-e1"], ["c-e1"]]


def test_reports_of_a_persons_resignation_make_one_entry_whoever_else_they_name():
    found = [visit_report("a-e1", "a", "2016-07-24", "2016-07-24", "Wasserman Schultz stepped down as DNC chair on July "
                          "24, the day before the convention.", ["debbie-wasserman-schultz"], "July 24"),
             visit_report("b-e1", "b", "2016-07", "2016-07", "Because chairwoman Debbie Wasserman Schultz resigned in "
                          "July, her successor, Donna Brazile, has that authority.",
                          ["debbie-wasserman-schultz", "donna-brazile"], "July")]
    people = frozenset({"debbie-wasserman-schultz", "donna-brazile"})
    kept, merged = merge_same_events(found, articles(("a", "2016-08-01"), ("b", "2016-09-20")), people)
    assert [e.id for e in merged] == ["b-e1"]


def test_reports_of_a_candidates_withdrawal_whose_dates_hold_each_other_make_one_entry():
    found = [visit_report("e-e1", "e", "2016-03-15", "2016-03-15", "Cruz is praising Rubio, who ended his bid for the "
                          "White House Tuesday.", ["ted-cruz", "marco-rubio"], "Tuesday"),
             visit_report("a-e1", "a", "2016-03-15", "2016-03-15", "Rubio ended his bid for the White House on Tuesday.",
                          ["marco-rubio"], "Tuesday"),
             visit_report("b-e1", "b", "2016-03-15", "2016-03-15", "Marco Rubio dropped out of the race earlier Tuesday.",
                          ["marco-rubio"], "earlier Tuesday"),
             visit_report("c-e1", "c", "2016-03", "2016-03", "He is courting delegates won by Marco Rubio, who dropped "
                          "out last month.", ["marco-rubio"], "last month"),
             # another candidate's withdrawal that month is another event
             visit_report("d-e1", "d", "2016-03-04", "2016-03-04", "Ben Carson suspended his campaign on Friday.",
                          ["ben-carson"], "Friday"),
             # a withdrawal is one person's, whoever else each sentence names
             visit_report("f-e1", "f", "2016-03-15", "2016-03-15", "He needs the supporters of Kasich and of Rubio, "
                          "who dropped out on Tuesday.", ["john-kasich", "marco-rubio"], "Tuesday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-16"), ("b", "2016-03-16"), ("c", "2016-04-15"),
                                                     ("d", "2016-03-05"), ("e", "2016-03-16"), ("f", "2016-03-17")),
                                     frozenset({"marco-rubio", "ben-carson", "ted-cruz", "john-kasich"}))
    assert sorted(sorted([e.id, *e.also_reported]) for e in kept) == [
        ["a-e1", "b-e1", "c-e1", "e-e1", "f-e1"], ["d-e1"]]


def test_reports_of_one_endorsement_make_one_entry_but_not_anothers_or_two_of_a_month():
    found = [visit_report("a-e1", "a", "2016-02-22", "2016-02-28", "Chris Christie endorsed Trump last week.",
                          ["chris-christie", "donald-trump"], "last week"),
             visit_report("b-e1", "b", "2016-02-22", "2016-02-28", "In a move that shocked New Jersey, the governor "
                          "endorsed the billionaire last week and has appeared at his rallies since.",
                          ["chris-christie", "donald-trump"], "last week"),
             # another endorser's that week is another event
             visit_report("c-e1", "c", "2016-02-28", "2016-02-28", "Jeff Sessions endorsed Trump on Sunday.",
                          ["jeff-sessions", "donald-trump"], "Sunday"),
             # a month may hold many: Trump endorsing a super PAC, Cruz refusing to endorse Trump
             visit_report("d-e1", "d", "2016-07", "2016-07", "Trump officially endorsed one in July.",
                          ["donald-trump"], "July"),
             visit_report("e-e1", "e", "2016-07", "2016-07", "Cruz refused to endorse Trump during his speech in July.",
                          ["ted-cruz", "donald-trump"], "July")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-01"), ("b", "2016-03-02"), ("c", "2016-03-01"),
                                                     ("d", "2016-08-20"), ("e", "2016-09-23")),
                                     frozenset({"chris-christie", "donald-trump", "jeff-sessions", "ted-cruz"}))
    assert {e.id: e.also_reported for e in kept} == {"a-e1": ["b-e1"], "c-e1": [], "d-e1": [], "e-e1": []}


def test_reports_of_one_persons_phone_call_make_one_entry_but_not_another_months_call():
    found = [visit_report("a-e1", "a", "2016-02-01", "2016-02-07",
                          "President Obama spoke with his Chinese counterpart, President Xi, last week.",
                          ["barack-obama", "xi-jinping"], "last week"),
             visit_report("b-e1", "b", "2016-02", "2016-02", "The President's phone call to Xi Jinping in February helped.",
                          ["xi-jinping"], "February"),
             visit_report("c-e1", "c", "2016-04", "2016-04", "The President spoke with President Xi again in April.",
                          ["xi-jinping"], "April")]
    kept, merged = merge_same_events(found, articles(("a", "2016-02-08"), ("b", "2016-03-30"), ("c", "2016-05-01")),
                                     frozenset({"barack-obama", "xi-jinping"}))
    assert sorted(e.id for e in kept) == ["a-e1", "c-e1"] and [e.id for e in merged] == ["b-e1"]


def test_reports_of_one_persons_meeting_that_day_make_one_entry():
    found = [visit_report("a-e1", "a", "2016-03-31", "2016-03-31",
                          "Then on Thursday the President will host President Xi Jinping for a bilateral meeting.",
                          ["xi-jinping"], "Thursday"),
             visit_report("a-e2", "a", "2016-03-31", "2016-03-31",
                          "A brief comment on the bilat with Chinese President Xi Jinping, which will be Thursday.",
                          ["xi-jinping", "china"], "Thursday"),
             visit_report("b-e1", "b", "2016-09-03", "2016-09-03", "The President met President Xi in Hangzhou on 3 September.",
                          ["xi-jinping"], "3 September")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-30"), ("b", "2016-09-04")),
                                     frozenset({"xi-jinping"}))
    assert sorted(e.id for e in kept) == ["a-e1", "b-e1"] and [e.id for e in merged] == ["a-e2"]


def test_a_persons_conversation_of_a_day_is_the_meeting_of_that_day_but_a_year_tells_none():
    found = [visit_report("a-e1", "a", "2016-05-12", "2016-05-12", "Ryan will meet with Trump on Thursday at the "
                          "party's headquarters.", ["paul-ryan", "donald-trump"], "Thursday"),
             visit_report("b-e1", "b", "2016-05-12", "2016-05-12", "Trump's campaign entered Thursday's conversation "
                          "with Ryan believing it had more leverage.", ["donald-trump", "paul-ryan"], "Thursday"),
             visit_report("c-e1", "c", "2009-12", "2009-12", "In December 2009 Clinton learned of a meeting of the "
                          "leaders and went in.", ["hillary-clinton"], "December 2009"),
             visit_report("d-e1", "d", "2009", "2009", "A book detailed a conversation Clinton had in 2009 at a "
                          "dinner party.", ["hillary-clinton"], "2009")]
    kept, merged = merge_same_events(found, articles(("a", "2016-05-09"), ("b", "2016-05-13"), ("c", "2016-07-01"),
                                                     ("d", "2016-07-02")),
                                     frozenset({"paul-ryan", "donald-trump", "hillary-clinton"}))
    assert sorted(e.id for e in kept) == ["a-e1", "c-e1", "d-e1"] and [e.id for e in merged] == ["b-e1"]


def test_a_plural_name_merges_one_days_reports_but_no_years():
    found = [report("a-e1", "a", "2016-06-21", "We detected and tracked two North Korean missile launches yesterday.",
                    "yesterday"),
             report("a-e2", "a", "2016-06-21", "It was just yesterday that we did detect two missile launches.",
                    "yesterday"),
             report("b-e1", "b", "2016-01-06", "North Korea carried out a nuclear test on 6 January 2016.",
                    "6 January 2016"),
             report("c-e1", "c", "2016", "The nuclear tests of 2016 drew new sanctions.", "2016")]
    kept, merged = merge_same_events(found, articles(("a", "2016-06-22"), ("b", "2016-01-07"), ("c", "2017-01-01")))
    assert sorted(e.id for e in kept) == ["a-e1", "b-e1", "c-e1"] and [e.id for e in merged] == ["a-e2"]


def test_an_ordinal_name_is_also_a_name_of_its_kind():
    found = [report("a-e1", "a", "2009-05", "We supported resolution 1874, on North Korea's nuclear test last May.",
                    "last May"),
             report("b-e1", "b", "2009", "Its second nuclear test was in 2009.", "2009"),
             report("c-e1", "c", "2009", "Its second missile launch was in 2009.", "2009")]  # another kind
    kept, merged = merge_same_events(found, articles(("a", "2009-09-23"), ("b", "2017-09-19"), ("c", "2017-09-19")))
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1"}


def test_a_name_farther_from_its_date_counts_where_no_other_date_or_subject_comes_between():
    found = [report("a-e1", "a", "2010-05", "The agreement achieved at the Review Conference of the Parties to the "
                    "Treaty on the Non-Proliferation of Nuclear Weapons, held in May, is essential.", "May"),
             report("b-e1", "b", "2010-05", "We must ensure the success of the Review Conference of the Parties to "
                    "the Treaty on the Non-Proliferation of Nuclear Weapons, to be held next year in May.", "May"),
             report("c-e1", "c", "2010-05", "The Review Conference of the Parties to the Treaty matters, and I know "
                    "there has been a lot of focus in May on other things.", "May")]
    kept, merged = merge_same_events(found, articles(("a", "2010-09-23"), ("b", "2009-09-23"), ("c", "2010-06-01")))
    assert [e.id for e in merged] == ["a-e1"] and {e.id for e in kept} == {"b-e1", "c-e1"}


def test_the_outbreak_of_a_war_is_one_event_however_it_is_told():
    found = [report("a-e1", "a", "1950", "Sixty years after the outbreak of the Korean War in 1950, threats remain.",
                    "1950"),
             report("b-e1", "b", "1950", "When the Korean War broke out two years later, UN forces defended us.",
                    "two years later"),
             report("c-e1", "c", "1950", "In 1950 the Korean War raged and the city fell.", "1950")]  # no outbreak
    kept, merged = merge_same_events(found, articles(("a", "2010-09-23"), ("b", "2011-09-21"), ("c", "2012-01-01")))
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1"}


def test_speeches_that_name_one_person_in_a_month_are_not_that_persons_one_speech():
    found = [visit_report("a-e1", "a", "2016-07-21", "2016-07-21", "Trump will accept the nomination Thursday during "
                          "his acceptance speech.", ["donald-trump"], "Thursday"),
             visit_report("b-e1", "b", "2016-07", "2016-07", "Trump's rhetoric following Khizr Khan's speech at last "
                          "month's convention was not beyond the pale.", ["donald-trump", "khizr-khan"], "last month"),
             visit_report("c-e1", "c", "2016-07", "2016-07", "Cruz refused to endorse Trump during a prime-time speech "
                          "at the convention in July.", ["ted-cruz", "donald-trump"], "July")]
    kept, merged = merge_same_events(found, articles(("a", "2016-07-19"), ("b", "2016-08-05"), ("c", "2016-09-26")),
                                     frozenset({"donald-trump", "khizr-khan", "ted-cruz"}))
    assert merged == [] and len(kept) == 3


def test_a_day_named_after_an_event_names_no_event_of_the_sentence():
    found = [report("a-e1", "a", "2016-11-08", "Ads are beginning to roll in with 70 days remaining until Election Day.",
                    "Election Day"),
             report("b-e1", "b", "2016-11-08", "The group urged people to vote for him on Election Day.",
                    "Election Day")]
    kept, merged = merge_same_events(found, articles(("a", "2016-09-04"), ("b", "2016-08-10")))
    assert merged == [] and len(kept) == 2


def test_a_persons_event_told_far_from_the_date_or_among_other_people_is_not_the_persons():
    found = [visit_report("a-e1", "a", "2016-09-07", "2016-09-07", "In his speech earlier Wednesday, Trump proclaimed "
                          "a goal.", ["donald-trump"], "Wednesday"),
             visit_report("b-e1", "b", "2016-09", "2016-11", "The man who wrote the speech delivered by the mother "
                          "of a victim says he won't vote for Donald Trump this fall.", ["donald-trump"], "this fall"),
             visit_report("c-e1", "c", "2012-01", "2012-01", "Obama's 2012 visit followed one by Hillary Clinton, "
                          "and a trip by Senator McConnell a month later.",
                          ["barack-obama", "hillary-clinton", "mitch-mcconnell"], "a month later"),
             visit_report("d-e1", "d", "2012", "2012", "Earlier in 2012, an ambassador wrote to Mrs. Clinton about a "
                          "visit to Ukraine by Chelsea Clinton.", ["hillary-clinton", "chelsea-clinton"], "2012")]
    people = frozenset({"donald-trump", "barack-obama", "hillary-clinton", "mitch-mcconnell", "chelsea-clinton"})
    kept, merged = merge_same_events(found, articles(("a", "2016-09-08"), ("b", "2016-08-17"), ("c", "2016-09-16"),
                                                     ("d", "2016-08-22")), people)
    assert merged == [] and len(kept) == 4


def test_two_documents_telling_the_same_thing_in_mostly_the_same_words_make_one_entry():
    found = [report("a-e1", "a", "2014", "There was a ballistic missile defense system that was moved to Alaska in "
                    "2014.", "2014"),
             report("b-e1", "b", "2014", "There were a number of anti-ballistic missile capabilities that were moved "
                    "to Alaska in 2014.", "2014"),
             report("c-e1", "c", "2014", "A ballistic missile defense system was moved to Guam in 2014 as well.",
                    "2014"),  # another place, fewer words in common
             report("d-e1", "d", "2006", "The council adopted resolution 1718 in 2006 by a unanimous vote.", "2006"),
             report("e-e1", "e", "2006", "The council adopted resolution 1695 in 2006 by a unanimous vote.", "2006")]
    found[2].actors, found[0].actors = ["guam"], ["alaska"]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-04"), ("b", "2016-04-26"), ("c", "2016-05-01"),
                                                     ("d", "2010-01-01"), ("e", "2011-01-01")))
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1", "d-e1", "e-e1"}


def test_two_documents_telling_a_day_mostly_in_the_shorter_ones_words_make_one_entry():
    found = [report("a-e1", "a", "2016-02-08", "On Monday, Clinton tried to turn the tables, portraying Sanders as "
                    "hypocritical because he had accepted money from Wall Street firms.", "Monday"),
             report("b-e1", "b", "2016-02-08", "On Monday, Hillary Clinton sought to turn the tables on Sanders, who "
                    "for weeks had highlighted the millions of dollars in contributions and speaking fees she received "
                    "from Wall Street firms, to call into question her independence.", "Monday"),
             # a long sentence on another thing of that day at the same place
             report("c-e1", "c", "2016-09-26", "Trump and Clinton meet for the first presidential debate Monday at "
                    "Hofstra University.", "Monday"),
             report("d-e1", "d", "2016-09-26", "Green Party presidential candidate Jill Stein was escorted off the "
                    "premises of Hofstra University on Monday, hours before Trump and Clinton met for the first "
                    "presidential debate, after she tried to enter the media filing center with a pass.", "Monday")]
    found[0].actors = found[1].actors = ["hillary-clinton", "bernie-sanders"]
    found[2].actors = ["donald-trump", "hillary-clinton", "hofstra-university"]
    found[3].actors = ["jill-stein", "hofstra-university", "donald-trump", "hillary-clinton"]
    kept, merged = merge_same_events(found, articles(("a", "2016-02-09"), ("b", "2016-02-10"), ("c", "2016-09-26"),
                                                     ("d", "2016-09-27")))
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1", "d-e1"}


def test_a_name_after_a_date_and_a_conjunction_belongs_to_the_next_date():
    found = [report("a-e1", "a", "1992", "The adoption of the North-South Joint Declaration on the Denuclearization "
                    "of the Korean Peninsula in 1992 and of the Agreed Framework between the two in 1994 matters.",
                    "1992"),
             report("b-e1", "b", "1992", "The 1992 North-South Joint Declaration on the Denuclearization of the "
                    "Korean Peninsula must be honoured.", "1992"),
             report("c-e1", "c", "1994", "The Agreed Framework was signed in 1994.", "1994")]
    kept, merged = merge_same_events(found, articles(("a", "2008-09-23"), ("b", "2005-09-17"), ("c", "2009-01-01")))
    assert [e.id for e in merged] == ["a-e1"] and {e.id for e in kept} == {"b-e1", "c-e1"}


def test_an_entry_whose_reports_count_differently_names_each_count_and_its_source(nlp):
    texts = [("This year alone, North Korea has launched a total of 21 ballistic missiles.", "2016-09-20"),
             ("North Korea has also fired 22 ballistic missiles this year alone, amounting to one ballistic "
              "missile almost every 10 days.", "2016-09-21"),  # the rate is no count
             ("North Korea has launched 21 ballistic missiles this year alone, officials said.", "2016-09-22")]
    docs = [make_article(text, dt.date.fromisoformat(date), f"doc-{n}") for n, (text, date) in enumerate(texts)]
    kb = build_knowledge_base(docs, [extract_one(d, nlp) for d in docs], CuratedData())
    entry = next(e for e in kb.events if e.date_start == "2016")
    assert entry.other_counts == {"missile": {"21 ballistic missiles": ["doc-0-e1", "doc-2-e1"],
                                              "22 ballistic missiles": ["doc-1-e1"]}}
    page = Renderer(kb, None, SiteInfo()).render_all()["timelines/all-events/2016.md"]
    assert "\n    - **the sources disagree on the count**: “21 ballistic missiles” in [this entry&#39;s source]" \
           "(../../articles/doc-0.md#p-1), [Test &#40;22 September 2016&#41;](../../articles/doc-2.md#p-1); " \
           "“22 ballistic missiles” in [Test &#40;21 September 2016&#41;](../../articles/doc-1.md#p-1)" in page


def test_reports_that_give_one_count_in_words_and_figures_claim_no_disagreement():
    found = [report("a-e1", "a", "2016", "North Korea fired six missiles this year.", "this year"),
             report("b-e1", "b", "2016", "North Korea has fired 6 missiles this year.", "this year")]
    found[0].counts, found[1].counts = {"missile": "six missiles"}, {"missile": "6 missiles"}
    kept, merged = merge_same_events(found, articles(("a", "2016-09-20"), ("b", "2016-09-21")))
    note_disagreeing_counts(kept, {e.id: e for e in merged})
    assert len(kept) == 1 and kept[0].other_counts == {}


def test_a_sentence_counts_things_not_units_of_time_nor_what_it_counts_twice(nlp):
    doc = nlp("Two years later, the 10 warships sailed for three days with 2,000 sailors in 2016.")
    assert counts_in(doc) == {"warship": "10 warships", "sailor": "2,000 sailors"}
    assert counts_in(nlp("They fired two missiles on Monday and three missiles on Tuesday.")) == {}


def test_a_bare_kind_in_a_document_is_the_one_fuller_name_of_that_kind_it_gives():
    found = [report("a-e1", "a", "2016-01-06", "We are studying the nuclear test the North conducted on 6 January.",
                    "6 January"),
             report("a-e2", "a", "2016-01", "This is no reaction to the test we saw in January.", "January"),
             report("b-e1", "b", "2016-01-03", "The missile test on 3 January failed.", "3 January"),
             report("b-e2", "b", "2016-01-06", "The nuclear test on 6 January did not.", "6 January"),
             report("b-e3", "b", "2016-01", "The test in January worried Tokyo.", "January")]  # which test?
    kept, merged = merge_same_events(found, articles(("a", "2016-01-07"), ("b", "2016-02-01")))
    assert sorted(e.id for e in merged) == ["a-e2", "b-e2"] and {e.id for e in kept} == {"a-e1", "b-e1", "b-e3"}


def test_a_persons_visit_told_less_than_to_the_day_joins_only_as_a_visit_already_made():
    found = [visit_report("a-e1", "a", "2016-09-25", "2016-09-25", "Clinton plans to visit Charlotte on Sunday.",
                          ["hillary-clinton"], "Sunday"),
             visit_report("b-e1", "b", "2016-09", "2016-11", "Clinton's visit comes as officials scramble to finish a "
                          "plan by the fall.", ["hillary-clinton"], "the fall"),  # published in July
             visit_report("c-e1", "c", "2016-09", "2016-09", "Clinton's visit to Charlotte last month drew crowds.",
                          ["hillary-clinton"], "last month")]
    kept, merged = merge_same_events(found, articles(("a", "2016-09-24"), ("b", "2016-07-06"), ("c", "2016-10-05")),
                                     frozenset({"hillary-clinton"}))
    assert [e.id for e in merged] == ["c-e1"] and {e.id for e in kept} == {"a-e1", "b-e1"}


def test_reports_of_a_debate_on_one_day_make_one_entry():
    found = [report("a-e1", "a", "2016-09-26", "At Monday's presidential debate, Clinton cited disparaging remarks.",
                    "Monday"),
             report("b-e1", "b", "2016-09-26", "Instant polls showed Clinton was the winner of Monday's debate.",
                    "Monday"),
             report("c-e1", "c", "2016-10-09", "Sunday's debate in St. Louis was the second.", "Sunday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-09-27"), ("b", "2016-09-28"), ("c", "2016-10-10")))
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1"}


def test_a_debate_about_something_is_an_argument_not_the_debate_of_its_day():
    found = [report("a-e1", "a", "2015-11-14", "The attacks in Paris reframed the contest Saturday, forcing a debate "
                    "about how to wield American power.", "Saturday"),
             report("b-e1", "b", "2015-11-14", "Democrats who watched the Saturday debate were unfazed.", "Saturday"),
             report("c-e1", "c", "2015-11-14", "She was asked about protests at the debate over the weekend.",
                    "the weekend")]
    kept, merged = merge_same_events(found, articles(("a", "2015-11-15"), ("b", "2015-11-16"), ("c", "2015-11-16")))
    assert {e.id for e in kept} == {"a-e1", "b-e1"} and [e.id for e in merged] == ["c-e1"]


def test_reports_of_a_named_event_to_the_year_and_to_the_month_both_join_its_reports_to_the_day():
    found = [report("a-e1", "a", "1994-10-21", "The adoption of the Agreed Framework on 21 October 1994 testified to "
                    "our will.", "21 October 1994"),
             report("b-e1", "b", "1994", "The 1994 Agreed Framework between the two countries was a milestone.", "1994"),
             report("c-e1", "c", "1994-10", "In October 1994 what is known as the Agreed Framework was realized.",
                    "October 1994"),
             report("d-e1", "d", "2002-11", "It halted the supply of fuel oil from November 2002 in violation of the "
                    "Agreed Framework.", "November 2002")]
    kept, merged = merge_same_events(found, articles(("a", "2003-09-23"), ("b", "2005-09-17"), ("c", "2017-09-19"),
                                                     ("d", "2003-09-23")))
    assert {e.id for e in merged} == {"b-e1", "c-e1"} and {e.id for e in kept} == {"a-e1", "d-e1"}


def test_an_event_noun_that_qualifies_another_or_names_an_office_names_no_event():
    found = [report("a-e1", "a", "2016-02-01", "“Rubio will be the flavor of the week,” election law expert Rick Hasen "
                    "tweeted Monday.", "Monday"),
             report("b-e1", "b", "2016-02-01", "The board of elections on Monday rejected both objections and ruled Cruz "
                    "eligible.", "Monday"),
             report("c-e1", "c", "2016-02-01", "Iowa held the first election of the year on Monday.", "Monday"),
             report("d-e1", "d", "2016-02-01", "The election on Monday drew record crowds.", "Monday"),
             report("e-e1", "e", "2016-02-01", "Obama spoke of the raucous election campaign on Monday.", "Monday"),
             report("f-e1", "f", "2016-02-01", "He returned on Monday for the last minutes of a caucus lunch.", "Monday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-02-02"), ("b", "2016-02-02"), ("c", "2016-02-02"),
                                                     ("d", "2016-02-03"), ("e", "2016-02-02"), ("f", "2016-02-02")))
    assert [e.id for e in merged] == ["d-e1"] and {e.id for e in kept} == {"a-e1", "b-e1", "c-e1", "e-e1", "f-e1"}


def test_a_date_of_a_saying_names_no_event_of_that_day():
    said = report("a-e1", "a", "2016-03-15", "Bucher said Tuesday that residents voting as independents in municipal "
                  "elections complained.", "Tuesday")
    said.of_a_saying = True
    found = [said, report("b-e1", "b", "2016-03-15", "The votes are tallied on March 15 in Ohio and Florida.",
                          "March 15")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-16"), ("b", "2016-02-17")))
    assert merged == [] and len(kept) == 2


def test_a_name_before_a_clause_about_another_place_names_no_event_of_its_date():
    found = [report("a-e1", "a", "2015-12-30", "Candidates condemned North Korea's claim to have conducted the test of "
                    "a hydrogen bomb on Wednesday.", "Wednesday"),
             report("a-e2", "a", "2015-12-30", "The apparent test's ripple effects reached New York, where the United "
                    "Nations Security Council on Wednesday called an emergency session.", "Wednesday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-01-05")))
    assert merged == [] and len(kept) == 2


def test_what_a_speaker_said_today_is_not_the_occasion_of_the_briefing():
    reports = [report("a-e1", "a", "2009-06-12", "The actions we took today in New York demonstrate resolve.", "today"),
               report("a-e2", "a", "2009-06-12", "Today we have demonstrated that reckless actions come at a cost.",
                      "today"),
               report("a-e3", "a", "2009-06-12", "As Ambassador Rice said today, the world has taken a step.",
                      "today")]
    for event in reports:
        event.occasion = True
    reports[2].of_a_saying = True
    kept, merged = merge_same_events(reports, articles(("a", "2009-06-12")))
    assert [e.id for e in merged] == ["a-e2"] and {e.id for e in kept} == {"a-e1", "a-e3"}


def test_a_verb_after_its_date_names_no_event_of_that_date():
    found = [report("a-e1", "a", "2016-04-04", "Sanders late Monday acquiesced to debate on the day he proposed.",
                    "late Monday"),
             report("b-e1", "b", "2016-04-04", "De Blasio on Monday intervened: if Sanders would debate, he could "
                    "have a permit.", "Monday"),
             report("c-e1", "c", "2016-04-14", "Clinton offered to debate April 14 in Brooklyn.", "April 14"),
             report("d-e1", "d", "2016-04-14", "The candidates meet at a debate in Brooklyn on Thursday.", "Thursday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-04-05"), ("b", "2016-04-05"), ("c", "2016-04-05"),
                                                     ("d", "2016-04-13")))
    assert [e.id for e in merged] == ["d-e1"] and {e.id for e in kept} == {"a-e1", "b-e1", "c-e1"}


def test_reports_of_a_days_primaries_or_contests_make_one_entry_but_not_another_days():
    found = [report("a-e1", "a", "2016-06-07", "Clinton faces a dire situation in Tuesday's California primary.",
                    "Tuesday"),
             report("b-e1", "b", "2016-06-07", "Trump has no opposition in the California primary on June 7.", "June 7"),
             report("c-e1", "c", "2016-06-07", "Sanders is expected to win the Montana primary on Tuesday.", "Tuesday"),
             report("d-e1", "d", "2016-05-03", "Cruz is stumping ahead of the Indiana primary on Tuesday.", "Tuesday"),
             report("e-e1", "e", "2016-04-26", "Tuesday's contests gave Clinton a nearly insurmountable lead.",
                    "Tuesday"),
             report("f-e1", "f", "2016-04-26", "Clinton is poised to win the contests in five states on Tuesday.",
                    "Tuesday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-05-31"), ("b", "2016-05-28"), ("c", "2016-06-02"),
                                                     ("d", "2016-05-02"), ("e", "2016-04-27"), ("f", "2016-04-25")))
    assert sorted(e.id for e in merged) == ["a-e1", "c-e1", "e-e1"] and {e.id for e in kept} == {"b-e1", "d-e1", "f-e1"}


def test_an_event_a_document_tells_again_by_pointing_back_at_it_is_its_one_entry():
    found = [report("a-e3", "a", "2021-03-20", "We are aware of military activity last weekend by the DPRK.",
                    "last weekend"),
             report("a-e10", "a", "2021-03-20", "What we saw this weekend does not fall in that category.",
                    "this weekend"),
             report("a-e14", "a", "2021-03-20", "We do not see the activity that took place this weekend as closing "
                    "that door.", "this weekend"),
             report("b-e1", "b", "2021-03-20", "What we saw this weekend was a drill.", "this weekend"),
             report("b-e2", "b", "2021-03-20", "Seoul held a vote this weekend.", "this weekend"),
             report("b-e3", "b", "2021-03-20", "Tokyo held a parade this weekend.", "this weekend")]  # which one?
    for event in found:
        event.date_end = "2021-03-21"
    found[0].start, found[1].start, found[2].start = 100, 200, 300
    kept, merged = merge_same_events(found, articles(("a", "2021-03-23"), ("b", "2021-03-23")))
    assert sorted(e.id for e in merged) == ["a-e10", "a-e14"] and kept[0].id == "a-e3"  # the first told keeps it
    assert {e.id for e in kept} == {"a-e3", "b-e1", "b-e2", "b-e3"}
    # words said that point back at something else point at no event of the day
    said = [report("c-e1", "c", "2016-06-26", "Clinton acknowledged Sunday that “just as we have seen there are many "
                   "frustrated people in Britain, there are frustrated people here.”", "Sunday"),
            report("c-e2", "c", "2016-06-26", "New polls released Sunday showed Clinton taking a lead.", "Sunday")]
    said[0].of_a_saying = True
    kept, merged = merge_same_events(said, articles(("c", "2016-06-26")))
    assert merged == []


def test_todays_action_is_the_action_its_document_told_of_today():
    found = [report("a-e1", "a", "2009-06-30", "Treasury today froze the assets of a Hong Kong company.", "today"),
             report("a-e2", "a", "2009-06-30", "And I think today's action demonstrates our seriousness.", "today"),
             report("b-e1", "b", "2009-06-30", "The Commerce Department today fined a shipper.", "today"),
             report("b-e2", "b", "2009-06-30", "The Senate today passed a bill.", "today"),
             report("b-e3", "b", "2009-06-30", "Today's action shows resolve.", "today")]  # which one?
    kept, merged = merge_same_events(found, articles(("a", "2009-06-30"), ("b", "2009-06-30")))
    assert [e.id for e in merged] == ["a-e2"] and kept[0].also_reported == ["a-e2"]


def test_reports_that_count_other_things_claim_no_disagreement():
    found = [report("a-e1", "a", "2016-03-01", "After that, 11 states hold contests on March 1.", "March 1"),
             report("b-e1", "b", "2016-03-01", "Cruz captured two states in the contests on March 1.", "March 1"),
             report("c-e1", "c", "2016-03-01", "Cruz captured three states in the contests on March 1.", "March 1")]
    for event, counts in zip(found, ({"state": "11 states"}, {"state": "two states"}, {"state": "three states"})):
        event.counts, event.actors = counts, ["ted-cruz"]
    found[0].actors = []
    kept, merged = merge_same_events(found, articles(("a", "2016-02-10"), ("b", "2016-03-02"), ("c", "2016-03-02")))
    note_disagreeing_counts(kept, {e.id: e for e in merged})
    # 11 states vote, and Cruz won some: only the two reports of what Cruz won disagree
    assert len(kept) == 1 and kept[0].other_counts == {"state": {"two states": ["b-e1"], "three states": ["c-e1"]}}


def test_reports_of_one_event_that_say_other_things_claim_no_disagreement_on_a_count():
    found = [report("a-e1", "a", "2016-02-07", "North Korea's rocket launch on 7 February put two satellites in "
                    "orbit, state media said.", "7 February"),
             report("b-e1", "b", "2016-02-07", "After the rocket launch on 7 February, Japan said three of its "
                    "satellites were tracking the debris.", "7 February")]
    found[0].counts, found[1].counts = {"satellite": "two satellites"}, {"satellite": "three of its satellites"}
    kept, merged = merge_same_events(found, articles(("a", "2016-02-08"), ("b", "2016-02-09")))
    note_disagreeing_counts(kept, {e.id: e for e in merged})
    assert len(kept) == 1 and kept[0].other_counts == {}


def test_a_report_of_a_round_at_dates_partly_in_the_round_joins_neither_the_round_nor_its_last_day():
    round_ = curated("talks-4", "2005-07-26", "Fourth round, in two sessions, ending with a joint statement.", [])
    round_.date_end = "2005-09-19"
    statement = curated("talks-5", "2005-09-19", "Joint Statement of the Fourth Round of the Six-Party Talks.", [])
    # "last week" in a statement of one of the days 17 to 27 September: some week from 5 to 25 September
    resumed = report("a-e1", "a", "2005-09-05", "The fourth round of the six-party talks resumed last week.", "last week")
    resumed.date_end, resumed.timeline = "2005-09-25", "sanctions"
    within_the_round = report("b-e1", "b", "2005-09-12", "The fourth round of the six-party talks resumed on Tuesday.",
                              "Tuesday")
    within_the_round.timeline = "sanctions"
    kept, joined = merge_into_curated([round_, statement, resumed, within_the_round], {})
    assert [e.id for e in joined] == ["b-e1"] and round_.also_reported == ["b-e1"] and statement.also_reported == []


def test_a_named_event_told_by_its_century_joins_the_one_year_it_is_told_by():
    found = [report("a-e1", "a", "1953", "The Korean Armistice Agreement was signed in 1953.", "1953"),
             report("b-e1", "b", "1900", "Sixty years have passed since the signing of the Armistice Agreement last "
                    "century.", "last century", end="1999"),
             report("c-e1", "c", "1994", "The Agreed Framework of 1994 froze the reactor.", "1994"),
             report("d-e1", "d", "1998", "The Agreed Framework was shaken in 1998.", "1998"),
             report("e-e1", "e", "1900", "The Agreed Framework was the last accord of the century.", "the century",
                    end="1999")]
    kept, merged = merge_same_events(found, articles(("a", "2015-10-01"), ("b", "2013-09-24"), ("c", "2003-01-01"),
                                                     ("d", "2003-01-01"), ("e", "2003-01-01")))
    assert [e.id for e in merged] == ["b-e1"] and kept[0].also_reported == ["b-e1"]
    assert {e.id for e in kept} == {"a-e1", "c-e1", "d-e1", "e-e1"}  # a century holding two years tells neither


def test_a_name_with_its_own_date_beside_it_names_no_event_of_the_sentences_other_date():
    vowed = "Mr. Sanders's campaign vowed Tuesday to remain in the fight through the California primary on June 7."
    found = [report("a-e1", "a", "2016-04-26", "Tuesday's primaries in five states went to Clinton.", "Tuesday"),
             report("b-e1", "b", "2016-04-26", vowed, "Tuesday"),
             report("b-e2", "b", "2016-06-07", vowed, "June 7"),
             report("c-e1", "c", "2016-06-07", "The California primary on June 7 will decide it.", "June 7")]
    kept, merged = merge_same_events(found, articles(("a", "2016-04-27"), ("b", "2016-04-28"), ("c", "2016-05-01")))
    assert [e.id for e in merged] == ["c-e1"] and {e.id for e in kept} == {"a-e1", "b-e1", "b-e2"}


def test_a_report_naming_a_days_votes_by_its_week_joins_the_one_day_of_votes_the_week_holds():
    found = [report("a-e1", "a", "2016-04-19", "Tuesday's New York primary went to Clinton.", "Tuesday"),
             report("b-e1", "b", "2016-04-19", "Trump won the New York primary on Tuesday.", "Tuesday"),
             report("c-e1", "c", "2016-04-18", "He may leave if he loses next week's New York primary.", "next week",
                    end="2016-04-24"),
             report("d-e1", "d", "2016-06-04", "She won two contests this weekend.", "this weekend",
                    end="2016-06-05"),  # two days of votes: neither
             report("e-e1", "e", "2016-06-04", "The Virgin Islands caucuses on Saturday went to Clinton.", "Saturday"),
             report("f-e1", "f", "2016-06-05", "The Puerto Rico primary on Sunday went to Clinton.", "Sunday"),
             report("g-e1", "g", "2016-06-05", "Clinton won the Puerto Rico primary on Sunday.", "Sunday"),
             report("h-e1", "h", "2016-04-18", "The lawsuit being filed this week also contests a rule.", "this week",
                    end="2016-04-24"),  # "contests" a verb names no vote
             report("i-e1", "i", "2016-04-18", "Surveys of Connecticut primary voters this week found him ahead.",
                    "this week", end="2016-04-24"),  # another day's primary: not New York's day
             report("j-e1", "j", "2016-04-26", "Clinton won the Connecticut primary on Tuesday.", "Tuesday")]
    kept, merged = merge_same_events(found, articles(("a", "2016-04-20"), ("b", "2016-04-20"), ("c", "2016-04-14"),
                                                     ("d", "2016-06-06"), ("e", "2016-06-05"), ("f", "2016-06-06"),
                                                     ("g", "2016-06-06"), ("h", "2016-04-17"), ("i", "2016-04-25"),
                                                     ("j", "2016-04-27")))
    assert {e.id: e.also_reported for e in kept} == {"a-e1": ["c-e1", "b-e1"], "d-e1": [], "e-e1": [],
                                                     "f-e1": ["g-e1"], "h-e1": [], "i-e1": [], "j-e1": []}


def test_a_candidates_result_in_a_state_told_by_its_week_joins_that_states_day_of_votes():
    found = [report("a-e1", "a", "2016-02-01", "Cruz won the Iowa caucuses on Monday.", "Monday"),
             report("b-e1", "b", "2016-02-20", "Trump won the South Carolina primary on Saturday.", "Saturday"),
             report("c-e1", "c", "2016-02-23", "Trump won the Nevada caucuses on Tuesday.", "Tuesday"),
             report("d-e1", "d", "2016-02-01", "Trump faces pressure after a second-place finish in Iowa last week.",
                    "last week", end="2016-02-07"),
             # the week is Nevada's, not South Carolina's, and what is told of Nevada is no result
             report("e-e1", "e", "2016-02-22", "Without a strong showing in South Carolina, Bush may struggle in "
                    "Nevada next week.", "next week", end="2016-02-28")]
    kept, merged = merge_same_events(found, articles(("a", "2016-02-02"), ("b", "2016-02-21"), ("c", "2016-02-24"),
                                                     ("d", "2016-02-08"), ("e", "2016-02-20")))
    assert {e.id: e.also_reported for e in kept} == {"a-e1": ["d-e1"], "b-e1": [], "c-e1": [], "e-e1": []}


def test_a_states_primary_told_by_its_month_is_the_one_its_month_gives_a_day():
    found = [report("a-e1", "a", "2016-02-09", "Sanders won the New Hampshire primary on Tuesday.", "Tuesday"),
             report("b-e1", "b", "2016-02", "Kasich built on his second place in New Hampshire's primary last month.",
                    "last month"),
             report("c-e1", "c", "2016-02", "She plans to cast her first ballot in the New Hampshire primary next "
                    "month.", "next month"),
             report("d-e1", "d", "2016-02-20", "Trump won the South Carolina primary on Saturday.", "Saturday"),
             report("e-e1", "e", "2016-02-27", "Clinton won the South Carolina Democratic primary on Saturday.",
                    "Saturday"),
             report("f-e1", "f", "2016-02", "He campaigned hard before the South Carolina primary last month.",
                    "last month")]
    kept, merged = merge_same_events(found, articles(("a", "2016-02-10"), ("b", "2016-03-01"), ("c", "2016-01-05"),
                                                     ("d", "2016-02-21"), ("e", "2016-02-28"), ("f", "2016-03-02")))
    # South Carolina voted on two days of February: which one "last month" means is unknown
    assert {e.id: e.also_reported for e in kept} == {"a-e1": ["c-e1", "b-e1"], "d-e1": [], "e-e1": [], "f-e1": []}


def test_a_report_naming_any_event_of_a_day_by_its_week_joins_the_one_such_day_the_week_holds():
    found = [report("a-e1", "a", "2016-03-10", "Thursday's debate in Miami was civil.", "Thursday"),
             report("b-e1", "b", "2016-03-10", "Rubio pulled his punches at the debate on Thursday.", "Thursday"),
             report("c-e1", "c", "2016-03-07", "Nobody attacked him at last week's debate.", "last week",
                    end="2016-03-13")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-11"), ("b", "2016-03-12"), ("c", "2016-03-15")))
    assert [e.id for e in kept] == ["a-e1"] and kept[0].also_reported == ["b-e1", "c-e1"]


def test_one_appearance_told_sentence_after_sentence_is_one_entry_but_two_peoples_interviews_are_two(nlp):
    text = ("Cruz faced voters in New York.\n\n"
            "Cruz said Thursday during taping of an MSNBC town hall in Buffalo that states can pass such laws. "
            "He did not apologize for remarks that were played during taping of an MSNBC town hall meeting on "
            "Thursday in Buffalo.\n\n"
            "Jeff Weaver said Thursday in an interview with MSNBC that Clinton lacked judgment. "
            "Joe Biden weighed in as well, telling Mic in an interview on Thursday that the race was close.\n\n"
            "Sanders had lunch with union leaders on Thursday. De Blasio on Thursday intervened: if Sanders would "
            "debate, he could have a permit.")
    kb = knowledge_of_one(nlp, text, dt.date(2016, 4, 15), "buffalo")
    thursday = entries_by_opening(kb, "2016-04-14")
    assert openings_merged_into(kb, thursday["Cruz said Th"]) == ["He did not a"]
    # Weaver's interview and Biden's are two; a lunch and a debate nobody held that day are their own
    assert sorted(thursday) == ["Cruz said Th", "De Blasio on", "Jeff Weaver ", "Joe Biden we", "Sanders had "]


def test_one_persons_press_conference_of_a_day_told_by_two_papers_is_one_entry_but_not_two_rallies():
    def told(event_id: str, article: str, text: str, appearance: str, actors: list[str]) -> Event:
        event = report(event_id, article, "2016-07-05", text, "Tuesday")
        event.appearance, event.actors = appearance, actors
        return event
    found = [told("a-e1", "a", "Comey decided not to recommend charges against Clinton at a press conference Tuesday.",
                  "press conference", ["james-comey", "hillary-clinton"]),
             told("b-e1", "b", "FBI Director James Comey's news conference on Tuesday surprised the campaign.",
                  "press conference", ["james-comey"]),
             told("c-e1", "c", "Clinton held a press conference in Denver on Tuesday.", "press conference",
                  ["hillary-clinton", "james-comey"]),
             told("d-e1", "d", "Trump spoke at a rally in Raleigh on Tuesday.", "rally", ["donald-trump"]),
             told("e-e1", "e", "Trump held a rally in Greensboro on Tuesday.", "rally", ["donald-trump"])]
    people = frozenset({"james-comey", "hillary-clinton", "donald-trump"})
    kept, merged = merge_same_events(found, articles(*((a, "2016-07-06") for a in "abcde")), people)
    # Clinton's own conference is another; a candidate holds several rallies a day
    assert [e.id for e in merged] == ["b-e1"] and {e.id for e in kept} == {"a-e1", "c-e1", "d-e1", "e-e1"}


def test_one_act_of_a_day_told_twice_in_an_article_is_one_entry_but_not_two_doers_or_two_things_done(nlp):
    text = ("Louisville mourned its champion.\n\n"
            "A photo of Ali, who died Friday at age 74, was shown on the screen. Church members paid tribute "
            "to his brother, who died late Friday in an Arizona hospital.\n\n"
            "Stocks on Wall Street ended slightly higher on Friday. Japan's central bank ended a policy meeting on "
            "Friday.\n\n"
            "The President met with Prime Minister Abe on Friday. The President met with President Park on Friday.")
    kb = knowledge_of_one(nlp, text, dt.date(2016, 6, 4), "louisville")
    friday = entries_by_opening(kb, "2016-06-03")
    assert openings_merged_into(kb, friday["A photo of A"]) == ["Church membe"]
    assert sorted(friday) == ["A photo of A", "Japan's cent", "Stocks on Wa", "The Presiden"] \
        and len([e for e in kb.events if e.text.startswith("The President met")]) == 2


def test_one_persons_meetings_of_a_day_with_two_others_are_two_but_one_told_from_either_side_one():
    # the parser missed Obama in the first: the person's meetings would look one, but each is "with" another
    white_house = report("a-e1", "a", "2016-06-09", "Obama was scheduled to meet with Sanders at the White House on "
                         "Thursday.", "Thursday")
    capitol = report("a-e2", "a", "2016-06-09", "Sanders also plans to meet with Reid that day on Capitol Hill.",
                     "that day")
    white_house.actors, white_house.act = ["bernie-sanders"], "meet||sanders"
    capitol.actors, capitol.act = ["bernie-sanders", "harry-reid"], "meet||reid"
    kept, merged = merge_same_events([white_house, capitol], articles(("a", "2016-06-09")),
                                     people=frozenset({"bernie-sanders", "harry-reid"}))
    assert merged == [] and len(kept) == 2
    # one meeting told from either side is one
    ryans = report("b-e1", "b", "2016-05-12", "House Speaker Paul Ryan's office announced that Ryan will meet with "
                   "presumptive nominee Donald Trump on Thursday.", "Thursday")
    trumps = report("c-e1", "c", "2016-05-12", "Trump is scheduled to meet with Ryan and other top congressional "
                    "Republicans this Thursday in Washington.", "this Thursday")
    ryans.actors, ryans.act = ["paul-ryan", "donald-trump"], "meet|ryan|trump"
    trumps.actors, trumps.act = ["donald-trump", "paul-ryan"], "meet||ryan"
    kept, merged = merge_same_events([ryans, trumps], articles(("b", "2016-05-06"), ("c", "2016-05-09")),
                                     people=frozenset({"paul-ryan", "donald-trump"}))
    assert [e.id for e in merged] == ["c-e1"]


def test_what_a_third_party_announced_today_is_not_the_occasion_of_the_briefing(nlp):
    text = ("The leaders met in Seoul.\n\nToday, President Lim and I discussed the North. The North's leaders agreed "
            "to take new confidence-building measures, which were announced today, and we view that as a positive "
            "step. The resolution that we adopted today is the toughest yet.")
    kb = knowledge_of_one(nlp, text, dt.date(2012, 2, 29), "remarks")
    today = entries_by_opening(kb, "2012-02-29")
    # the measures were announced by the North, and the speakers welcomed them: two events of one day
    assert sorted(today) == ["The North's ", "Today, Presi"]
    assert openings_merged_into(kb, today["Today, Presi"]) == ["The resoluti"]


def test_a_countrys_admission_to_a_body_is_one_event_however_told():
    found = [report("a-e1", "a", "1991", "In spite of such ties, it was only with the end of the Cold War, in 1991, "
                    "more than 40 years later, that the Republic of Korea was admitted to the United Nations.", "1991"),
             report("b-e1", "b", "1991", "The two Koreas were admitted separately as Member States to the United "
                    "Nations in 1991.", "1991"),
             report("c-e1", "c", "1991", "For us, 2016 is also a symbolic year: just 25 years ago, the Republic of "
                    "Korea, together with its neighbour, became a State Member of the United Nations.",
                    "just 25 years ago"),
             # another country admitted to the same body that year is another event
             report("d-e1", "d", "1991", "Estonia, free again, was admitted to the United Nations in 1991.", "1991")]
    found[0].actors, found[1].actors = ["united-nations", "south-korea"], ["united-nations"]
    found[2].actors, found[3].actors = ["south-korea", "united-nations"], ["estonia", "united-nations"]
    kept, merged = merge_same_events(found, articles(("a", "2011-09-21"), ("b", "2014-09-24"), ("c", "2016-09-20"),
                                                     ("d", "2001-01-01")))
    assert sorted(e.id for e in kept) == ["a-e1", "d-e1"] and sorted(kept[0].also_reported) == ["b-e1", "c-e1"]


def test_a_round_told_within_a_long_curated_round_of_its_timeline_is_that_round():
    sixth = curated("talks-8", "2007-03-19", "Sixth round, in two sessions.", [])
    sixth.date_end = "2007-09-30"
    latest = report("a-e1", "a", "2007-09-17", "We welcome the progress of the six-party talks, the latest round of "
                    "which took place last week in Beijing.", "last week", end="2007-09-30")
    # between a long round's sessions, the talks told without a round may be anything of them
    talks = report("b-e1", "b", "2007-06-04", "We hope the six-party talks make progress this week.", "this week",
                   end="2007-06-10")
    for entry in (latest, talks):
        entry.timeline = "sanctions"
    kept, joined = merge_into_curated([sixth, latest, talks], {})
    assert [e.id for e in joined] == ["a-e1"] and sixth.also_reported == ["a-e1"]


def test_reports_of_an_attack_on_the_same_day_are_one_event():
    found = [report("a-e1", "a", "2001-09-11", "The Patriot Act was passed after the Sept. 11, 2001, terrorist attacks.",
                    "Sept. 11, 2001"),
             report("b-e1", "b", "2001-09-11", "Riyadh has denied any role in the Sept. 11, 2001, attacks.",
                    "Sept. 11, 2001"),
             report("c-e1", "c", "2012-09-11", "The hearing gave no new facts on the Sept. 11, 2012, attacks on the "
                    "compound in Benghazi.", "Sept. 11, 2012")]
    kept, merged = merge_same_events(found, articles(("a", "2016-03-15"), ("b", "2016-05-19"), ("c", "2016-02-19")))
    assert sorted(e.id for e in kept) == ["a-e1", "c-e1"] and kept[0].also_reported == ["b-e1"]


def test_reports_whose_dates_share_a_day_with_the_entrys_do_not_disagree_on_it():
    test = curated("tests-4", "2009-05-24", "North Korea's second nuclear test (25 May in Korea, 24 May in Washington).",
                   ["north-korea"])
    test.date_end = "2009-05-25"
    weekend = report("a-e1", "a", "2009-05-23", "We are not surprised by what the North Koreans did over the weekend.",
                     "the weekend", end="2009-05-24")
    kept, joined = merge_into_curated([test, weekend], {})
    assert test.also_reported == ["a-e1"] and test.other_dates == {}  # the weekend holds the 24th
    week_before = report("b-e1", "b", "2009-05-16", "We are not surprised by what the North Koreans did the weekend "
                         "before.", "the weekend before", end="2009-05-17")
    take_in(test, week_before)
    # a weekend that holds no day of the entry's disagrees, and is given whole
    assert test.other_dates == {"2009-05-16/2009-05-17": ["b-e1"]}
