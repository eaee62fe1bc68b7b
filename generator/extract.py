"""Stage 3: one extraction record per article, from the spaCy Doc, cached by content hash.

The cache key covers everything the record depends on: the article text and date, the model and
its version, our pipeline version and the gazetteer (built-in plus curated actors). A changed
curated alias therefore re-extracts; an unchanged corpus of thousands of articles does not.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .model import Article, ArticleExtraction, EventRecord, Problem, TimexRecord
from .pipeline import model_fingerprint
from .pipeline.actors import local_actors
from .hashing import hash_files
from .statements import statements_of

PIPELINE_VERSION = "1"
EXTRACTION_CODE = ("model.py", "extract.py", "reader.py", "statements.py", "pipeline", "data")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code and data the extraction depends on: changing a rule re-extracts."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    hash_files(digest, package, [package / name for name in EXTRACTION_CODE], (".py", ".yml", ".json"))
    return digest.hexdigest()[:16]


log = logging.getLogger(__name__)


class ExtractionCache:
    """JSON files under a folder, one per cache key; a corrupt or old file is simply a miss."""

    def __init__(self, folder: Optional[Path]):
        self.folder = folder
        self.used: set[str] = set()

    def get(self, key: str) -> Optional[ArticleExtraction]:
        self.used.add(key)
        if self.folder is None:
            return None
        path = self.folder / f"{key}.json"
        try:
            return ArticleExtraction.from_dict(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, record: ArticleExtraction) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f"{key}.json.tmp"
        tmp.write_text(json.dumps(record.to_dict(), ensure_ascii=False), "utf-8")
        tmp.replace(self.folder / f"{key}.json")

    def prune(self) -> int:
        """Remove the records no article of this build asked for (edited or removed articles,
        older code): the folder does not grow build after build. Returns how many went."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        stale = [p for p in self.folder.glob("*.json") if p.stem not in self.used]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)


def cache_key(article: Article, pipeline_fingerprint: str) -> str:
    # the path and first line too: problems recorded in the cache name the file and the line
    parts = [pipeline_fingerprint, article.id, article.path, str(article.body_line), str(article.date or ""),
             article.analysable_text()]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


Progress = Callable[[Iterable, int], Iterable]  # (records as they come, how many) -> the same records


def no_progress(items: Iterable, total: int) -> Iterable:
    return items


PARALLEL_FROM = 8  # articles to analyse before worker processes pay for themselves
_worker_nlp: Optional[Language] = None  # the pipeline a forked worker inherits from its parent


def extract_articles(articles: list[Article], nlp: Language, cache: ExtractionCache,
                     progress: Progress = no_progress, workers: Optional[int] = None,
                     cluster: Optional["DaskCluster"] = None) -> list[ArticleExtraction]:
    """Extraction records in article order. Only cache misses go through spaCy: on every core
    when there are enough of them, or on a Dask cluster's workers."""
    gazetteer = nlp.get_pipe("briefing_actors").gazetteer.fingerprint()
    pipeline = "\x1f".join([PIPELINE_VERSION, code_fingerprint(), model_fingerprint(nlp), gazetteer])
    keys = [cache_key(article, pipeline) for article in articles]
    records = [cache.get(key) for key in keys]
    todo = [i for i, record in enumerate(records) if record is None]
    missing = [articles[i] for i in todo]
    fresh = cluster.extract(missing) if cluster and missing else analyse_all(missing, nlp, workers)
    for i, record in zip(todo, progress(fresh, len(todo))):
        if not any(p.severity == "error" for p in record.problems):
            cache.put(keys[i], record)
        records[i] = record
    for article, record in zip(articles, records):
        record.article_id = article.id
    return records


def analyse_all(articles: list[Article], nlp: Language, workers: Optional[int]) -> Iterable[ArticleExtraction]:
    """Records for `articles`, in order: in forked worker processes, which share the loaded model
    with this one, when there are enough articles and the platform can fork."""
    workers = workers or min(os.cpu_count() or 1, 4)
    if workers < 2 or len(articles) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return (safe_extract(article, nlp) for article in articles)
    global _worker_nlp
    _worker_nlp = nlp
    return _parallel(articles, workers)


def _parallel(articles: list[Article], workers: int) -> Iterable[ArticleExtraction]:
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_extract_in_worker, articles, chunksize=4)


def _extract_in_worker(article: Article) -> ArticleExtraction:
    assert _worker_nlp is not None, "the pipeline is loaded before the workers fork"
    return safe_extract(article, _worker_nlp)


def safe_extract(article: Article, nlp: Language) -> ArticleExtraction:
    """A bug or a pathological text in one article must not take the site down."""
    try:
        return extract_one(article, nlp)
    except Exception as err:  # noqa: BLE001 - reported with the file, the build goes on
        log.exception("extraction failed for %s", article.path)
        return ArticleExtraction(article.id, problems=[
            Problem(article.path, article.body_line, f"could not be analysed ({type(err).__name__}: {err})", "error")])


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.analysable_text())
    doc._.publication_date = article.date
    return doc


def extract_one(article: Article, nlp: Language) -> ArticleExtraction:
    """Run the pipeline on one article; a failure is reported for that article alone."""
    doc = make_doc(nlp, article)
    for _, component in nlp.pipeline:
        doc = component(doc)
    gazetteer = nlp.get_pipe("briefing_actors").gazetteer
    return record_from_doc(article, doc, lambda name: getattr(gazetteer.lookup(name), "name", name))


def record_from_doc(article: Article, doc: Doc, canonical: Callable[[str], str] = str) -> ArticleExtraction:
    record = ArticleExtraction(article_id=article.id)
    record.actors = local_actors(doc)
    for actor in record.actors:
        for role in actor.roles:
            role.article = article.id
            role.date = article.date.isoformat() if article.date else None
    findings = doc._.quotes
    record.quotes = list(findings.quotes) if findings else []
    record.statements, record.quotes = statements_of(article, record.actors, record.quotes, canonical)
    record.scare_quotes = list(findings.scare_quotes) if findings else []
    for offset, message in (findings.problems if findings else []):
        record.problems.append(Problem(article.path, article.line_of(offset), message))
    record.timexes = list(doc._.timexes or [])
    record.events = events_from_doc(doc, record.timexes)
    return record


LEAD_EXPRESSION = "date of publication"


def events_from_doc(doc: Doc, timexes: list[TimexRecord]) -> list[EventRecord]:
    """A dated event for each sentence reporting something at a resolved time, plus the lead.

    The event's text is its sentence; its actors are those mentioned in the sentence. A date
    inside a quotation dates the speaker's words, not an event the article reports."""
    quoted = [(q.start, q.end) for q in (doc._.quotes.quotes if doc._.quotes else []) if q.kind == "direct"]
    events: list[EventRecord] = []
    lead = lead_event(doc, timexes)
    if lead:
        events.append(lead)
    for timex in one_per_time(doc.text, timexes):
        if not timex.range_start or timex.type not in ("DATE", "DURATION"):
            continue
        if any(start <= timex.start < end for start, end in quoted):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not has_verb(span.sent) or dates_a_noun(span) or names_an_occasion(span) or asks(span.sent):
            continue
        events.append(event_of(doc, span.sent, timex.text, timex.range_start, timex.range_end or timex.range_start))
    return [e for e in events if not holds_another(e, events)]


def holds_another(event: EventRecord, events: list[EventRecord]) -> bool:
    """A year or a month that holds another date of its sentence says when less precisely: "The
    2004 Nobel Peace Prize was awarded today", "on 4 and 5 September … this year" are dated once,
    to the day."""
    if event.date_start != event.date_end:  # a span ("over the past 11 years") is a time of its own
        return False
    return any(other is not event and other.start == event.start and len(other.date_start) > len(event.date_start)
               and other.date_start.startswith(event.date_start) and other.date_end.startswith(event.date_end)
               for other in events)


# Two expressions side by side that tell one time: the one with its year says when the other is
# ("two years later, in February 2007", "in 1991, more than 40 years later", "the summer of 2005
# into autumn"); two without a year joined by "and"/"or" are one span ("late March and early April").
APPOSED = re.compile(r"\s*,?\s*(?:in|on)?\s*")
RUNS_ON = re.compile(r"\s*(?:,|into|to|until|through)?\s*")  # not "and": "in 2003 and last week" are two
JOINED = re.compile(r"\s*(?:and|or|to|,)\s*")
YEAR = re.compile(r"\b\d{4}\b")
SPAN_DAYS = 366  # two expressions joined into one span cover a year at most


def one_per_time(text: str, timexes: list[TimexRecord]) -> list[TimexRecord]:
    """The expressions that date a sentence's events: of two side by side that tell one time, one."""
    result: list[TimexRecord] = []
    for timex in sorted(timexes, key=lambda t: t.start):
        last = result[-1] if result else None
        if last is None or not (last.range_start and timex.range_start):
            result.append(timex)
            continue
        gap, dated = text[last.end:timex.start], (bool(YEAR.search(last.text)), bool(YEAR.search(timex.text)))
        if dated == (False, True) and APPOSED.fullmatch(gap):
            result[-1] = timex  # "two years later, in February 2007"
        elif dated == (True, False) and RUNS_ON.fullmatch(gap):
            continue  # "in 1991, more than 40 years later"; "the summer of 2005 into autumn"
        elif dated == (False, False) and JOINED.fullmatch(gap) and (joined := one_span(text, last, timex)):
            result[-1] = joined  # "late March and early April"
        else:
            result.append(timex)
    return result


def one_span(text: str, first: TimexRecord, then: TimexRecord) -> Optional[TimexRecord]:
    start, end = min(first.range_start, then.range_start), max(first.range_end or first.range_start,
                                                               then.range_end or then.range_start)
    if (as_date(end) - as_date(start)).days > SPAN_DAYS:
        return None
    return TimexRecord(start=first.start, end=then.end, text=text[first.start:then.end], type=first.type,
                       value=first.value, range_start=start, range_end=end)


def as_date(iso: str) -> dt.date:
    return dt.date.fromisoformat((iso + "-01-01")[:10])


def asks(sentence) -> bool:
    """"Would it differ from what happened in 2006?": a question reports no event."""
    return sentence.text.rstrip().rstrip("\"”’'").endswith("?")


def dates_a_noun(span) -> bool:
    """"its sixth test on Sunday, the first since September last year": a date that only places a
    noun ("the first since …") dates no event of the sentence."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("since", "until", "till", "before", "after")
               and t.head.head.pos_ in ("NOUN", "ADJ", "NUM", "PRON") for t in span)


MONTH_NAMES = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
NOUNS = ("NOUN", "PROPN")


def names_an_occasion(span) -> bool:
    """"the 15 June joint declaration", "the declaration of 4 October", "the aftermath of
    September 11th": a day without its year, naming a noun's occasion, is no date of the
    sentence: which year it means is a guess (it is read as the nearest, often years off)."""
    if YEAR.search(span.text) or not MONTH_NAMES.search(span.text):
        return False
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    if any(t.head.pos_ in NOUNS and t.head.i >= span.end and t.dep_ in ("det", "compound", "nummod", "amod", "nmod")
           and determined(span, t.head) for t in outside):
        return True
    return any(t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in NOUNS
               and t.head.head.lower_ not in TIME_NOUNS for t in outside)


TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "end", "beginning",
              "start", "middle", "spring", "summer", "autumn", "fall", "winter", "date"}  # "the month of December"


def determined(span, noun) -> bool:
    """The expression sits after a determiner or a possessive: "the 4 October declaration", "the
    DPRK's March 30 statement", or after "and" in a name of the same kind ("the 15 June Joint
    Declaration and 4 October Declaration"); not "on 4 and 5 September Mongolia hosted"."""
    before = span.doc[span.start - 1] if span.start else None
    if span[0].lower_ == "the" or before is not None and before.tag_ in ("DT", "PRP$", "POS"):
        return True
    return (before is not None and before.lower_ in ("and", "or") and noun.is_title
            and noun.dep_ not in ("nsubj", "nsubjpass") and noun.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON"))


def lead_event(doc: Doc, timexes: list[TimexRecord]) -> Optional[EventRecord]:
    """The news of the day: the article's first sentence, reported in the past or present perfect
    and carrying no date of its own, happened on (or just before) the publication date."""
    published = doc._.publication_date
    first = next((s for s in doc.sents if s.text.strip()), None)
    if published is None or first is None or not has_verb(first, finite_past=True):
        return None
    if any(first.start_char <= t.start < first.end_char for t in timexes if t.range_start):
        return None
    day = published.isoformat()
    return event_of(doc, first, LEAD_EXPRESSION, day, day)


def has_verb(sentence, finite_past: bool = False) -> bool:
    if finite_past:
        return any(t.tag_ in ("VBD", "VBN") and t.dep_ in ("ROOT", "conj") for t in sentence)
    return any(t.pos_ in ("VERB", "AUX") for t in sentence)


def event_of(doc: Doc, sentence, expression: str, start: str, end: str) -> EventRecord:
    analysis = doc._.actors
    actors: list[str] = []
    for token in sentence:
        key = analysis.actor_of(token) if analysis else None
        if key and key not in actors:
            actors.append(key)
    return EventRecord(start=sentence.start_char, end=sentence.end_char, text=sentence.text.strip(),
                       expression=expression, date_start=start, date_end=end, actors=actors)


class DaskCluster:
    """The extraction of many articles on a Dask distributed cluster (`briefing build --executor
    dask [--scheduler ADDRESS]`): each worker loads the pipeline once, for its first batch, and
    keeps it (build_pipeline is cached per process). Without an address, a LocalCluster of this
    machine's cores. The records are the same as a local run's."""

    BATCH = 8  # articles a task: enough to make a task worth sending, few enough to spread

    def __init__(self, curated_actors: list[dict], model: Optional[str], scheduler: Optional[str] = None,
                 workers: Optional[int] = None):
        self.curated_json = json.dumps(curated_actors, sort_keys=True)
        self.model = model
        self.scheduler = scheduler
        self.workers = workers or min(os.cpu_count() or 1, 4)

    def extract(self, articles: list[Article]) -> list[ArticleExtraction]:
        from dask.distributed import Client, LocalCluster

        batches = [articles[i:i + self.BATCH] for i in range(0, len(articles), self.BATCH)]
        if self.scheduler:
            client, local = Client(self.scheduler), None
        else:  # no dashboard: the build opens no port beyond the cluster's own, on this machine
            local = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                 dashboard_address=None, host="127.0.0.1")
            client = Client(local)
        try:
            futures = client.map(_extract_batch_on_worker, batches, curated_json=self.curated_json,
                                 model=self.model, pure=False)
            return [record for batch in client.gather(futures) for record in batch]
        finally:
            client.close()
            if local is not None:
                local.close()


def _extract_batch_on_worker(batch: list[Article], curated_json: str, model: Optional[str]) -> list[ArticleExtraction]:
    from .pipeline import pipeline_from_config

    nlp = pipeline_from_config(curated_json, model)
    return [safe_extract(article, nlp) for article in batch]
