"""What changed, as a reader meets it: the "New since …" section of the home page and the Atom
feed (feed.xml, written with feedgen). Part of the render stage: it turns a change set's ids into
titles and links to the pages that show them."""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Optional

from feedgen.feed import FeedGenerator

from .changes import ChangeRecord, ChangeSet, digest
from .model import KnowledgeBase
from .positions import topic_anchor
from .slugs import slug

WORDS_SHOWN = 12  # of a quotation, a statement or an event


@dataclass(frozen=True)
class NewsItem:
    text: str  # plain, untrusted: escaped where it lands
    page: str  # the page, a docs path without ".md": "articles/some-id"
    anchor: str = ""  # "#p-4", or ""


def first_words(text: str, count: int = WORDS_SHOWN) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


class News:
    """A change set's items by group, found in the knowledge base (an item since removed is left out)."""

    def __init__(self, kb: KnowledgeBase, stances: dict[tuple[str, str], Optional[str]]):
        self.kb = kb
        self.stances = stances
        self.articles = {a.id: a for a in kb.articles}
        self.quotes = {q.id: q for q in kb.quotes}
        self.statements = {s.id: s for s in kb.statements}
        self.events = {e.id: e for e in kb.events}

    def groups(self, change: ChangeSet) -> list[tuple[str, list[NewsItem]]]:
        found = [
            ("Documents", [self.document(i) for i in change.added.get("documents", [])]),
            ("Actors", [self.actor(i) for i in change.added.get("actors", [])]),
            ("Quotations", [self.quote(i) for i in change.added.get("quotes", [])]),
            ("Statements", [self.statement(i) for i in change.added.get("statements", [])]),
            ("Events, new or changed", [self.event(i) for i in
                                        change.added.get("events", []) + change.changed.get("events", [])]),
            ("Positions, new or changed", [self.position(i) for i in
                                           change.added.get("positions", []) + change.changed.get("positions", [])]),
        ]
        return [(title, [item for item in items if item]) for title, items in found
                if any(item for item in items)]

    def document(self, article_id: str) -> Optional[NewsItem]:
        article = self.articles.get(article_id)
        return NewsItem(article.title, f"articles/{article.id}") if article else None

    def actor(self, actor_id: str) -> Optional[NewsItem]:
        actor = self.kb.actor(actor_id)
        return NewsItem(actor.name, f"actors/{actor.id}") if actor else None

    def speaker(self, actor_id: Optional[str]) -> str:
        actor = self.kb.actor(actor_id)
        return actor.name if actor else "Unattributed"

    def quote(self, quote_id: str) -> Optional[NewsItem]:
        quote = self.quotes.get(quote_id)
        if quote is None:
            return None
        words = first_words(quote.text)
        said = words if quote.kind == "indirect" else f"“{words}”"
        return NewsItem(f"{self.speaker(quote.speaker)}: {said}", f"quotes/{quote.article}", f"#{quote.id}")

    def statement(self, statement_id: str) -> Optional[NewsItem]:
        statement = self.statements.get(statement_id)
        if statement is None:
            return None
        return NewsItem(f"{self.speaker(statement.speaker)}: {first_words(statement.text)}",
                        f"articles/{statement.article}", f"#p-{statement.paragraph}")

    def event(self, event_id: str) -> Optional[NewsItem]:
        event = self.events.get(event_id)
        if event is None:
            return None
        text = f"{event.date_start}: {first_words(event.text)}"
        if event.article:
            return NewsItem(text, f"articles/{event.article}", f"#p-{event.paragraph}" if event.paragraph else "")
        return NewsItem(text, f"timelines/{event.timeline}" if event.timeline else "timelines/index")

    def position(self, key: str) -> Optional[NewsItem]:
        actor_id, _, topic = key.partition("|")
        actor = self.kb.actor(actor_id)
        if actor is None or (actor_id, topic) not in self.stances:
            return None
        stance = self.stances[(actor_id, topic)] or "no plain stance"
        return NewsItem(f"{actor.name} on {topic}: {stance}", f"positions/{actor_id}", f"#{topic_anchor(topic)}")


def site_url(item: NewsItem) -> str:
    """The item's address in the built site, from its root (MkDocs' directory URLs)."""
    page = item.page.removesuffix("index").rstrip("/")
    return f"{page}/{item.anchor}" if page else f"./{item.anchor}"


def feed_xml(record: Optional[ChangeRecord], news: News, title: str, limit: int = 50) -> bytes:
    """The Atom feed of the record's change sets, newest first: an entry a build that changed something."""
    feed = FeedGenerator()
    feed.id(f"urn:briefing:{slug(title, 'briefing')}:changes")
    feed.title(f"{title}: what changed")
    feed.link(href="./", rel="alternate")
    history = record.history if record else []
    feed.updated(as_datetime(history[0].date if history else (record.date if record else None)))
    for change in reversed(history):  # feedgen puts the last added first
        groups = news.groups(change)
        entry = feed.add_entry()
        entry.id(f"urn:briefing:{slug(title, 'briefing')}:changes:{change.date}:{digest(change.added, change.changed)}")
        entry.title(f"New since {change.since}: " + ", ".join(counted(len(items), name) for name, items in groups))
        entry.updated(as_datetime(change.date))
        entry.link(href="./", rel="alternate")
        entry.content(entry_html(groups, limit), type="html")
    return feed.atom_str(pretty=True)


def counted(count: int, group: str) -> str:
    """"1 document", "2 quotations", "3 events" from the group's title ("Events, new or changed")."""
    noun = group.split(",")[0].lower()
    return f"{count} {noun.removesuffix('s') if count == 1 else noun}"


def entry_html(groups: list[tuple[str, list[NewsItem]]], limit: int) -> str:
    parts = []
    for name, items in groups:
        lines = "".join(f'<li><a href="{html.escape(site_url(i))}">{html.escape(i.text)}</a></li>'
                        for i in items[:limit])
        more = f"<li>… and {len(items) - limit} more</li>" if len(items) > limit else ""
        parts.append(f"<h3>{html.escape(name)}</h3><ul>{lines}{more}</ul>")
    return "".join(parts)


def as_datetime(day: Optional[str]) -> dt.datetime:
    date = dt.date.fromisoformat(day) if day else dt.date(1970, 1, 1)
    return dt.datetime(date.year, date.month, date.day, tzinfo=dt.timezone.utc)
