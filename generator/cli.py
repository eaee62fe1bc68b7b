"""Command line: `briefing build`, `briefing extract`, `briefing check`."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Iterable

import click
from tqdm import tqdm

from .build import BuildConfig, BuildLocked, build
from .curated import load_curated
from .extract import ExtractionCache, extract_articles
from .knowledge import build_knowledge_base
from .model import CuratedData, Problem
from .pipeline import ModelMissing, build_pipeline
from .reader import ArticleError, read_article, read_articles
from .render import knowledge_base_json


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
    """Briefing: news articles in site_src/ become a browsable MkDocs briefing site."""
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")


@main.command("build")
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=Path("site_src"),
              show_default=True, help="Articles and curated data.")
@click.option("--docs", type=click.Path(file_okay=False, path_type=Path), default=Path("docs"),
              show_default=True, help="The MkDocs docs_dir to write the pages into.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, not only on errors.")
def build_command(src: Path, docs: Path, strict: bool) -> None:
    """Read the articles, extract, merge and write the pages into DOCS."""
    if not src.is_dir():
        raise click.UsageError(f"no source folder {src}")
    config = BuildConfig(root=src.resolve().parent, src=src.resolve(), docs=docs.resolve())
    try:
        report = build(config, progress)
    except (BuildLocked, ModelMissing) as err:
        raise click.ClickException(str(err)) from None
    print_problems(report.problems)
    kb = report.kb
    click.echo(f"{len(kb.articles)} articles, {len(kb.actors)} actors, {len(kb.quotes)} quotes, "
               f"{len(kb.events)} events, {len(kb.timelines)} timelines")
    click.echo(f"{len(report.written.written)} pages written, {report.written.unchanged} unchanged, "
               f"{len(report.written.deleted)} removed in {docs}")
    if report.errors or report.warnings:
        click.echo(f"{len(report.errors)} errors, {len(report.warnings)} warnings (listed above); "
                   "what they name was left out, the rest of the site is built")
    # a skipped article does not fail the build (the site is there); pages that could not be
    # updated do, and with --strict every problem does
    failed = report.written.problems or strict and report.problems
    sys.exit(1 if failed else 0)


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--src", type=click.Path(file_okay=False, path_type=Path), default=Path("site_src"),
              show_default=True, help="Where the curated actors and timelines are (if any).")
@click.option("--json", "as_json", is_flag=True, help="Print the knowledge base as JSON.")
def extract_command(files: tuple[Path, ...], src: Path, as_json: bool) -> None:
    """The knowledge base of just FILES on stdout; nothing is written."""
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
        click.secho(f"{article.title} ({article.date or 'undated'})", bold=True)
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
    read = read_articles(src / "articles", root=src.resolve().parent)
    curated = load_curated(src)
    problems = read.problems + curated.problems
    print_problems(problems)
    click.echo(f"{len(read.articles)} articles, {len(curated.actors)} curated actors, "
               f"{len(curated.timelines)} timelines; {len(problems)} problems")
    sys.exit(exit_code(problems, strict))


if __name__ == "__main__":
    main()
