"""A primary source's own words: the paragraphs of a speech, the turns of a briefing.

A news article reports what others said, in quotation marks or in reported speech. A speech,
statement or remarks (`kind: speech`) is one speaker's words throughout, named in the front matter;
a briefing or transcript (`kind: briefing`) is turns, each opened by its speaker's label ("MR.
GIBBS:", "SECRETARY KERRY:", "Q" for a reporter). Each paragraph (or turn) becomes one statement of
its speaker, instead of a flood of quotations; quotation marks inside a speech are still the
speaker quoting someone else, found as in any article. Part of the extract stage: it reads the
Article and the Doc's quote findings, and returns records.
"""
from __future__ import annotations

from typing import Callable, Optional

from .model import TURN_LABEL, Article, LocalActor, QuoteRecord, Role, StatementRecord, describes_someone

LABEL_TITLES = {"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "dr.", "dr", "secretary", "ambassador", "general", "admiral",
                "senator", "governor", "minister", "the", "vice", "president", "deputy", "press"}
OMITTED = {"[…]", "[...]", "…"}
UNNAMED = ""  # the speaker of a turn whom its label describes but does not name
FIRST_PERSON = {"i", "we", "me", "us"}


def statements_of(article: Article, actors: list[LocalActor], quotes: list[QuoteRecord],
                  canonical: Callable[[str], str] = str) -> tuple[list[StatementRecord], list[QuoteRecord]]:
    """The statements of a speech or briefing, and the quotes that stay quotes (the speaker
    quoting someone else); an article keeps its quotes and has no statements. `canonical` gives
    a name's canonical form ("Russian Federation" -> "Russia")."""
    affiliation = canonical(article.speaker_affiliation) if article.speaker_affiliation else None
    if article.is_speech:
        speaker = speaker_actor(article, actors, affiliation) if article.named_speaker else None
        key = speaker.key if speaker else None
        statements = [StatementRecord(p.start, p.end, text, key, affiliation) for p, text in own_paragraphs(article)]
        return statements, [q for q in quotes if quotes_someone_else(q, key)]
    if article.is_transcript:
        statements = turns(article, actors, affiliation)
        return statements, [q for q in quotes if q.resolved_by != "label" and q.kind != "indirect"]
    return [], quotes


def own_paragraphs(article: Article):
    """The text paragraphs, whitespace tidied, without the excerpt's "[…]" marks."""
    for paragraph in article.paragraphs:
        text = " ".join(article.body[paragraph.start:paragraph.end].split())
        if paragraph.kind == "text" and text not in OMITTED:
            yield paragraph, text


def speaker_actor(article: Article, actors: list[LocalActor], affiliation: Optional[str]) -> LocalActor:
    """The front matter's speaker as an actor of the document, with the role it gives for the
    document's date (the same person the text may name, if it does)."""
    name = article.speaker or ""
    actor = next((a for a in actors if a.kind == "person" and a.key == name), None)
    if actor is None:
        actor = LocalActor(key=name, name=name, kind="person", aliases=[name])
        actors.append(actor)
    if article.speaker_role or article.speaker_affiliation:
        actor.roles.append(Role(title=article.speaker_role or "", affiliation=affiliation,
                                article=article.id, date=article.date.isoformat() if article.date else None))
    return actor


def quotes_someone_else(quote: QuoteRecord, speaker: Optional[str]) -> bool:
    """In a speech, words in quotation marks by another speaker stay quotes; the speaker's own
    reported speech ("we believe that …") is already their statement."""
    if quote.kind == "indirect":
        return False
    return quote.speaker != speaker and (quote.speaker_text or "").lower() not in FIRST_PERSON


def turns(article: Article, actors: list[LocalActor], affiliation: Optional[str]) -> list[StatementRecord]:
    """Each turn of a briefing, its speaker found by label; a paragraph with no label goes on
    with the turn before; a reporter's question ("Q") is nobody's statement."""
    statements: list[StatementRecord] = []
    speaker: Optional[str] = None
    people: dict[str, LocalActor] = {}
    for paragraph, text in own_paragraphs(article):
        label = TURN_LABEL.match(text)
        if label:
            speaker = None if label.group("q") else label_speaker(label.group("label"), article, actors, people,
                                                                 affiliation)
            text = text[label.end():]
        if speaker is not None and text:
            spoke_for = affiliation if speaker in (article.speaker, UNNAMED) else None
            statements.append(StatementRecord(paragraph.start, paragraph.end, text, speaker or None, spoke_for))
    return statements


def label_speaker(label: str, article: Article, actors: list[LocalActor],
                  people: dict[str, LocalActor], affiliation: Optional[str]) -> Optional[str]:
    """"MR. GIBBS" is the briefing's speaker Robert Gibbs; "SECRETARY KERRY" the person of the
    document called Kerry; "THE PRESIDENT" no one we can name; "SENIOR ADMINISTRATION OFFICIAL"
    someone unnamed (UNNAMED), who speaks for the briefing's government."""
    words = [w for w in label.lower().split() if w not in LABEL_TITLES]
    if not words:
        return None
    if describes_someone(label):
        return UNNAMED
    surname = words[-1].strip(".").capitalize()
    if article.speaker and article.speaker.split()[-1].lower() == surname.lower():
        key = article.speaker
        if key not in people:
            people[key] = speaker_actor(article, actors, affiliation)
        return key
    known = next((a for a in actors if a.kind == "person" and a.key.split()[-1].lower() == surname.lower()), None)
    actor = known or people.get(surname) or LocalActor(key=surname, name=surname, kind="person", aliases=[surname])
    if actor not in actors:
        actors.append(actor)
    people.setdefault(actor.key, actor)
    return actor.key
