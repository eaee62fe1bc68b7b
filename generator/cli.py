"""Command line: `briefing new`, `briefing add`, `briefing build`, `briefing extract`, `briefing check`."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Iterable

import click
from tqdm import tqdm

from .build import BuildConfig, BuildFailed, BuildLocked, build
from .model import Problem

# The commands import their heavy stages (spaCy, trafilatura) themselves: `briefing build` with
# nothing to do, and `--help`, answer in a fraction of a second.


def progress(items: Iterable, total: int) -> Iterable:
    """A progress bar on a terminal for runs long enough to need one; silent in logs and tests."""
    return tqdm(items, total=total, desc="Analysing articles", unit="article",
                disable=None if total > 3 else True, file=sys.stderr)


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.secho(str(problem), err=True, fg="red" if problem.severity == "error" else "yellow")


def exit_code(problems: list[Problem], strict: bool) -> int:
    if any(p.severity == "error" for p in problems):
        return 1
    return 1 if strict and problems else 0


@click.group()
@click.version_option(package_name="briefing")
def main() -> None:
    """Briefing: news articles in site_src/ become a browsable MkDocs briefing site.

    \b
    Start a briefing:   briefing new DIR --title "…"
    Bring articles in:  briefing add PAGE.html URL FEED.xml …   (in DIR)
    Build the site:     mkdocs build   (or: briefing build, then mkdocs build)"""
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")


@main.command("build")
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=Path("site_src"),
              show_default=True, help="Articles and curated data.")
@click.option("--docs", type=click.Path(file_okay=False, path_type=Path), default=Path("docs"),
              show_default=True, help="The MkDocs docs_dir to write the pages into.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, not only on errors.")
@click.option("--clean", is_flag=True, help="Start from scratch: no extraction cache, no shortcut for an "
              "unchanged briefing.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where articles are analysed: a local process pool, or a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler (tcp://host:8786); without it, "
              "--executor dask starts a LocalCluster on this machine.")
@click.option("--timings", is_flag=True, help="Say how long each stage took.")
def build_command(src: Path, docs: Path, strict: bool, clean: bool, executor: str, scheduler: str | None,
                  timings: bool) -> None:
    """Read the articles, extract, merge and write the pages into DOCS."""
    if not src.is_dir():
        raise click.UsageError(f"no source folder {src}")
    config = BuildConfig(root=src.resolve().parent, src=src.resolve(), docs=docs.resolve(), executor=executor,
                         scheduler=scheduler)
    try:
        report = build(config, progress, clean=clean)
    except (BuildLocked, BuildFailed) as err:
        raise click.ClickException(str(err)) from None
    print_problems(report.problems)
    n = report.summary
    click.echo(f"{n.get('articles', 0)} articles, {n.get('actors', 0)} actors, {n.get('quotes', 0)} quotes, "
               f"{n.get('events', 0)} events, {n.get('timelines', 0)} timelines")
    if report.unchanged:
        click.echo(f"nothing changed since the last build: {docs} left as it is")
    else:
        click.echo(f"{len(report.written.written)} pages written, {report.written.unchanged} unchanged, "
                   f"{len(report.written.deleted)} removed in {docs}")
    if timings and report.timings:
        click.echo("seconds: " + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in report.timings.items()))
        click.echo(f"pages: {len(report.rendered)} rendered, {report.reused} unchanged since the last build "
                   "(not rendered again)")
    if report.errors or report.warnings:
        click.echo(f"{len(report.errors)} errors, {len(report.warnings)} warnings (listed above); "
                   "what they name was left out, the rest of the site is built")
    # a skipped article does not fail the build (the site is there); pages that could not be
    # updated do, and with --strict every problem does
    failed = report.written.problems or strict and report.problems
    sys.exit(1 if failed else 0)


@main.command("new")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default="Briefing", show_default=True, help="The briefing's title (site name).")
@click.option("--topic", "topics", multiple=True, help="A topic of the briefing (repeat for more); its key "
              "passages are statements that name it. More words per topic go in site_src/briefing.yml.")
def new_command(folder: Path, title: str, topics: tuple[str, ...]) -> None:
    """Start a new briefing in FOLDER: site_src/ and mkdocs.yml, nothing else."""
    from .scaffold import FolderInUse, new_briefing

    try:
        written = new_briefing(folder, title, list(topics))
    except FolderInUse as err:
        raise click.ClickException(str(err)) from None
    for path in written:
        click.echo(f"created {path}")
    click.echo(f"Next: cd {folder} && briefing add PAGE.html|URL|FEED … && mkdocs build")


@main.command("add")
@click.argument("sources", nargs=-1, required=True)
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=Path("site_src"),
              show_default=True, help="The briefing's source folder; articles go into its articles/.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds to wait for a web server.")
def add_command(sources: tuple[str, ...], src: Path, timeout: float) -> None:
    """Add articles from SOURCES: saved web pages, URLs, text or Markdown files, RSS/Atom feeds
    (files or URLs: every entry becomes an article). The same URL or text again updates its file."""
    from .importer import SourceError, add_sources

    if not src.is_dir():
        raise click.UsageError(f"no source folder {src} (start a briefing with `briefing new`, or pass --src)")
    failed = 0
    for result in add_sources(list(sources), src / "articles", timeout):
        if isinstance(result, SourceError):
            failed += 1
            click.secho(f"error: {result}", err=True, fg="red")
            continue
        why = f" ({result.why})" if result.why else ""
        date = result.article.date or "no date found: add `date:` to the file"
        click.echo(f"{result.outcome}{why}: {result.path} — {result.article.title} [{date}]")
    sys.exit(1 if failed else 0)


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=Path("site_src"),
              show_default=True, help="Where the curated actors and timelines are (if any).")
@click.option("--json", "as_json", is_flag=True, help="Print the knowledge base as JSON.")
def extract_command(files: tuple[Path, ...], src: Path, as_json: bool) -> None:
    """The knowledge base of just FILES on stdout; nothing is written."""
    from .curated import load_curated
    from .build import site_info
    from .document_dates import date_documents
    from .extract import ExtractionCache, extract_articles
    from .knowledge import build_knowledge_base
    from .model import CuratedData
    from .pipeline import ModelMissing, build_pipeline
    from .reader import ArticleError, read_article
    from .render import knowledge_base_json
    from .repeats import find_repeats

    articles, problems = [], []
    for path in files:
        try:
            article, found = read_article(path, Path.cwd())
        except ArticleError as err:
            problems.append(err.problem)
            continue
        articles.append(article)
        problems += found
    curated = load_curated(src) if src.is_dir() else CuratedData()
    date_documents(articles, site_info(src, problems).date_windows, find_repeats(articles))  # as a build would
    try:
        nlp = build_pipeline(curated.actors)
    except ModelMissing as err:
        raise click.ClickException(str(err)) from None
    records = extract_articles(articles, nlp, ExtractionCache(None), progress)
    kb = build_knowledge_base(articles, records, curated, problems)
    print_problems(kb.problems)
    if as_json:
        click.echo(knowledge_base_json(kb), nl=False)
    else:
        summarise(kb)
    sys.exit(exit_code([p for p in kb.problems if p.severity == "error"], False))


def summarise(kb) -> None:
    for article in kb.articles:
        first, last = article.date_window
        click.secho(f"{article.title} ({first or 'undated'}{f' to {last}' if last != first else ''})", bold=True)
    click.secho("Actors", bold=True)
    for actor in kb.actors:
        roles = "; ".join(r.title for r in actor.roles if r.title)
        click.echo(f"  {actor.name} [{actor.kind}] {len(actor.mentions)} mentions{' - ' + roles if roles else ''}")
    click.secho("Quotes", bold=True)
    for quote in kb.quotes:
        speaker = kb.actor(quote.speaker)
        click.echo(f"  [{quote.kind}] {speaker.name if speaker else quote.speaker_text or '?'}: {quote.text[:90]}")
    click.secho("Events", bold=True)
    for event in kb.events:
        if event.article:
            click.echo(f"  {event.date_start}..{event.date_end} {event.expression!r}: {event.text[:80]}")


@main.command("check")
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=Path("site_src"),
              show_default=True)
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check_command(src: Path, strict: bool) -> None:
    """Validate the articles and curated YAML in SRC without building."""
    from .curated import load_curated
    from .reader import read_articles

    read = read_articles(src / "articles", root=src.resolve().parent)
    curated = load_curated(src)
    problems = read.problems + curated.problems
    print_problems(problems)
    click.echo(f"{len(read.articles)} articles, {len(curated.actors)} curated actors, "
               f"{len(curated.timelines)} timelines; {len(problems)} problems")
    sys.exit(exit_code(problems, strict))


def run() -> None:
    """The `briefing` command: `main`, then an exit that leaves the heap to the system. After a
    build, Python's own exit frees the knowledge base and the model object by object, half a
    second at a thousand articles, for nothing: every file is written and closed by then."""
    try:
        main()
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    if isinstance(code, str):  # sys.exit("message"): said on stderr, as Python would
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    run()
