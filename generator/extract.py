"""Stage 3: one extraction record per article, from the spaCy Doc, cached by content hash.

The cache key covers everything the record depends on: the article text and date, the model and
its version, our pipeline version and the gazetteer (built-in plus curated actors). A changed
curated alias therefore re-extracts; an unchanged corpus of thousands of articles does not.
"""
from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .dated_events import events_from_doc
from .model import Article, ArticleExtraction, CuratedActor, Problem
from .pipeline import installed_model_name, model_fingerprint, pipeline_from_config
from .pipeline.actors import curated_actor_config, local_actors
from .hashing import hash_files, text_digest
from .statements import statements_of

PIPELINE_VERSION = "1"
EXTRACTION_CODE = ("model.py", "extract.py", "dated_events.py", "clauses.py", "occurrences.py", "counts.py", "reader.py",
                   "statements.py", "pipeline", "data")


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

    def holds(self, key: str) -> bool:
        return self.folder is not None and (self.folder / f"{key}.json").is_file()

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
        self.used.add(key)
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
             str(article.date_latest or ""), article.analysable_text()]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


Progress = Callable[[Iterable, int], Iterable]  # (records as they come, how many) -> the same records


def no_progress(items: Iterable, total: int) -> Iterable:
    return items


PARALLEL_FROM = 8  # articles to analyse before worker processes pay for themselves
_worker_nlp: Optional[Language] = None  # the pipeline a forked worker inherits from its parent


def pipeline_key(nlp: Language) -> str:
    """What a cache key says of the pipeline: our code, the model and the gazetteer."""
    gazetteer = nlp.get_pipe("briefing_actors").gazetteer.fingerprint()
    return "\x1f".join([PIPELINE_VERSION, code_fingerprint(), model_fingerprint(nlp), gazetteer])


class Pipeline:
    """A build's pipeline, loaded only when this process must analyse articles itself.

    Its part of the cache keys is remembered under what the pipeline is made of (our code, the
    model's installed version, the curated actors). A build that finds most articles in the cache
    therefore knows their keys without loading the model, and a worker process loads it for the
    few new articles while this one reads the others from the cache."""

    def __init__(self, curated_actors: Iterable[CuratedActor] = (), model: Optional[str] = None,
                 remembered: Optional[Path] = None, nlp: Optional[Language] = None):
        self.curated_json = json.dumps(curated_actor_config(list(curated_actors)), sort_keys=True)
        self.model = model
        self.remembered = remembered  # a JSON file: the key, and what it was made of
        self._nlp = nlp

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = pipeline_from_config(self.curated_json, self.model)
        return self._nlp

    def key(self) -> str:
        if self._nlp is not None:
            return pipeline_key(self._nlp)
        made_of = self.made_of()
        remembered = self._read_remembered()
        if made_of is not None and remembered.get("made_of") == made_of:
            return remembered["key"]
        key = pipeline_key(self.nlp())
        if made_of is not None and self.remembered is not None:
            self.remembered.parent.mkdir(parents=True, exist_ok=True)
            self.remembered.write_text(json.dumps({"made_of": made_of, "key": key}), "utf-8")
        return key

    def made_of(self) -> Optional[str]:
        """None for a model given as a folder: no installed version tells its changes."""
        name = self.model or installed_model_name()
        try:
            versions = [metadata.version(package) for package in (name, "spacy", "pycountry")]
        except metadata.PackageNotFoundError:
            return None
        return text_digest(PIPELINE_VERSION, code_fingerprint(), name, *versions, self.curated_json)

    def _read_remembered(self) -> dict:
        try:
            return json.loads(self.remembered.read_text("utf-8")) if self.remembered else {}
        except (OSError, ValueError):
            return {}


class Extraction:
    """The records of a build's articles: those in the cache read at once, the others analysed
    meanwhile (`start_extraction`) and collected by `records()`."""

    def __init__(self, articles: list[Article], keys: list[str], records: list[Optional[ArticleExtraction]],
                 todo: list[int], fresh: Callable[[], Iterable[ArticleExtraction]], cache: ExtractionCache,
                 progress: Progress):
        self.articles, self.keys, self._records, self.todo = articles, keys, records, todo
        self._fresh, self.cache, self.progress = fresh, cache, progress

    def records(self) -> list[ArticleExtraction]:
        """Extraction records in article order."""
        for i, record in zip(self.todo, self.progress(self._fresh(), len(self.todo))):
            if not any(p.severity == "error" for p in record.problems):
                self.cache.put(self.keys[i], record)
            self._records[i] = record
        for article, record in zip(self.articles, self._records):
            record.article_id = article.id
        return self._records


def start_extraction(articles: list[Article], pipeline: Pipeline | Language, cache: ExtractionCache,
                     progress: Progress = no_progress, workers: Optional[int] = None,
                     cluster: Optional["DaskCluster"] = None) -> Extraction:
    """Only cache misses go through spaCy: on every core when there are enough of them, on a Dask
    cluster's workers, or, for a few, in one worker process that loads the model while this one
    reads the rest from the cache (and goes on with what needs no record: see build.analyse)."""
    if not isinstance(pipeline, Pipeline):
        pipeline = Pipeline(nlp=pipeline)
    pipeline_part = pipeline.key()
    keys = [cache_key(article, pipeline_part) for article in articles]
    todo = [i for i, key in enumerate(keys) if not cache.holds(key)]
    missing = [articles[i] for i in todo]
    pending = _in_a_worker(missing, pipeline, workers) if not cluster else None
    new = set(todo)
    records = [None if i in new else cache.get(key) for i, key in enumerate(keys)]
    unreadable = [i for i, record in enumerate(records) if record is None and i not in new]

    def fresh() -> Iterable[ArticleExtraction]:
        if cluster and missing:
            yield from cluster.extract(missing)
        elif pending is not None:
            yield from pending.result()
        else:
            yield from analyse_all(missing, pipeline, workers)
        yield from analyse_all([articles[i] for i in unreadable], pipeline, workers)  # a damaged cache file
    return Extraction(articles, keys, records, todo + unreadable, fresh, cache, progress)


def extract_articles(articles: list[Article], pipeline: Pipeline | Language, cache: ExtractionCache,
                     progress: Progress = no_progress, workers: Optional[int] = None,
                     cluster: Optional["DaskCluster"] = None) -> list[ArticleExtraction]:
    """Extraction records in article order (see start_extraction)."""
    return start_extraction(articles, pipeline, cache, progress, workers, cluster).records()


def _cores(workers: Optional[int]) -> int:
    return workers or min(os.cpu_count() or 1, 4)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _in_a_worker(articles: list[Article], pipeline: Pipeline, workers: Optional[int]) -> Optional[Future]:
    """A few articles and no model loaded yet: one worker process loads it and analyses them,
    started now. None where analyse_all does better (many articles, one core, a loaded model)."""
    if not articles or pipeline.loaded or len(articles) >= PARALLEL_FROM or _cores(workers) < 2 or not _can_fork():
        return None
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(_extract_batch_on_worker, articles, pipeline.curated_json, pipeline.model)
    pool.shutdown(wait=False)  # the worker finishes its one task, then the pool goes
    return future


def analyse_all(articles: list[Article], pipeline: Pipeline, workers: Optional[int]) -> Iterable[ArticleExtraction]:
    """Records for `articles`, in order: in forked worker processes, which share the loaded model
    with this one, when there are enough articles and the platform can fork."""
    if not articles:
        return []
    nlp = pipeline.nlp()
    if _cores(workers) < 2 or len(articles) < PARALLEL_FROM or not _can_fork():
        return (safe_extract(article, nlp) for article in articles)
    global _worker_nlp
    _worker_nlp = nlp
    return _parallel(articles, _cores(workers))


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
    doc._.publication_date, doc._.publication_latest = article.date_window
    doc._.spoken = article.is_speech or article.is_transcript
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
            role.date = article.date_prefix  # "as of September 2017", where the day is not known
    findings = doc._.quotes
    record.quotes = list(findings.quotes) if findings else []
    record.statements, record.quotes = statements_of(article, record.actors, record.quotes, canonical)
    record.scare_quotes = list(findings.scare_quotes) if findings else []
    for offset, message in (findings.problems if findings else []):
        record.problems.append(Problem(article.path, article.line_of(offset), message))
    record.timexes = list(doc._.timexes or [])
    # a speech opens with its speaker's views ("Human rights have never gone unchallenged"), not
    # with the news of its day, as an article does, and its "today" is most often the times
    record.events = events_from_doc(doc, record.timexes, speech=article.is_speech)
    return record


class DaskCluster:
    """The extraction of many articles on a Dask distributed cluster (`briefing build --executor
    dask [--scheduler ADDRESS]`): each worker loads the pipeline once, for its first batch, and
    keeps it (build_pipeline is cached per process). Without an address, a LocalCluster of this
    machine's cores. The records are the same as a local run's."""

    BATCH = 8  # articles a task: enough to make a task worth sending, few enough to spread

    def __init__(self, curated_json: str, model: Optional[str], scheduler: Optional[str] = None,
                 workers: Optional[int] = None):
        self.curated_json = curated_json  # curated_actor_config, as JSON
        self.model = model
        self.scheduler = scheduler
        self.workers = _cores(workers)

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
    nlp = pipeline_from_config(curated_json, model)
    return [safe_extract(article, nlp) for article in batch]
