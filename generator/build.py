"""The build: every stage in order. The CLI (`briefing build`) and the MkDocs plugin both call
`build`. A build with nothing to do stops before loading spaCy (see stamp.py): the heavy stages
are imported only when there is work for them."""
from __future__ import annotations

import datetime as dt
import gc
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import yaml
from filelock import FileLock, Timeout

from . import stamp
from .model import Problem
from .writer import WriteReport

if TYPE_CHECKING:
    from .changes import ChangeRecord
    from .extract import DaskCluster, Pipeline, Progress
    from .model import KnowledgeBase
    from .render import SiteInfo


def no_progress(items, total):
    return items


@dataclass(frozen=True)
class BuildConfig:
    """Where things are. `root` is the project folder holding site_src/, docs/ and, where the
    briefing overrides the package's templates, templates/."""

    root: Path
    src: Optional[Path] = None
    docs: Optional[Path] = None
    templates: Optional[Path] = None
    cache: Optional[Path] = None
    model: Optional[str] = None
    workers: Optional[int] = None  # processes for analysis; None: as many as the machine has, up to 4
    executor: str = "local"  # "local" (a process pool) or "dask" (a Dask distributed cluster)
    scheduler: Optional[str] = None  # the Dask scheduler's address; None: a LocalCluster of this machine

    @property
    def src_dir(self) -> Path:
        return self.src or self.root / "site_src"

    @property
    def docs_dir(self) -> Path:
        return self.docs or self.root / "docs"

    @property
    def templates_dir(self) -> Path:
        return self.templates or self.root / "templates"

    @property
    def cache_dir(self) -> Path:
        return self.cache or self.root / ".cache" / "briefing"


@dataclass
class BuildReport:
    kb: Optional[KnowledgeBase]  # None when nothing had changed since the last build
    written: WriteReport = field(default_factory=WriteReport)
    problems: list[Problem] = field(default_factory=list)
    summary: dict = field(default_factory=dict)  # how many documents, actors, quotes, events, timelines
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: read, extract, merge, … write
    rendered: list[str] = field(default_factory=list)  # the pages rendered (docs/ paths)
    reused: int = 0  # pages taken as they were: nothing they show changed since the last build

    @property
    def unchanged(self) -> bool:
        return self.kb is None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


class BuildLocked(RuntimeError):
    pass


class BuildFailed(RuntimeError):
    """A build that cannot go on: no spaCy model, a broken template. The message says which."""


@contextmanager
def timed(timings: dict[str, float], stage: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@contextmanager
def fewer_garbage_collections():
    """A build makes millions of objects that live until it ends (the records, the knowledge base,
    the pages) and few reference cycles. At its default thresholds Python's cycle collector walks
    them all again and again: 0.8 s of the 4.2 s of adding one article to 1,000. At these it walks
    them a few times. The thresholds are restored after: the MkDocs plugin builds inside MkDocs."""
    before = gc.get_threshold()
    gc.set_threshold(10_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def analyse(config: BuildConfig, progress: Progress = no_progress,
            timings: Optional[dict[str, float]] = None, windows: Optional[dict[str, int]] = None) -> KnowledgeBase:
    """Read, extract and merge: the knowledge base of `config.src_dir`, nothing written but the cache.
    `windows`: the date windows of briefing.yml, where the caller has read it (SiteInfo.date_windows)."""
    timings = {} if timings is None else timings
    with timed(timings, "read"):
        from .curated import load_curated
        from .reader import read_articles

        src = config.src_dir
        read = read_articles(src / "articles", root=src.parent)
        curated = load_curated(src)
    with timed(timings, "date"):  # copies of one text first: a copy can tell its twin's day
        from .document_dates import date_documents
        from .repeats import find_repeats

        if windows is None:
            windows = site_info(src, read.problems).date_windows
        repeats = find_repeats(read.articles)
        date_documents(read.articles, windows, repeats)
    with timed(timings, "extract"):  # loading spaCy and the model included
        from .extract import ExtractionCache, Pipeline, start_extraction
        from .knowledge import build_knowledge_base

        cache = ExtractionCache(config.cache_dir)
        pipeline = Pipeline(curated.actors, config.model, remembered=config.cache_dir / "pipeline" / "key.json")
        extraction = start_extraction(read.articles, pipeline, cache, progress, config.workers,
                                      dask_cluster(config, pipeline))
        extractions = extraction.records()
        cache.prune()
    with timed(timings, "merge"):
        failed = {r.article_id for r in extractions if any(p.severity == "error" for p in r.problems)}
        articles = [a for a in read.articles if a.id not in failed]
        kept = [r for r in extractions if r.article_id not in failed]
        problems = read.problems + curated.problems + [p for r in extractions if r.article_id in failed
                                                        for p in r.problems]
        return build_knowledge_base(articles, kept, curated, problems, None if failed else repeats)


def dask_cluster(config: BuildConfig, pipeline: Pipeline) -> Optional[DaskCluster]:
    from .extract import DaskCluster

    if config.executor != "dask":
        return None
    return DaskCluster(pipeline.curated_json, config.model, config.scheduler, config.workers)


def site_info(src: Path, problems: list[Problem]) -> SiteInfo:
    from .render import SiteInfo

    path = src / "briefing.yml"
    if not path.exists():
        return SiteInfo()
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        topics = data.get("topics") or {}
        if not isinstance(topics, dict):
            problems.append(Problem(shown(path), setting_line(path, "topics"),
                                    "topics: a mapping of topic to words expected: ignored"))
            topics = {}
        positions = data.get("positions")
        if positions is not None and not isinstance(positions, list):
            problems.append(Problem(shown(path), setting_line(path, "positions"),
                                    "positions: a list of topics expected: ignored"))
            positions = None
        topics = {str(name): [str(w) for w in (words or [name])] for name, words in topics.items()}
        subject, elsewhere = subject_setting(data, topics, path, problems)
        return SiteInfo(title=str(data.get("title", "Briefing")), description=str(data.get("description", "")),
                        topics=topics, positions=[str(t) for t in positions] if positions is not None else None,
                        date_windows=date_windows(data.get("date_precision"), path, problems),
                        subject_topic=subject, elsewhere=elsewhere)
    except (yaml.YAMLError, AttributeError, UnicodeDecodeError) as err:
        problems.append(Problem(shown(path), 1, f"not read: {err}", "error"))
        return SiteInfo()


def subject_setting(data: dict, topics: dict[str, list[str]], path: Path,
                    problems: list[Problem]) -> tuple[Optional[str], list[str]]:
    """`subject:` (one of the topics) and `elsewhere:` (names of other subjects) of briefing.yml;
    a value of the wrong shape is named with its line and ignored."""
    subject, elsewhere = data.get("subject"), data.get("elsewhere") or []
    if subject is not None and str(subject) not in topics:
        problems.append(Problem(shown(path), setting_line(path, "subject"),
                                f"subject: {subject!r} is none of the topics: ignored"))
        subject = None
    if not isinstance(elsewhere, list):
        problems.append(Problem(shown(path), setting_line(path, "elsewhere"), "elsewhere: a list of names expected: ignored"))
        elsewhere = []
    return (str(subject) if subject is not None else None), [str(name) for name in elsewhere]


def shown(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def setting_line(path: Path, key: str) -> int:
    """The line of a top-level setting in a YAML file (1 where it is not found)."""
    return next((n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if text.startswith(f"{key}:")), 1)


def date_windows(setting, path: Path, problems: list[Problem]) -> dict[str, int]:
    """`date_precision:` of briefing.yml: a front matter's date_precision -> how many days after
    its date a document so dated can be (see document_dates.py)."""
    from .document_dates import precision_key

    if setting is None:
        return {}
    if not isinstance(setting, dict) or not all(isinstance(days, int) and days >= 0 for days in setting.values()):
        problems.append(Problem(shown(path), setting_line(path, "date_precision"), "date_precision: a mapping of "
                                "a front matter's date_precision to a number of days expected: ignored"))
        return {}
    return {precision_key(value): days for value, days in setting.items()}


def build(config: BuildConfig, progress: Progress = no_progress, clean: bool = False) -> BuildReport:
    """Build the pages into docs/. Two builds at once on one docs/ are refused, not interleaved.
    `clean` starts from scratch: no extraction cache, no shortcut for an unchanged briefing."""
    docs = config.docs_dir
    docs.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(docs / ".briefing.lock"), timeout=0)
    try:
        with lock, fewer_garbage_collections():
            if clean:
                shutil.rmtree(config.cache_dir, ignore_errors=True)
                stamp.forget(docs)
            return _build_locked(config, progress)
    except Timeout:
        raise BuildLocked(f"another briefing build is writing {docs} (lock {docs / '.briefing.lock'}); "
                          "wait for it to finish") from None


def _build_locked(config: BuildConfig, progress: Progress) -> BuildReport:
    signature = stamp.inputs_signature(config.src_dir, config.templates_dir,
                                       f"{config.model}|{config.src_dir}|{config.docs_dir}")
    last = stamp.last_build(config.docs_dir, signature)
    if last is not None:  # nothing read or written has changed: the last build stands
        return BuildReport(kb=None, problems=[Problem(**p) for p in last.get("problems", [])],
                           summary=last.get("counts", {}))
    from .pipeline import ModelMissing
    from .hashing import text_digest
    from .render import Renderer, TemplateProblem
    from .render_memo import MEMO_FILE, PageMemo, code_and_templates
    from .theme import site_files
    from .writer import SiteWriter

    timings: dict[str, float] = {}
    try:
        settings_problems: list[Problem] = []
        info = site_info(config.src_dir, settings_problems)  # read once: its date windows serve the analysis
        kb = analyse(config, progress, timings, info.date_windows)
        kb.problems += settings_problems
        with timed(timings, "positions"):
            from .positions import find_positions

            positions = find_positions(kb, info.position_topics, info.subject)
        with timed(timings, "changes"):
            changes = what_changed(config.docs_dir, kb, positions)
        with timed(timings, "render"):
            # in a folder of its own: the extraction cache prunes the JSON files of its folder
            code = code_and_templates(config.templates_dir)
            memo = PageMemo(config.cache_dir / "rendered" / MEMO_FILE, config.docs_dir,
                            salt=text_digest(code, repr(info)))
            # Jinja keys a compiled template on its source alone, not on the code that sets its options
            compiled = config.cache_dir / "templates" / text_digest(code, length=16)
            pages = Renderer(kb, config.templates_dir, info, positions, changes, memo, compiled).render_all()
    except (ModelMissing, TemplateProblem) as err:
        raise BuildFailed(str(err)) from None
    with timed(timings, "write"):
        written = SiteWriter(config.docs_dir).write_all(pages, defaults=site_files())
        memo.save()  # a page the writer left as it was no longer matches its memo: rendered next time
    report = BuildReport(kb=kb, written=written, problems=kb.problems + written.problems, summary=counts(kb),
                         timings=timings, rendered=sorted(set(pages) - memo.reused), reused=len(memo.reused))
    if not written.problems:  # a page left as it is must be reported again next time
        stamp.write_stamp(config.docs_dir, signature, {
            "counts": report.summary, "problems": [vars(p) for p in report.problems]})
    else:
        stamp.forget(config.docs_dir)
    return report


def what_changed(docs: Path, kb: KnowledgeBase, positions: list) -> ChangeRecord:
    """This build's record of what it publishes, and what is new since the last build that changed anything."""
    from .changes import RECORD, published_state, read_record, update_record

    try:
        previous = read_record((docs / RECORD).read_text("utf-8"))
    except (OSError, UnicodeDecodeError):
        previous = None
    return update_record(previous, published_state(kb, positions), dt.date.today())


def counts(kb: KnowledgeBase) -> dict:
    return {"articles": len(kb.articles), "actors": len(kb.actors), "quotes": len(kb.quotes),
            "events": len(kb.events), "timelines": len(kb.timelines)}
