"""Stage 4a: the analyst's curated data in site_src/: actors.yml and timelines/*.yml.

Each file is checked against its JSON Schema (generator/schema/); an error names the file, the
line and the entry, and the malformed entry is left out while the rest of the file is kept.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import jsonschema
import yaml

from .slugs import slug
from .yamltext import DatesAsTextLoader
from .model import CuratedActor, CuratedData, Problem, Role, Timeline, TimelineEntry, relpath

RESERVED_TIMELINE_IDS = {"index", "all-events"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads(resources.files("generator").joinpath(f"schema/{name}.schema.json").read_text("utf-8"))


def load_curated(src: Path) -> CuratedData:
    data = CuratedData()
    actors_file = src / "actors.yml"
    if actors_file.exists():
        doc, node = load_yaml(actors_file, src, data.problems)
        if doc is not None:
            data.actors = parse_actors(doc, node, relpath(actors_file, src.parent), data.problems)
            if isinstance(doc, dict) and isinstance(doc.get("not_actors"), list):
                data.not_actors = [str(name) for name in doc["not_actors"] if isinstance(name, str) and name]
    for path in sorted((src / "timelines").glob("*.y*ml")):
        doc, node = load_yaml(path, src, data.problems)
        if doc is not None:
            shown = relpath(path, src.parent)
            timeline = parse_timeline(doc, node, path, shown, data.problems)
            if timeline and timeline_id_free(timeline, data.timelines, shown, data.problems):
                data.timelines.append(timeline)
    return data


def timeline_id_free(timeline: Timeline, taken: list[Timeline], shown: str, problems: list[Problem]) -> bool:
    """A timeline's id names its page: it must not be an index page's nor another timeline's."""
    if timeline.id in RESERVED_TIMELINE_IDS or any(t.id == timeline.id for t in taken):
        problems.append(Problem(shown, 1, f"timeline id {timeline.id!r} is taken (by a page of the site or "
                                          f"another timeline): this timeline is left out; give it another id", "error"))
        return False
    return True


def load_yaml(path: Path, src: Path, problems: list[Problem]) -> tuple[Any, Any]:
    """The parsed document and its node tree (which knows the line of every entry)."""
    shown = relpath(path, src.parent)
    try:
        text = path.read_text("utf-8")
        node = yaml.compose(text, Loader=DatesAsTextLoader)
        return yaml.load(text, Loader=DatesAsTextLoader), node
    except UnicodeDecodeError:
        problems.append(Problem(shown, 1, "not UTF-8 text", "error"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problems.append(Problem(shown, mark.line + 1 if mark else 1, f"not valid YAML: {getattr(err, 'problem', err)}",
                                "error"))
    return None, None


def line_of(node: Any, path: list) -> int:
    """The 1-based line of the YAML node at `path` (keys and indices), as near as it exists."""
    current = node
    for step in path:
        if isinstance(current, yaml.MappingNode):
            found = [v for k, v in current.value if k.value == step]
            if not found:
                break
            current = found[0]
        elif isinstance(current, yaml.SequenceNode) and isinstance(step, int) and step < len(current.value):
            current = current.value[step]
        else:
            break
    return current.start_mark.line + 1 if current is not None else 1


def schema_problems(doc: Any, node: Any, schema_name: str, shown: str) -> list[tuple[list, Problem]]:
    validator = jsonschema.Draft202012Validator(schema(schema_name))
    found = []
    for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        path = list(error.absolute_path)
        where = "/".join(str(p) for p in path) or "top level"
        found.append((path, Problem(shown, line_of(node, path), f"{where}: {error.message}", "error")))
    return found


def bad_entries(errors: list[tuple[list, Problem]], collection: str) -> set[int]:
    return {path[1] for path, _ in errors if len(path) > 1 and path[0] == collection and isinstance(path[1], int)}


def parse_actors(doc: Any, node: Any, shown: str, problems: list[Problem]) -> list[CuratedActor]:
    errors = schema_problems(doc, node, "actors", shown)
    problems.extend(p for _, p in errors)
    if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
        return []
    skip = bad_entries(errors, "actors")
    actors = []
    for index, item in enumerate(doc["actors"]):
        if index in skip:
            continue
        actors.append(CuratedActor(
            name=item["name"], kind=item["kind"], aliases=list(item.get("aliases", [])),
            description=item.get("description"),
            roles=[Role(title=r["title"], affiliation=r.get("affiliation"), date=period(r))
                   for r in item.get("roles", [])],
        ))
    return actors


def period(role: dict) -> Optional[str]:
    start, end = (str(role[k]) if role.get(k) is not None else None for k in ("from", "to"))
    if start and end:
        return f"{start}/{end}"
    return f"{start}/" if start else None


def parse_timeline(doc: Any, node: Any, path: Path, shown: str, problems: list[Problem]) -> Optional[Timeline]:
    errors = schema_problems(doc, node, "timeline", shown)
    problems.extend(p for _, p in errors)
    # a bad entry or claim is left out alone; any other error leaves the whole timeline out
    if not isinstance(doc, dict) or any(not (len(p) > 1 and p[0] in ("entries", "claims")) for p, _ in errors):
        return None
    skip = bad_entries(errors, "entries")
    entries = []
    for index, item in enumerate(doc.get("entries") or []):
        if index in skip:
            continue
        start, end = str(item["date"]), str(item.get("end") or item["date"])
        if not (is_partial_date(start) and is_partial_date(end)):
            problems.append(Problem(shown, line_of(node, ["entries", index]),
                                    f"entries/{index}: {start} or {end} is not a calendar date", "error"))
            continue
        if end < start:
            problems.append(Problem(shown, line_of(node, ["entries", index]),
                                    f"entries/{index}: ends ({end}) before it starts ({start})", "error"))
            continue
        entries.append(TimelineEntry(
            date_start=start, date_end=end, text=item["text"], source=item["source"],
            source_url=item.get("url"), actors=list(item.get("actors", [])),
        ))
    entries.sort(key=lambda e: (e.date_start, e.date_end))
    bad_claims = bad_entries(errors, "claims")
    claims = [c for n, c in enumerate(doc.get("claims") or [])
              if n not in bad_claims and claim_compiles(c, node, n, shown, problems)]
    return Timeline(
        id=slug(str(doc.get("id") or path.stem), fallback="timeline"), title=doc["title"], description=doc.get("description", ""),
        keywords=list(doc.get("keywords", [])), entries=entries, path=shown, claims=claims,
    )


def claim_compiles(claim: dict, node: Any, index: int, shown: str, problems: list[Problem]) -> bool:
    try:
        pattern = re.compile(claim["pattern"])
    except re.error as err:
        problems.append(Problem(shown, line_of(node, ["claims", index]),
                                f"claims/{index}: pattern is not a regular expression ({err}): claim left out", "error"))
        return False
    if pattern.groups < 1:
        problems.append(Problem(shown, line_of(node, ["claims", index]),
                                f"claims/{index}: pattern needs a group that captures the count: claim left out",
                                "error"))
        return False
    return True


def is_partial_date(value: str) -> bool:
    if not PARTIAL_DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True
