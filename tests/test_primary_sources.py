"""Primary sources beside news: a speech is one speaker's own words, paragraph by paragraph; a
briefing is turns of labelled speakers, a reporter's question nobody's statement. Texts written
for these tests, in the shapes of UN statements and White House briefings."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bs4 import BeautifulSoup

from generator.extract import extract_one
from generator.reader import read_article, split_paragraphs
from generator.model import Article
from tests.conftest import mkdocs_build

SPEECH = """---
title: "Ireland at the general debate, 2016 (excerpt)"
date: 2016-09-21
kind: "speech"
speaker: "Amara Osei"
speaker_role: "Minister for Foreign Affairs"
speaker_affiliation: "Ireland"
licence: "CC0 1.0"
---

The nuclear test conducted by the Democratic People's Republic of Korea this month is a grave threat to the region. Ireland calls on all parties to return to the six-party talks.

[…]

As our President told this Assembly last year, "no nation is safe while one nation tests bombs in defiance of the Council."

We welcome the new budget of the Food and Agriculture Organization.
"""

BRIEFING = """---
title: "Press Briefing 3/2/16 (excerpt)"
date: 2016-03-02
kind: "briefing"
speaker: "Josh Earnest"
speaker_role: "Press Secretary"
speaker_affiliation: "The White House"
---

Q Josh, does the President believe the new sanctions resolution will change North Korea's behaviour?

MR. EARNEST: The sanctions adopted today are the toughest in two decades. They will cut off revenue for the regime's weapons programmes.

That is why we worked so closely with China on the text.

Q Is China going to enforce them?

MR. EARNEST: We expect every member of the Council to carry out its obligations.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_speech_is_read_with_its_kind_and_speaker(tmp_path):
    article, problems = read_article(write(tmp_path, "speech.md", SPEECH), tmp_path)
    assert (article.kind, article.speaker, article.speaker_role, article.speaker_affiliation) == \
        ("speech", "Amara Osei", "Minister for Foreign Affairs", "Ireland")
    assert not [p for p in problems if "unknown front matter" in p.message]


def test_an_unknown_kind_is_named_with_its_line_and_read_as_an_article(tmp_path):
    text = SPEECH.replace('kind: "speech"', 'kind: "sermon"')
    article, problems = read_article(write(tmp_path, "odd.md", text), tmp_path)
    assert article.kind == "article"
    assert any(p.line == 4 and "sermon" in p.message for p in problems)


def test_every_paragraph_of_a_speech_is_a_statement_of_its_speaker(tmp_path, nlp):
    article, _ = read_article(write(tmp_path, "speech.md", SPEECH), tmp_path)
    record = extract_one(article, nlp)
    assert [s.speaker for s in record.statements] == ["Amara Osei"] * 3  # "[…]" is no statement
    assert record.statements[0].text.startswith("The nuclear test conducted")
    speaker = next(a for a in record.actors if a.key == "Amara Osei")
    assert [(r.title, r.affiliation, r.date) for r in speaker.roles] == \
        [("Minister for Foreign Affairs", "Ireland", "2016-09-21")]


def test_a_speech_quoting_someone_else_keeps_that_quote_apart(tmp_path, nlp):
    article, _ = read_article(write(tmp_path, "speech.md", SPEECH), tmp_path)
    record = extract_one(article, nlp)
    quoted = [q for q in record.quotes if "no nation is safe" in q.text]
    assert quoted and quoted[0].speaker != "Amara Osei"  # their President's words, not the minister's
    assert not [q for q in record.quotes if q.kind == "indirect"]  # the speech is not a flood of quotes


def test_a_briefing_is_turns_and_a_reporters_question_is_nobodys(tmp_path, nlp):
    article, _ = read_article(write(tmp_path, "briefing.md", BRIEFING), tmp_path)
    record = extract_one(article, nlp)
    assert [(s.speaker, s.text[:30]) for s in record.statements] == [
        ("Josh Earnest", "The sanctions adopted today ar"),
        ("Josh Earnest", "That is why we worked so close"),  # a paragraph with no label goes on with the turn
        ("Josh Earnest", "We expect every member of the "),
    ]
    assert not any("MR. EARNEST" in a.key or a.key == "Q" for a in record.actors)
    assert not [q for q in record.quotes if q.resolved_by == "label"]


def test_bracketed_labels_and_the_end_mark_are_no_actors(tmp_path, nlp):
    text = BRIEFING.replace("MR. EARNEST: We expect", "[MR. BADER:] We expect") + "\nEND 1:30 P.M. EST\n"
    article, _ = read_article(write(tmp_path, "briefing.md", text), tmp_path)
    record = extract_one(article, nlp)
    assert [s.speaker for s in record.statements][-1] == "Bader"
    assert not any(a.key in ("BADER", "END") for a in record.actors)


def test_a_speaker_described_but_not_named_makes_no_person(tmp_path, nlp):
    text = SPEECH.replace('speaker: "Amara Osei"', 'speaker: "Head of delegation (not named in the speakers table)"')
    article, _ = read_article(write(tmp_path, "speech.md", text), tmp_path)
    record = extract_one(article, nlp)
    assert record.statements and all(s.speaker is None for s in record.statements)
    assert not any("delegation" in a.key for a in record.actors)


def test_an_unnamed_officials_turns_are_their_governments_words_with_no_person(tmp_path, nlp):
    text = BRIEFING.replace('speaker: "Josh Earnest"', 'speaker: "Senior Administration Official"').replace(
        "MR. EARNEST: We expect", "SENIOR ADMINISTRATION OFFICIAL: We expect")
    article, _ = read_article(write(tmp_path, "briefing.md", text), tmp_path)
    record = extract_one(article, nlp)
    unnamed = record.statements[-1]
    assert (unnamed.speaker, unnamed.affiliation, unnamed.text[:9]) == (None, "The White House", "We expect")
    assert not any("Official" in a.key for a in record.actors)


def test_a_news_article_has_no_statements(nlp):
    article = Article(id="news", path="news.md", title="News", date=dt.date(2016, 3, 2),
                      body="“We will act,” the minister said on Tuesday.")
    article.paragraphs = split_paragraphs(article.body, "News")
    record = extract_one(article, nlp)
    assert record.statements == [] and record.quotes


def test_key_passages_are_the_statements_on_the_briefings_topics(project):
    articles = project / "site_src" / "articles"
    write(articles, "2016-09-21_freedonia-speech.md", SPEECH)
    write(articles, "2016-03-02_press-briefing.md", BRIEFING)
    briefing = project / "site_src" / "briefing.yml"
    briefing.write_text(briefing.read_text(encoding="utf-8") + "topics:\n  sanctions: [sanction]\n"
                        "  six-party talks: [six-party talks]\n", encoding="utf-8")
    mkdocs_build(project)
    data = json.loads((project / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    osei = next(a for a in data["actors"] if a["name"] == "Amara Osei")
    assert len([s for s in data["statements"] if s["speaker"] == osei["id"]]) == 3
    page = BeautifulSoup((project / "site" / "actors" / osei["id"] / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    heading = next(h for h in page.find_all("h2") if h.get_text().startswith("Key passages"))
    assert "1 of 3 statements" in heading.get_text()  # the six-party talks paragraph; not the FAO budget
    passage = heading.find_next("blockquote")
    assert "return to the six-party talks" in passage.get_text() and "on six-party talks" in passage.get_text()
    assert "Food and Agriculture" not in page.get_text()
    assert "speaks in 1 source" in page.get_text()  # the speaker of a speech is not named in it
    speech = BeautifulSoup((project / "site" / "articles" / "2016-09-21-freedonia-speech" / "index.html").read_text(
        encoding="utf-8"), "html.parser")
    first = speech.find(id="p-1")
    assert first is not None and "The nuclear test" in first.get_text()
    assert not [a for a in first.find_all("a") if "amara-osei" in a.get("href", "")]  # no words made a link to her
    ireland = next(a for a in data["actors"] if a["name"] == "Ireland")
    country = BeautifulSoup((project / "site" / "actors" / ireland["id"] / "index.html").read_text(encoding="utf-8"),
                            "html.parser")
    spoke_for = next(h for h in country.find_all("h2") if h.get_text().startswith("Key passages of those who spoke"))
    assert "Amara Osei" in spoke_for.find_next("blockquote").get_text()  # what Ireland said, and who said it


def test_what_the_parties_said_stands_under_the_event_it_names_once_per_party(project):
    speech = SPEECH.replace("2016-09-21", "2009-09-23").replace(
        "We welcome the new budget", "Resolution 1874 must be carried out in full. We welcome the new budget").replace(
        "Ireland calls on all parties", "Every State must enforce resolution 1874 at its ports. Ireland calls on all parties")
    write(project / "site_src" / "articles", "2009-09-23_ireland-speech.md", speech)
    mkdocs_build(project)
    page = BeautifulSoup((project / "site" / "timelines" / "un-sanctions" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    entry = next(li for li in page.find_all("li") if li.get_text().lstrip().startswith("12 June 2009")
                 or "Resolution 1874, after" in li.get_text())
    said = next(li for li in entry.find_all("li") if "what the parties said" in li.get_text())
    # what she said twice of it: her name once, with the two paragraphs
    assert said.get_text().count("Amara Osei") == 1
    assert [a.get_text() for a in said.find_all("a") if "ireland-speech" in a.get("href", "")] == ["¶1", "¶4"]
    unrelated = next(li for li in page.find_all("li") if "Resolution 1718, after" in li.get_text())
    assert "Amara Osei" not in unrelated.get_text()


def test_an_entrys_nested_lines_end_with_it_and_the_next_entry_stands_in_the_years_list(project):
    speech = SPEECH.replace("2016-09-21", "2009-09-23").replace(
        "We welcome the new budget", "Resolution 1874 must be carried out in full. We welcome the new budget")
    write(project / "site_src" / "articles", "2009-09-23_ireland-speech.md", speech)
    write(project / "site_src" / "articles", "2009-11-20_sanctions-news.md",
          '---\ntitle: "Sanctions tighten"\ndate: 2009-11-20\n---\n\nDiplomats met in New York.\n\n'
          "The Security Council adopted resolution 1874 on 12 June 2009. New sanctions on the regime took effect on "
          "15 November 2009.\n")
    mkdocs_build(project)
    page = BeautifulSoup((project / "site" / "timelines" / "un-sanctions" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    # an entry: an item that opens with its date in bold (in a <p> where the list has blank lines)
    dated = [li for li in page.select("article li") if li.strong and li.strong.get_text()[:1].isdigit()
             and li.get_text().lstrip().startswith(li.strong.get_text())]
    resolution = next(li for li in dated if "Resolution 1874, after" in li.get_text())
    assert "also reported in 1 more" in resolution.get_text() and "what the parties said" in resolution.get_text()
    assert any(li.strong.get_text() == "15 November 2009" for li in dated)
    assert [li.strong.get_text() for li in dated if li.find_parent("li") is not None] == []


UN_EXCERPT = """---
title: "Freedonia at the general debate, 2017 (excerpt)"
date: 2017-09-19
date_precision: "general debate opening day"
kind: "speech"
speaker: "Amara Osei"
---

Since the President uttered such reckless and violent words from this very rostrum, it is fair for me to respond in a corresponding tone.

In this Hall today, I reiterate that the sanctions resolutions adopted by the Security Council are unjust and unfair.
"""
UN_FULL_TEXT = """---
title: "Statement by Amara Osei in the general debate, session 72"
date: 2017-09-23
---

First of all, allow me to congratulate the President of the General Assembly on his election at this session.

Since the President uttered such reckless and violent words from this very rostrum, it is fair for me to respond in a corresponding tone.

In this Hall today, I reiterate that the sanctions resolutions adopted by the Security Council are unjust and unfair.
"""
UN_UNDATED_DAY = """---
title: "Ruritania at the general debate, 2017 (excerpt)"
date: 2017-09-19
date_precision: "general debate opening day"
kind: "speech"
speaker: "Boris Petrov"
---

The challenges facing the Korean peninsula today require dialogue. Yesterday, the Security Council met on the missile launches of North Korea.
"""


def test_a_statement_dated_by_the_debates_opening_day_shows_its_window_or_the_day_its_copy_gives(project):
    articles = project / "site_src" / "articles"
    write(articles, "2017-09-19_freedonia.md", UN_EXCERPT)
    write(articles, "un_2017_freedonia.md", UN_FULL_TEXT)
    write(articles, "2017-09-19_ruritania.md", UN_UNDATED_DAY)
    mkdocs_build(project)
    data = json.loads((project / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    dates = {a["id"]: (a["date"], a["date_latest"], a["date_note"]) for a in data["articles"]}
    assert dates["2017-09-19-ruritania"] == ("2017-09-19", "2017-09-29", None)
    assert dates["2017-09-19-freedonia"] == (
        "2017-09-23", None, "the date of its copy, Statement by Amara Osei in the general debate, session 72")
    met = next(e for e in data["events"] if e["article"] == "2017-09-19-ruritania")
    assert met["date"] == {"start": "2017-09-18", "end": "2017-09-28"}  # "yesterday", of a day of the window

    def published(article_id: str) -> str:
        page = BeautifulSoup((project / "site" / "articles" / article_id / "index.html").read_text(encoding="utf-8"),
                             "html.parser")
        return next(p.get_text(" ", strip=True) for p in page.find_all("p") if p.get_text().startswith("Published"))
    assert published("2017-09-19-ruritania").startswith(
        "Published: 19–29 September 2017 (the day is not known: the source dates it by its "
        "general debate opening day)")
    assert published("2017-09-19-freedonia").startswith(
        "Published: 23 September 2017 (by the date of its copy, Statement by Amara Osei in the general debate, "
        "session 72)")
