"""Plain dataclasses passed between the stages.

Offsets (`start`, `end`) are always character offsets into `Article.body`: the text of the
file after its front matter, exactly as read. Nothing downstream re-reads a file.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

# no-break, the typographic spaces, narrow no-break, medium mathematical, ideographic. A regular
# expression, not str.translate with a table: that looks up every character (0.2 s per 1,000 articles)
UNUSUAL_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")

# --- reader ------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """A warning or an error about one source file, with the line it is on."""

    path: str
    line: int
    message: str
    severity: str = "warning"  # "warning" | "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Paragraph:
    """A block of article text separated by blank lines; `debris` marks scraped page furniture."""

    index: int
    start: int
    end: int
    kind: str = "text"  # "text" | "heading" | "debris" | "headline"


# "MR. GIBBS:", "[MR. BADER:]", "SECRETARY KERRY:", "THE PRESIDENT:", "Q" or "Q:" opening a briefing's turn
TURN_LABEL = re.compile(r"(?:(?P<q>Q):?|\[?(?P<label>(?:[A-Z][A-Z.'’\-]*\s){0,3}[A-Z][A-Z.'’\-]+):\]?)\s+(?=\S)")
# "SENIOR ADMINISTRATION OFFICIAL:", "speaker: Senior Administration Official": a description of
# whoever spoke, not a name; the words are their government's, with no person made up for them
UNNAMED_HEADS = {"official", "officials", "spokesperson", "spokesman", "spokeswoman", "moderator", "participant",
                 "participants", "aide", "source", "operator", "staff", "delegation", "representative", "audience"}
SPEECH_KINDS = ("speech", "statement", "remarks")  # every sentence is the speaker's own
TRANSCRIPT_KINDS = ("briefing", "transcript")  # turns, each labelled with its speaker ("MR. EARNEST:")
DOCUMENT_KINDS = ("article",) + SPEECH_KINDS + TRANSCRIPT_KINDS
# the date words of an article's lead, which tells the news of its publication day or just before
LEAD_EXPRESSION = "date of publication"


@dataclass
class Article:
    id: str
    path: str
    title: str
    body: str
    date: Optional[dt.date] = None  # the day it is from, or the first day it can be from (see date_latest)
    source: Optional[str] = None
    url: Optional[str] = None
    meta: dict = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    # the last day it can be from, where its source dates it only by a first possible day (see
    # document_dates.py); None: it is from `date` itself
    date_latest: Optional[dt.date] = None
    date_note: Optional[str] = None  # how its day was found, where not from its own front matter
    body_line: int = 1  # line of the file on which the body starts
    # what the document is (see DOCUMENT_KINDS): a news article reports others' words; a speech,
    # statement or remarks are one speaker's own words; a briefing or transcript is turns of speakers
    kind: str = "article"
    speaker: Optional[str] = None  # the speaker of a speech, or the main speaker of a briefing
    speaker_role: Optional[str] = None
    speaker_affiliation: Optional[str] = None

    @property
    def date_window(self) -> tuple[Optional[dt.date], Optional[dt.date]]:
        """The first and the last day the document can be from (the same day for most)."""
        return self.date, self.date_latest or self.date

    @property
    def date_prefix(self) -> Optional[str]:
        """The document's date as precisely as it is known: "2017-04-28", or "2017-09" for a
        document of one of the days 19 to 29 September 2017."""
        first, last = self.date_window
        return shared_date(first.isoformat(), last.isoformat()) if first else None

    @property
    def named_speaker(self) -> Optional[str]:
        """The front matter's speaker, where it is a name ("Head of delegation …" and "Senior
        Administration Official" describe someone, they name no one)."""
        return self.speaker if self.kind != "article" and names_someone(self.speaker) else None

    @property
    def is_speech(self) -> bool:
        return self.kind in SPEECH_KINDS

    @property
    def is_transcript(self) -> bool:
        return self.kind in TRANSCRIPT_KINDS

    def line_of(self, offset: int) -> int:
        """The line of the source file holding body offset `offset`."""
        return self.body_line + self.body.count("\n", 0, offset)

    def paragraph_at(self, offset: int) -> Optional[Paragraph]:
        """The paragraph holding `offset` (paragraphs are in text order: found by bisection)."""
        at = bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1
        if at >= 0 and offset < self.paragraphs[at].end:
            return self.paragraphs[at]
        return None

    def analysable_text(self) -> str:
        """The body as spaCy should read it, the same length so that every offset still holds:
        debris blanked to spaces; line breaks inside a paragraph (hard-wrapped text) made spaces,
        since spaCy would not match "United\nStates"; unusual spaces (no-break, thin) made plain
        ones, since spaCy would glue "Rex\u00a0Tillerson". Made once per body and paragraphs."""
        made_from = (self.body, tuple((p.start, p.end, p.kind) for p in self.paragraphs), self.kind)
        cached = self.__dict__.get("_analysable")
        if cached is None or cached[0] != made_from:
            self.__dict__["_analysable"] = (made_from, self._make_analysable_text())
        return self.__dict__["_analysable"][1]

    def _make_analysable_text(self) -> str:
        text = UNUSUAL_SPACE.sub(" ", self.body)
        pieces, done = [], 0
        for para in sorted(self.paragraphs, key=lambda p: p.start):
            start = max(para.start, done)  # paragraphs do not overlap; were one to, its overlap stays as made
            if para.end <= start:
                continue
            pieces.append(text[done:start])
            if para.kind in ("debris", "headline"):
                pieces.append(" " * (para.end - start))
            else:
                words = text[start:para.end].replace("\r", " ").replace("\n", " ")
                if self.is_transcript:  # "MR. CARNEY:", "Q" open a turn: no name of the text, no actor
                    label = TURN_LABEL.match(self.body, para.start, para.end)
                    blanked = max(0, (label.end() if label else para.start) - start)
                    words = " " * blanked + words[blanked:]
                pieces.append(words)
            done = para.end
        pieces.append(text[done:])
        return "".join(pieces)


def names_someone(speaker: Optional[str]) -> bool:
    """"Head of delegation (not named in the speakers table)" is a description, not a name: the
    speech stays its country's, with no person profile made up for it."""
    return bool(speaker) and "(" not in speaker and speaker[:1].isupper() and not speaker.lower().startswith(
        ("head of", "the ", "a ", "an ", "unnamed", "unknown")) and not describes_someone(speaker)


def describes_someone(words: str) -> bool:
    return words.lower().split()[-1].strip(".:") in UNNAMED_HEADS


# --- extraction (one record per article) ---------------------------------------


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Role:
    title: str
    affiliation: Optional[str] = None  # an actor's canonical name; in the knowledge base, its id
    article: Optional[str] = None
    date: Optional[str] = None


@dataclass
class LocalActor:
    """An actor as one article knows it: its mentions grouped under one canonical name."""

    key: str  # canonical name inside the article, e.g. "Rex Tillerson"
    name: str
    kind: str  # person | country | organization | group
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class QuoteRecord:
    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    speaker: Optional[str]  # LocalActor.key or None
    speaker_text: Optional[str] = None  # the words in the sentence naming the speaker ("he")
    cue: Optional[str] = None
    sentence_start: int = 0
    sentence_end: int = 0
    speaker_head: Optional[int] = None  # offset of the head word of those words ("he", "Tillerson")
    # which step of the speaker sieve decided the speaker (pipeline/attribution/): "label", "name",
    # "owner", "description", "pronoun", "follow-on", or "unnamed" for a source the article leaves
    # unnamed on purpose ("a senior official", "critics")
    resolved_by: Optional[str] = None
    speaker_role: Optional[str] = None  # the role the words give the speaker: "a spokesman for X" -> spokesperson


@dataclass
class StatementRecord:
    """A paragraph of a speech, or a turn of a briefing: its speaker's own words."""

    start: int
    end: int
    text: str
    speaker: Optional[str]  # LocalActor.key, or None for a reporter's question ("Q")
    affiliation: Optional[str] = None  # whom a speech's speaker spoke for, by its canonical name ("North Korea")


@dataclass
class TimexRecord:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str]
    range_start: Optional[str] = None  # ISO date (year, month or day precision)
    range_end: Optional[str] = None


@dataclass
class EventRecord:
    start: int  # the sentence
    end: int
    text: str
    expression: str
    date_start: str
    date_end: str
    actors: list[str] = field(default_factory=list)  # LocalActor keys
    occasion: bool = False  # "we discussed today": the occasion the document records (dated_events.of_the_occasion)
    of_a_saying: bool = False  # "Bucher said Tuesday that …": the date is the saying's (dated_events.dates_a_saying)
    appearance: str = ""  # "said Thursday at a town hall": the appearance the date holds (dated_events.appearance_of)
    act: str = ""  # "die||": what the date holds done, by whom, to what (dated_events.act_of)
    counts: dict[str, str] = field(default_factory=dict)  # what the sentence counts: {"missile": "21 missiles"}


@dataclass
class ArticleExtraction:
    article_id: str
    actors: list[LocalActor] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    timexes: list[TimexRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    scare_quotes: list[QuoteRecord] = field(default_factory=list)  # in marks, but nobody's words
    statements: list[StatementRecord] = field(default_factory=list)  # a speech's paragraphs, a briefing's turns

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ArticleExtraction":
        return cls(
            article_id=data["article_id"],
            actors=[
                LocalActor(
                    **{k: v for k, v in a.items() if k not in ("mentions", "roles")},
                    mentions=[Mention(**m) for m in a["mentions"]],
                    roles=[Role(**r) for r in a["roles"]],
                )
                for a in data["actors"]
            ],
            quotes=[QuoteRecord(**q) for q in data["quotes"]],
            timexes=[TimexRecord(**t) for t in data["timexes"]],
            events=[EventRecord(**e) for e in data["events"]],
            problems=[Problem(**p) for p in data["problems"]],
            scare_quotes=[QuoteRecord(**q) for q in data.get("scare_quotes", [])],
            statements=[StatementRecord(**st) for st in data.get("statements", [])],
        )


# --- curated data ------------------------------------------------------------------


@dataclass
class CuratedActor:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    description: Optional[str] = None


@dataclass
class TimelineEntry:
    date_start: str
    date_end: str
    text: str
    source: str
    source_url: Optional[str] = None
    actors: list[str] = field(default_factory=list)


@dataclass
class Timeline:
    id: str
    title: str
    description: str
    keywords: list[str]
    entries: list[TimelineEntry]
    path: str = ""
    claims: list[dict] = field(default_factory=list)


@dataclass
class CuratedData:
    actors: list[CuratedActor] = field(default_factory=list)
    not_actors: list[str] = field(default_factory=list)  # names that get no profile in this briefing
    timelines: list[Timeline] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# --- knowledge base --------------------------------------------------------------------


@dataclass
class KBMention:
    article: str
    start: int
    end: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[KBMention] = field(default_factory=list)
    description: Optional[str] = None
    curated: bool = False


@dataclass
class Quote:
    id: str
    article: str
    text: str
    speaker: Optional[str]  # Actor.id
    speaker_text: Optional[str]
    cue: Optional[str]
    kind: str
    start: int
    end: int
    sentence: str
    paragraph: int
    resolved_by: Optional[str] = None  # the step of the speaker sieve that decided; "unnamed" on purpose
    speaker_role: Optional[str] = None  # "spokesperson" for "a spokesman for the ministry"

    @property
    def unnamed_source(self) -> bool:
        """Said by someone the article does not name, on purpose ("a senior official")."""
        return self.speaker is None and self.resolved_by == "unnamed" and bool(self.speaker_text)


@dataclass
class Statement:
    """A speaker's own words in a primary source: a paragraph of a speech, a turn of a briefing."""

    id: str
    article: str
    speaker: Optional[str]  # Actor.id
    text: str
    start: int
    end: int
    paragraph: int
    affiliation: Optional[str] = None  # Actor.id of whom the speaker spoke for (the front matter's, that day)


@dataclass
class Timex:
    article: str
    start: int
    end: int
    text: str
    type: str
    value: Optional[str]


@dataclass
class Event:
    id: str
    article: Optional[str]
    expression: str
    date_start: str
    date_end: str
    text: str
    actors: list[str]  # Actor ids
    timeline: Optional[str]
    paragraph: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None
    source: Optional[str] = None  # curated entries: where the fact comes from
    source_url: Optional[str] = None
    supporting: list[str] = field(default_factory=list)  # ids of article events backing a curated entry
    said: list[str] = field(default_factory=list)  # ids of statements speaking of a curated entry
    also_reported: list[str] = field(default_factory=list)  # ids of the other reports of the same event
    other_dates: dict[str, list[str]] = field(default_factory=dict)  # a date other reports give -> their ids
    occasion: bool = False  # reports the occasion its document records, with the document's other such reports
    of_a_saying: bool = False  # dates what someone said, not the events the words name
    appearance: str = ""  # the public appearance its date holds: "town hall", "rally", "press conference"
    act: str = ""  # "verb|subject|object" of what its date holds done: "announce|lynch|lawsuit"
    counts: dict[str, str] = field(default_factory=dict)  # what its sentence counts: {"missile": "21 missiles"}
    # what the reports of the entry count differently: {"missile": {"21 missiles": [ids], "22 missiles": [ids]}}
    other_counts: dict[str, dict[str, list[str]]] = field(default_factory=dict)


@dataclass
class MarkedPhrase:
    """Words in quote marks that are nobody's quotation: a title, a nickname, a scare quote."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class Note:
    """A statement in an article that disagrees with a curated timeline."""

    timeline: str
    article: str
    paragraph: Optional[int]
    statement: str  # the article's words
    expected: str  # what the curated data says


@dataclass
class KnowledgeBase:
    articles: list[Article]
    actors: list[Actor]
    quotes: list[Quote]
    timexes: list[Timex]
    events: list[Event]
    timelines: list[Timeline]
    problems: list[Problem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    scare_quotes: list[MarkedPhrase] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    repeats: dict[str, list[str]] = field(default_factory=dict)  # article id -> the earlier ids whose text it repeats
    reports: dict[str, Event] = field(default_factory=dict)  # id -> a report merged into another event's entry

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        if actor_id is None:
            return None
        return self._actors_by_id().get(actor_id)

    def _actors_by_id(self) -> dict[str, Actor]:
        cache = self.__dict__.get("_by_id")
        if cache is None or len(cache) != len(self.actors):
            cache = {a.id: a for a in self.actors}
            self.__dict__["_by_id"] = cache
        return cache


@dataclass(frozen=True)
class PageOnDisk:
    """A page the page memo found in docs/ as the last build wrote it: neither the memo nor the
    writer reads it unless the writer has no record of having written it."""

    path: Path

    def read(self) -> bytes:
        return self.path.read_bytes()


def relpath(path: Path, root: Path) -> str:
    """`path` relative to `root` when it is inside it, for messages that name files."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def spans_overlap(start: str, end: str, other_start: str, other_end: str) -> bool:
    """Whether two spans of partial ISO dates share a day: "2003" covers 2003-08-27, "2005-09" 2005-09-19."""
    return start[:len(other_end)] <= other_end and other_start[:len(end)] <= end


def shared_date(first: Optional[str], second: Optional[str]) -> Optional[str]:
    """What two ISO dates (or TIMEX3 values) have in common: "2017-09-19" and "2017-09-30" are
    "2017-09"; two years apart, nothing."""
    if first == second or not first or not second:
        return first if first == second else None
    shared = []
    for a, b in zip(first.split("-"), second.split("-")):
        if a != b:
            break
        shared.append(a)
    return "-".join(shared) or None


def first_day(iso: str) -> dt.date:
    """The first day a partial ISO date covers: "2005" -> 1 January 2005, "2005-09" -> 1 September."""
    return dt.date.fromisoformat((iso + "-01-01")[:10])


def last_day(iso: str) -> dt.date:
    """The last day a partial ISO date covers: "2005" -> 31 December 2005, "2005-09" -> 30 September."""
    if len(iso) >= 10:
        return dt.date.fromisoformat(iso[:10])
    year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])
