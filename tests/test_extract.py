"""Stage 3: extraction records, cached by content, the same in parallel as in one process."""
from __future__ import annotations

import datetime as dt

from generator.extract import ExtractionCache, Pipeline, extract_articles
from generator.model import CuratedActor

from .conftest import make_article

TEXTS = [f"“Talks must resume soon,” Foreign Minister Wang Yi said on day {n}. Russia agreed last year."
         for n in range(10)]


def articles():
    return [make_article(text, dt.date(2017, 4, 28), f"a{n}") for n, text in enumerate(TEXTS)]


def test_parallel_extraction_equals_one_process(nlp):
    one = extract_articles(articles(), nlp, ExtractionCache(None), workers=1)
    many = extract_articles(articles(), nlp, ExtractionCache(None), workers=2)
    assert [r.to_dict() for r in one] == [r.to_dict() for r in many]
    assert all(r.quotes[0].speaker == "Wang Yi" for r in many)


def test_cache_is_used_and_a_changed_article_is_analysed_again(nlp, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    first = extract_articles(articles(), nlp, cache, workers=1)
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(TEXTS)
    calls = []
    again = extract_articles(articles(), nlp, cache,
                             progress=lambda items, total: calls.append((list(items), total)) or [], workers=1)
    assert calls == [([], 0)]  # nothing left to analyse
    assert [r.to_dict() for r in again] == [r.to_dict() for r in first]
    changed = articles()
    changed[3] = make_article(TEXTS[3].replace("Russia", "Japan"), dt.date(2017, 4, 28), "a3")
    records = extract_articles(changed, nlp, cache, workers=1)
    assert any(a.key == "Japan" for a in records[3].actors)
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(TEXTS) + 1


def test_a_corrupt_cache_file_is_a_miss_not_a_crash(nlp, tmp_path):
    cache = ExtractionCache(tmp_path)
    extract_articles(articles()[:1], nlp, cache, workers=1)
    for path in tmp_path.glob("*.json"):
        path.write_text("{not json")
    [record] = extract_articles(articles()[:1], nlp, cache, workers=1)
    assert record.quotes


def test_prune_keeps_only_what_the_last_build_used(nlp, tmp_path):
    extract_articles(articles(), nlp, ExtractionCache(tmp_path), workers=1)
    cache = ExtractionCache(tmp_path)
    extract_articles(articles()[:3], nlp, cache, workers=1)
    assert cache.prune() == len(TEXTS) - 3
    assert len(list(tmp_path.glob("*.json"))) == 3


def test_new_articles_are_analysed_in_a_worker_while_this_process_reads_the_cache(nlp, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    remembered = tmp_path / "cache" / "pipeline" / "key.json"
    extract_articles(articles()[:8], Pipeline(remembered=remembered), cache, workers=2)
    assert remembered.is_file()
    pipeline = Pipeline(remembered=remembered)  # the next build: two new articles
    records = extract_articles(articles(), pipeline, cache, workers=2)
    assert not pipeline.loaded  # this process never loaded the model: a worker analysed the two
    in_one_process = extract_articles(articles(), nlp, ExtractionCache(None), workers=1)
    assert [r.to_dict() for r in records] == [r.to_dict() for r in in_one_process]
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(TEXTS)


def test_a_new_curated_actor_is_a_new_pipeline_not_the_remembered_one(tmp_path):
    remembered = tmp_path / "pipeline.json"
    before = Pipeline(remembered=remembered).key()
    curated = [CuratedActor("Wang Yi", "person", aliases=["China's top diplomat"])]
    after = Pipeline(curated, remembered=remembered)
    assert after.key() != before and after.loaded
    assert Pipeline(curated, remembered=remembered).key() == after.key()
