"""Extraction on a Dask distributed cluster (a LocalCluster on this machine) gives the same
knowledge base as the local process pool."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import BuildConfig, build

from .conftest import copy_project

pytest.importorskip("dask.distributed")

PEOPLE = [("Amara Okafor", "Nigeria", "Foreign Minister"), ("Lena Varga", "Hungary", "Ambassador"),
          ("Hiro Takahashi", "Japan", "Defence Minister"), ("Sven Lindqvist", "Sweden", "envoy")]


def add_articles(root: Path, count: int = 12) -> None:
    for n in range(count):
        name, country, title = PEOPLE[n % len(PEOPLE)]
        text = (f"---\ntitle: Talks, day {n}\ndate: 2017-05-{n + 1:02d}\n---\n"
                f"{country}'s {title} {name} met the North Korean delegation on Tuesday.\n\n"
                f"“The sanctions must hold until the talks resume,” {name.split()[1]} said. "
                f"Round {n} of the meetings ended without a statement.\n")
        (root / "site_src" / "articles" / f"talks-{n:02d}.md").write_text(text, "utf-8")


@pytest.mark.slow
def test_a_dask_build_and_a_local_build_write_the_same_briefing(tmp_path):
    local, distributed = copy_project(tmp_path / "local"), copy_project(tmp_path / "dask")
    for root in (local, distributed):
        add_articles(root)
    build(BuildConfig(root=local, workers=2))
    report = build(BuildConfig(root=distributed, executor="dask", workers=2))
    assert report.summary["articles"] == 13
    assert (distributed / "docs" / "data" / "briefing.json").read_bytes() == \
        (local / "docs" / "data" / "briefing.json").read_bytes()
