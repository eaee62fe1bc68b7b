"""The spaCy component `briefing_timex`: sets `doc._.timexes` from `doc._.publication_date`."""
from __future__ import annotations


from .finder import timexes_from_doc


# =============================================================================================
# spaCy component
# =============================================================================================

try:  # the core above works without spaCy; the component needs it
    from spacy.language import Language

    from generator.pipeline import extensions as _extensions  # noqa: F401  (registers Doc._.*)
except ImportError:  # pragma: no cover
    Language = None


class TimexComponent:
    """Sets doc._.timexes from doc._.publication_date (None: relative expressions get no value)."""

    def __call__(self, doc):
        doc._.timexes = timexes_from_doc(doc)
        return doc


if Language is not None:
    @Language.factory("briefing_timex")
    def make_timex_component(nlp, name):
        return TimexComponent()
