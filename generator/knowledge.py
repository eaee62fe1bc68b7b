"""Stage 4b: merge the per-article records and the curated data into one knowledge base.

Actors are merged across articles on their canonical names (the curated file's first, then the
gazetteer's, then full personal names). A bare surname an article never expands ("Wang") joins the
one person of the corpus it can only mean, and stays apart when two people share it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Optional


from .model import (Actor, Article, ArticleExtraction, CuratedData, Event, KBMention, KnowledgeBase,
                    LocalActor, MarkedPhrase, Problem, Quote, Role, Statement, Timeline, TimelineEntry, Timex,
                    spans_overlap)
from .pipeline.actors import initials_of, is_acronym_of, is_first_name, name_words, same_person
from .disagreements import contradictions, events_named
from .repeats import Repeats, find_repeats
from .same_events import merge_into_curated, merge_same_events, note_disagreeing_counts
from .slugs import unique_slug


def build_knowledge_base(articles: list[Article], extractions: list[ArticleExtraction], curated: CuratedData,
                         problems: Optional[list[Problem]] = None, repeats: Optional[Repeats] = None) -> KnowledgeBase:
    """`repeats`: the passages `articles` share, where already found (the build finds them while
    the new articles are analysed)."""
    by_id = {a.id: a for a in articles}
    actors = ActorDirectory(curated)
    actors.add_named_speakers(articles)  # first: the name a speech's front matter gives is the profile's
    for record in extractions:
        for local in record.actors:
            actors.add_local(record.article_id, local)
    actors.resolve_bare_surnames()
    actors.merge_acronyms()
    actors.merge_aliased_bodies()
    actors.assign_ids()
    kb = KnowledgeBase(articles=articles, actors=[], quotes=[], timexes=[], events=[],
                       timelines=curated.timelines, problems=list(problems or []))
    repeats = repeats or find_repeats(articles)
    kb.repeats = repeats.holders
    for record in extractions:
        article = by_id[record.article_id]
        record = without_repeated_passages(record, article, repeats)
        kb.problems.extend(record.problems)
        kb.quotes += quotes_of(article, record, actors)
        kb.statements += statements_in(article, record, actors)
        kb.scare_quotes += [MarkedPhrase(article.id, q.start, q.end, q.text) for q in record.scare_quotes]
        kb.timexes += [Timex(article.id, t.start, t.end, t.text, t.type, t.value) for t in record.timexes]
        kb.events += events_of(article, record, actors, curated.timelines)
    speakers = {q.speaker for q in kb.quotes} | {st.speaker for st in kb.statements}
    kb.actors = actors.finish(by_id, speakers, own_words={st.speaker for st in kb.statements})
    forget_actors_without_profile(kb)
    kb.events, merged = merge_same_events(kb.events, by_id, frozenset(a.id for a in kb.actors if a.kind == "person"))
    kb.reports = {e.id: e for e in merged}
    kb.events += curated_events(curated.timelines, kb)
    spoken_of = {e.id: {t.id for t in curated.timelines if speaks_of(e.text, t)} for e in kb.events if e.article}
    kb.events, joined = merge_into_curated(kb.events, kb.reports, spoken_of)
    kb.reports.update((e.id, e) for e in joined)
    note_disagreeing_counts(kb.events, kb.reports)
    kb.events.sort(key=lambda e: (e.date_start, e.date_end, e.id))
    kb.notes = contradictions(articles, curated.timelines, kb.events)
    return kb


class ActorDirectory:
    """Actors of the whole corpus, keyed by canonical name while they are being merged."""

    def __init__(self, curated: CuratedData):
        self.actors: dict[str, Actor] = {}
        self.local_keys: dict[tuple[str, str], str] = {}  # (article, local key) -> canonical name
        self.uncertain: set[str] = set()  # names that may be one of several people
        self.people_by_spelling: dict[str, str] = {}  # spelling_key -> the name first met
        self.bodies_by_spelling: dict[str, str] = {}  # body_key -> the name first met ("U.N." is "UN")
        self.merged_into: dict[str, str] = {}  # a bare name -> the full name it joined
        self.ids: set[str] = set()
        self.alias_of: dict[str, str] = {}
        self.not_actors = {name.lower() for name in curated.not_actors}
        for item in curated.actors:
            actor = Actor(id="", name=item.name, kind=item.kind, aliases=list(item.aliases),
                          roles=list(item.roles), description=item.description, curated=True)
            self.actors[item.name] = actor
            for alias in [item.name, *item.aliases]:
                self.alias_of[alias.lower()] = item.name
                if item.kind == "person":
                    self.people_by_spelling[spelling_key(alias)] = item.name

    def canonical(self, local: LocalActor) -> str:
        for form in [local.key, *local.aliases]:
            if form.lower() in self.alias_of:
                return self.alias_of[form.lower()]
        return local.key

    def add_local(self, article_id: str, local: LocalActor) -> None:
        name = self.canonical(local)
        spellings, key_of = (self.people_by_spelling, spelling_key) if local.kind == "person" else \
            (self.bodies_by_spelling, body_key)
        if name not in self.actors:
            name = spellings.get(key_of(name), name)
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = Actor(id="", name=name, kind=local.kind)
            spellings.setdefault(key_of(name), name)
        self.local_keys[(article_id, local.key)] = name
        actor.mentions += [KBMention(article_id, m.start, m.end, m.text) for m in local.mentions]
        for alias in local.aliases:
            add_alias(actor, alias)
        for role in local.roles:
            actor.roles.append(Role(role.title, role.affiliation, role.article or article_id, role.date))

    def add_named_speakers(self, articles: list[Article]) -> None:
        """A primary source's speaker, named in its front matter, is a person of the briefing even
        where the excerpt holds no word of theirs: a bare "Geithner" of another document is Tim
        Geithner. One that nothing joins has no mention and no statement, and no profile."""
        for article in articles:
            name = article.named_speaker
            if name and name not in self.actors and spelling_key(name) not in self.people_by_spelling:
                self.actors[name] = Actor(id="", name=name, kind="person")
                self.people_by_spelling[spelling_key(name)] = name

    def resolve_bare_surnames(self) -> None:
        """"Wang" from an article that never says "Wang Yi" joins Wang Yi when he is the only Wang.
        A lone capitalised word the model took for an organisation ("said Wang") counts too."""
        full_names: dict[str, list[str]] = defaultdict(list)  # first or last word -> full names
        for other, actor in self.actors.items():
            if actor.kind == "person" and " " in other:
                words = name_words(other)
                for part in {words[0], words[-1], *paternal_surname(other)}:
                    full_names[part].append(other)
        for name in [n for n, a in self.actors.items() if " " not in n and not a.curated and (
                a.kind == "person" or (a.kind == "organization" and n.istitle()))]:
            matches = [other for other in full_names.get(name.lower(), [])
                       if (same_person(name, other) or [name.lower()] == paternal_surname(other))
                       and not self.called_by_given_name(name, other)]
            if len(matches) == 1:
                self.merge(name, matches[0])
            elif len(matches) > 1 and self.actors[name].kind == "person":
                # "Kim" where the corpus has Kim Jong-il and Kim Jong-un: a profile would merge them
                self.uncertain.add(name)

    def called_by_given_name(self, name: str, full_name: str) -> bool:
        """"Josh" is not Josh Earnest in an article that never names him: a press secretary calls on
        reporters by given name ("Josh, …", "Well, Chuck, …"). A given name joins a full name it
        starts only with a title that makes it a family name ("President Lee" is Lee Myung-bak)."""
        return name_words(full_name)[0] == name.lower() and given_name_alone(self.actors[name])

    def merge_acronyms(self) -> None:
        """"KEDO" from one speech and "Korean Peninsula Energy Development Organization" from
        another are one body, where the acronym fits exactly one longer name of the briefing."""
        bodies = [n for n, a in self.actors.items() if a.kind == "organization"]
        by_initials: dict[str, list[str]] = defaultdict(list)  # one pass, not one per acronym
        for name in bodies:
            by_initials[initials_of(name)].append(name)
        for short in [n for n in bodies if n.replace(".", "").isupper() and not self.actors[n].curated]:
            longer = [n for n in by_initials.get(short.replace(".", ""), []) if n != short and n in self.actors
                      and is_acronym_of(short, n)]
            if len(longer) == 1:
                self.merge(short, longer[0])

    def merge_aliased_bodies(self) -> None:
        """"Sony" from one article is "Sony Pictures" of another that called it "Sony" too, where
        exactly one body of the briefing goes by that name."""
        bodies = {n: a for n, a in self.actors.items() if a.kind == "organization"}
        known_as: dict[str, list[str]] = defaultdict(list)
        for name, actor in bodies.items():
            for alias in set(actor.aliases) - {name}:
                known_as[alias].append(name)
        for name, actor in bodies.items():
            if not actor.curated and name in self.actors and len(known_as.get(name, [])) == 1 \
                    and known_as[name][0] in self.actors:
                self.merge(name, known_as[name][0])

    def merge(self, old: str, into: str) -> None:
        source, target = self.actors.pop(old), self.actors[into]
        target.mentions += source.mentions
        target.roles += source.roles
        for alias in [source.name, *source.aliases]:
            add_alias(target, alias)
        self.merged_into[old] = into

    def actor_id(self, article_id: str, local_key: Optional[str]) -> Optional[str]:
        if local_key is None:
            return None
        name = self.local_keys.get((article_id, local_key))
        while name in self.merged_into:
            name = self.merged_into[name]
        return self.actors[name].id if name in self.actors else None

    def id_for_name(self, name: Optional[str]) -> Optional[str]:
        if not name:
            return None
        actor = self.actors.get(self.alias_of.get(name.lower(), name))
        return actor.id if actor else None

    def assign_ids(self) -> None:
        """Slugs of the names, unique and stable: assigned in name order."""
        used: set[str] = set()
        for actor in sorted(self.actors.values(), key=lambda a: a.name):
            actor.id = unique_slug(actor.name, used, fallback="actor")
        self.ids = used

    def finish(self, articles: dict[str, Article], speakers: Iterable[Optional[str]] = (),
               own_words: Iterable[Optional[str]] = ()) -> list[Actor]:
        """Mentions in reading order, affiliations as actor ids, roles without duplicates; actors
        that only the curated file names stay out of the site. `speakers` say something in the
        briefing; `own_words`, in a speech or a briefing's turn (a label's "MR. BRENNAN" is a surname)."""
        ordered = sorted(self.actors.values(), key=lambda a: (-len(a.mentions), a.name))
        for actor in ordered:
            actor.mentions.sort(key=lambda m: (reading_order(articles.get(m.article)), m.article, m.start))
            actor.roles = dedupe_roles(actor.roles, self)
        speaking = set(speakers)
        in_own_words = set(own_words)
        kept = [a for a in ordered if (a.mentions or a.id in speaking) and not self.too_uncertain(a)
                and a.name.lower() not in self.not_actors  # the analyst's "no actor" list
                and not (a.id not in speaking and self.passing_body(a))  # a speech's speaker need not be named in it
                and not (a.id not in in_own_words and self.known_by_given_name_only(a))]
        on_site = {a.id for a in kept}
        for actor in kept:  # an affiliation links to a profile, so it must be one the site has
            actor.roles = [r for r in actor.roles if r.title or r.affiliation in on_site]
            for role in actor.roles:
                role.affiliation = role.affiliation if role.affiliation in on_site else None
        return kept

    @staticmethod
    def passing_body(actor: Actor) -> bool:
        """An organisation named once in the whole briefing, that says nothing and that no one
        curated: too little to stand by ("United Nations Security", cut short by the model), too
        little to be worth a page."""
        return actor.kind == "organization" and not actor.curated and len(actor.mentions) == 1

    @staticmethod
    def known_by_given_name_only(actor: Actor) -> bool:
        """"Mark asked whether …", "Go ahead, Kevin": a reporter a press secretary calls on, anyone
        a text names by given name only. One profile for every Mark of the briefing would merge
        strangers. A title says the word is a surname ("President Truman", "Secretary Carter")."""
        return actor.kind == "person" and not actor.curated and " " not in actor.name and given_name_alone(actor)

    def too_uncertain(self, actor: Actor) -> bool:
        """No profile for a bare name that may be several people, nor for a lone word named once,
        with no title, that spaCy alone calls a person ("Songun", "Ya"): a wrong profile is worse
        than none. The words stay in the article; their quotes keep the speaker's words."""
        if actor.curated or actor.kind != "person" or " " in actor.name:
            return False
        return actor.name in self.uncertain or (len(actor.mentions) == 1 and not any(r.title for r in actor.roles))

    def affiliation_id(self, affiliation: Optional[str]) -> Optional[str]:
        if affiliation is None:
            return None
        if affiliation in self.ids:
            return affiliation
        return self.id_for_name(affiliation)


def given_name_alone(actor: Actor) -> bool:
    """A given name with no title to make it a family name: "Josh", not "President Lee"."""
    return is_first_name(actor.name) and not any(r.title for r in actor.roles)


def paternal_surname(name: str) -> list[str]:
    """The first of two surnames, by which "Nicolás Maduro Moros" is called "Maduro" ("Mariano
    Rajoy Brey", "Rajoy"): the word before the last of a name of three or more, when it is no
    given name ("John William Ashe") nor an initial."""
    words = name_words(name)
    if len(words) >= 3 and len(words[-2]) > 2 and not is_first_name(words[-2].capitalize()):
        return [words[-2]]
    return []


UNDATED = dt.date.max


def reading_order(article: Optional[Article]) -> dt.date:
    """Mentions in the order the articles were published; undated ones last."""
    return (article.date if article else None) or UNDATED


def body_key(name: str) -> str:
    """"U.N. General Assembly" and "UN General Assembly", "Lao People’s …" and "Lao People's …",
    "the Pentagon" and "Pentagon" are one body."""
    words = name.lower().replace("’", "'").replace(".", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    joined: list[str] = []
    letters = False  # the last word was made of single letters ("u n" -> "un")
    for word in words:
        if len(word) == 1 and letters:
            joined[-1] += word
        else:
            joined.append(word)
            letters = len(word) == 1
    return " ".join(joined)


def spelling_key(name: str) -> str:
    """"Kim Jong Il", "Kim Jong-il" and "Jong-il Kim" are one name, with family name first or last."""
    return " ".join(sorted(name_words(name)))


def forget_actors_without_profile(kb: KnowledgeBase) -> None:
    """Quotes and events may only name actors that have a profile."""
    on_site = {a.id for a in kb.actors}
    for quote in kb.quotes:
        if quote.speaker not in on_site:
            quote.speaker = None
    for statement in kb.statements:
        if statement.speaker not in on_site:
            statement.speaker = None
    for event in kb.events:
        event.actors = [a for a in event.actors if a in on_site]


def dedupe_roles(roles: list[Role], directory: ActorDirectory) -> list[Role]:
    """One role per title and affiliation. A title read without its affiliation takes the one the
    same title has elsewhere, or the person's only known affiliation; a bare affiliation
    ("China’s Wang") stays only where no titled role gives it."""
    by_title: dict[str, list[Role]] = {}
    bare: dict[str, Role] = {}  # affiliation -> the first untitled role that gives it
    for role in roles:
        affiliation = directory.affiliation_id(role.affiliation)
        if not role.title:
            if affiliation and affiliation not in bare:
                bare[affiliation] = Role("", affiliation, role.article, role.date)
            continue
        # curated roles and roles read in the articles stay side by side: both are dated facts
        key = f"{role.title.lower()}|{'article' if role.article else 'curated'}"
        by_title.setdefault(key, []).append(Role(role.title, affiliation, role.article, role.date))
    result: list[Role] = []
    for key, variants in by_title.items():
        title = key.split("|")[0]
        # the same title read elsewhere (another article, the curated file) says whose office it is
        known = [v.affiliation for k, vs in by_title.items() if k.split("|")[0] == title for v in vs
                 if v.affiliation]
        fallback = known[0] if known else (next(iter(bare)) if len(bare) == 1 else None)
        seen: set[Optional[str]] = set()
        for variant in variants:
            variant.affiliation = variant.affiliation or fallback
            if variant.affiliation not in seen:
                seen.add(variant.affiliation)
                result.append(variant)
    for affiliation, role in bare.items():
        if not any(r.affiliation == affiliation for r in result):
            result.append(role)
    return result


def without_repeated_passages(record: ArticleExtraction, article: Article, repeats: Repeats) -> ArticleExtraction:
    """The record without the quotes, statements and events whose passage an earlier document
    already holds (see repeats.py): each is in the briefing once, from its first holder."""
    if article.id not in repeats.holders:
        return record
    def new(item) -> bool:
        return repeats.holder_of(article, item.start, item.end) is None
    return replace(record, quotes=[q for q in record.quotes if new(q)],
                   statements=[s for s in record.statements if new(s)], events=[e for e in record.events if new(e)])


def quotes_of(article: Article, record: ArticleExtraction, actors: ActorDirectory) -> list[Quote]:
    quotes = []
    for n, q in enumerate(sorted(record.quotes, key=lambda q: (q.start, q.kind)), start=1):
        para = article.paragraph_at(q.start)
        quotes.append(Quote(
            id=f"{article.id}-{n}", article=article.id, text=q.text,
            speaker=actors.actor_id(article.id, q.speaker), speaker_text=q.speaker_text, cue=q.cue, kind=q.kind,
            start=q.start, end=q.end, sentence=sentence_of(article, q),
            paragraph=para.index if para else 0, resolved_by=q.resolved_by, speaker_role=q.speaker_role,
        ))
    return quotes


def sentence_of(article: Article, quote) -> str:
    """The quote's sentence, within the paragraphs the quote spans: the model's sentence may run on
    into page furniture after it ("… the conflict. Related reading")."""
    first, last = article.paragraph_at(quote.start), article.paragraph_at(max(quote.start, quote.end - 1))
    start = max(quote.sentence_start, first.start) if first else quote.sentence_start
    end = min(quote.sentence_end, last.end) if last else quote.sentence_end
    return " ".join(article.body[start:end].split())


def statements_in(article: Article, record: ArticleExtraction, actors: ActorDirectory) -> list[Statement]:
    statements = []
    for n, st in enumerate(record.statements, start=1):
        para = article.paragraph_at(st.start)
        speaker = actors.actor_id(article.id, st.speaker)
        statements.append(Statement(id=f"{article.id}-s{n}", article=article.id, speaker=speaker, text=st.text,
                                    start=st.start, end=st.end, paragraph=para.index if para else 0,
                                    affiliation=actors.affiliation_id(st.affiliation)))
    return statements


def events_of(article: Article, record: ArticleExtraction, actors: ActorDirectory,
              timelines: list[Timeline]) -> list[Event]:
    events = []
    for n, e in enumerate(record.events, start=1):
        para = article.paragraph_at(e.start)
        ids = [i for i in (actors.actor_id(article.id, k) for k in e.actors) if i]
        events.append(Event(
            id=f"{article.id}-e{n}", article=article.id, expression=e.expression, date_start=e.date_start,
            date_end=e.date_end, text=" ".join(e.text.split()), actors=ids, timeline=timeline_of(e.text, timelines),
            paragraph=para.index if para else None, start=e.start, end=e.end, occasion=e.occasion,
            of_a_saying=e.of_a_saying, appearance=e.appearance, act=e.act, counts=e.counts,
        ))
    return events


def timeline_of(text: str, timelines: list[Timeline]) -> Optional[str]:
    return next((t.id for t in timelines if speaks_of(text, t)), None)


def speaks_of(text: str, timeline: Timeline) -> bool:
    """The text holds one of the words by which the timeline's subject is named."""
    lowered = text.lower().replace("\u2019", "'")
    return any(k.lower() in lowered for k in timeline.keywords)


def curated_events(timelines: list[Timeline], kb: KnowledgeBase) -> list[Event]:
    """Curated entries as events, each with the article events that fall within its dates and
    the statements of primary sources that speak of it."""
    dates = {a.id: a.date for a in kb.articles}
    statements = [StatementReading(st, events_named(st.text), dates.get(st.article)) for st in kb.statements]
    by_name = {}
    for actor in kb.actors:
        for name in [actor.name, *actor.aliases]:
            by_name.setdefault(name.lower(), actor.id)
    events = []
    for timeline in timelines:
        on_timeline = [e for e in kb.events if e.timeline == timeline.id and e.article]
        on_subject = {st for st in statements if speaks_of(st.statement.text, timeline)}  # once, not per entry
        for n, entry in enumerate(timeline.entries, start=1):
            supporting = [e.id for e in on_timeline if at_most_a_year(e.date_start, e.date_end)
                          and spans_overlap(e.date_start, e.date_end, entry.date_start, entry.date_end)]
            said = [st.statement.id for st in statements if speaks_of_entry(st, entry, st in on_subject)]
            events.append(Event(
                id=f"{timeline.id}-{n}", article=None, expression=entry.date_start, date_start=entry.date_start,
                date_end=entry.date_end, text=entry.text,
                actors=[by_name[name.lower()] for name in entry.actors if name.lower() in by_name],
                timeline=timeline.id, source=entry.source, source_url=entry.source_url, supporting=supporting,
                said=said,
            ))
    return events


@dataclass(frozen=True, eq=False)
class StatementReading:
    """A statement, with what curated_events asks of it read once: the rounds and resolutions it
    names, and the day it was made."""

    statement: Statement
    named: tuple[set[str], set[str]]
    said_on: Optional[dt.date]


DAYS_AFTER = 7  # a statement a week after an event, on the event's subject, speaks of it


def speaks_of_entry(reading: StatementReading, entry: TimelineEntry, on_subject: bool) -> bool:
    """A statement speaks of a curated entry when it names it ("resolution 1874", "the fourth
    round") or, on the timeline's subject (`on_subject`), was made within a week of it."""
    rounds, resolutions = entry_names(entry.text)
    if rounds & reading.named[0] and on_subject or resolutions & reading.named[1]:
        return True
    if reading.said_on is None or not on_subject or len(entry.date_start) < 10:
        return False
    start = dt.date.fromisoformat(entry.date_start)
    return start <= reading.said_on <= start + dt.timedelta(days=DAYS_AFTER)


@lru_cache(maxsize=4096)
def entry_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    rounds, resolutions = events_named(text)
    return frozenset(rounds), frozenset(resolutions)


def at_most_a_year(start: str, end: str) -> bool:
    """A date or a span of a year at most: "from 2003 to 2009" is no report of one round of talks
    held in 2003, while "2005" or "last week" may be. By calendar years, not `span_days`: "the past
    year", said in 2007 and read as 2006 to 2007, is one year."""
    first, last = int(start[:4]), int(end[:4])
    return last == first or last == first + 1 and end[5:] <= start[5:]


# "Koreaís": the possessive "’s" of a text once saved as Windows-1252 and read as Mac Roman
MISREAD_POSSESSIVE = re.compile(r"(?<=[a-z])ís$")


def add_alias(actor: Actor, alias: str) -> None:
    """A name the actor goes by, once: "People’s Republic" and "People's Republic" are one spelling,
    and "Democratic People's Republic of Koreaís" is a known name's possessive, mis-encoded."""
    def plain(name: str) -> str:
        return name.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    if alias == actor.name or alias in actor.aliases:  # most often; the search below is slower
        return
    known = {plain(name) for name in [actor.name, *actor.aliases]}
    if plain(alias) not in known and plain(MISREAD_POSSESSIVE.sub("", alias)) not in known:
        actor.aliases.append(alias)
