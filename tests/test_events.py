"""Dated events: from the articles' temporal expressions, placed on curated timelines, checked against them."""
from __future__ import annotations

import datetime as dt
import json

from generator.curated import load_curated
from generator.extract import extract_one
from generator.knowledge import at_most_a_year, build_knowledge_base
from generator.reader import read_article
from generator.render import timelinejs_json

from .conftest import REPO, SEED_ARTICLE, make_article


def seed_kb(nlp):
    article, _ = read_article(SEED_ARTICLE, REPO)
    return build_knowledge_base([article], [extract_one(article, nlp)], load_curated(REPO / "site_src"))


def test_seed_events_with_their_date_ranges(nlp):
    kb = seed_kb(nlp)
    events = {(e.date_start, e.date_end): e for e in kb.events if e.article}
    assert "six-party talks" in events[("2003", "2009")].text
    assert events[("2003", "2009")].timeline == "six-party-talks"
    assert "six sets of sanctions" in events[("2006", "2017")].text
    assert events[("2006", "2017")].timeline == "un-sanctions"
    in_2016 = [e.text for e in kb.events if e.article and (e.date_start, e.date_end) == ("2016", "2016")]
    assert any("two adopted last year" in t for t in in_2016) and any("five atomic tests" in t for t in in_2016)
    lead = events[("2017-04-26", "2017-04-28")]  # the news of its day or of the two days before
    assert lead.text.startswith("Addressing the UN Security Council for the first time")
    assert {"rex-tillerson", "un-security-council"} <= set(lead.actors)


def test_an_articles_first_sentence_is_the_news_of_its_day_but_a_speechs_or_a_question_is_not(nlp):
    opening = "Human rights have never gone unchallenged in any of our nations.\n\nWe must do better."
    article, speech = make_article(opening, dt.date(2010, 9, 23), "news"), make_article(opening, dt.date(2010, 9, 23))
    speech.kind, speech.speaker = "speech", "Barack Obama"
    assert [(e.expression, e.date_start, e.date_end) for e in extract_one(article, nlp).events] == [
        ("date of publication", "2010-09-21", "2010-09-23")]  # its day or the day or two before
    assert extract_one(speech, nlp).events == []
    question = make_article("What was the question?\n\nThe talks went well.", dt.date(2009, 11, 14), "briefing")
    assert extract_one(question, nlp).events == []
    # a turn of a briefing's excerpt that speaks of the speaker, the listener or nothing tells no news
    for opening in ("I wanted to first loop back on the hack.", "You were all quick to point the finger at them.",
                    "There was a good level of connection with all of the counterparts.", "(As interpreted.)"):
        turn = make_article(f"{opening}\n\nThe talks went well.", dt.date(2015, 4, 8), "briefing")
        assert extract_one(turn, nlp).events == [], opening


def test_today_in_any_present_of_a_speech_is_the_times_but_in_an_article_it_can_be_the_day(nlp):
    text = ("Delegates spoke.\n\nToday our people are striving to build a powerful nation. But today we have "
            "settled down to our work. The Council will adopt the resolution sometime today.")
    article, speech = make_article(text, dt.date(2012, 9, 25), "news"), make_article(text, dt.date(2012, 9, 25))
    speech.kind, speech.speaker = "speech", "Pak Kil Yon"

    def today(document):
        return [e.text[:20] for e in extract_one(document, nlp).events if e.expression.lower() == "today"]
    assert today(speech) == ["The Council will ado"]
    assert today(article) == ["Today our people are", "But today we have se", "The Council will ado"]


def test_curated_entries_carry_the_article_events_of_their_dates_not_a_span_of_years(nlp):
    kb = seed_kb(nlp)
    first_round = next(e for e in kb.events if e.id == "six-party-talks-1")
    assert first_round.source and first_round.source_url.startswith("https://")
    talks_event = next(e for e in kb.events if e.article and e.timeline == "six-party-talks")
    assert (talks_event.date_start, talks_event.date_end) == ("2003", "2009")
    # "from 2003 to 2009" tells of all six rounds, no one of them: it stands as its own entry
    assert not [e for e in kb.events if e.timeline == "six-party-talks" and talks_event.id in e.supporting]
    assert at_most_a_year("2003-08", "2003-08") and at_most_a_year("2005", "2005")
    assert at_most_a_year("2005-11-09", "2006-02-13") and not at_most_a_year("2003", "2009")
    assert kb.notes == []  # the seed agrees with both timelines


def test_a_date_inside_a_quotation_is_not_an_event(analyse):
    record = analyse("“We met them in 2015 and nothing changed,” Tillerson said.")
    assert [e for e in record.events if e.expression == "2015"] == []


def test_dates_move_with_the_publication_date(analyse):
    text = "Ministers met the envoy.\n\nThe council adopted two resolutions last year."
    assert {e.date_start for e in analyse(text, dt.date(2017, 4, 28)).events} >= {"2016"}
    assert {e.date_start for e in analyse(text, dt.date(2010, 1, 5)).events} >= {"2009"}
    assert not [e for e in analyse(text, None).events if e.expression == "last year"]


def test_statement_contradicting_a_timeline_becomes_a_note(nlp):
    article = make_article("Negotiators from six nations sat down again.\n\n"
                           "The five rounds of six-party talks achieved little, the envoy said.",
                           dt.date(2012, 3, 1), "retrospective")
    early = make_article("Ministers say three rounds of six-party talks have failed.", dt.date(2004, 7, 1), "early")
    curated = load_curated(REPO / "site_src")
    kb = build_knowledge_base([article, early], [extract_one(a, nlp) for a in (article, early)], curated)
    [note] = kb.notes
    assert (note.timeline, note.article, note.paragraph) == ("six-party-talks", "retrospective", 2)
    assert note.statement == "five rounds of six-party talks" and "six rounds" in note.expected


def test_timelinejs_export_is_valid_and_escaped(nlp):
    kb = seed_kb(nlp)
    timeline = next(t for t in kb.timelines if t.id == "un-sanctions")
    data = json.loads(timelinejs_json(timeline, [e for e in kb.events if e.timeline == "un-sanctions"],
                                      {a.id: a for a in kb.articles}))
    dates = [e["start_date"] for e in data["events"]]
    assert {"year": 2006, "month": 10, "day": 14} in dates
    assert all("<" not in e["text"]["text"] for e in data["events"])


def test_a_date_that_only_places_a_noun_is_no_event(analyse):
    record = analyse("Tests went on.\n\nNorth Korea conducted its sixth nuclear test on Sunday, the first since "
                     "September last year.", dt.date(2017, 9, 4))
    assert [(e.expression, e.date_start) for e in record.events if e.expression != "date of publication"] == [
        ("Sunday", "2017-09-03")]


def test_a_past_event_is_never_dated_after_publication(analyse):
    record = analyse("Ministers gathered.\n\nThe leaders met on June 10 in Singapore.", dt.date(2017, 4, 28))
    assert [e.date_start for e in record.events if e.expression == "June 10"] == ["2016-06-10"]


def test_a_question_is_not_an_event(analyse):
    record = analyse("Would targeted sanctions differ from what happened in 2006? The council met in 2009.")
    assert [e.date_start for e in record.events if e.expression != "date of publication"] == ["2009"]


def test_a_date_restated_with_its_year_dates_the_sentence_once(analyse):
    record = analyse("The parties met again.\n\nTwo years later, in February 2007, an agreement was concluded on "
                     "the first steps.", dt.date(2017, 9, 19))
    assert [(e.expression, e.date_start) for e in record.events if e.expression != "date of publication"] == [
        ("February 2007", "2007-02")]


def test_a_day_without_its_year_that_names_an_occasion_dates_no_event(analyse):
    record = analyse("Relations worsened.\n\nThey will implement the 15 June joint declaration and the declaration "
                     "of 4 October. They shall honour the 15 June Joint Declaration and 4 October Declaration. In the aftermath of September 11th, policymakers worried. The talks resumed on "
                     "4 October.", dt.date(2012, 9, 25))
    assert [(e.expression, e.date_start) for e in record.events if e.expression != "date of publication"] == [
        ("4 October", "2011-10-04")]  # resumed: past, so the last 4 October before publication


def test_a_day_without_its_year_after_a_time_noun_or_no_determiner_still_dates(analyse):
    record = analyse("Plans were set.\n\nWe arrive on the morning of Sunday, March 18th. On 4 and 5 September "
                     "Mongolia hosted a session.", dt.date(2012, 3, 10))
    dated = [(e.expression, e.date_start) for e in record.events if e.expression != "date of publication"]
    assert ("Sunday, March 18th", "2012-03-18") in dated and any(d.endswith("-09-05") for _, d in dated)


def test_two_expressions_that_tell_one_time_date_one_event(analyse):
    record = analyse("Talks went on.\n\nIt was only in 1991, more than 40 years later, that Korea joined the UN. "
                     "Through the summer of 2005 into autumn, the parties negotiated. The launch came in late March "
                     "and early April, officials said. North Korea said yesterday or early today that it wants the "
                     "drills stopped.", dt.date(2010, 11, 22))
    dated = [(e.date_start, e.date_end) for e in record.events if e.expression != "date of publication"]
    # (the summer of 2005 running on into autumn: June to November 2005, not the autumn of the day of writing)
    assert dated == [("1991", "1991"), ("2005-06", "2005-11"), ("2010-03-21", "2010-04-10"),
                     ("2010-11-21", "2010-11-22")]


def test_a_date_that_holds_another_of_its_sentence_gives_way_to_it(analyse):
    record = analyse("Prizes were given.\n\nThe 2004 Nobel Peace Prize was awarded today to a Kenyan activist. "
                     "Over the past 11 years, six sets of sanctions were imposed, two adopted last year.",
                     dt.date(2004, 12, 10))
    dated = sorted((e.date_start, e.date_end) for e in record.events if e.expression != "date of publication")
    assert dated == [("1993", "2004"), ("2003", "2003"), ("2004-12-10", "2004-12-10")]  # a span stays


def test_a_span_of_a_year_at_most_that_holds_another_date_of_its_sentence_gives_way_to_it(analyse):
    record = analyse("Officials briefed.\n\nJust in the past year we've seen the Christmas Day attempt to blow up "
                     "an airplane. In the last couple of months, we have worked, and in December very closely, with "
                     "the Chinese.", dt.date(2011, 1, 14))
    dated = [(e.expression, e.date_start) for e in record.events if e.expression != "date of publication"]
    assert dated == [("Christmas Day", "2010-12-25"), ("December", "2010-12")]


def test_today_in_the_simple_present_is_the_present_not_an_event_of_the_day(analyse):
    record = analyse("Delegates spoke.\n\nThe challenges facing humankind today require more unity. Today, the "
                     "island is divided by a wall. Customs today seized a cargo of arms. As for the hearing today, "
                     "I have nothing to add. We are watching the vote today. Our troops are still serving there "
                     "even today. It is the oldest charter in the world today.", dt.date(2015, 9, 28))
    dated = [e.text for e in record.events if e.expression.lower() == "today"]
    assert dated == ["Customs today seized a cargo of arms.", "As for the hearing today, I have nothing to add.",
                     "We are watching the vote today."]


def test_a_date_that_bounds_what_the_sentence_tells_dates_no_event(analyse):
    record = analyse("Aides spoke.\n\nShe was asked whether she would hold a press conference prior to Election Day. "
                     "Something big must happen between now and Election Day. The program will be completed by "
                     "the end of the month. The talks were followed by the 13 February 2007 agreement. We must act "
                     "as Election Day nears. Officials met on Election Day. The votes won't be counted until "
                     "March 15. The neighbours remained at peace until 1998, when a dispute erupted. Congress should not "
                     "wait until the end of the year to act.",
                     dt.date(2016, 8, 10))
    dated = [(e.expression, e.text) for e in record.events if e.expression != "date of publication"]
    assert dated == [("the 13 February 2007", "The talks were followed by the 13 February 2007 agreement."),
                     ("Election Day", "Officials met on Election Day."),
                     ("March 15", "The votes won't be counted until March 15."),
                     ("1998", "The neighbours remained at peace until 1998, when a dispute erupted.")]


def test_a_date_of_an_occasion_that_bounds_what_the_sentence_tells_dates_no_event(analyse):
    record = analyse("Aides spoke.\n\nHe denied he would drop out before Tuesday's Florida primary. She is in "
                     "Florida ahead of the key March 15 primary there. Even before Tuesday's primary results are in, "
                     "a group is calling a meeting. Clinton had 1,944 delegates heading into Tuesday's primaries. "
                     "Rubio lost Tuesday's Florida primary. Inspired by McCain's late-2007 turnaround, Bush toured "
                     "the state.", dt.date(2016, 3, 13))
    dated = [(e.expression, e.text) for e in record.events if e.expression != "date of publication"]
    assert dated == [("Tuesday", "Rubio lost Tuesday's Florida primary."),
                     ("late-2007", "Inspired by McCain's late-2007 turnaround, Bush toured the state.")]


def test_a_days_possessive_of_what_is_no_occurrence_is_the_times_not_a_day(analyse):
    record = analyse("Delegates spoke.\n\nWe hope our partners will help us to transform today’s uncertainty into "
                     "tomorrow’s stability. That is the practice pursued at today’s United Nations. Today’s vote "
                     "sent a clear message. The Council studied yesterday’s request for a meeting.", dt.date(2007, 9, 25))
    dated = [(e.expression, e.text) for e in record.events if e.expression != "date of publication"]
    assert dated == [("Today", "Today’s vote sent a clear message."),
                     ("yesterday", "The Council studied yesterday’s request for a meeting.")]


def test_what_we_do_today_weighed_against_tomorrow_is_a_warning_not_two_events(analyse):
    record = analyse("Delegates spoke.\n\nIn Laos, my President warned that, unless we put a brake on Pyongyang’s "
                     "nuclear ambitions today, we will regret it tomorrow. We met the envoy today and will meet him "
                     "again tomorrow. If the vote passes today, the Council will meet tomorrow.", dt.date(2016, 9, 20))
    dated = [(e.expression, e.text[:22]) for e in record.events if e.expression != "date of publication"]
    assert dated == [("today", "We met the envoy today"), ("tomorrow", "We met the envoy today"),
                     ("tomorrow", "If the vote passes tod")]  # (its "today" is of the simple present)


def test_a_relative_day_set_beside_the_day_it_names_dates_one_event_on_that_day(analyse):
    record = analyse("Ministers met.\n\nTwo days ago, on 19 September, we signed a joint statement with our "
                     "neighbours.", dt.date(2017, 9, 21))
    assert [(e.expression, e.date_start) for e in record.events if e.expression != "date of publication"] == [
        ("19 September", "2017-09-19")]


def test_the_speakers_own_earlier_words_in_a_briefing_are_no_event(analyse):
    record = analyse("The briefing began.\n\nAs I said yesterday, the administration is anxious for talks. As we "
                     "discussed yesterday, officials have been in touch with their counterparts. What you said a "
                     "minute ago is right. You made a comment yesterday about the envoy. Now, as I stated earlier "
                     "this week, the North will achieve nothing by threats. We are working with the Chinese, as I "
                     "think we discussed on the plane yesterday. I'd like to follow up on a question from yesterday "
                     "that Ed asked you. The Security Council yesterday condemned the launch. The President said "
                     "yesterday that sanctions would follow.", dt.date(2009, 4, 15))
    dated = [e.text for e in record.events if e.expression != "date of publication"]
    assert dated == ["The Security Council yesterday condemned the launch.",
                     "The President said yesterday that sanctions would follow."]


def test_a_date_far_from_the_speakers_verb_of_saying_still_dates_what_it_follows(analyse):
    record = analyse("The briefing began.\n\nI want to ask you about your reaction, if the administration has any, "
                     "to comments over the weekend from the Chinese Foreign Minister.", dt.date(2013, 4, 9))
    assert [e.expression for e in record.events if e.expression != "date of publication"] == ["the weekend"]


def test_a_date_on_a_reporting_verb_dates_the_saying(analyse):
    record = analyse("Officials met.\n\nBucher said Tuesday that residents voting in municipal elections complained. "
                     "The board told reporters on Monday that the count was over. The board of elections on Monday "
                     "rejected both objections. He left without saying a word about the Joint Declaration of 15 June "
                     "2000. Kerry said in a statement Sunday that the elections were a step forward. They marked "
                     "the anniversary of the 2005 joint statement. His campaign vowed Tuesday to stay in the fight. "
                     "On Saturday, the Pope made clear that the meeting was not political.", dt.date(2016, 3, 16))
    # (the Joint Declaration's date names the document the words are about: no event of that day)
    assert [(e.expression, e.of_a_saying) for e in record.events if e.expression != "date of publication"] == [
        ("Tuesday", True), ("Monday", True), ("Monday", False), ("Sunday", True),
        ("2005", False), ("Tuesday", True), ("Saturday", True)]


def test_a_briefings_words_about_itself_are_no_event(analyse):
    record = analyse("The call began.\n\nToday’s call is going to be on background. Our speakers today are going "
                     "to be two senior officials. Thanks, everyone, for joining today. Welcome to today’s briefing. "
                     "What we are doing today is welcoming a step. The President’s call with President Xi today "
                     "was productive. Treasury today froze the assets of a bank.",
                     dt.date(2021, 3, 23))
    dated = [e.text for e in record.events if e.expression != "date of publication"]
    assert dated == ["What we are doing today is welcoming a step.",
                     "The President’s call with President Xi today was productive.",
                     "Treasury today froze the assets of a bank."]


def dated_sentences(record) -> list[tuple[str, str]]:
    return [(e.expression, e.text) for e in record.events if e.expression != "date of publication"]


def test_the_first_or_last_stretch_of_a_time_is_dated_within_it(analyse):
    record = analyse("Funds reported.\n\nThe fund increased its stake during the last three months of 2015. Her "
                     "support peaked the last week of October after a debate. Sales rose in the first 10 days of "
                     "March.", dt.date(2016, 2, 17))
    assert [(e.date_start, e.date_end) for e in record.events if e.expression != "date of publication"] == [
        ("2015-10", "2015-12"), ("2015-10-25", "2015-10-31"), ("2015-03-01", "2015-03-10")]


def test_days_joined_by_through_are_one_span(analyse):
    record = analyse("Polls.\n\nThe poll of 1,000 likely voters, taken Thursday through Monday, showed a tie.",
                     dt.date(2016, 2, 17))
    assert [(e.expression, e.date_start, e.date_end) for e in record.events if e.expression != "date of publication"] \
        == [("Thursday through Monday", "2016-02-11", "2016-02-15")]


def dated_expressions(record) -> list[str]:
    """The date words of each dated sentence, the lead's publication date left out."""
    return [expression for expression, _ in dated_sentences(record)]


def test_a_century_dates_no_event(analyse):
    record = analyse("Delegates spoke.\n\nIn the twenty-first century, nations must work together. The Council met "
                     "in 2006.", dt.date(2011, 9, 21))
    assert dated_sentences(record) == [("2006", "The Council met in 2006.")]


def test_a_stretch_up_to_now_dates_the_acts_told_in_it_not_what_has_been_so(analyse):
    record = analyse("Aides spoke.\n\nOver the past two years, we have been building closer ties. What we have seen "
                     "over the last year is a dramatic transition. Over the past 11 years, the Security Council has "
                     "imposed six sets of sanctions. In the past week, the North fired two missiles.",
                     dt.date(2017, 4, 28))
    assert dated_expressions(record) == ["the past 11 years", "the past week"]


def test_an_anniversary_is_no_event_but_the_event_it_recalls_keeps_its_date(analyse):
    record = analyse("Delegates spoke.\n\nThis year marks the tenth anniversary of the talks. On 19 September, we "
                     "marked the twelfth anniversary of the 2005 joint statement. But it is also the 60th anniversary "
                     "of the beginning of the Korean War this year.", dt.date(2017, 9, 21))
    assert dated_expressions(record) == ["2005"]


def test_a_time_that_be_only_describes_is_no_event_but_an_occurrence_it_names_is(analyse):
    record = analyse("Aides spoke.\n\nThat was our position last week. It remains our position this week. It was "
                     "early April, and the mine was full. "
                     "The vote was on Tuesday. There were new sanctions this week. It was only four months ago "
                     "that the President visited Hiroshima. That was a matter of discussion in both meetings "
                     "yesterday.", dt.date(2016, 9, 22))
    assert dated_expressions(record) == [
        "Tuesday", "this week", "only four months ago", "yesterday"]


def test_what_must_may_or_could_happen_or_happens_on_a_condition_is_no_event(analyse):
    record = analyse("Aides spoke.\n\nThe party must support her in November. The Council could vote next week. If "
                     "the talks resume next month, we will attend. He should not have accepted the medal at an event "
                     "earlier this week. If she wins New Hampshire, as she did in 2008, she will lead. The North "
                     "Koreans might try to attend next week. Voters could change their minds before April 26, when "
                     "Pennsylvania votes. He should get a boost from the win Tuesday. A candidate who can win in "
                     "November will lead. Just yesterday, can you believe it, he urged the Russians to hack emails. He said "
                     "the foundation would stop taking donations should she win in November.",
                     dt.date(2016, 2, 5))
    assert dated_expressions(record) == [
        "earlier this week", "2008", "April 26", "Tuesday", "yesterday"]


def test_a_time_since_which_things_are_so_a_baseline_and_a_documents_date_are_no_events(analyse):
    record = analyse("Aides spoke.\n\nRepublicans have won the state since 2000. Since 2006, the North has conducted "
                     "five nuclear tests. Turnout was higher than four years ago. Sanders won, a turnaround from eight "
                     "years ago, when the state went to Clinton. We will implement the Basic Agreement of 1992. The "
                     "talks led to the adoption of the Joint Statement of 19 September 2005. His support is a 12-point "
                     "jump from November. He used the tactics from eight years ago. She won a higher share than "
                     "Obama did in 2008. We responded as quickly on Monday as we did over the weekend. As soon "
                     "as the results were counted on Tuesday, the race changed.", dt.date(2016, 3, 2))
    assert dated_expressions(record) == [
        "2006", "eight years ago", "19 September 2005", "eight years ago", "Monday", "Tuesday"]


def test_the_speakers_own_talk_a_campaign_named_by_its_year_and_work_ahead_date_no_event(analyse):
    record = analyse("Delegates spoke.\n\nIn this Hall today, I would like to reiterate our position. Today I signed "
                     "new sanctions. She advised Gore's 2000 presidential campaign. During the 2008 campaign, Obama "
                     "pledged to talk. In the next four years, my administration will continue to build coalitions. "
                     "In the next two weeks, the President will travel to Asia. The confrontation on the Korean "
                     "peninsula today is a confrontation of forces. Ambassador Rice was in Beijing today.",
                     dt.date(2016, 9, 20))
    assert dated_expressions(record) == [
        "Today", "2008", "the next two weeks", "today"]


def test_a_year_naming_a_campaign_or_who_ran_in_it_dates_no_event_but_a_vote_won(analyse):
    record = analyse("Voters spoke.\n\nThis year's presidential campaign is different. Romney, the party's 2012 "
                     "presidential nominee, is expected to speak. He interviewed most of the 2016 GOP candidates. "
                     "Stein won 470,000 votes as the Green Party's 2012 nominee.", dt.date(2016, 3, 3))
    assert dated_expressions(record) == ["2012"]


def test_a_quarter_is_the_time_of_accounts_not_of_an_event(analyse):
    record = analyse("Funds were counted.\n\nCruz raised $20 million in the last quarter. The gross domestic "
                     "product increased just 1.2% in the second quarter of 2016. Her fundraising in the first quarter "
                     "of the year was off the charts. The Senate voted on Tuesday.", dt.date(2016, 8, 4))
    assert dated_expressions(record) == ["Tuesday"]


def test_contractions_with_the_typographic_apostrophe_read_as_straight_ones(analyse):
    record = analyse("Aides spoke.\n\nThat’s our position this week. That's our position today. We’re aware of "
                     "military activity last weekend. He’s delivered it over the last 20 months.", dt.date(2016, 9, 22))
    assert dated_expressions(record) == ["last weekend"]


def test_a_wish_acts_told_as_repeated_the_speakers_own_task_and_what_did_not_happen_date_no_event(analyse):
    record = analyse("Delegates spoke.\n\nMy country's wish to serve on the Security Council in 2015 and 2016 responds "
                     "to a conviction. This month I met three times with the ambassador. This month we raised three times "
                     "as much as in May. First, I concentrate on the task ahead for 2016. In 2016 I spoke at the "
                     "Council. The subject was not discussed today. The votes won't be counted until 30 September.",
                     dt.date(2016, 9, 22))
    assert dated_expressions(record) == ["This month", "May", "2016", "30 September"]


def test_what_none_did_or_what_is_said_not_to_have_happened_dates_no_event(analyse):
    record = analyse("Officials spoke.\n\nNeither the subject of trade nor the subject of North Korea came up today. "
                     "No decision was made on Tuesday. I would not say that we got an answer today from the Chinese. "
                     "I would say that we got an answer on Monday.", dt.date(2010, 9, 23))
    assert dated_expressions(record) == ["Monday"]


def test_a_documents_year_in_brackets_a_year_inside_a_word_and_a_target_date_no_event(analyse):
    record = analyse("Delegates spoke.\n\nWe call for the implementation of resolution 1695 (2006). My Government "
                     "fully supports resolution 2270 (2016). The Council welcomed the adoption of resolution 2375 "
                     "(2017). The Council adopted resolution 1874 (2009) unanimously. We will deliver on the post-2015 "
                     "development agenda. We will achieve our 2030 reduction targets. The goals have a target year of "
                     "2015. He admired a 1930s-era theater. The 1994 Agreed Framework remains a model. The Council "
                     "met in 2006. The two sides signed the 1994 Agreed Framework in Geneva.", dt.date(2017, 9, 21))
    assert dated_expressions(record) == ["2017", "2009", "2006", "1994"]


def test_acts_told_as_going_on_or_repeated_and_a_time_counted_since_an_event_date_no_event(analyse):
    record = analyse("Aides spoke.\n\nThere have been meetings throughout the weekend. Obama had an opportunity to talk "
                     "to Xi a couple of times this year. Obama talked to Xi in March. On 15 November, 40 years will "
                     "have passed since she was abducted. She was abducted on 15 November 1977. The Council could meet "
                     "on Monday and vote next week.", dt.date(2017, 9, 19))
    assert dated_expressions(record) == ["March", "15 November 1977"]
