"""Texts the briefing holds twice count once; a timeline's disagreements are real ones."""
from __future__ import annotations

import datetime as dt

from generator.disagreements import required_words
from generator.extract import extract_one
from generator.knowledge import build_knowledge_base
from generator.model import CuratedData, Timeline, TimelineEntry

from .conftest import make_article

SPEECH = ("We were all witness to the regime's deadly abuse when an innocent American college student, "
          "Otto Warmbier, was returned to America only to die a few days later.\n\n"
          "It is an outrage that some nations would not only trade with such a regime, but would arm, supply, "
          "and financially support a country that imperils the world with nuclear conflict.\n\n"
          "“No one has shown more contempt for other nations,” said the Secretary-General on 19 September 2017.")
# the White House's transcript of the same speech: other commas and hyphens, one paragraph more
TRANSCRIPT = ("We were all witness to the regime’s deadly abuse when an innocent American college student "
              "Otto Warmbier was returned to America, only to die a few days later.\n\n"
              "It is an outrage that some nations would not only trade with such a regime but would arm, supply "
              "and financially support a country that imperils the world with nuclear conflict.\n\n"
              "“No one has shown more contempt for other nations,” said the Secretary-General on 19 September 2017.\n\n"
              "“The sanctions will be enforced,” said Rex Tillerson on 20 September 2017.")

SIX_PARTY = Timeline(
    id="six-party-talks", title="Six-party talks", description="", keywords=["six-party talks"],
    entries=[TimelineEntry("2003-08-27", "2003-08-29", "First round of the six-party talks in Beijing.", "ACA")],
    claims=[{"pattern": r"(\w+) rounds of (?:the )?six-party talks", "expect": "six", "says": "the talks had six rounds"}])
SANCTIONS = Timeline(
    id="un-sanctions", title="UN sanctions", description="", keywords=["sanctions"],
    entries=[TimelineEntry("2006-10-14", "2006-10-14", "Resolution 1718 bans trade in heavy arms.", "UN")])


def kb_of(nlp, texts: dict[str, str], speakers: dict[str, str] | None = None, timelines=()):
    articles = []
    for article_id, text in texts.items():
        article = make_article(text, dt.date(2017, 9, 20), article_id)
        if speakers and article_id in speakers:
            article.kind, article.speaker = "speech", speakers[article_id]
        articles.append(article)
    curated = CuratedData(timelines=list(timelines))
    return build_knowledge_base(articles, [extract_one(a, nlp) for a in articles], curated)


def test_a_speech_read_twice_gives_its_speaker_one_set_of_statements(nlp):
    kb = kb_of(nlp, {"un-record": SPEECH, "white-house": TRANSCRIPT},
               speakers={"un-record": "Donald Trump", "white-house": "Donald Trump"})
    # the longer transcript holds the record: the record's paragraphs are statements once, there
    assert kb.repeats == {"un-record": ["white-house"]}
    assert {s.article for s in kb.statements} == {"white-house"}
    assert len(kb.statements) == 4


def test_a_reprinted_story_gives_no_second_quote_but_keeps_what_is_new(nlp):
    kb = kb_of(nlp, {"paper-a": TRANSCRIPT, "paper-b": SPEECH})
    quotes = sorted((q.article, q.text) for q in kb.quotes)
    assert quotes == [("paper-a", "No one has shown more contempt for other nations"),
                      ("paper-a", "The sanctions will be enforced")]


def test_texts_that_share_a_sentence_or_a_phrase_are_not_copies(nlp):
    kb = kb_of(nlp, {"a": "“The sanctions will be enforced,” said Rex Tillerson on 20 September 2017.",
                     "b": "“The sanctions will be enforced,” said Rex Tillerson on 20 September 2017. "
                          "Wang Yi said talks must resume."})
    assert kb.repeats == {}
    assert [q.article for q in kb.quotes if q.text == "The sanctions will be enforced"] == ["a", "b"]


def notes_of(nlp, text: str, timeline: Timeline) -> list[str]:
    return [n.statement for n in kb_of(nlp, {"a": text}, timelines=[timeline]).notes]


def test_a_wrong_count_of_rounds_is_a_disagreement_but_several_rounds_are_not(nlp):
    assert notes_of(nlp, "There have been five rounds of the six-party talks.", SIX_PARTY) == [
        "five rounds of the six-party talks"]
    assert notes_of(nlp, "There have been several rounds of the six-party talks.", SIX_PARTY) == []
    # read past its case: the words every match holds are looked for case-folded (disagreements.required_words)
    assert notes_of(nlp, "THERE HAVE BEEN FIVE ROUNDS OF THE SIX-PARTY TALKS.", SIX_PARTY) == [
        "FIVE ROUNDS OF THE SIX-PARTY TALKS"]
    assert required_words(r"(\w+) rounds of (?:the )?six-party talks") == [" rounds of ", "six-party talks"]
    assert required_words(r"(\w+) (?:sets|rounds) of") == [] and required_words("(unclosed") == []


def test_a_subject_dated_before_its_timeline_begins_is_a_disagreement(nlp):
    assert notes_of(nlp, "The six-party talks began in 2001 in Beijing.", SIX_PARTY) == [
        "The six-party talks began in 2001 in Beijing."]
    # a span that runs into the timeline holds its subject: no disagreement
    assert notes_of(nlp, "The six-party talks were held in Beijing in this century.", SIX_PARTY) == []


def test_a_date_said_of_something_else_in_the_sentence_is_no_disagreement(nlp):
    far = ("Over the course of more than a decade, beginning in 1994, the international community continued "
           "its efforts for dialogue with North Korea with great perseverance, first through the Agreed "
           "Framework and later through the six-party talks.")
    assert notes_of(nlp, far, SIX_PARTY) == []
    other_resolution = ("We must remain vigilant by fully implementing resolution 1540 (2004) and enforcing "
                        "sanctions against North Korea and Iran.")
    assert notes_of(nlp, other_resolution, SANCTIONS) == []
