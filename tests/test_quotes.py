"""The quote finder: every construction of direct, partial and reported speech in news."""
from __future__ import annotations


import pytest

from generator.pipeline.speech.quotes import find_quote_spans

from .conftest import speaker_of


def direct(record):
    return [q for q in record.quotes if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("open_mark,close_mark", [("“", "”"), ('"', '"')])
def test_curly_and_straight_double_marks_with_speaker_after(analyse, open_mark, close_mark):
    record = analyse(f"{open_mark}We will not back down,{close_mark} Prime Minister Shinzo Abe said on Friday.")
    [quote] = direct(record)
    assert quote.text == "We will not back down"
    assert quote.speaker == "Shinzo Abe" and quote.cue == "said"


def test_single_marks_and_apostrophes_inside(analyse):
    record = analyse("Seoul criticised the North’s ‘vicious cycle’ of provocations, the ministry said.")
    texts = [q.text for q in direct(record)]
    assert texts == ["vicious cycle"]  # "North’s" is an apostrophe, not a quote mark


def test_speaker_before_the_quote_after_a_colon(analyse):
    record = analyse("Ri Yong-ho put it plainly: “Sanctions will never work against us.”")
    assert speaker_of(record, "Sanctions will never work") == "Ri Yong-ho"


def test_pronoun_speaker_resolves_to_the_last_person_named(analyse):
    record = analyse("Secretary of State Rex Tillerson called for pressure on Pyongyang.\n\n"
                     "“Failing to act now may bring catastrophic consequences,” he warned.")
    assert speaker_of(record, "Failing to act") == "Rex Tillerson"


def test_inverted_cue_and_surname_resolve_to_the_full_name(analyse):
    record = analyse("Foreign Minister Wang Yi spoke first.\n\n“Now is the time to consider talks,” said Wang.")
    assert speaker_of(record, "Now is the time") == "Wang Yi"


def test_quote_over_several_sentences_is_one_quote(analyse):
    record = analyse("“We will not negotiate our way back to the table. We will not reward bad behavior,” "
                     "Tillerson said.")
    [quote] = direct(record)
    assert quote.text.startswith("We will not negotiate") and quote.text.endswith("bad behavior")
    assert quote.speaker == "Tillerson"


def test_follow_on_quote_without_a_cue_belongs_to_the_last_speaker(analyse):
    record = analyse("“All options must remain on the table,” Rex Tillerson said.\n\n"
                     "“Diplomatic levers will be backed up by military action, if necessary.”\n\n"
                     "Russia and China disagreed.")
    assert speaker_of(record, "Diplomatic levers") == "Rex Tillerson"


def test_quote_split_by_its_cue(analyse):
    record = analyse("“The sanctions are working,” Nikki Haley said. “But they need time to bite.”")
    assert speaker_of(record, "The sanctions are working") == "Nikki Haley"
    assert speaker_of(record, "But they need time") == "Nikki Haley"


def test_multi_paragraph_quote_with_no_closing_mark_on_the_first(analyse):
    record = analyse("Wang Yi said:\n\n“China is not the focal point of the problem.\n\n"
                     "“The key does not lie in Chinese hands.”\n\nThe meeting ended.")
    [quote] = direct(record)
    assert "focal point" in quote.text and "Chinese hands" in quote.text
    assert record.problems == []


def test_partial_quotes_inside_a_sentence(analyse):
    record = analyse("Russian Deputy Foreign Minister Gennady Gatilov told the council the military option was "
                     "“completely unacceptable” and warned a miscalculation could have “frightening consequences”.")
    assert {(q.text, q.kind, q.speaker) for q in direct(record)} == {
        ("completely unacceptable", "partial", "Gennady Gatilov"),
        ("frightening consequences", "partial", "Gennady Gatilov"),
    }


def test_scare_quotes_are_kept_apart_not_attributed(analyse):
    record = analyse("Tillerson put the onus on China to use its “unique” leverage over its ally. "
                     "The “sex tape” reference was about footage. Watch the film “13th” below.")
    assert direct(record) == []
    assert [q.text for q in record.scare_quotes] == ["unique", "sex tape", "13th"]


def test_transcript_turns_are_their_speakers_quotes(analyse):
    record = analyse("Mike Pence spoke to Chris Wallace on Sunday.\n\n"
                     "WALLACE: Will Gennifer Flowers be there?\n\n"
                     "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
                     "“PENCE: Well, look, this is serious business.”")
    turns = {q.text: q for q in record.quotes if q.cue == "transcript"}
    assert turns["Gennifer Flowers will not be attending the debate tomorrow night."].speaker == "Mike Pence"
    assert turns["Will Gennifer Flowers be there?"].speaker == "Chris Wallace"
    assert turns["Well, look, this is serious business."].speaker == "Mike Pence"


def test_a_transcript_quoted_over_paragraphs_with_no_closing_marks(analyse):
    record = analyse("Mike Pence spoke to Chris Wallace on Sunday. Partial transcript as follows:\n\n"
                     "\"WALLACE: Will Gennifer Flowers be there? Trump invited her, and “she accepted.”\n\n"
                     "\"PENCE: Well, look, this is “Shark Tank” to them.\n\n"
                     "\"(CROSSTALK.)\n\n"
                     "\"But the truth is that Donald Trump has a unique way of communicating.\n\n"
                     "The interview ended there.")
    turns = [(q.text, q.speaker) for q in record.quotes if q.cue == "transcript"]
    assert turns == [("Will Gennifer Flowers be there? Trump invited her, and “she accepted.”", "Chris Wallace"),
                     ("Well, look, this is “Shark Tank” to them.", "Mike Pence"),
                     ("But the truth is that Donald Trump has a unique way of communicating.", "Mike Pence")]
    assert len(record.quotes) == 3  # nothing reported again inside the turns


def test_country_as_speaker_of_reported_speech(analyse):
    record = analyse("Tillerson put the onus on China, but Beijing pushed back, arguing that it was unrealistic "
                     "to expect one country to solve the conflict.")
    reported = [q for q in record.quotes if q.kind == "indirect"]
    assert reported and reported[0].speaker == "China" and reported[0].cue == "arguing"
    assert reported[0].text.startswith("it was unrealistic")


@pytest.mark.parametrize("sentence,speaker,cue", [
    ("Tillerson said that China accounts for 90 percent of the North's trade.", "Tillerson", "said"),
    ("Gatilov told the council the military option was off the table.", "Gatilov", "told"),
    ("President Donald Trump warned that a major conflict was possible.", "Donald Trump", "warned"),
])
def test_reported_speech(analyse, sentence, speaker, cue):
    [quote] = [q for q in analyse(sentence).quotes if q.kind == "indirect"]
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_according_to(analyse):
    record = analyse("The test was the most powerful yet, according to South Korea's defence ministry.")
    [quote] = [q for q in record.quotes if q.cue == "according to"] or [None]
    assert quote is not None and "most powerful" in quote.text


def test_unbalanced_mark_is_a_warning_with_its_line_and_the_rest_is_kept(analyse):
    record = analyse("First line.\n\n“This quote never closes, he said.\n\n“Fine,” said Wang Yi.")
    assert [q.text for q in direct(record)] == ["Fine"]
    [problem] = record.problems
    assert problem.line == 3 and "never closed" in problem.message


def quoted(text):
    spans, problems = find_quote_spans(text)
    return [text[s.start:s.end] for s in spans], problems


def test_apostrophes_are_never_quote_marks():
    assert quoted("Don’t mind North Korea’s ‘rhetoric’ or the countries’ fears, it’s the ’90s again.") == \
        (["rhetoric"], [])


def test_a_single_quote_closing_inside_a_double_one_and_doubled_apostrophes():
    assert quoted("\"It feels like, 'Meh, we can put this off,'\" he said.") == \
        (["It feels like, 'Meh, we can put this off,'"], [])
    assert quoted("''There was a backlash against 'Primates of Park Avenue,' '' Ms. Ferriss noted. "
                  "''It does give an advantage,'' Mr. Gingrich said.") == \
        (["There was a backlash against 'Primates of Park Avenue,' ", "It does give an advantage,"], [])
    assert quoted("“Apparently not,“ he said.") == (["Apparently not,"], [])  # an opening mark typed to close


def test_a_quotation_split_by_its_cue_after_a_form_of_address(analyse):
    record = analyse("The judge looked at me. “Your Honor,” I said, “I would like to answer the question.”")
    assert [(q.kind, q.text) for q in record.quotes] == [("direct", "Your Honor"),
                                                        ("direct", "I would like to answer the question.")]


def test_quote_signed_with_a_dash(analyse):
    record = analyse("Readers wrote in.\n\n“Maybe we can build a wall around the problem.” ― Steve Quinlan")
    assert speaker_of(record, "build a wall") == "Steve Quinlan"


def test_inverted_cue_before_a_colon(analyse):
    record = analyse("Critics were unconvinced. Said Ellis: “I don’t get the sense she’s interested in tax reform.”")
    [quote] = direct(record)
    assert quote.speaker_text == "Ellis"


def test_quote_after_a_sentence_that_ends_with_its_cue(analyse):
    record = analyse("The administration may hold back, Adam Schiff said. “The other factor is the appearance "
                     "of tipping the scales.”")
    assert speaker_of(record, "The other factor") == "Adam Schiff"


def reported(record):
    return {q.text: q for q in record.quotes if q.kind == "indirect"}


def test_parenthetical_and_final_cues_report_the_rest_of_the_sentence(analyse):
    record = analyse("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.\n\n"
                     "Clinton had told police officials that she did not want the escort, the source added.")
    texts = reported(record)
    assert any(t.startswith("Lenox was a juggernaut") and t.endswith("in 1999.") for t in texts)
    added = next(q for q in record.quotes if q.cue == "added")
    assert added.text.startswith("Clinton had told police officials") and added.speaker_text == "the source"


def test_object_cues_report_their_object_not_the_next_clause(analyse):
    record = analyse("Washington has repeatedly called for stronger UN sanctions, but wants China to harden "
                     "its approach. Palmieri called on Trump to stop attacking Machado and apologize.")
    texts = reported(record)
    assert "stronger UN sanctions" in texts and texts["stronger UN sanctions"].speaker == "United States"
    assert "Trump to stop attacking Machado and apologize" in texts


def test_a_reported_clause_keeps_its_quotation_marks_balanced(analyse):
    record = analyse("Gennady Gatilov told the council the military option was “completely unacceptable” and "
                     "warned of disaster.")
    assert "the military option was “completely unacceptable”" in reported(record)


def test_an_infinitive_reports_nothing(analyse):
    record = analyse("The United States insists that North Korea first take steps to show that it is ready to talk.")
    assert [q.cue for q in record.quotes] == ["insists"]


def test_a_question_put_to_the_speaker_is_not_his_words(analyse):
    record = analyse("Asked whether talks were possible, Rex Tillerson said: “Not now.”")
    assert [(q.kind, q.text, q.speaker) for q in record.quotes] == [
        ("indirect", "whether talks were possible", None),  # asked by someone the article does not name
        ("direct", "Not now.", "Rex Tillerson")]


def test_object_of_a_statement_verb(analyse):
    texts = reported(analyse("Merrill promised to continue supporting the campaign. "
                             "Caddell spoke of Clinton’s health issues at length."))
    assert texts["to continue supporting the campaign"].speaker == "Merrill"
    assert "Clinton’s health issues" in texts


def test_made_clear_reports_its_clause(analyse):
    record = analyse("Russia and China made clear that a military response would be disastrous and appealed "
                     "for a return to talks.")
    [quote] = [q for q in record.quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker, quote.cue) == ("a military response would be disastrous", "Russia",
                                                      "made clear")


def test_a_reported_clause_holding_partial_quotes_is_reported_whole(analyse):
    record = analyse("Clinton said the goal was not to “make America great again” but to make it whole.")
    assert "make America great again" in [q.text for q in direct(record)]
    assert any(t.startswith("the goal was not to “make America great again”") for t in reported(record))


def test_a_clause_that_is_all_quotation_is_not_reported_twice(analyse):
    record = analyse("Trump said, “I am very happy with the result.”")
    assert [q.kind for q in record.quotes] == ["direct"]


def test_a_clause_that_says_whom_the_quoted_words_are_about(analyse):
    record = analyse("Sanders says it's \"disastrous.\" Trump then tweeted that she was \"Disgraceful!\" and left. "
                     "Carson spoke after hinting that “personnel changes” could come.")
    assert [(q.kind, q.text) for q in record.quotes] == [
        ("indirect", 'it\'s "disastrous."'), ("partial", "disastrous."),
        ("indirect", 'she was "Disgraceful!"'), ("partial", "Disgraceful!"),
        ("indirect", "“personnel changes” could come")]
    assert speaker_of(record, "personnel changes") == "Carson"
    record = analyse("Gatilov warned a miscalculation could have “frightening consequences”.")
    assert "a miscalculation could have “frightening consequences”" in reported(record)


def test_what_the_writer_adds_after_a_comma_or_dash_is_not_reported(analyse):
    texts = reported(analyse(
        "Clinton has vowed to repeal the Hyde Amendment, a provision that bars federal funding of abortions. "
        "Trump later said he was being sarcastic, which raised concerns among intelligence experts. "
        "He said he and Trump differ on Israel, the Iranian nuclear deal and the Supreme Court."))
    assert "to repeal the Hyde Amendment" in texts
    assert "he was being sarcastic" in texts
    assert "he and Trump differ on Israel, the Iranian nuclear deal and the Supreme Court" in texts


def test_a_report_in_parentheses_stays_inside_them(analyse):
    texts = reported(analyse(
        "Overwhelmingly white states like Iowa (93 percent of voters there were white, according to exit polls), "
        "New Hampshire (93 percent) and Ohio (79 percent) top the list. "
        "She cared if her low approval ratings (at one point as low as 19%, Gutin says) hurt her husband."))
    assert texts["93 percent of voters there were white"].cue == "according to"
    assert texts["at one point as low as 19%"].speaker == "Gutin"


def test_a_fact_the_writer_sets_beside_the_words_is_not_reported(analyse):
    texts = reported(analyse(
        "Rubio suggested that someone who doesn't answer questions can't be president, while Cruz said "
        "that the stakes were too high. "
        "Campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not discuss their terms. "
        "Sales were great, he said, wiping sweat off his face."))
    assert "someone who doesn't answer questions can't be president" in texts
    assert texts["the stakes were too high"].speaker == "Cruz"
    assert "all staffers sign NDAs" in texts
    assert "Sales were great" in texts


def test_a_report_inside_dashes_ends_with_them(analyse):
    texts = reported(analyse(
        "GOP front-runner Donald Trump - who previously said he would \"bomb the [expletive] out of\" oil fields "
        "seized by the Islamic State - said at a Saturday rally in Texas that the United States should close its "
        "borders."))
    assert 'he would "bomb the [expletive] out of" oil fields seized by the Islamic State' in texts
    assert "the United States should close its borders" in texts


def test_verbs_that_tell_how_the_words_came_out(analyse):
    record = analyse("Donald Trump shot back that Jorge Ramos had not been called on. “Go back to Univision,” Trump "
                     "barked and a security guard escorted Ramos out.\n\n"
                     "“This is fantastic!” beamed Donald Hartley of Madison, Alabama.")
    assert speaker_of(record, "Go back to Univision") == "Donald Trump"
    assert speaker_of(record, "This is fantastic!") == "Donald Hartley"


def test_what_goes_before_a_verb_with_words_of_its_own_was_not_said(analyse):
    texts = reported(analyse(
        "Just yesterday, can you believe it, he urged the Russians to hack into my emails! "
        "The deal came together quickly, under duress: A pending ballot initiative threatened to raise the wage "
        "more swiftly if politicians didn't act. "
        "Then, last week, Eric Trump called. "
        "Michigan was only doing what 40 states already do, he told the court in his filing."))
    assert "to hack into my emails" in texts
    assert "to raise the wage more swiftly if politicians didn't act" in texts
    assert not any(t.startswith(("Just yesterday", "The deal came", "Then, last week")) for t in texts)
    assert "Michigan was only doing what 40 states already do" in texts


def test_the_speaker_named_after_the_quote_with_an_aside(analyse):
    record = analyse("“What’s shaping up is a battle for the ages,” said David Brock, a Clinton confidant who "
                     "heads the pro-Clinton super PAC Correct the Record.")
    assert [(q.text, q.speaker) for q in record.quotes] == [("What’s shaping up is a battle for the ages",
                                                            "David Brock")]
    record = analyse("Donald Trump has hailed the vote as “fantastic,” telling reporters on Friday that he thinks "
                     "the Brexit is “a great thing.”")
    assert speaker_of(record, "he thinks the Brexit") == "Donald Trump"


def test_the_speaker_named_where_the_parser_lost_the_subject(analyse):
    record = analyse("“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, "
                     "wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti "
                     "fluttered down around him.\n\n"
                     "“Republicans are so frustrated with the FBI’s unanimous decision,\" said Oversight ranking "
                     "Democrat Elijah Cummings (D-Md.).")
    # the names are the speakers, and nothing of them is taken for words said
    assert [(q.kind, q.text, q.speaker_text) for q in record.quotes] == [
        ("direct", "We’ve had more successful conventions than this one", "Texas delegate Bill Eastland"),
        ("direct", "Republicans are so frustrated with the FBI’s unanimous decision",
         "Democrat Elijah Cummings")]


def test_an_inverted_cue_the_parser_read_as_a_conjunct_reports_all_before_it(analyse):
    texts = reported(analyse("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense "
                             "pressure from Asian imports, said the company's chief executive, John J. Ferriola."))
    assert texts["In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure "
                 "from Asian imports"].speaker == "John J. Ferriola"


def test_a_second_subject_the_parser_found_in_the_words_said_is_not_the_speaker(analyse):
    texts = reported(analyse(
        "The Internet has also made it possible for people with like-minded ideas to organize into communities "
        "and reach others, she said.\n\n"
        "Couple global exposure with a \"candidate who is a lightning rod\" and Clevelanders get nervous, said "
        "Christine Link, executive director of the American Civil Liberties Union in Ohio."))
    assert texts["Couple global exposure with a \"candidate who is a lightning rod\" and Clevelanders get "
                 "nervous"].speaker == "Christine Link"
    assert [q.speaker_text for q in texts.values()] == ["she", "Christine Link"]


def test_marks_in_the_writers_description_of_the_speaker_are_not_the_speakers_words(analyse):
    record = analyse("“Our power, as journalists, is to ask questions,” said Ramos, whose new book features "
                     "interviews with powerful politicians and “rebellious” people.\n\n"
                     "“I think he will do great things,” she said, showing off the “Make America Great Again” "
                     "hat his campaign had given her.\n\n"
                     "Clinton slammed the proposal as “reprehensible, prejudiced and divisive.”")
    assert [q.text for q in direct(record)] == ["Our power, as journalists, is to ask questions",
                                                "I think he will do great things",
                                                "reprehensible, prejudiced and divisive."]
    assert [q.text for q in record.scare_quotes] == ["rebellious", "Make America Great Again"]


def test_findings_of_evidence_but_not_of_people(analyse):
    texts = reported(analyse(
        "A USA TODAY poll finds an emerging generation that is more pragmatic than ideological. "
        "Throughout the debate, Clinton found a way to make it so. "
        "Syracuse showed an awkward but promising transition for Sanders. "
        "A video surfaced showing an ailing Hillary Clinton stumbling to a van."))
    assert "an emerging generation that is more pragmatic than ideological" in texts
    assert "an ailing Hillary Clinton stumbling to a van" in texts
    assert len(texts) == 2


def test_cue_asides_after_a_date_or_a_closing_mark_and_a_finite_verb_after_an_infinitive(analyse):
    texts = reported(analyse(
        "If China can build a Great Wall, he observed this week, without tractors or cranes, then he can build "
        "one along the Mexican frontier. "
        "He would be a better president than Clinton \"no matter what,\" one user commented. "
        "Hillary Clinton tried here last week to empathize with their frustrations and promised to deliver change. "
        "For instance, a WBUR poll last week showed Rubio in third at 11 percent, followed closely by Kasich."))
    assert texts["If China can build a Great Wall without tractors or cranes, then he can build one along the "
                 "Mexican frontier."].cue == "observed"
    assert texts['He would be a better president than Clinton "no matter what,"'].speaker_text == "one user"
    assert texts["to deliver change"].speaker == "Hillary Clinton"
    assert "Rubio in third at 11 percent, followed closely by Kasich" in texts


def test_after_the_cue_of_a_quotation_and_in_turns_of_phrase_nothing_more_is_said(analyse):
    record = analyse("\"Let me tell you the facts,\" Cruz said after a brief \"I'm sorry\" to Carson. "
                     "That said, a loss in this state would provide a sour end to her campaign. "
                     "All told, up to 5 million people could be eligible. "
                     "Sanders pledged to rid the world of the group but said little about how. "
                     "\"It's our bad luck,\" he said, that both violent men had connections to this mosque.")
    assert [(q.kind, q.text) for q in record.quotes] == [
        ("direct", "Let me tell you the facts"), ("partial", "I'm sorry"),
        ("indirect", "to rid the world of the group"),
        ("direct", "It's our bad luck"), ("indirect", "both violent men had connections to this mosque")]


def test_where_words_were_said_is_not_what_was_said(analyse):
    record = analyse("Eric Trump talked for an hour on his father's favorite radio show. "
                     "The race “is a dead heat right now,” as Cruz said on Glenn Beck’s radio program on Monday.")
    assert [q.kind for q in record.quotes] == ["partial"]


def test_titles_in_marks_are_names_not_quotations(analyse):
    record = analyse("“Donald Trump is a fraud,” Perez said Sunday on NBC’s “Meet the Press.”\n\n"
                     "Mexican newspapers have been inspecting Trump’s new book, “Crippled America: How to Make "
                     "America Great Again,” for clues.\n\n"
                     "Trump told supporters he would “Make America Great Again.”")
    assert [q.text for q in direct(record)] == ["Donald Trump is a fraud", "Make America Great Again."]
    assert [q.text for q in record.scare_quotes] == ["Meet the Press.",
                                                     "Crippled America: How to Make America Great Again"]
    record = analyse("“I was sitting in a house in Florida, with a bad earpiece,” Trump told NBC’s “Today” on "
                     "Monday. He’s a former president,\" Fiorina told \"Fox and Friends,\" reminding the co-hosts.")
    assert [q.text for q in record.scare_quotes] == ["Today", "Fox and Friends"]
    record = analyse("Fiorina tossed “cold water on the idea immediately,” she wrote in her memoir, “Tough Choices.”")
    assert [q.text for q in direct(record)] == ["cold water on the idea immediately"]
    assert [q.text for q in record.scare_quotes] == ["Tough Choices."]
    # a title is not what was said, even where the parser reads it as the object of "spoke"
    record = analyse("The Huffington Post spoke with Teachout on an episode of its podcast, “So, That Happened.”")
    assert record.quotes == [] and [q.text for q in record.scare_quotes] == ["So, That Happened."]
    record = analyse("MOVING SHOP—\"High-end art gallery opening across from Whitney Museum,\" by DNAinfo's "
                     "Danielle Tcholakian: A high-end art gallery opens.")
    assert record.quotes == [] and len(record.scare_quotes) == 1


def test_names_phone_calls_audiences_and_requests_for_comment_are_not_words_said(analyse):
    record = analyse(
        "Donors were targeted by a boycott call from a group called Color of Change. "
        "Comedians are performing a play called “Los Hijos de Trump” in Mexico City. "
        "On Friday night, Palin called a delegate, Clara Powers, and AbbVie called off a $54 billion deal. "
        "On Tuesday, he was speaking to a party that had just adopted the most liberal platform in its history. "
        "One adviser, who spoke on the condition of anonymity, said the race was over. "
        "A lawyer for Mills did not respond to a request for comment.")
    assert [(q.text, q.kind) for q in record.quotes] == [("the race was over", "indirect")]
    assert [q.text for q in record.scare_quotes] == ["Los Hijos de Trump"]
    # but a name called, which the parser reads as an apposition, is words said
    texts = reported(analyse("Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''"))
    assert texts["Mrs. Schlafly an ''Aunt Tom.''"].speaker_text == "Ms. Friedan"


def test_what_was_said_to_an_audience_and_what_it_was_called(analyse):
    texts = reported(analyse(
        "He has been talking to his inner circle about launching a grass-roots organization. "
        "Jeb Bush called the use of executive orders “quite dangerous.”"))
    assert "about launching a grass-roots organization" in texts
    assert "the use of executive orders “quite dangerous.”" in texts


def test_what_the_writer_adds_after_a_quoted_word_and_its_comma(analyse):
    texts = reported(analyse("Speaker Paul D. Ryan on Tuesday called Donald J. Trump's remarks about a Latino judge "
                             "“racist,” an extraordinary indictment that generated a fresh wave of criticism."))
    assert "Donald J. Trump's remarks about a Latino judge “racist,”" in texts


def test_calls_for_someone_to_act(analyse):
    texts = reported(analyse("Clinton is calling for the United States to step up military efforts against "
                             "the Islamic State."))
    assert texts["the United States to step up military efforts against the Islamic State"].speaker == "Clinton"


def test_a_that_clause_after_where_it_was_said(analyse):
    texts = reported(analyse("Sheldon Adelson said on Friday during a news conference that he may wait until "
                             "February to decide whom to back. John Weaver says in a statement that the race "
                             "will now be a four-man contest."))
    assert texts["he may wait until February to decide whom to back"].speaker == "Sheldon Adelson"
    assert texts["the race will now be a four-man contest"].speaker == "John Weaver"


def test_infinitives_that_report(analyse):
    texts = reported(analyse("Caucus-goers were more likely to say they preferred Clinton on the economy. "
                             "Sanders took to Twitter to say that the result was a victory."))
    assert texts["they preferred Clinton on the economy"].speaker_text == "Caucus-goers"
    assert texts["the result was a victory"].speaker == "Bernie Sanders" or \
        texts["the result was a victory"].speaker_text == "Sanders"


def test_whom_it_was_said_to_is_not_what_was_said(analyse):
    record = analyse("Biden will also speak to reporters in Roanoke. Trump spoke to the Republican Jewish "
                     "Coalition on Thursday. Cruz pointed to his record in the Senate.")
    assert list(reported(record)) == ["his record in the Senate"]


def test_speech_nouns_carry_what_was_said(analyse):
    texts = reported(analyse("Trump has gained traction with his promise to build a wall on the border. "
                             "Christie repeated the accusation that Rubio recites the same talking points. "
                             "Clinton rejected claims that she had deleted thousands of emails."))
    assert texts["to build a wall on the border"].speaker == "Donald Trump" or \
        texts["to build a wall on the border"].speaker_text == "his"
    assert texts["Rubio recites the same talking points"].speaker_text == "Christie"
    assert texts["she had deleted thousands of emails"].speaker is None  # the claims are not Clinton's


def test_questions_asked(analyse):
    texts = reported(analyse("Mr. Rubin asked the students if they were always so serious. "
                             "During an interview, the actress was asked if she had been treated unfairly."))
    assert texts["if they were always so serious"].speaker_text == "Mr. Rubin"
    assert texts["if she had been treated unfairly"].speaker is None  # asked of her, not by her


def test_any_verb_with_a_that_clause_reports_unless_it_is_a_thought(analyse):
    texts = reported(analyse("On Monday, Trump groused to a crowd in Georgia that CNN treats him unfairly. "
                             "Rubio quipped that the race was far from over. "
                             "Clinton believes that the polls are wrong. "
                             "It turns out that the donors stayed home. "
                             "Reagan was so consumed with the hostages that he traded arms with Iran."))
    assert texts["CNN treats him unfairly"].speaker_text == "Trump"
    assert texts["the race was far from over"].speaker_text == "Rubio"
    assert len(texts) == 2


def test_when_it_was_said_is_not_what_was_said(analyse):
    texts = reported(analyse("Donald Trump praised Breitbart editor Matthew Boyle at a press conference on Monday. "
                             "Former New York Gov. George Pataki is endorsing John Kasich."))
    assert texts["Breitbart editor Matthew Boyle"].speaker == "Donald Trump"
    assert texts["John Kasich"].speaker_text == "Former New York Gov. George Pataki"
    texts = reported(analyse("Sanders and Clinton stood face-to-face Thursday and repeated the attacks they have "
                             "been airing in the media since their last debate a month ago."))
    assert "the attacks they have been airing in the media since their last debate a month ago" in texts


def test_a_second_that_clause_with_a_verb_of_saying_is_said_too(analyse):
    texts = reported(analyse("Betty Bradley said Carson's appearance had been booked a year ago but that she was "
                             "clearly informed not to ask him any questions about his campaign."))
    assert ("Carson's appearance had been booked a year ago but that she was clearly informed not to ask him any "
            "questions about his campaign") in texts


def test_words_set_off_between_the_verb_and_its_clause(analyse):
    texts = reported(analyse("Marco Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying "
                             "in the race."))
    assert "win or lose in Tuesday’s crucial Florida primary, he’s staying in the race" in texts


def test_a_cue_aside_after_a_quoted_word_and_after_a_fronted_adverb(analyse):
    texts = reported(analyse(
        "Emerging from two hours alone with Mr. Obama, the prime minister ''looked ashen,'' Mr. Arad said, from "
        "''the direct body blow.'' "
        "Instead, Trump told CNN, his policy would merely be “to go after them” if he wins the White House."))
    assert texts["Emerging from two hours alone with Mr. Obama, the prime minister ''looked ashen,'' from ''the "
                 "direct body blow.''"].speaker_text == "Mr. Arad"
    assert "Instead his policy would merely be “to go after them” if he wins the White House." in texts


def test_a_quotation_after_the_cue_is_not_said_again_in_the_clause_before(analyse):
    record = analyse("The reality is, he added, ''there are no recusals when you are president.'' "
                     "As boos and curses erupt from the crowd, the executive says, ''Please quiet down.'' "
                     "In an interview with TMZ Sports, Walker said, “I’ve had a lot of people cancel on me.”")
    assert [q.text for q in direct(record)] == ["there are no recusals when you are president.",
                                                "Please quiet down.", "I’ve had a lot of people cancel on me."]
    # the clause before the cue is what he said in his own words; the scene of the cue is not
    assert list(reported(record)) == ["The reality is"]
    assert "There is no chance of that" in reported(analyse("There is no chance of that, he said, “none at all.”"))


def test_a_quotation_after_the_cue_that_runs_on_or_that_the_sentence_goes_on_from(analyse):
    record = analyse("If Clinton is elected, he said, “she might be going back and forth to the courthouse.\n\n"
                     "“It would be a disgrace.”\n\n"
                     "The club’s investment in its course, Ms. Tanzer said, ''is a perfect example of "
                     "adapting'' to the changing economics of golf.")
    assert list(reported(record)) == ["If Clinton is elected", "The club’s investment in its course"]


def test_a_new_clause_after_comma_and_is_the_writers_again(analyse):
    texts = reported(analyse("Rubio said the real extremist on abortion is Hillary Clinton, and he railed against "
                             "the debate moderators. Ferre said Latino voters care about more than immigration, "
                             "and that many will welcome his message on jobs."))
    assert "the real extremist on abortion is Hillary Clinton" in texts
    assert "Latino voters care about more than immigration, and that many will welcome his message on jobs" in texts


def test_told_a_story_is_what_was_told_told_the_ap_is_whom(analyse):
    texts = reported(analyse("Her sister told stories of how both girls were in the homecoming court. "
                             "Obama told the AP in an interview on Monday. "
                             "There have already been telling responses from the campaign."))
    assert list(texts) == ["stories of how both girls were in the homecoming court"]


def test_speech_acts_of_judgement(analyse):
    texts = reported(analyse("Sanders denounced the trade deal with Pacific nations. "
                             "The candidate has berated security guards for not ejecting protesters. "
                             "Trump said the ratings were huge, referring to the Sept. 16 debate on CNN."))
    assert texts["the trade deal with Pacific nations"].speaker == "Bernie Sanders" or \
        texts["the trade deal with Pacific nations"].speaker_text == "Sanders"
    assert "security guards for not ejecting protesters" in texts  # the preposition stays inside
    assert "the Sept. 16 debate on CNN" in texts


def test_what_something_was_described_as(analyse):
    texts = reported(analyse("Clinton slammed the proposal as “reprehensible, prejudiced and divisive.” "
                             "Bush described his leadership skills as a work in progress."))
    assert "the proposal as “reprehensible, prejudiced and divisive.”" in texts
    assert "his leadership skills as a work in progress" in texts


def test_what_the_main_clause_adds_to_an_infinitive_said(analyse):
    texts = reported(analyse(
        "On Sunday, Rubio urged the party to coalesce around his campaign and tried to make the case that "
        "the nominating fight was still in its early stages. "
        "Wasserman Schultz refused to speak to reporters as she left the breakfast. "
        "He says he would release his tax returns on Friday, calling them very boring."))
    assert "to coalesce around his campaign" in texts
    assert texts["the nominating fight was still in its early stages"].cue == "make the case"
    assert "to speak to reporters" in texts
    assert "he would release his tax returns on Friday" in texts


def test_verbs_that_report_only_a_clause(analyse):
    record = analyse("Hillary Clinton won the primary on Tuesday, adding to her sizable delegate lead. "
                     "Lewandowski maintains the title of campaign manager.")
    assert reported(record) == {}


def test_as_someone_reported(analyse):
    texts = reported(analyse(
        "As The Washington Post reported, the inspector general issued subpoenas to the foundation. "
        "As he spoke to reporters, Trump became the first candidate to buy a promoted trend."))
    assert texts["the inspector general issued subpoenas to the foundation."].speaker_text == "The Washington Post"
    assert not any(t.startswith("Trump became") for t in texts)  # "as" tells when here


def test_passive_report_with_its_agent(analyse):
    texts = reported(analyse("O’Malley’s decision to quit the race was first reported by MSNBC."))
    assert texts["O’Malley’s decision to quit the race"].speaker_text == "MSNBC"


def test_a_fronted_adjunct_is_not_what_was_said(analyse):
    record = analyse("In a statement released shortly after the senator suspended his campaign, Cruz said he’s "
                     "certain Rubio will continue to be “a champion for opportunity in America.”")
    texts = reported(record)
    assert list(texts) == ["he’s certain Rubio will continue to be “a champion for opportunity in America.”"]
    assert {q.cue for q in record.quotes} == {"said"}  # "continue to be" says nothing


def test_a_speech_noun_whose_clause_the_parser_hung_on_the_verb(analyse):
    record = analyse("The US has long criticised North Korea. The council meeting followed weeks of warnings "
                     "from the US administration that it is running out of patience with Pyongyang.")
    [quote] = [q for q in record.quotes if q.kind == "indirect" and "patience" in q.text]
    assert (quote.text, quote.cue, quote.speaker) == (
        "it is running out of patience with Pyongyang", "warnings", "United States")


def test_more_verbs_of_saying_and_final_cues_with_an_addressee(analyse):
    texts = reported(analyse(
        "Guns are “the ultimate public health crisis” and stunt growth, Howard Dean proclaimed to a cheering crowd. "
        "People should provide evidence for their accusations, he told reporters. "
        "Bernie Sanders is choosing not to respond to recent Clinton campaign accusations that his backers "
        "are waging sexist attacks."))
    assert texts["Guns are “the ultimate public health crisis” and stunt growth"].speaker_text == "Howard Dean"
    assert texts["People should provide evidence for their accusations"].cue == "told"
    assert texts["his backers are waging sexist attacks"].speaker_text == "Clinton campaign"
    texts = reported(analyse(
        "Clinton reminded voters that Trump had proposed a ban on Muslims. "
        "Mr. Trump has railed against the Trans-Pacific Partnership. "
        "Rubio also bemoaned the current political climate. "
        "She also congratulated Bernie Sanders for competing hard in several states."))
    assert texts["Trump had proposed a ban on Muslims"].cue == "reminded"
    assert texts["the Trans-Pacific Partnership"].speaker_text == "Mr. Trump"
    assert "the current political climate" in texts
    assert "Bernie Sanders for competing hard in several states" in texts
    texts = reported(analyse(
        "Jacobs credited Merkel with holding the continent together through the crisis. "
        "Obama took a whack at Trump, painting the billionaire real estate mogul as part of the global elite. "
        "Bob Sutton voiced confidence that Clinton would be easy to defeat in a debate. "
        "In April 2009, Douglas J. Band emailed Ms. Abedin and Cheryl D. Mills for help with a donor."))
    assert "Merkel with holding the continent together through the crisis" in texts
    assert texts["the billionaire real estate mogul as part of the global elite"].speaker == "Obama"
    assert "confidence that Clinton would be easy to defeat in a debate" in texts
    assert not any("Mills" in text for text in texts)  # whom he emailed, not what he wrote


def test_a_wire_dateline_is_nobodys_words(analyse):
    texts = reported(analyse("WASHINGTON (AP) — Donald Trump has invested in companies he attacks on the campaign "
                             "trail, according to new financial documents.\n\n"
                             "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young Democrats are gravitating toward Bernie "
                             "Sanders, a new poll indicates."))
    assert "Donald Trump has invested in companies he attacks on the campaign trail" in texts
    assert "Young Democrats are gravitating toward Bernie Sanders" in texts


def test_evidence_with_and_the_company_one_speaks_with(analyse):
    texts = reported(analyse("A Marist poll released last week showed Trump with zero percent support among "
                             "black voters. Freddy joked with his best friend at the table. "
                             "But he is correct to note that the law was a compromise with the insurers."))
    assert "Trump with zero percent support among black voters" in texts
    assert "the law was a compromise with the insurers" in texts
    assert not any("friend" in t for t in texts)


def test_according_to_reports_its_own_clause(analyse):
    texts = reported(analyse("Clinton leads Sanders by 271 pledged delegates, according to a count by The "
                             "Associated Press, but the senator has vowed to soldier on until the convention."))
    assert "Clinton leads Sanders by 271 pledged delegates" in texts
    texts = reported(analyse("While most of those were elevated to the confidential level, according to a State "
                             "Department official, two were upgraded to the secret level."))
    # the phrase set inside the words is their source, not part of them
    assert "While most of those were elevated to the confidential level two were upgraded to the secret level" \
        in texts


def test_what_a_poll_finds_when_the_sentence_opens_with_it(analyse):
    texts = reported(analyse("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent. "
                             "Mr. Bush sits at single digits in the polls."))
    assert list(texts) == ["she led Mr. Sanders 56 percent to 32 percent"]
    assert texts["she led Mr. Sanders 56 percent to 32 percent"].cue == "in a poll"


def test_a_claim_made_in_a_purpose_infinitive(analyse):
    texts = reported(analyse("Mr. Manafort invoked Ronald Reagan's polling deficit in 1980 to claim Mr. Trump's "
                             "deficiencies were not permanent. North Korea must take steps to show that it is "
                             "ready to talk."))
    assert texts["Mr. Trump's deficiencies were not permanent"].speaker_text == "Mr. Manafort"
    assert not any(t.startswith("it is ready") for t in texts)  # a step to take, not a claim made


def test_a_second_report_is_not_part_of_the_first(analyse):
    texts = reported(analyse(
        "One in three said the party doesn’t care about the Latino community and one in four said the party "
        "was hostile to it. Ryan and Trump will meet next week, Spicer said, adding, “They need to talk.”"))
    assert "the party doesn’t care about the Latino community" in texts
    assert "the party was hostile to it" in texts
    assert "Ryan and Trump will meet next week" in texts


def test_chants_songs_and_signs_are_words_someone_gave(analyse):
    record = analyse("Some supporters chanted “USA! USA!” He held up a sign which read “Hispanics 4 Trump.”")
    assert [(q.text, q.cue) for q in direct(record)] == [("USA! USA!", "chanted"), ("Hispanics 4 Trump.", "read")]


def test_transcript_turns_labelled_with_a_name_in_mixed_case(analyse):
    record = analyse("MSNBC host Chris Matthews spoke with the reporters on Monday.\n\n"
                     "Chris Matthews: Seriously, Bernie says he is going to pay for it.\n\n"
                     "Update: The polls closed at 8 p.m. and the count began.\n\n"
                     "Matthews: Here is the irony of our time.\n\nClinton: 1,769.")
    assert [(q.text, q.speaker) for q in direct(record)] == [
        ("Seriously, Bernie says he is going to pay for it.", "Chris Matthews"),
        ("Here is the irony of our time.", "Chris Matthews")]


def test_what_only_looks_like_a_report(analyse):
    record = analyse("Washington issued threats, not to mention the massive nuclear arsenal it keeps. "
                     "The crisis arose when the Bush team became alarmed that Seoul was making peace.")
    assert reported(record) == {}


def test_a_short_object_that_names_what_the_act_of_speech_was_about(analyse):
    texts = reported(analyse("Mr. Ailes denied the charges through his lawyer. "
                             "Christie endorsed Trump last week. "
                             "A spokesman for the company declined to comment. "
                             "He talks about immigration at every one of his rallies. "
                             "“I’m a unifier, unlike our president right now,” Trump said, referring to Barack Obama."))
    assert "immigration" in texts and "Barack Obama" in texts
    assert texts["the charges"].cue == "denied"
    assert texts["Trump"].cue == "endorsed"
    assert "to comment" in texts


def test_short_objects_that_say_nothing_of_what_was_said(analyse):
    texts = reported(analyse("The teachers union didn’t endorse a candidate. "
                             "Mr. Trump wrote on Twitter on Monday. "
                             "Obama asked Republican politicians. "
                             "Despite their friendship, they playfully mocked each other. "
                             "The press secretary gave it a try, tweeting the following:\n\n"
                             "Thank you all. We will discuss it as well."))
    assert texts == {}


def test_a_reason_the_parser_hung_on_the_verb_of_saying_is_still_said(analyse):
    texts = reported(analyse("Her lawyer, David E. Kendall, wrote in a court filing that such a request was "
                             "“futile,” because if there were additional records, the FBI now possesses them."))
    assert "such a request was “futile,” because if there were additional records, the FBI now possesses them" \
        in texts


def test_what_a_speech_noun_was_about_when_we_know_whose_words_they_were(analyse):
    texts = reported(analyse("Bernie Sanders has stepped up his attacks on Wall Street banks. "
                             "Obama’s criticism of Trump was sharp. "
                             "After the deadly attack on a nightclub in Orlando, the police closed the street. "
                             "There is no question that voters are anxious. "
                             "Mr. Ryan faced questions about the convention."))
    assert set(texts) == {"Wall Street banks", "Trump"}
    assert texts["Wall Street banks"].cue == "attacks" and texts["Wall Street banks"].speaker == "Bernie Sanders"
    assert texts["Trump"].speaker_text == "Obama"
