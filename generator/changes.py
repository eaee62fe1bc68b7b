"""Stage 4d: what changed since the last build that changed anything. Each build keeps a small
record of what it published (docs/data/changes.json: the ids of the documents, actors, quotations
and statements, a digest of each event, each position's stance) and the changes of the last
builds. The home page opens with the newest of them ("New since …") and the site publishes them as
an Atom feed (feed.xml), so that a reader can follow the briefing.

A build that publishes the same briefing again (a template changed, a cache cleared) keeps the
changes it found before: the home page goes on saying what is new until something else is."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Optional, Sequence

from .hashing import text_digest
from .model import Event, KnowledgeBase
from .positions import Position

RECORD = "data/changes.json"
HISTORY = 20  # change sets kept, for the feed
KINDS = ("documents", "actors", "quotes", "statements", "events", "positions")


@dataclass
class ChangeSet:
    """What one build published that the build before it had not."""

    date: str  # ISO date of the build
    since: Optional[str]  # ISO date of the build before
    added: dict[str, list[str]] = field(default_factory=dict)  # kind -> ids new in this build
    changed: dict[str, list[str]] = field(default_factory=dict)  # "events", "positions" -> ids whose content changed

    @property
    def empty(self) -> bool:
        return not any(self.added.values()) and not any(self.changed.values())


@dataclass
class ChangeRecord:
    published: dict[str, dict[str, str]]  # kind -> id -> digest of what was published
    date: Optional[str]  # when that was first published
    history: list[ChangeSet]  # newest first

    @property
    def latest(self) -> Optional[ChangeSet]:
        return self.history[0] if self.history else None

    def to_json(self) -> str:
        return json.dumps({"date": self.date, "published": self.published,
                           "history": [vars(c) for c in self.history]}, ensure_ascii=False, sort_keys=True) + "\n"


def digest(*parts: object) -> str:
    return text_digest(*parts, length=12)


def event_counts(event: Event) -> list:
    """A disagreeing count, where there is one: entries without keep the digests earlier builds recorded."""
    if not event.other_counts:
        return []
    return [sorted((noun, sorted(phrases)) for noun, phrases in event.other_counts.items())]


def published_state(kb: KnowledgeBase, positions: Sequence[Position]) -> dict[str, dict[str, str]]:
    """What a reader can see of the briefing, item by item, each with a digest of its content."""
    return {  # a document's last possible day only where it has one: the others keep their digests
        "documents": {a.id: digest(a.title, a.date, *filter(None, [a.date_latest])) for a in kb.articles},
        "actors": {a.id: digest(a.name) for a in kb.actors},
        "quotes": {q.id: digest(q.text, q.speaker) for q in kb.quotes},
        "statements": {s.id: digest(s.text, s.speaker) for s in kb.statements},
        # an entry that gains a report ("also reported in 3 more"), a disagreeing date or count has changed
        "events": {e.id: digest(e.date_start, e.date_end, e.text, sorted(e.supporting), sorted(e.also_reported),
                                sorted(e.other_dates), *event_counts(e)) for e in kb.events},
        "positions": {f"{p.actor}|{p.topic}": p.stance or "" for p in positions},
    }


def read_record(text: Optional[str]) -> Optional[ChangeRecord]:
    """The record the last build left, or None (no build before, or a record this code cannot read)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        history = [ChangeSet(**c) for c in data["history"]]
        published = {kind: dict(data["published"][kind]) for kind in KINDS}
        return ChangeRecord(published, data["date"], history)
    except (ValueError, KeyError, TypeError):
        return None


def update_record(previous: Optional[ChangeRecord], state: dict[str, dict[str, str]],
                  today: dt.date) -> ChangeRecord:
    """The record after this build: the same as before where the briefing is the same; else
    what is new or changed since, first in the history."""
    date = today.isoformat()
    if previous is None:  # the first build: everything is new, and nothing is news
        return ChangeRecord(state, date, [])
    if state == previous.published:
        return previous
    found = ChangeSet(date=date, since=previous.date)
    for kind in KINDS:
        before, now = previous.published.get(kind, {}), state[kind]
        found.added[kind] = [i for i in now if i not in before]
        if kind in ("events", "positions"):
            found.changed[kind] = [i for i in now if i in before and before[i] != now[i]]
    history = ([found] if not found.empty else []) + previous.history
    return ChangeRecord(state, date, history[:HISTORY])
