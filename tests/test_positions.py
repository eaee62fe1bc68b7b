"""Positions: where an actor stands on a topic, only where its words make it plain (issue #19)."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from generator.build import site_info
from generator.extract import extract_one
from generator.knowledge import build_knowledge_base
from generator.model import CuratedActor, CuratedData, Role
from generator.positions import briefing_subject, find_positions, sentence_stance, topic_patterns, unit_stance
from generator.render import Renderer, SiteInfo

from .conftest import REPO, make_article

TOPICS = {"sanctions": ["sanction"], "dialogue": ["dialogue", "negotiation", "talks with"],
          "military action": ["military option", "use of force", "military action"],
          "nuclear tests": ["nuclear test", "missile launch"], "denuclearization": ["denucleari"],
          "humanitarian aid": ["food aid", "humanitarian aid"]}
PATTERNS = topic_patterns(TOPICS)


def stance(sentence: str, topic: str) -> str | None:
    return sentence_stance(sentence, PATTERNS[topic])[0]


@pytest.mark.parametrize("sentence, topic, expected", [
    # a cue that takes the topic as its object, fillers between
    ("We call for the full implementation of the new sanctions.", "sanctions", "supports"),
    ("The minister rejected any dialogue with the regime.", "dialogue", "opposes"),
    ("We condemn Pyongyang's latest nuclear test in the strongest terms.", "nuclear tests", "opposes"),
    ("They demanded the lifting of all sanctions.", "sanctions", "opposes"),
    # a predicate after the topic, quotation marks or not
    ("The military option was “completely unacceptable”, he said.", "military action", "opposes"),
    ("Sanctions must be strictly enforced by every member state.", "sanctions", "supports"),
    ("All options must remain on the table.", "military action", None),  # "all options" is not a topic word here
    ("Sanctions alone are not the answer.", "sanctions", "opposes"),
    ("Negotiations are also required to settle the dispute.", "dialogue", "supports"),
    ("Sanctions on the regime must continue until it disarms.", "sanctions", "supports"),
    ("Dialogue between the two sides should soon resume.", "dialogue", "supports"),
    ("The council forced through an unjust resolution on sanctions.", "sanctions", "opposes"),
    ("The heinous and barbaric sanctions against our Republic will be redressed.", "sanctions", "opposes"),
    ("We will impose the harshest sanctions yet.", "sanctions", None),
    ("He stressed the importance of the continuation of dialogue.", "dialogue", "supports"),
    ("We voted in favour of the sanctions.", "sanctions", "supports"),
    ("Japan commends the adoption of the sanctions.", "sanctions", "supports"),
    ("We are firmly against any military action on the peninsula.", "military action", "opposes"),
    ("The minister warned against the use of force.", "military action", "opposes"),
    ("The nuclear test flagrantly violates the resolutions of the Council.", "nuclear tests", "opposes"),
    ("Sanctions against the regime were tightened in March.", "sanctions", None),  # "against" the regime
    ("Iran will face sanctions if it violates the deal.", "sanctions", None),  # the sanctions violate nothing
    # a goal, a way, a step towards it
    ("Our goal is the denuclearization of the peninsula.", "denuclearization", "supports"),
    ("Denuclearizing the peninsula remains the ultimate goal.", "denuclearization", "supports"),
    ("This agreement is a crucial step towards denuclearization.", "denuclearization", "supports"),
    ("Dialogue and consultation are the only effective way to settle it.", "dialogue", "supports"),
    ("We will work to promote dialogue between the two Koreas.", "dialogue", "supports"),
    ("That was the goal of the talks with Pyongyang.", "dialogue", None),  # the talks' goal, not the talks
    # what the topic's end asks: given up, removed, sought by another
    ("Unless the North forgoes its nuclear tests, there will be no peace.", "nuclear tests", "opposes"),
    ("They called for the removal of all sanctions.", "sanctions", "opposes"),
    ("In order to secure the lifting of sanctions, the North must disarm.", "sanctions", None),
    # a condition that opens the sentence; what cannot be tolerated; fillers of manner
    ("If they test again, we will look at ways to tighten sanctions.", "sanctions", "conditional"),
    ("If they test again, the council will meet.", "sanctions", None),
    ("Such nuclear tests cannot be tolerated.", "nuclear tests", "opposes"),
    ("We support efforts aimed at denuclearization.", "denuclearization", "supports"),
    ("It would contribute to the realization of a denuclearized peninsula.", "denuclearization", "supports"),
    ("We support unconditional negotiations.", "dialogue", "supports"),
    # another's words the speaker reports are not the speaker's stance
    ("He brought a statement from Kim saying that the North was ready to return to negotiations.", "dialogue", None),
    ("We have said that sanctions must be strictly enforced.", "sanctions", "supports"),
    ("No convention has a provision stating that nuclear tests are a threat.", "nuclear tests", None),
    ("We support the stance of the United States that the military option is on the table.", "military action",
     "supports"),
    # a denial far from its verb, an equation, a way told as the past
    ("There are no decisions at this point to provide food aid.", "humanitarian aid", None),
    ("Any opposition to it is tantamount to rejecting denuclearization.", "denuclearization", None),
    ("We tried to resolve the problem through dialogue, but they bought time.", "dialogue", None),
    ("We will keep trying to resolve the problem through dialogue.", "dialogue", "supports"),
    # the speaker's hope; what the speaker claims as a right or a measure of defence
    ("We hope that the negotiations will lead to a satisfactory conclusion.", "dialogue", "supports"),
    ("They hope that the negotiations will fail.", "dialogue", None),  # another's hope
    ("Nuclear testing is the strict sovereign right of every State.", "nuclear tests", "supports"),
    ("Our nuclear test was a legitimate defensive measure.", "nuclear tests", "supports"),
    # a readiness or a resolve to act
    ("The United States is ready to impose sanctions on those who help them.", "sanctions", "supports"),
    ("The Council should adopt stronger sanctions.", "sanctions", "supports"),
    ("The Council adopted stronger sanctions in March.", "sanctions", None),  # told, not wanted
    # a condition
    ("We are open to dialogue provided that the North stops its tests.", "dialogue", "conditional"),
    ("Talks can resume, but only if the launches stop.", "dialogue", None),  # "talks" alone is no topic word
    ("Talks with Pyongyang can play a role if and when it stops its launches.", "dialogue", "conditional"),
    # negation
    ("We do not support new sanctions at this time.", "sanctions", "opposes"),
    ("They must return to dialogue without preconditions.", "dialogue", "supports"),
    ("What is needed is not dialogue, but pressure.", "dialogue", "opposes"),
    # words that only describe: no label
    ("The council imposed sanctions against North Korea in 2006.", "sanctions", None),
    ("It coerces other states into implementing the sanctions.", "sanctions", None),
    ("Resorting to war exercises against a dialogue partner shows their intent.", "dialogue", None),
    ("The resolution condemning the launch and sanctioning the regime passed.", "sanctions", None),
    # a failure said of the topic
    ("Again and again, attempts to resolve issues through dialogue have all come to nought.", "dialogue", None),
    ("Years of sanctions have failed.", "sanctions", "opposes"),
    # both sides in one sentence: not plain
    ("We support sanctions, but we reject any sanctions that hurt civilians.", "sanctions", None),
])
def test_a_stance_is_given_only_where_the_words_make_it_plain(sentence, topic, expected):
    assert stance(sentence, topic) == expected


def test_a_statement_whose_sentences_disagree_has_no_stance():
    said = "We support sanctions on the regime. We oppose sanctions that hurt the people. The rest is history."
    assert unit_stance(said, PATTERNS["sanctions"])[0] is None
    agreed = "We support sanctions on the regime. The sanctions must be fully implemented."
    found, cue, sentence = unit_stance(agreed, PATTERNS["sanctions"])
    assert found == "supports" and cue == "support" and sentence == "We support sanctions on the regime."


def test_a_sentence_on_another_subject_tells_no_stance_on_the_briefings_topics():
    subject = briefing_subject({"the peninsula": ["North Korea"]}, "the peninsula", ["Iran"])
    elsewhere = "The dispute over Iran's nuclear programme should be resolved through dialogue."
    assert unit_stance(elsewhere, PATTERNS["dialogue"])[0] == "supports"  # without a subject: any sentence
    assert unit_stance(elsewhere, PATTERNS["dialogue"], subject)[0] is None
    both = "Iran and North Korea should settle their disputes through dialogue."
    assert unit_stance(both, PATTERNS["dialogue"], subject)[0] == "supports"
    said = f"{elsewhere} We reject any dialogue with the North."
    assert unit_stance(said, PATTERNS["dialogue"], subject)[:2] == ("opposes", "reject")


def test_a_subject_that_is_no_topic_is_named_with_its_line_and_ignored(tmp_path):
    (tmp_path / "briefing.yml").write_text("topics:\n  sanctions: [sanction]\nsubject: Korea\n"
                                           "elsewhere: Iran\n", "utf-8")
    problems = []
    info = site_info(tmp_path, problems)
    assert [(p.path, p.line) for p in problems] == [(f"{tmp_path.name}/briefing.yml", 3),
                                                    (f"{tmp_path.name}/briefing.yml", 4)]
    assert info.subject_topic is None and info.elsewhere == []


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("folder, least_found", [
    ("stance", 1 / 3),  # 78 statements, labelled before the rules were tuned on them
    ("stance/heldout", 1 / 4),  # 67 more, labelled apart and scored blind once the rules were final
    ("stance/third", 1 / 3),  # 60 more (session 29), scored blind once, then mended on
    ("stance/fourth", 1 / 3),  # 60 more of any speaker (session 29), scored blind once, then mended on
    ("stance/fifth", 1 / 5),  # 60 more of any speaker, scored blind once on the session's rules but the last
    ("stance/sixth", 1 / 6),  # 60 more of any speaker, scored blind once on the session's final rules
])
def test_stance_precision_on_the_hand_labelled_statements_of_the_briefing(folder, least_found):
    """Statements and quotations of the six parties from the briefing's documents, labelled by
    hand (tests/data/stance). Where the rules give a label, at least 85% are right; and they
    give one to a share of the items that have one."""
    info = site_info(REPO / "site_src", [])  # the topics, positions and subject, as a build reads them
    patterns, subject = topic_patterns(info.position_topics), info.subject
    data = REPO / "tests" / "data" / folder
    gold = {row["item"]: row["label"] for row in read_tsv(data / "gold.tsv")}
    items = read_tsv(data / "items.tsv")
    assert len(items) >= 60 and set(gold) == {item["item"] for item in items}
    ours = {item["item"]: unit_stance(item["text"], patterns[item["topic"]], subject)[0] for item in items}
    labelled = [item for item, label in ours.items() if label]
    right = [item for item in labelled if ours[item] == gold[item]]
    with_stance = [item for item, label in gold.items() if label != "none"]
    assert len(right) / len(labelled) >= 0.85, (len(right), len(labelled))
    assert len(right) >= len(with_stance) * least_found


KENYA = CuratedData(actors=[CuratedActor(name="Kenya", kind="country"),
                            CuratedActor(name="Amina Odhiambo", kind="person",
                                         roles=[Role(title="Foreign Minister", affiliation="Kenya")])])


def briefing(nlp, texts: list[tuple[str, dt.date]], last_days: dict[int, dt.date] | None = None):
    """The knowledge base of `texts`; `last_days`: the last day a text of that index can be from."""
    articles = [make_article(text, date, f"doc-{n}") for n, (text, date) in enumerate(texts)]
    for n, day in (last_days or {}).items():
        articles[n].date_latest = day
    return build_knowledge_base(articles, [extract_one(a, nlp) for a in articles], KENYA)


def test_a_country_speaks_through_its_minister_and_a_change_of_mind_is_told(nlp):
    said = [("“We reject any sanctions on our neighbours,” Kenya’s Foreign Minister Amina Odhiambo said.", dt.date(2010, 3, 1)),
            ("“Sanctions are counterproductive,” Amina Odhiambo said.", dt.date(2011, 3, 1)),
            ("“We now support sanctions on the regime,” Amina Odhiambo said.", dt.date(2016, 3, 1)),
            ("“Sanctions must be fully implemented,” Amina Odhiambo said.", dt.date(2017, 3, 1))]
    kb = briefing(nlp, said)
    positions = {(p.actor, p.topic): p for p in find_positions(kb, TOPICS)}
    minister, country = positions[("amina-odhiambo", "sanctions")], positions[("kenya", "sanctions")]
    assert [e.stance for e in country.evidence] == ["supports", "supports", "opposes", "opposes"]  # newest first
    assert country.stance == "supports" and minister.stance == "supports"
    before, after = country.change
    assert (before.date, before.stance, after.date, after.stance) == ("2011-03-01", "opposes", "2016-03-01", "supports")


def test_a_statement_of_one_of_several_days_is_dated_as_precisely_as_it_is_known(nlp):
    said = [("“We reject any sanctions on our neighbours,” Kenya’s Foreign Minister Amina Odhiambo said.", dt.date(2010, 3, 1)),
            ("“Sanctions are counterproductive,” Amina Odhiambo said.", dt.date(2011, 3, 1)),
            ("“We now support sanctions on the regime,” Amina Odhiambo said.", dt.date(2016, 9, 20)),
            ("“Sanctions must be fully implemented,” Amina Odhiambo said.", dt.date(2017, 3, 1))]
    kb = briefing(nlp, said, {2: dt.date(2016, 9, 30)})  # a general-debate statement, dated by its opening day
    before, after = next(p for p in find_positions(kb, TOPICS) if (p.actor, p.topic) == ("kenya", "sanctions")).change
    assert (before.date, after.date) == ("2011-03-01", "2016-09")
    site = SiteInfo(topics=TOPICS)
    page = Renderer(kb, None, site, find_positions(kb, site.position_topics)).render_all()["positions/kenya.md"]
    assert "**Changed:** opposes on 1 March 2011 (" in page and "supports in September 2016 (" in page
    assert "- September 2016 · **supports**" in page


def test_one_odd_statement_is_no_change_of_mind(nlp):
    kb = briefing(nlp, [("“We support sanctions,” Kenya’s Foreign Minister Amina Odhiambo said.", dt.date(2010, 3, 1)),
                        ("“We reject these sanctions,” Amina Odhiambo said.", dt.date(2012, 3, 1)),
                        ("“We support sanctions,” Amina Odhiambo said again.", dt.date(2014, 3, 1))])
    position = next(p for p in find_positions(kb, TOPICS) if (p.actor, p.topic) == ("kenya", "sanctions"))
    assert position.stance == "supports" and position.change is None


def test_the_positions_pages_link_each_cell_to_its_evidence(nlp):
    kb = briefing(nlp, [("“We reject any sanctions on our neighbours,” Kenya’s Foreign Minister Amina Odhiambo said.",
                         dt.date(2010, 3, 1)),
                        ("“The military option is unacceptable,” Amina Odhiambo said.", dt.date(2011, 3, 1))])
    site = SiteInfo(topics=TOPICS)
    pages = Renderer(kb, None, site, find_positions(kb, site.position_topics)).render_all()
    matrix = pages["positions/index.md"]
    assert "| [Kenya](kenya.md) | [opposes &#40;1 of 1&#41;](kenya.md#sanctions) |" in matrix
    assert "[opposes &#40;1 of 1&#41;](kenya.md#military-action)" in matrix
    evidence = pages["positions/kenya.md"]
    assert "## sanctions { #sanctions }" in evidence and "**opposes** (“reject”)" in evidence
    assert "(../articles/doc-0.md#p-1)" in evidence
    profile = pages["actors/kenya.md"]
    assert "## Positions" in profile and "(../positions/kenya.md#military-action)" in profile


def test_a_briefing_without_topics_says_how_to_declare_them(nlp):
    kb = briefing(nlp, [("“We reject sanctions,” Amina Odhiambo said.", dt.date(2010, 3, 1))])
    pages = Renderer(kb, None, SiteInfo(), find_positions(kb, {})).render_all()
    assert "declares no topics" in pages["positions/index.md"]


def test_a_new_stance_said_once_in_a_later_year_after_a_settled_one_is_a_change(nlp):
    kb = briefing(nlp, [("“We support sanctions,” Kenya’s Foreign Minister Amina Odhiambo said.", dt.date(2010, 3, 1)),
                        ("“Sanctions must be fully implemented,” Amina Odhiambo said.", dt.date(2011, 3, 1)),
                        ("“We reject these sanctions,” Amina Odhiambo said.", dt.date(2015, 3, 1))])
    position = next(p for p in find_positions(kb, TOPICS) if (p.actor, p.topic) == ("kenya", "sanctions"))
    before, after = position.change
    assert (before.date, after.date, after.stance) == ("2011-03-01", "2015-03-01", "opposes")
