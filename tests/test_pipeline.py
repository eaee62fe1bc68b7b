"""The spaCy pipeline: our components on the real model, usable outside the site too."""
from __future__ import annotations

import pytest
import spacy

from generator.pipeline import ModelMissing, build_pipeline, installed_model_name


def test_a_missing_model_says_how_to_install_one():
    with pytest.raises(ModelMissing) as caught:
        installed_model_name(("no_such_model_for_briefing",))
    assert "pip install" in str(caught.value) and "en_core_web_sm" in str(caught.value)
    with pytest.raises(ModelMissing, match="spacy download"):
        build_pipeline(model="no_such_model_for_briefing")


def test_pipeline_order_puts_paragraph_breaks_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("briefing_paragraphs") < names.index("parser")
    assert names[-3:] == ["briefing_actors", "briefing_timex", "briefing_quotes"]


def test_components_work_in_a_plain_spacy_pipeline():
    import generator.pipeline.actors  # noqa: F401  (registers the factories)
    import generator.pipeline.speech.quotes  # noqa: F401
    nlp = spacy.load(installed_model_name())
    nlp.add_pipe("briefing_actors")
    nlp.add_pipe("briefing_quotes")
    doc = nlp("“Now is the time to seriously consider talks,” said Foreign Minister Wang Yi.")
    [quote] = doc._.quotes.quotes
    assert (quote.text, quote.speaker, quote.cue) == ("Now is the time to seriously consider talks", "Wang Yi", "said")


def test_a_blank_line_always_ends_a_sentence(nlp):
    doc = nlp("“Levers of power will be backed by military action”\n\nRussia and China disagreed")
    assert len(list(doc.sents)) == 2


def test_contractions_with_the_typographic_apostrophe_get_the_lemmas_and_tags_of_straight_ones(nlp):
    def readings(text: str) -> list[tuple[str, str]]:
        return [(t.lemma_, t.tag_) for t in nlp(text) if "'" in t.text or "’" in t.text]
    for straight in ("It's unacceptable that they're here and we've said so.", "I'm sure we'll see; I don't know.",
                     "Obama's plan is what he's done."):
        assert readings(straight.replace("'", "’")) == readings(straight)
