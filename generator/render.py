"""Stage 5: render the knowledge base into Markdown pages and docs/data/briefing.json.

Pages are Jinja templates: a briefing's own `templates/`, file by file over the package's
defaults (see theme.py). Everything a template prints is escaped for
Markdown unless it is `Markup` built here (links to our own pages, marks in article text), so an
article cannot inject HTML, links or Markdown syntax into the site. Rendering happens in memory;
the writer then puts the pages in place.
"""
from __future__ import annotations

import bisect
import datetime as dt
import html
import json
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
import traceback
from typing import Callable, Hashable, Iterable, Optional, Sequence, TypeVar

from jinja2 import FileSystemBytecodeCache, StrictUndefined, TemplateError, TemplateNotFound, TemplateSyntaxError
from markupsafe import Markup

from . import __version__
from .knowledge import speaks_of
from .markup import escape_inline, finalize, html_attr, inert_block_start, link, md_text, safe_url
from .model import Actor, Article, Event, KnowledgeBase, Paragraph, Quote, Statement, Timeline
from .changes import ChangeRecord
from .hashing import text_digest
from .news import News, feed_xml
from .positions import Position, Subject, briefing_subject, topic_patterns
from .positions import topic_anchor as anchor_of_topic
from .render_memo import GROWING, Deferred, NotingEnvironment, PageMemo
from .slugs import slug
from .theme import template_folders, template_loader

OWNED_FOLDERS = ("actors", "quotes", "timelines", "articles", "data", "positions")
# the quotes index stays a page a reader can use, however large the briefing: the rest is on the
# speakers' profiles and the articles' pages of quotations
QUOTES_PER_SPEAKER = 20
NEWS_SHOWN = 10  # items of each kind in the home page's "New since"; the feed has more
POSITION_ROWS = 24  # the positions page: the countries first, then those who said most
STANCE_TITLES = {"supports": "supports", "opposes": "opposes", "conditional": "conditional"}  # the issue's own words
PROFILE_LIMIT = 20  # a profile lists this many quotations, articles and events; pages by year hold them all
SPEAKERS_LISTED = 100
RELATION_NODES = 16  # the diagram stays readable: the most mentioned actors only
RELATION_EDGES = 30
KIND_TITLES = {"person": "People", "country": "Countries", "organization": "Organisations", "group": "Groups"}
KIND_TAGS = {"person": "Person", "country": "Country", "organization": "Organisation", "group": "Group"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


T = TypeVar("T")


def grouped_in_order(items: Iterable[T], key: Callable[[T], Hashable]) -> list[list[T]]:
    """The items in groups of the same key, the groups in the order their first item comes."""
    groups: dict[Hashable, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.values())


def said_by_speaker(ids: list[str], statements_by_id: dict[str, Statement]) -> list[list[Statement]]:
    """What the parties said of an event, a group for each speaker and document, in order: "Choe
    Su Hon (21 September 2004: ¶20, ¶25)", not his name twice."""
    return grouped_in_order((statements_by_id[i] for i in ids),
                            lambda statement: (statement.speaker or statement.affiliation, statement.article))


@dataclass
class SiteInfo:
    title: str = "Briefing"
    description: str = ""
    # the briefing's topics, each with the words that tell a passage is on it ("sanctions":
    # ["sanction", "resolution 1718"]): a speaker's key passages are their statements on a topic
    topics: dict[str, list[str]] = field(default_factory=dict)
    positions: Optional[list[str]] = None  # the topics of the positions page; None: all of them
    # a front matter's date_precision (as document_dates.precision_key spells it) -> how many days
    # after its date a document so dated can be: "general debate opening day" -> 10
    date_windows: dict[str, int] = field(default_factory=dict)
    subject_topic: Optional[str] = None  # the topic whose words name the briefing's subject
    elsewhere: list[str] = field(default_factory=list)  # names of other subjects: "Iran", "Burma"

    @property
    def subject(self) -> Subject:
        return briefing_subject(self.topics, self.subject_topic, self.elsewhere)

    @property
    def position_topics(self) -> dict[str, list[str]]:
        names = self.topics if self.positions is None else self.positions
        return {name: self.topics[name] for name in names if name in self.topics}

    def topics_of(self, text: str) -> list[str]:
        lowered = text.lower()
        return [topic for topic, pattern in self.topic_patterns.items() if pattern.search(lowered)]

    @cached_property
    def topic_patterns(self) -> dict[str, re.Pattern]:
        """Made once, used on every statement."""
        return topic_patterns(self.topics)


def format_date(value: Optional[str | dt.date]) -> str:
    """"2017-04-28" -> "28 April 2017", "2017-04" -> "April 2017", "2003" -> "2003"."""
    if not value:
        return "undated"
    parts = str(value).split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return str(value)


def role_titles(actor: Actor) -> str:
    """The actor's distinct titles, in the order first met: "Secretary of State; CEO"."""
    seen: list[str] = []
    for role in actor.roles:
        if role.title and role.title not in seen:
            seen.append(role.title)
    return "; ".join(seen)


def format_period(period: Optional[str]) -> str:
    """A role's time: "2013-03-16/" -> "since 16 March 2013", a single date -> "as of …"."""
    if not period:
        return ""
    if "/" not in period:
        return f"as of {format_date(period)}"
    start, end = period.split("/", 1)
    if not end:
        return f"since {format_date(start)}"
    return format_range(start, end)


def on_date(value: Optional[str]) -> str:
    """"on 20 September 2016", "in September 2016": a date as the time of something said."""
    return f"{'on' if value and len(value) == 10 else 'in'} {format_date(value)}"


def document_date(article) -> str:
    """"28 April 2017"; for a document of one of several days, "19–29 September 2017"."""
    first, last = article.date_window
    return format_range(first.isoformat(), last.isoformat()) if first else "undated"


def format_range(start: str, end: str) -> str:
    """Dates from `start` to `end`, the parts they share said once: "19–29 September 2017", "19
    September – 3 October 2017", "January–September 2017", "2003–2009", "2003 – May 2009"."""
    if not end or end == start:
        return format_date(start)
    first, last = format_date(start).split(" "), format_date(end).split(" ")
    if len(start) == len(end) == 4:
        return f"{start}–{end}"
    if len(first) == len(last) > 1 and start[:4] == end[:4] and "undated" not in (first[0], last[0]):
        if len(first) == 3 and first[1] == last[1]:
            return f"{first[0]}–{last[0]} {last[1]} {last[2]}"  # "19–29 September 2017"
        if len(first) == 3:
            return f"{first[0]} {first[1]} – {' '.join(last)}"  # "19 September – 3 October 2017"
        return f"{first[0]}–{' '.join(last)}"  # "January–September 2017"
    return f"{format_date(start)} – {format_date(end)}"


def compiled_template_cache(folder: Optional[Path]) -> Optional[FileSystemBytecodeCache]:
    """Jinja's cache of compiled templates in `folder`; the folders beside it, of older code, go."""
    if folder is None:
        return None
    for older in folder.parent.glob("*"):
        if older.is_dir() and older != folder:
            shutil.rmtree(older, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


class TemplateProblem(Exception):
    """A template that is missing or broken: the message names the file and the line."""


class Renderer:
    def __init__(self, kb: KnowledgeBase, templates: Optional[Path], site: SiteInfo,
                 positions: Sequence[Position] = (), changes: Optional[ChangeRecord] = None,
                 memo: Optional[PageMemo] = None, compiled_templates: Optional[Path] = None):
        """`compiled_templates`: a folder where Jinja keeps the templates it compiled (0.15 s a
        build); it compiles again the one whose source changed."""
        self.kb = kb
        self.site = site
        self.changes = changes
        self.memo = memo
        # what the page being rendered looked up through the helpers, by (kind, key): see render_memo.py
        self.looked_up: Optional[dict[tuple[str, str], str]] = None
        self.lookups: dict[tuple[str, str], str] = {}
        self.news = News(kb, {(p.actor, p.topic): p.stance for p in positions})
        self.positions: dict[str, list[Position]] = defaultdict(list)  # by actor, in the order of the topics
        for position in positions:
            self.positions[position.actor].append(position)
        self.template_folders = template_folders(templates)
        # `finalize` escapes every printed value for Markdown; autoescape makes macros return Markup
        # so their (already escaped) output is not escaped twice. Templates do not change during a
        # build: no check of their files for every page.
        self.env = NotingEnvironment(loader=template_loader(templates), autoescape=True, finalize=finalize,
                                     undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                                     keep_trailing_newline=True, auto_reload=False,
                                     bytecode_cache=compiled_template_cache(compiled_templates))
        self.env.noticed = lambda obj, field: self.note(field, obj.id)
        self.env.filters.update(date=format_date, on_date=on_date, md=md_text, attr=html_attr, url=safe_url)
        self.env.globals.update(date_range=format_range, document_date=document_date, period=format_period,
                                kind_titles=KIND_TITLES, titles=self.noted_role_titles)
        self.articles = {a.id: a for a in kb.articles}
        self.newest_documents = sorted(kb.articles, key=lambda a: (a.date or dt.date.min, a.title), reverse=True)
        # the timelines each document speaks of, its topic tags: on its page and on the tag pages
        self.topics = {a.id: [t.title for t in kb.timelines if speaks_of(a.body, t)] for a in kb.articles}
        self.quotes_by_speaker: dict[Optional[str], list[Quote]] = defaultdict(list)
        for quote in kb.quotes:
            self.quotes_by_speaker[quote.speaker].append(quote)
        for quotes in self.quotes_by_speaker.values():  # every list of a speaker's quotes shows the newest first
            quotes.sort(key=self.newest_first)
        self.events_by_actor: dict[str, list[Event]] = defaultdict(list)
        for event in kb.events:
            for actor_id in event.actors:
                self.events_by_actor[actor_id].append(event)
        self.statements_by_speaker: dict[Optional[str], list[Statement]] = defaultdict(list)
        self.statements_for: dict[Optional[str], list[Statement]] = defaultdict(list)  # by whom they spoke for
        self.statements_by_article: dict[str, list[Statement]] = defaultdict(list)
        self.statements_by_id = {statement.id: statement for statement in kb.statements}
        self.topics_by_statement: dict[str, list[str]] = {}
        for statement in kb.statements:
            self.statements_by_article[statement.article].append(statement)
            self.statements_by_speaker[statement.speaker].append(statement)
            self.statements_for[statement.affiliation].append(statement)
        self.quotes_by_article: dict[str, list[Quote]] = defaultdict(list)
        for quote in kb.quotes:
            self.quotes_by_article[quote.article].append(quote)
        mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for actor in kb.actors:
            for mention in actor.mentions:
                mentions[mention.article].append((mention.start, mention.end, actor.id))
        self.markers = {a.id: ArticleMarker(a, self.quotes_by_article[a.id], mentions[a.id]) for a in kb.articles}

    # --- links (every URL is ours; `root` climbs from the page's folder to docs/) -------------

    def note(self, kind: str, key: Optional[str]) -> None:
        """The page being rendered shows something looked up outside its context: remember what."""
        if self.looked_up is not None:
            self.looked_up[(kind, key or "")] = self.lookup(kind, key or "")

    def lookup(self, kind: str, key: str) -> str:
        """What a page shows of the actor, article, report, timeline or article text `key`, as
        a digest: a page that looked it up is rendered again when it changes."""
        if (kind, key) not in self.lookups:
            self.lookups[(kind, key)] = text_digest(*self.looked_up_value(kind, key))
        return self.lookups[(kind, key)]

    def looked_up_value(self, kind: str, key: str) -> tuple:
        if kind == "actor":
            actor = self.kb.actor(key)
            return (actor.name,) if actor else ()
        if kind == "article":
            article = self.articles.get(key)
            return (article.title, *article.date_window) if article else ()
        if kind == "report":
            report = self.kb.reports.get(key)
            return (report.article, report.paragraph, *self.looked_up_value("article", report.article or "")) \
                if report else ()
        if kind == "timeline":
            return tuple(t.title for t in self.kb.timelines if t.id == key)
        if kind in GROWING[Actor]:  # a field that grows with the briefing: noted where it is read
            actor = self.kb.actor(key)
            return (getattr(actor, kind),) if actor else ()
        if kind == "text":  # an article's words with the actors they name linked
            marker = self.markers.get(key)
            return (marker.article.body, marker.mentions) if marker else ()
        raise ValueError(f"no lookup of kind {kind!r}")

    def actor_link(self, actor_id: Optional[str], root: str, fallback: Optional[str] = None) -> Markup:
        self.note("actor", actor_id)
        actor = self.kb.actor(actor_id)
        if actor is None:
            return md_text(fallback) if fallback else Markup("unattributed")
        return link(actor.name, f"{root}actors/{actor.id}.md")

    def source_link(self, article_id: Optional[str], paragraph: Optional[int], root: str,
                    label: Optional[str] = None) -> Markup:
        self.note("article", article_id)
        article = self.articles.get(article_id or "")
        if article is None:
            return Markup("")
        anchor = f"#p-{paragraph}" if paragraph else ""
        return link(label or article.title, f"{root}articles/{article.id}.md{anchor}")

    def quote_date(self, quote: Quote) -> str:
        self.note("article", quote.article)
        article = self.articles.get(quote.article)
        return document_date(article) if article else "undated"

    def helpers(self, root: str) -> dict:
        return {
            "root": root,
            "link": link,  # to one of our own pages, by its path from the page
            "actor_link": lambda actor_id, fallback=None: self.actor_link(actor_id, root, fallback),
            "source_link": lambda article_id, paragraph=None, label=None: self.source_link(
                article_id, paragraph, root, label),
            # a quotation's permalink: its entry on its article's page of quotations
            "quote_link": lambda quote, label=None: link(label or "quote page",
                                                         f"{root}quotes/{quote.article}.md#{quote.id}"),
            "article_link": lambda article: link(article.title, f"{root}articles/{article.id}.md"),
            "article_quotes_link": lambda article, count: link(
                f"{article.title} ({count} quotation{'s' if count != 1 else ''})", f"{root}quotes/{article.id}.md"),
            "timeline_link": lambda timeline_id: self.timeline_link(timeline_id, root),
            "quote_date": self.quote_date,
            "statement_date": self.statement_date,
            "quote_text": lambda quote: self.linked_text(quote.article, quote.start, quote.end, quote.text, root),
            "event_text": lambda event: self.linked_text(event.article, event.start, event.end, event.text, root),
            # the sentence behind a position, in its paragraph
            "evidence_link": lambda evidence: self.source_link(evidence.article, evidence.paragraph, root, "source"),
            # another document's report of an event, merged into its entry
            "report_link": lambda report_id: self.report_link(report_id, root),
            "reports_by_document": self.reports_by_document,
            "document_label": self.document_label,
            "said_by_speaker": said_by_speaker,
            "site": self.site,
        }

    def noted_role_titles(self, actor: Actor) -> str:
        """role_titles, for templates: the titles are read from a growing field (render_memo.GROWING)."""
        self.note("roles", actor.id)
        return role_titles(actor)

    def statement_date(self, statement: Statement) -> str:
        self.note("article", statement.article)
        return document_date(self.articles[statement.article])

    def linked_text(self, article_id: Optional[str], start: Optional[int], end: Optional[int], text: str,
                    root: str) -> Markup:
        """`text` with the actors it names linked, where it is the article's words as written
        (a reported clause with an aside cut out is not: it is shown plain)."""
        self.note("text", article_id)
        marker = self.markers.get(article_id or "")
        if marker is None or start is None or end is None:
            return md_text(text)
        if " ".join(marker.article.body[start:end].split()) != " ".join(text.split()):
            return md_text(text)
        return marker.excerpt(start, end, root)

    def report_link(self, report_id: str, root: str) -> Markup:
        self.note("report", report_id)
        report = self.kb.reports.get(report_id)
        if report is None or report.article not in self.articles:
            return Markup("")
        return self.source_link(report.article, report.paragraph, root, self.document_label(report.article))

    def reports_by_document(self, report_ids: list[str]) -> list[list[Event]]:
        """The reports merged into an entry, a group for each document in order: six sentences of
        one press conference are one document with six paragraphs, not its title six times."""
        for report_id in report_ids:
            self.note("report", report_id)
        reports = (self.kb.reports.get(i) for i in report_ids)
        groups = grouped_in_order((r for r in reports if r is not None and r.article in self.articles),
                                  lambda report: report.article)
        return [sorted(group, key=lambda report: report.paragraph or 0) for group in groups]

    def document_label(self, article_id: str, own: Optional[str] = None) -> str:
        """"Remarks by President Biden … (21 May 2022)", or "the same document" for the entry's own."""
        self.note("article", article_id)
        if article_id == own:
            return "the same document"
        article = self.articles[article_id]
        return f"{article.title} ({document_date(article)})" if article.date else article.title

    def timeline_link(self, timeline_id: Optional[str], root: str) -> Markup:
        self.note("timeline", timeline_id)
        for timeline in self.kb.timelines:
            if timeline.id == timeline_id:
                return link(timeline.title, f"{root}timelines/{timeline.id}.md")
        return Markup("")

    def page(self, template: str, root: str, **context) -> str:
        try:
            return self.env.get_template(template).render(**self.helpers(root), **context)
        except TemplateNotFound as err:
            folders = " or ".join(str(f) for f in self.template_folders)
            raise TemplateProblem(f"template {err.name} not found in {folders}") from None
        except TemplateSyntaxError as err:
            raise TemplateProblem(f"{err.filename or err.name}:{err.lineno}: {err.message}") from None
        except (TemplateError, TypeError, ValueError, AttributeError, KeyError) as err:
            raise TemplateProblem(f"{failing_template_line(err, template)}: {err}") from None

    def memo_page(self, path: str, template: str, root: str, **context) -> str:
        """`page`, taken from the last build where neither its context nor anything its
        template looked up has changed (render_memo.py)."""
        key = self.memo.context_digest(template, root, context) if self.memo else None
        if key is not None:
            reused = self.memo.reuse(path, key, self.lookup)
            if reused is not None:
                return reused
            self.looked_up = {}
        try:
            text = self.page(template, root, **{k: resolved(v) for k, v in context.items()})
            if key is not None:
                self.memo.remember(path, key, self.looked_up, text)
        finally:
            self.looked_up = None
        return text

    # --- pages --------------------------------------------------------------------------

    def render_all(self) -> dict[str, str]:
        pages = {"index.md": self.home(), **self.tag_pages()}
        pages.update(self.actor_pages())
        pages.update(self.quote_pages())
        pages.update(self.timeline_pages())
        pages.update(self.article_pages())
        pages.update(self.position_pages())
        pages["feed.xml"] = feed_xml(self.changes, self.news, self.site.title)
        if self.changes is not None:
            pages["data/changes.json"] = self.changes.to_json()
        pages["data/briefing.json"] = knowledge_base_json(self.kb, [p for ps in self.positions.values() for p in ps])
        return pages

    def ranked_actors(self) -> list[Actor]:
        return sorted(self.kb.actors, key=lambda a: (-len(a.mentions), a.name))

    def home(self) -> str:
        dates = sorted(a.date for a in self.kb.articles if a.date)
        quoted = sorted((a for a in self.kb.actors if self.quotes_by_speaker.get(a.id)),
                        key=lambda a: -len([q for q in self.quotes_by_speaker[a.id] if q.kind != "indirect"]))
        latest_quotes = sorted((q for q in self.kb.quotes if q.kind == "direct" and q.speaker),
                               key=self.newest_first)
        return self.page(
            "home.md.j2", "", kb=self.kb, first=dates[0].isoformat() if dates else None,
            last=dates[-1].isoformat() if dates else None, key_actors=self.ranked_actors()[:10],
            quoted=[(a, self.latest_quote(a.id)) for a in quoted[:6]], latest_quotes=latest_quotes[:5],
            latest_events=[e for e in reversed(self.kb.events) if e.article][:6],
            timelines=self.kb.timelines, quotes_by_speaker=self.quotes_by_speaker,
            latest_change=self.changes.latest if self.changes else None,
            news=self.news.groups(self.changes.latest) if self.changes and self.changes.latest else [],
            news_shown=NEWS_SHOWN,
        )

    def newest_first(self, said: Quote | Statement) -> tuple:
        """Sort key: the latest article first, and within an article the order of the text."""
        published = self.articles[said.article].date or dt.date.min
        return (-published.toordinal(), said.article, said.start)

    def latest_quote(self, actor_id: str) -> Optional[Quote]:
        quotes = [q for q in self.quotes_by_speaker.get(actor_id, []) if q.kind != "indirect"] or \
            self.quotes_by_speaker.get(actor_id, [])
        return min(quotes, key=self.newest_first) if quotes else None

    def actor_pages(self) -> dict[str, str]:
        pages = {}
        groups = defaultdict(list)
        for actor in self.ranked_actors():
            groups[actor.kind].append(actor)
        pages["actors/index.md"] = self.page("actors_index.md.j2", "../", groups=groups,
                                             quotes_by_speaker=self.quotes_by_speaker,
                                             article_count=lambda a: len({m.article for m in a.mentions}))
        co_mentions = co_mentioned(self.kb)
        pages["actors/relations.md"] = self.relations(co_mentions)
        for actor in self.kb.actors:
            quotes = self.quotes_by_speaker.get(actor.id, [])
            statements = self.statements_by_speaker.get(actor.id, [])
            spoken_for = [st for st in self.statements_for.get(actor.id, []) if st.speaker != actor.id]
            per_article = Counter(m.article for m in actor.mentions)
            articles = [(self.articles[a], n) for a, n in per_article.most_common() if a in self.articles]
            events = self.events_by_actor.get(actor.id, [])
            by_year = self.actor_years(quotes, articles, events)
            years = [(year, sum(len(entries) for entries in lists)) for year, lists in by_year.items()] \
                if max(len(quotes), len(articles), len(events)) > PROFILE_LIMIT else []
            pages[f"actors/{actor.id}.md"] = self.memo_page(
                f"actors/{actor.id}.md", "actor.md.j2", "../", actor=actor, quotes=quotes, summary=self.summary(actor),
                tags=tag_links([KIND_TAGS[actor.kind]], "../"), articles=articles, limit=PROFILE_LIMIT,
                years=years, partners=[(self.kb.actor(i), n) for i, n in sorted(
                    co_mentions[actor.id].items(), key=lambda item: (-item[1], item[0]))[:8]],
                events=events, statements=statements, passages=self.key_passages(statements),
                positions=[p for p in self.positions.get(actor.id, []) if p.labelled], topic_anchor=topic_anchor,
                stance_title=STANCE_TITLES,
                topics=self.site.topics, spoken_for=spoken_for, passages_for=self.key_passages(spoken_for),
            )
            for year, (year_quotes, year_articles, year_events) in (by_year.items() if years else ()):
                pages[f"actors/{actor.id}/{year}.md"] = self.memo_page(
                    # the other years without their counts (the profile gives them): a year's page
                    # changes with its own year only
                    f"actors/{actor.id}/{year}.md", "actor_year.md.j2", "../../", actor=actor, year=year,
                    years=[other for other, _ in years], quotes=year_quotes,
                    articles=sorted(year_articles, key=lambda item: (item[0].date, item[0].title), reverse=True),
                    events=year_events)
        return pages

    def position_pages(self) -> dict[str, str]:
        """The positions page (actors by topics, a cell a stance) and a page of evidence an actor."""
        topics = list(self.site.position_topics)
        rows = sorted((self.kb.actor(a) for a in self.positions if self.kb.actor(a)), key=self.position_rank)
        rows = [a for a in rows if any(p.labelled for p in self.positions[a.id])][:POSITION_ROWS]
        pages = {"positions/index.md": self.page(
            "positions_index.md.j2", "../", topics=topics, rows=rows,
            cells={(p.actor, p.topic): p for ps in self.positions.values() for p in ps},
            changed={p.actor for ps in self.positions.values() for p in ps if p.change},
            topic_anchor=topic_anchor, stance_title=STANCE_TITLES)}
        for actor_id, positions in self.positions.items():
            actor = self.kb.actor(actor_id)
            if actor is not None:
                pages[f"positions/{actor_id}.md"] = self.memo_page(
                    f"positions/{actor_id}.md", "positions.md.j2", "../", actor=actor, positions=positions,
                    topic_anchor=topic_anchor, stance_title=STANCE_TITLES)
        return pages

    def position_rank(self, actor: Actor) -> tuple:
        """Countries first, then by how much they said on the topics."""
        labelled = sum(len(p.labelled) for p in self.positions[actor.id])
        return (actor.kind != "country", -labelled, actor.name)

    def actor_years(self, quotes: list[Quote], articles: list[tuple[Article, int]],
                    events: list[Event]) -> dict[str, tuple[list, list, list]]:
        """An actor's quotations and articles by the year they were published, its events by the
        year they happened; newest year first, documents without a date last."""
        def year_of(article_id: Optional[str]) -> str:
            article = self.articles.get(article_id or "")
            return str(article.date.year) if article and article.date else "undated"

        found: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
        for quote in quotes:
            found[year_of(quote.article)][0].append(quote)
        for article, count in articles:
            found[year_of(article.id)][1].append((article, count))
        for event in events:
            found[event.date_start[:4] if event.date_start else year_of(event.article)][2].append(event)
        return dict(sorted(found.items(), key=lambda item: (item[0] != "undated", item[0]), reverse=True))

    def key_passages(self, statements: list[Statement]) -> list[tuple[Statement, list[str]]]:
        """The statements on the briefing's topics (all of them where it declares none), newest
        first, each with the topics it is on."""
        found = [(st, self.statement_topics(st)) for st in statements]
        chosen = [(st, topics) for st, topics in found if topics or not self.site.topics]
        return sorted(chosen, key=lambda item: self.newest_first(item[0]))

    def statement_topics(self, statement: Statement) -> list[str]:
        """Found once a statement: it is a key passage of its speaker and of the body they spoke for."""
        if statement.id not in self.topics_by_statement:
            self.topics_by_statement[statement.id] = self.site.topics_of(statement.text)
        return self.topics_by_statement[statement.id]

    def relations(self, co_mentions: dict[str, Counter]) -> str:
        """Who is named with whom (paragraphs in common) and who answered whom, as a Mermaid graph."""
        top = self.ranked_actors()[:RELATION_NODES]
        node = {a.id: f"a{n}" for n, a in enumerate(top, start=1)}
        together = sorted(((a, b, n) for a in node for b, n in co_mentions[a].items()
                           if b in node and a < b and n >= 2), key=lambda e: (-e[2], e[0], e[1]))[:RELATION_EDGES]
        answers = sorted(((a, b, n) for (a, b), n in answered(self.kb).items() if a in node and b in node),
                         key=lambda e: (-e[2], e[0], e[1]))
        lines = ["graph LR"] + [f'  {node[a.id]}["{mermaid_label(a.name)}"]' for a in top]
        lines += [f"  {node[a]} ---|{n}| {node[b]}" for a, b, n in together]
        lines += [f"  {node[a]} -. answers .-> {node[b]}" for a, b, _ in answers]
        return self.page("relations.md.j2", "../", diagram=Markup("\n".join(lines)), together=together,
                         answers=answers, nodes=top)

    def summary(self, actor: Actor) -> str:
        """One generated sentence: who the actor is and how present it is in the briefing."""
        titled = [r for r in actor.roles if r.title]
        who = ""
        if titled:
            role = titled[0]
            of = self.kb.actor(role.affiliation)
            who = f" ({role.title}{', ' + of.name if of else ''})"
        articles = len({m.article for m in actor.mentions})
        quotes = len(self.quotes_by_speaker.get(actor.id, []))
        spoke = len({st.article for st in self.statements_by_speaker.get(actor.id, [])})
        said = [f"is mentioned {len(actor.mentions)} time{'s' if len(actor.mentions) != 1 else ''}"
                f" in {articles} article{'s' if articles != 1 else ''}"] if actor.mentions else []
        said += [f"is quoted {quotes} time{'s' if quotes != 1 else ''}"] if quotes else []
        said += [f"speaks in {spoke} source{'s' if spoke != 1 else ''}"] if spoke else []
        return f"{actor.name}{who} {', '.join(said[:-1]) + ' and ' if len(said) > 1 else ''}{said[-1]}."

    def quote_pages(self) -> dict[str, str]:
        pages = {}
        speakers = sorted((s for s in self.quotes_by_speaker if s),
                          key=lambda s: (-len(self.quotes_by_speaker[s]), self.kb.actor(s).name))
        unsaid = self.quotes_by_speaker.get(None, [])
        pages["quotes/index.md"] = self.page(
            "quotes_index.md.j2", "../", speakers=speakers, quotes_by_speaker=self.quotes_by_speaker,
            unnamed=[q for q in unsaid if q.unnamed_source], unattributed=[q for q in unsaid if not q.unnamed_source],
            by_article=self.quotes_by_article, articles=self.newest_documents,
            total=len(self.kb.quotes), per_speaker=QUOTES_PER_SPEAKER, listed_speakers=SPEAKERS_LISTED,
            per_group=QUOTES_PER_SPEAKER * 2)
        for article_id, quotes in self.quotes_by_article.items():  # one page an article, not one a quotation
            pages[f"quotes/{article_id}.md"] = self.memo_page(f"quotes/{article_id}.md", "quote.md.j2", "../",
                                                              quotes=quotes, article=self.articles[article_id])
        return pages

    def timeline_pages(self) -> dict[str, str]:
        pages = {}
        events_by_timeline = defaultdict(list)
        for event in self.kb.events:
            events_by_timeline[event.timeline].append(event)
        self.events_by_id = {e.id: e for e in self.kb.events}
        pages["timelines/index.md"] = self.page("timelines_index.md.j2", "../", timelines=self.kb.timelines,
                                                events_by_timeline=events_by_timeline,
                                                undated=len(events_by_timeline.get(None, [])))
        for timeline in self.kb.timelines:
            events = events_by_timeline.get(timeline.id, [])
            pages[f"timelines/{timeline.id}.md"] = self.memo_page(
                f"timelines/{timeline.id}.md", "timeline.md.j2", "../", timeline=timeline, years=by_year(events),
                **self.cited(events), notes=[n for n in self.kb.notes if n.timeline == timeline.id],
                export_link=link("TimelineJS JSON", f"{timeline.id}.json"))
            pages[f"timelines/{timeline.id}.json"] = timelinejs_json(timeline, events, self.articles)
        # all the events of the briefing, a page a year: no page grows with the whole briefing
        years = by_year(self.kb.events)
        pages["timelines/all-events.md"] = self.years_index(
            "All dated events", "Every dated event of the briefing, curated or found in the documents, a page a year.",
            "Events", [(year, len(events)) for year, events in years], "all-events/")
        for year, events in years:
            pages[f"timelines/all-events/{year}.md"] = self.memo_page(
                f"timelines/all-events/{year}.md", "timeline.md.j2", "../../", timeline=None,
                years=[(year, events)], **self.cited(events), notes=[],
                all_years_link=link("All years", "../all-events.md"))
        return pages

    def cited(self, events: list[Event]) -> dict[str, dict]:
        """The events and statements that `events` cite by id (the reports behind a curated
        entry, what the parties said of it): all a timeline page looks up, and no more, so that
        the page is rendered again only when one of these changes."""
        return {"events_by_id": {i: self.events_by_id[i] for e in events for i in e.supporting
                                 if i in self.events_by_id},
                "statements_by_id": {i: self.statements_by_id[i] for e in events for i in e.said
                                     if i in self.statements_by_id}}

    def years_index(self, title: str, intro: str, what: str, counts: list[tuple[str, int]], folder: str) -> str:
        return self.page("years_index.md.j2", "../", title=title, intro=intro, what=what, counts=counts,
                         year_link=lambda year: link(year, f"{folder}{year}.md"))

    def article_pages(self) -> dict[str, str]:
        pages = self.sources_pages()
        events = defaultdict(list)
        for event in self.kb.events:
            events[event.article].append(event)
        for article in self.kb.articles:
            marker = self.markers[article.id]
            actor_ids = Counter(actor_id for _, _, actor_id in marker.mentions)
            pages[f"articles/{article.id}.md"] = self.memo_page(
                f"articles/{article.id}.md", "article.md.j2", "../", article=article,
                blocks=Deferred(self.lookup("text", article.id), lambda marker=marker: marker.blocks("../")),
                tags=tag_links(self.topics[article.id], "../"),
                actors=[(self.kb.actor(a), n) for a, n in actor_ids.most_common()],
                quotes=self.quotes_by_article[article.id], events=events[article.id],
                statements=self.statements_by_article[article.id],
                repeats=[self.articles[i] for i in self.kb.repeats.get(article.id, [])])
        return pages

    def sources_pages(self) -> dict[str, str]:
        """The Sources: every document with its kind, source and licence, a page a year."""
        documents_by_year: dict[str, list[Article]] = defaultdict(list)
        for article in self.newest_documents:
            documents_by_year[str(article.date.year) if article.date else "undated"].append(article)
        years = sorted(documents_by_year.items(), key=lambda item: (item[0] != "undated", item[0]), reverse=True)  # undated last
        stats = self.article_stats()
        pages = {"articles/index.md": self.years_index(
            "Sources", "Every document the briefing reads, news articles and primary sources (speeches, statements, "
            "remarks and press briefings), a page a year with each document's kind, source and licence.",
            "Documents", [(year, len(articles)) for year, articles in years], "years/")}
        for year, articles in years:
            pages[f"articles/years/{year}.md"] = self.page(
                "articles_index.md.j2", "../../", year=year, articles=articles, stats=stats, repeats=self.kb.repeats,
                all_years_link=link("All years", "../index.md"))
        return pages

    def tag_pages(self) -> dict[str, str]:
        """Our own tags (Material's tags plugin lists every tagged page on one page and was a fifth
        of `mkdocs build`): a page per tag, profiles by kind and documents by the timeline topics
        they speak of, newest first."""
        tagged: dict[str, list[tuple[str, str]]] = {tag: [] for tag in KIND_TAGS.values()}
        for actor in sorted(self.kb.actors, key=lambda a: a.name.lower()):
            tagged[KIND_TAGS[actor.kind]].append((actor.name, f"../actors/{actor.id}.md"))
        for timeline in self.kb.timelines:
            tagged.setdefault(timeline.title, [])
        for article in self.newest_documents:
            for topic in self.topics[article.id]:
                tagged[topic].append((article.title, f"../articles/{article.id}.md"))
        kinds = set(KIND_TAGS.values())
        pages = {"tags.md": self.page("tags.md.j2", "", tags=[
            (tag, len(entries), f"tags/{tag_slug(tag)}.md", tag in kinds) for tag, entries in tagged.items()])}
        for tag, entries in tagged.items():
            pages[f"tags/{tag_slug(tag)}.md"] = self.page("tag.md.j2", "../", tag=tag, entries=entries,
                                                          is_kind=tag in kinds)
        return pages

    def article_stats(self) -> dict[str, dict[str, int]]:
        stats: dict[str, dict[str, int]] = defaultdict(lambda: {"quotes": 0, "actors": 0, "events": 0, "statements": 0})
        for quote in self.kb.quotes:
            stats[quote.article]["quotes"] += 1
        for statement in self.kb.statements:
            stats[statement.article]["statements"] += 1
        for actor in self.kb.actors:
            for article in {m.article for m in actor.mentions}:
                stats[article]["actors"] += 1
        for event in self.kb.events:
            if event.article:
                stats[event.article]["events"] += 1
        return stats


def resolved(value):
    """A context value as the template sees it: a Deferred one made now."""
    return value.make() if isinstance(value, Deferred) else value


def topic_anchor(topic: str) -> Markup:
    """A topic's anchor, [a-z0-9-] only: printed as it is."""
    return Markup(anchor_of_topic(topic))


def tag_slug(tag: str) -> str:
    return slug(tag, "tag")


def tag_links(tags: list[str], root: str) -> Markup:
    """A page's tags, each a link to its tag page, drawn as Material draws tags (`md-tag`)."""
    return Markup(" ".join(link(tag, f"{root}tags/{tag_slug(tag)}.md") + "{ .md-tag }" for tag in tags))


def by_year(events: Iterable[Event]) -> list[tuple[str, list[Event]]]:
    years: dict[str, list[Event]] = defaultdict(list)
    for event in sorted(events, key=lambda e: (e.date_start, e.date_end, e.article or "")):
        years[event.date_start[:4]].append(event)
    return sorted(years.items())


def co_mentioned(kb: KnowledgeBase) -> dict[str, Counter]:
    """For each actor, the actors named in the same paragraphs, with how often."""
    by_paragraph: dict[tuple[str, int], set[str]] = defaultdict(set)
    articles = {a.id: a for a in kb.articles}
    for actor in kb.actors:
        for mention in actor.mentions:
            para = articles[mention.article].paragraph_at(mention.start) if mention.article in articles else None
            if para:
                by_paragraph[(mention.article, para.index)].add(actor.id)
    counts: dict[str, Counter] = defaultdict(Counter)
    for group in by_paragraph.values():
        for a in group:
            for b in group:
                if a != b:
                    counts[a][b] += 1
    return counts


RESPONSE_WORDS = re.compile(r"\b(pushed back|push back|in response|responded|responding|replied|replying|"
                            r"retorted|countered|hit back|rejected|dismissed|answered)\b", re.IGNORECASE)


def answered(kb: KnowledgeBase) -> Counter:
    """(B, A) -> how often B answered A: B's words come in a sentence that says it responds
    ("Beijing pushed back, arguing …") and A, who speaks for another country, was quoted just
    before in the same article."""
    counts: Counter = Counter()
    by_article: dict[str, list[Quote]] = defaultdict(list)
    for quote in kb.quotes:
        if quote.speaker:
            by_article[quote.article].append(quote)
    for quotes in by_article.values():
        quotes.sort(key=lambda q: q.start)
        for index, reply in enumerate(quotes):
            if not RESPONSE_WORDS.search(reply.sentence.replace(reply.text, " ")):
                continue
            earlier = [q for q in quotes[:index] if side(kb, q.speaker) not in (None, side(kb, reply.speaker))]
            if earlier and side(kb, reply.speaker):
                counts[(reply.speaker, earlier[-1].speaker)] += 1
    return counts


def side(kb: KnowledgeBase, actor_id: str) -> Optional[str]:
    """The country an actor speaks for: itself, or its first affiliation."""
    actor = kb.actor(actor_id)
    if actor is None:
        return None
    if actor.kind == "country":
        return actor.id
    return next((r.affiliation for r in actor.roles if r.affiliation), None)


def mermaid_label(name: str) -> str:
    """A name as a Mermaid label: letters, digits, spaces and a little punctuation only."""
    return "".join(c if c.isalnum() or c in " .,'-" else " " for c in name).strip() or "?"


class ArticleMarker:
    """An article's text as Markdown: actor names linked, and on the article page quotes marked
    and an anchor on each paragraph. Also excerpts (a quote, an event's sentence) for other pages."""

    def __init__(self, article: Article, quotes: list[Quote], mentions: list[tuple[int, int, str]]):
        self.article = article
        self.quotes = [q for q in quotes if q.kind in ("direct", "partial")]
        self.mentions = sorted(mentions)
        self.excerpts: dict[tuple[int, int, str], Markup] = {}  # a quote is shown on three pages or more

    def blocks(self, root: str) -> list[tuple[Paragraph, Markup]]:
        return [(p, self.paragraph(p, root)) for p in self.article.paragraphs if p.kind not in ("headline",)]

    def paragraph(self, para: Paragraph, root: str) -> Markup:
        if para.kind == "debris":
            return md_text(self.article.body[para.start:para.end])
        return self.marked(para.start, para.end, root, self.quote_marks(para))

    def excerpt(self, start: int, end: int, root: str) -> Markup:
        """The words from `start` to `end`, names linked, no quote marked."""
        key = (start, end, root)
        if key not in self.excerpts:
            self.excerpts[key] = self.marked(start, end, root, [])
        return self.excerpts[key]

    def marked(self, start: int, end: int, root: str, marks: list[tuple]) -> Markup:
        body = self.article.body
        quote_bounds = [(pos, stop) for pos, _, _, stop in marks if stop is not None]
        pieces: list[str] = []
        position = start
        for at, _, tag, link_end in sorted(marks + self.name_links(start, end, quote_bounds)):
            if at < position:
                continue
            pieces.append(escape_inline(body[position:at]))
            if isinstance(tag, str):
                pieces.append(tag)
                position = at
            else:  # an actor link: its words, escaped, inside our link
                pieces.append(str(link(body[at:link_end], f"{root}actors/{tag[0]}.md")))
                position = link_end
        pieces.append(escape_inline(body[position:end]))
        return inert_block_start("".join(pieces).strip())

    def quote_marks(self, para: Paragraph) -> list[tuple]:
        """(offset, order, tag, end of the quote) for each quote's opening and closing tag."""
        marks: list[tuple] = []
        for quote in self.quotes:
            start, end = max(quote.start, para.start), min(quote.end, para.end)
            if start < end:
                speaker = f' title="{html_attr(quote.speaker_text)}"' if quote.speaker_text else ""
                # a quote over several paragraphs is marked in each, but its id is given once
                anchor = f' id="quote-{quote.id}"' if start == quote.start else ""
                marks.append((start, 1, f'<mark class="briefing-quote"{anchor}{speaker}>', end))
                marks.append((end, 0, "</mark>", None))
        return marks

    def name_links(self, start: int, end: int, quote_bounds: list[tuple[int, int]]) -> list[tuple]:
        """(offset, order, (actor id,), end) for each mention in [start, end) crossing no quote boundary."""
        links: list[tuple] = []
        taken_until = -1
        first = bisect.bisect_left(self.mentions, (start, 0, ""))
        for m_start, m_end, actor_id in self.mentions[first:]:
            if m_start >= end:
                break
            crossing = any(m_start < bound < m_end for s, e in quote_bounds for bound in (s, e))
            if m_end <= end and not crossing and m_start >= taken_until:
                links.append((m_start, 2, (actor_id,), m_end))
                taken_until = m_end
        return links


def timelinejs_date(value: str) -> dict[str, int]:
    parts = [int(p) for p in value.split("-")]
    return dict(zip(("year", "month", "day"), parts))


def timelinejs_json(timeline: Timeline, events: list[Event], articles: dict[str, Article]) -> str:
    """The timeline in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html).
    Texts are given as plain text: TimelineJS renders HTML, and article text is untrusted."""
    def entry(event: Event) -> dict:
        credit = event.source or (articles[event.article].title if event.article in articles else "")
        item = {"start_date": timelinejs_date(event.date_start),
                "text": {"headline": html.escape(event.text[:120]), "text": html.escape(event.text)},
                "group": "curated" if event.article is None else "from the articles",
                "unique_id": event.id, "media": {"url": "", "credit": html.escape(credit)}}
        if event.date_end != event.date_start:
            item["end_date"] = timelinejs_date(event.date_end)
        return item
    data = {"title": {"text": {"headline": html.escape(timeline.title), "text": html.escape(timeline.description)}},
            "events": [entry(e) for e in events]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def failing_template_line(err: Exception, template: str) -> str:
    """Where in the templates an error was raised: Jinja's tracebacks name the template file and
    its line in the frames of template code."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename.endswith(".j2")]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else template


def knowledge_base_json(kb: KnowledgeBase, positions: Sequence[Position] = ()) -> str:
    data = {
        "generator": {"name": "briefing", "version": __version__},
        "articles": [{
            "id": a.id, "title": a.title, "date": a.date.isoformat() if a.date else None,
            "date_latest": a.date_latest.isoformat() if a.date_latest else None, "date_note": a.date_note,
            "path": a.path,
            "source": a.source, "url": a.url, "kind": a.kind, "speaker": a.speaker,
            "repeats": kb.repeats.get(a.id, []),
            "paragraphs": [{"index": p.index, "start": p.start, "end": p.end, "kind": p.kind} for p in a.paragraphs],
        } for a in kb.articles],
        "actors": [{
            "id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "description": a.description,
            "roles": [{"title": r.title, "affiliation": r.affiliation, "article": r.article, "date": r.date}
                      for r in a.roles],
            "mentions": [{"article": m.article, "start": m.start, "end": m.end, "text": m.text} for m in a.mentions],
        } for a in kb.actors],
        "quotes": [{
            "id": q.id, "article": q.article, "text": q.text, "speaker": q.speaker,
            "speaker_name": kb.actor(q.speaker).name if kb.actor(q.speaker) else None,
            "speaker_text": q.speaker_text, "speaker_role": q.speaker_role, "resolved_by": q.resolved_by,
            "cue": q.cue, "kind": q.kind, "start": q.start, "end": q.end,
            "sentence": q.sentence, "paragraph": q.paragraph,
        } for q in kb.quotes],
        "statements": [{
            "id": st.id, "article": st.article, "speaker": st.speaker,
            "speaker_name": kb.actor(st.speaker).name if kb.actor(st.speaker) else None,
            "text": st.text, "start": st.start, "end": st.end, "paragraph": st.paragraph,
            "affiliation": st.affiliation,
        } for st in kb.statements],
        "timexes": [{"article": t.article, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
                     "value": t.value} for t in kb.timexes],
        "events": [{
            "id": e.id, "article": e.article, "expression": e.expression,
            "date": {"start": e.date_start, "end": e.date_end}, "text": e.text, "actors": e.actors,
            "timeline": e.timeline, "paragraph": e.paragraph, "source": e.source, "url": e.source_url,
            "supporting": e.supporting, "said": e.said, "also_reported": e.also_reported,
            "other_dates": e.other_dates, "other_counts": e.other_counts,
        } for e in kb.events],
        "reports": [{
            "id": e.id, "article": e.article, "expression": e.expression,
            "date": {"start": e.date_start, "end": e.date_end}, "text": e.text, "paragraph": e.paragraph,
        } for e in kb.reports.values()],
        "timelines": [{"id": t.id, "title": t.title, "description": t.description, "path": t.path}
                      for t in kb.timelines],
        "scare_quotes": [{"article": m.article, "start": m.start, "end": m.end, "text": m.text}
                         for m in kb.scare_quotes],
        "notes": [{"timeline": n.timeline, "article": n.article, "paragraph": n.paragraph,
                   "statement": n.statement, "expected": n.expected} for n in kb.notes],
        "positions": [{
            "actor": p.actor, "topic": p.topic, "stance": p.stance, "counts": dict(p.counts),
            "evidence": [{"kind": e.kind, "id": e.id, "article": e.article, "paragraph": e.paragraph,
                          "date": e.date, "speaker": e.speaker, "stance": e.stance, "cue": e.cue,
                          "sentence": e.sentence} for e in p.evidence],
        } for p in positions],
    }
    return json_one_item_a_line(data)


def json_one_item_a_line(data: dict) -> str:
    """JSON with each item of a top-level list on a line of its own: as easy to diff as indented
    JSON, and written by json's C encoder (`indent` makes it fall back to Python: seconds at scale)."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False)
    fields = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f" {dump(item)}" for item in value)
            fields.append(f"{dump(key)}: [\n{items}\n]")
        else:
            fields.append(f"{dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"
