"""Writes the news-shaped pages of tests/web/ from public-domain Wikinews texts of ../shared/corpus
(English Wikinews articles published before 25 September 2005 are in the public domain). Run once;
the pages are kept in the repository. Each page has what real news pages have around the story:
navigation, share buttons, a video caption, a subscription prompt, related links, a footer, and its
date in JSON-LD or in a meta tag."""
from __future__ import annotations

import html
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
CORPUS = HERE.parents[1] / ".." / "shared" / "corpus"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="og:title" content="{title}">
<meta name="author" content="{author}">
{date_meta}
<link rel="canonical" href="https://courier.example/{slug}">
</head>
<body>
<header>
  <nav class="site-nav"><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
</header>
<main>
<article>
  <h1>{title}</h1>
  <p class="byline">By {author} · <time datetime="{date}">{date_text}</time></p>
  <div class="share"><a href="https://twitter.example/share">Share on Twitter</a> <a href="https://facebook.example/share">Share on Facebook</a> <a href="mailto:?subject=story">Email this story</a></div>
  <figure class="video"><video src="/media/clip.mp4"></video><figcaption>Watch: our correspondent explains the story in 90 seconds</figcaption></figure>
{paragraphs}
  <aside class="newsletter"><p>Get the morning briefing in your inbox. Sign up for our free newsletter today!</p></aside>
</article>
<section class="related"><h2>Related reading</h2><ul>
  <li><a href="/world/a">Five things to know about the region this week</a></li>
  <li><a href="/world/b">Opinion: why the talks keep failing</a></li>
  <li><a href="/world/c">In pictures: a year of summits</a></li>
</ul></section>
</main>
<footer><p>© 2004 The Daily Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""

JSON_LD = '<script type="application/ld+json">{}</script>'
META_DATE = '<meta property="article:published_time" content="{}T09:30:00Z">'


def page(source: str, slug: str, json_ld: bool) -> str:
    text = (CORPUS / source).read_text("utf-8")
    _, front, body = text.split("---", 2)
    meta = yaml.safe_load(front)
    # the corpus text repeats the title and the date as its first two lines: the page has them above
    blocks = [b.strip() for b in body.strip().split("\n\n")][2:]
    date = str(meta["date"])
    if json_ld:
        date_meta = JSON_LD.format(json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                                               "headline": meta["title"], "datePublished": date,
                                               "author": {"@type": "Person", "name": "Wikinews contributors"}}))
    else:
        date_meta = META_DATE.format(date)
    return PAGE.format(title=html.escape(meta["title"]), author="Wikinews contributors", date_meta=date_meta,
                       slug=slug, date=date, date_text=date, paragraphs="\n".join(
                           f"  <p>{html.escape(b)}</p>" for b in blocks))


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    (HERE / "submarine.html").write_text(page(
        "wikinews_2004-11-18_chinese-submarine-enters-japanese-waters.md", "submarine", json_ld=True), "utf-8")
    (HERE / "boeing.html").write_text(page(
        "wikinews_2004-11-24_internal-emails-expose-boeing-air-force-contract-discussions.md", "boeing",
        json_ld=False), "utf-8")


if __name__ == "__main__":
    main()
