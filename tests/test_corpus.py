"""The real articles of ../shared/corpus: one profile per real actor, no two actors merged.

Expectations come from reading the texts: Kim Jong-il is spelled "Kim Jong-il" and "Kim Jong Il",
Koizumi is named in both orders, two Presidents Bush are meant in different articles."""
from __future__ import annotations

import re
import shutil

import pytest

from generator.build import BuildConfig, analyse

from .conftest import SHARED, copy_site_src


def words(name: str) -> str:
    return " ".join(re.split(r"[\s\-]+", name.lower().replace(".", "")))


@pytest.fixture(scope="module")
def corpus_kb(tmp_path_factory):
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    root = tmp_path_factory.mktemp("corpus")
    copy_site_src(root / "site_src")
    for article in corpus.glob("*_*.md"):
        shutil.copy(article, root / "site_src" / "articles" / article.name)
    return analyse(BuildConfig(root=root))


def profiles_named(kb, name: str):
    return [a for a in kb.actors if words(name) in {words(n) for n in [a.name, *a.aliases]}]


def test_the_corpus_is_read_whole(corpus_kb):
    assert len(corpus_kb.articles) == len(list((SHARED / "corpus").glob("*_*.md"))) + 1
    assert not [p for p in corpus_kb.problems if p.severity == "error"]


@pytest.mark.parametrize("name", ["North Korea", "United States", "UN Security Council", "Kim Jong-il",
                                  "Kim Jong Il", "Junichiro Koizumi", "Koizumi Junichiro", "Wangari Maathai",
                                  "Democratic People’s Republic of Korea", "DPRK", "Security Council"])
def test_one_profile_per_actor_whatever_its_spelling(corpus_kb, name):
    assert len(profiles_named(corpus_kb, name)) == 1, [a.name for a in profiles_named(corpus_kb, name)]


def test_spellings_of_one_person_share_a_profile_across_articles(corpus_kb):
    [kim] = profiles_named(corpus_kb, "Kim Jong-il")
    assert len({m.article for m in kim.mentions}) >= 3
    assert {"Kim Jong-il", "Kim Jong Il"} <= {" ".join(m.text.split()) for m in kim.mentions}


def test_different_people_are_never_merged(corpus_kb):
    names = {a.name for a in corpus_kb.actors}
    family = [profiles_named(corpus_kb, n)[0].id for n in ("Kim Jong-il", "Kim Jong-un", "Kim Il Sung")]
    assert len(set(family)) == 3
    assert profiles_named(corpus_kb, "George W. Bush")[0].id != profiles_named(corpus_kb, "George Bush Sr.")[0].id
    assert "Kim" not in names and "Bush" not in names  # a bare name several people share gets no profile


def test_no_profile_for_words_that_are_not_actors(corpus_kb):
    names = {a.name for a in corpus_kb.actors}
    assert not names & {"States", "North", "South", "Council", "Government", "Assembly", "Treaty", "Laughter",
                        "Organization", "State", "Democratic People’s Republic", "COVID-19"}


def test_governments_are_their_countries(corpus_kb):
    [north_korea] = profiles_named(corpus_kb, "North Korea")
    assert any(m.text.startswith("Government of the Democratic People") for m in north_korea.mentions)
    assert not [a for a in corpus_kb.actors if a.name.lower().startswith("government of")]
