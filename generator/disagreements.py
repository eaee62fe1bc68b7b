"""Stage 4b, last step: where the documents disagree with a curated timeline, say so. A count
the timeline's `claims` check ("five rounds of six-party talks" after the sixth), or an event of
the timeline's subject dated before the subject began."""
from __future__ import annotations

import re

from .counts import NUMBER_WORDS
from .model import Article, Event, Note, Timeline

ROUND = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) round\b", re.IGNORECASE)
RESOLUTION = re.compile(r"\bresolution (\d{3,4})\b", re.IGNORECASE)

def events_named(text: str) -> tuple[set[str], set[str]]:
    """The rounds ("fourth round") and resolutions ("1874") a text names."""
    return {m.group(0).lower() for m in ROUND.finditer(text)}, set(RESOLUTION.findall(text))


def is_count(word: str) -> bool:
    """"six" and "6" are counts; "several" and "many" are not, and contradict nothing."""
    return word.isdigit() or word.lower() in NUMBER_WORDS


def dated_of_the_subject(event: Event, timeline: Timeline) -> bool:
    """Whether a sentence dates the timeline's subject itself, not something it names: the
    date is said near the subject's name ("the six-party talks began in 2003", not "beginning in
    1994, the efforts for dialogue went on, first through the Agreed Framework and later through
    the Six-Party Talks"), and a resolution it names is one of the timeline's ("resolution 1540
    (2004)" is another resolution's year)."""
    _, resolutions = events_named(event.text)
    if resolutions and not resolutions & events_named(" ".join(e.text for e in timeline.entries))[1]:
        return False
    text = event.text.lower()
    at = text.find(event.expression.lower())
    words_between = [len(text[min(at, k):max(at, k)].split()) for k in keyword_positions(text, timeline)]
    return at < 0 or any(n <= SUBJECT_NEAR_DATE for n in words_between)


SUBJECT_NEAR_DATE = 12  # words


def keyword_positions(text: str, timeline: Timeline) -> list[int]:
    return [m.start() for keyword in timeline.keywords for m in re.finditer(re.escape(keyword.lower()), text)]


def same_count(a: str, b: str) -> bool:
    """"six" and "6" are one count."""
    return NUMBER_WORDS.get(a.lower(), a.lower()) == NUMBER_WORDS.get(b.lower(), b.lower())


def required_words(pattern: str) -> list[str]:
    """The runs of plain characters every match of `pattern` holds ("rounds of " and "six-party
    talks" in "(\\w+) rounds of (?:the )?six-party talks"), case-folded: a text without one of
    them cannot match, and the pattern, which may try a match at every word, need not read it.
    Empty where a pattern has no such run (a choice at its top, say) or is not understood."""
    try:
        items = list(re._parser.parse(pattern))
    except (re.error, AttributeError, TypeError):
        return []
    runs, run = [], ""
    for op, argument in items:
        if op is re._constants.LITERAL and argument < 128:
            run += chr(argument)
        else:
            runs.append(run)
            run = ""
    return [r.casefold() for r in [*runs, run] if len(r.strip()) >= 3]


def contradictions(articles: list[Article], timelines: list[Timeline], events: list[Event]) -> list[Note]:
    """Statements that disagree with a timeline: a count its `claims` check ("five rounds of
    six-party talks"), or an event on the timeline dated before the subject began (and ended before it:
    "the only country to have tested in this century" holds the timeline)."""
    notes: list[Note] = []
    folded: dict[str, str] = {}  # an article's text, case-folded, for the required words of the claims
    for timeline in timelines:
        for claim in timeline.claims:
            pattern = re.compile(claim["pattern"], re.IGNORECASE)
            required = required_words(claim["pattern"])
            since, until = str(claim.get("from") or "0000"), str(claim.get("until") or "9999")
            for article in articles:
                if article.date and not since <= article.date.isoformat() <= until:
                    continue  # a count true only from or until a date: "three rounds" in 2004
                if required:
                    if article.id not in folded:
                        folded[article.id] = article.analysable_text().casefold()
                    if not all(words in folded[article.id] for words in required):
                        continue
                for match in pattern.finditer(article.analysable_text()):
                    if match.groups() and is_count(match.group(1)) and not same_count(match.group(1), claim["expect"]):
                        para = article.paragraph_at(match.start())
                        notes.append(Note(timeline.id, article.id, para.index if para else None,
                                          " ".join(match.group(0).split()), claim["says"]))
        if timeline.entries:
            first = min(e.date_start for e in timeline.entries)[:4]
            for event in events:
                if event.timeline == timeline.id and event.article and event.date_end[:4] < first \
                        and dated_of_the_subject(event, timeline):
                    notes.append(Note(timeline.id, event.article, event.paragraph, event.text,
                                      f"the curated timeline begins in {first}"))
    return notes
