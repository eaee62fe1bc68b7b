"""axe-core on every page of a built site (by default the North Korea briefing in site/), in the
light and the dark scheme, as tests/test_accessibility.py does on the small test site: WCAG 2.1 A and
AA rules and axe's best practices. Prints the pages swept and the violations by rule; exits 1 when
there is one. Needs Debian's chromium. Build the site first (`make site`), then:

    .venv/bin/python benchmarks/accessibility.py [--site site] [--every N] [--width 1280]

`--every N` checks every N-th page (a quicker sample); `--width 400` checks the phone layout.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser_fixtures import CHROMIUM, axe_violations, serving, site_pages, wait_for_diagrams  # noqa: E402


def sweep(site: Path, every: int, width: int) -> dict[str, list[str]]:
    from playwright.sync_api import sync_playwright
    pages = site_pages(site)[::every]
    found: dict[str, list[str]] = {}
    with serving(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        for scheme in ("light", "dark"):
            page = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme).new_page()
            for n, path in enumerate(pages, 1):
                page.goto(url + path)
                wait_for_diagrams(page)
                if violations := axe_violations(page):
                    found[f"{scheme} {path}"] = violations
                    print(f"{scheme} {path}\n  " + "\n  ".join(violations[:5]), flush=True)
                if n % 100 == 0:
                    print(f"  {scheme}: {n} of {len(pages)} pages", file=sys.stderr)
            page.context.close()
        browser.close()
    print(f"{len(pages)} pages, each in the light and the dark scheme, {width} px wide")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--every", type=int, default=1, help="check every N-th page")
    parser.add_argument("--width", type=int, default=1280, help="the browser window's width in px")
    args = parser.parse_args()
    started = time.perf_counter()
    found = sweep(args.site, args.every, args.width)
    by_rule = collections.Counter(v.split(" ")[0] for violations in found.values() for v in violations)
    print(f"violations: {sum(by_rule.values())} on {len(found)} page views ({time.perf_counter() - started:.0f} s)")
    for rule, count in by_rule.most_common():
        print(f"  {rule}: {count}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
