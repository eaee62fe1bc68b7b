"""Merging articles into one knowledge base: one profile per real actor across the corpus."""
from __future__ import annotations

import datetime as dt

from generator.extract import extract_one
from generator.knowledge import add_alias, build_knowledge_base
from generator.model import Actor, CuratedActor, CuratedData, Role
from generator.pipeline import build_pipeline

from .conftest import make_article


def kb_of(nlp, texts: dict[str, str], curated: CuratedData | None = None):
    curated = curated or CuratedData()
    pipeline = build_pipeline(curated.actors) if curated.actors else nlp
    articles = [make_article(text, dt.date(2017, 4, 28), article_id) for article_id, text in texts.items()]
    return build_knowledge_base(articles, [extract_one(a, pipeline) for a in articles], curated)


def names(kb):
    return {a.name: a for a in kb.actors}


def test_same_person_in_two_articles_is_one_profile(nlp):
    kb = kb_of(nlp, {"a": "Foreign Minister Wang Yi said talks must resume.",
                     "b": "“Now is the time,” said Wang. China’s Wang spoke for ten minutes."})
    actors = names(kb)
    assert "Wang" not in actors
    wang = actors["Wang Yi"]
    assert {m.article for m in wang.mentions} == {"a", "b"}
    quote = next(q for q in kb.quotes if q.text == "Now is the time")
    assert quote.speaker == wang.id


def test_bare_surname_shared_by_two_people_joins_neither(nlp):
    kb = kb_of(nlp, {"a": "Kim Jong-un inspected a missile site.",
                     "b": "Kim Dae-jung won the Nobel prize.",
                     "c": "Kim met the envoy on Tuesday."})
    actors = names(kb)
    assert {m.article for m in actors["Kim Jong-un"].mentions} == {"a"}
    assert {m.article for m in actors["Kim Dae-jung"].mentions} == {"b"}


def test_curated_actor_gives_aliases_roles_and_description(nlp):
    curated = CuratedData(actors=[CuratedActor(
        name="Rex Tillerson", kind="person", aliases=["Tillerson"], description="Secretary of State, 2017-18.",
        roles=[Role("Secretary of State", "United States", None, "2017-02-01/2018-03-31")])])
    kb = kb_of(nlp, {"a": "Tillerson said the United States would act."}, curated)
    rex = names(kb)["Rex Tillerson"]
    assert rex.description == "Secretary of State, 2017-18."
    assert rex.roles[0].affiliation == "united-states"
    assert rex.mentions[0].text == "Tillerson"


def test_quotes_and_events_link_to_their_paragraph(nlp):
    kb = kb_of(nlp, {"a": "Intro paragraph.\n\nThe talks ran from 2003 to 2009, Tillerson said."})
    assert all(q.paragraph == 2 for q in kb.quotes)
    [event] = [e for e in kb.events if e.article == "a"]
    assert (event.date_start, event.date_end, event.paragraph) == ("2003", "2009", 2)


def test_a_body_named_once_and_silent_gets_no_profile_but_a_speaking_one_does(nlp):
    kb = kb_of(nlp, {"a": "Officials met at the Halden Institute on Monday.",
                     "b": "“The sanctions are working,” the Corvane Foundation said on Tuesday."})
    actors = names(kb)
    assert "Halden Institute" not in actors  # once, saying nothing: too little to stand by
    assert "Corvane Foundation" in actors


def test_an_acronym_in_one_article_is_the_body_named_in_full_in_another(nlp):
    kb = kb_of(nlp, {"a": "“Quotas must fall,” the Northern Fisheries Council said on Monday.",
                     "b": "“We will not accept the quotas,” the NFC said in a statement."})
    actors = names(kb)
    assert "NFC" not in actors
    council = actors["Northern Fisheries Council"]
    assert {m.article for m in council.mentions} == {"a", "b"}


def test_a_reporter_called_on_by_given_name_gets_no_profile_but_a_titled_surname_does(nlp):
    kb = kb_of(nlp, {"a": "MR. EARNEST: Go ahead, Mark. Mark asked about the sanctions. Secretary Carter spoke.",
                     "b": "Well, Mark, I think the talks matter. Secretary Carter agreed."})
    actors = names(kb)
    assert "Mark" not in actors
    assert "Carter" in actors  # "Carter" is a given name too, but a title says it is his surname


def test_a_first_surname_alone_is_the_person_with_two_surnames(nlp):
    kb = kb_of(nlp, {"a": "President Nicolás Maduro Moros addressed the Assembly.",
                     "b": "Maduro said the sanctions were illegal."})
    actors = names(kb)
    assert "Maduro" not in actors
    assert {m.article for m in actors["Nicolás Maduro Moros"].mentions} == {"a", "b"}


def test_a_given_name_in_another_article_is_not_the_person_it_starts_but_a_titled_family_name_is(nlp):
    kb = kb_of(nlp, {"a": "Josh Earnest briefed reporters. President Lee Myung-bak called.",
                     "b": "Go ahead, Josh. Josh asked about the sanctions.",
                     "c": "President Lee said the talks must resume."})
    actors = names(kb)
    assert [m.article for m in actors["Josh Earnest"].mentions] == ["a"]
    assert {m.article for m in actors["Lee Myung-bak"].mentions} == {"a", "c"}


def test_a_body_another_article_calls_by_a_shorter_name_is_one_profile(nlp):
    kb = kb_of(nlp, {"a": "Sony Pictures said the hack was serious. Sony said it would release the film.",
                     "b": "Sony cancelled the premiere after the threats."})
    actors = names(kb)
    assert "Sony" not in actors and {m.article for m in actors["Sony Pictures"].mentions} == {"a", "b"}


def test_a_bare_surname_joins_the_speaker_a_primary_source_names_in_its_front_matter(nlp):
    briefing = make_article("MR. DONILON: The talks matter.", dt.date(2011, 1, 14), "briefing")
    briefing.kind, briefing.speaker = "briefing", "Tim Geithner"
    news = make_article("Geithner said the yuan was undervalued.", dt.date(2011, 1, 15), "news")
    kb = build_knowledge_base([briefing, news], [extract_one(a, nlp) for a in (briefing, news)], CuratedData())
    actors = names(kb)
    assert "Geithner" not in actors
    assert [m.article for m in actors["Tim Geithner"].mentions] == ["news"]


def test_a_name_the_analyst_lists_as_no_actor_gets_no_profile(nlp):
    text = {"a": "Barack Obama will go to Wat Pho, which is one of the iconic cultural sites. Wat Pho said it "
                 "welcomed Barack Obama."}
    assert "Wat Pho" in names(kb_of(nlp, text))  # what the generator makes of it, left alone
    kb = kb_of(nlp, text, CuratedData(not_actors=["Wat Pho"]))
    assert "Wat Pho" not in names(kb) and "Barack Obama" in names(kb)


def test_a_quotes_sentence_ends_with_its_paragraph_not_in_the_page_furniture_after_it(nlp):
    kb = kb_of(nlp, {"a": "Beijing pushed back, arguing that it was unrealistic to expect one country to solve "
                          "the conflict.\n\nRelated reading\n\nAnother paragraph follows here."})
    [quote] = [q for q in kb.quotes if "unrealistic" in q.text]
    assert quote.sentence.endswith("solve the conflict.")


def test_an_alias_spelt_with_a_straight_or_a_curly_apostrophe_is_listed_once(nlp):
    kb = kb_of(nlp, {"a": "The People’s Liberation Army held drills. The People’s Liberation Army said more would come.",
                     "b": "The People's Liberation Army held drills. The People's Liberation Army said more would come."})
    army = next(a for a in kb.actors if "Liberation Army" in a.name)
    spellings = [army.name, *army.aliases]
    assert len({s.replace("’", "'") for s in spellings}) == len(spellings)
    assert {m.article for m in army.mentions} == {"a", "b"}


def test_a_known_names_possessive_mis_encoded_is_no_alias_but_a_name_ending_so_is():
    actor = Actor(id="north-korea", name="North Korea", kind="country",
                  aliases=["Democratic People's Republic of Korea"])
    add_alias(actor, "Democratic People's Republic of Koreaís")  # "Korea’s", saved and read in two encodings
    add_alias(actor, "Luís")
    assert actor.aliases == ["Democratic People's Republic of Korea", "Luís"]
