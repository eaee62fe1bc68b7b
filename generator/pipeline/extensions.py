"""Custom attributes our spaCy components read and write (registered once, idempotently)."""
from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Doc._.publication_date: datetime.date or None, set by the caller before the components run;
    Doc._.publication_latest: the last day the document can be from, where its source gives only
    the first (None: it is from publication_date). Doc._.spoken: True for a speech or a transcript,
    whose speakers call their own day "today", not by its name. Doc._.timexes, Doc._.quotes,
    Doc._.actors: what our components found."""
    for name in ("publication_date", "publication_latest", "spoken", "timexes", "quotes", "actors"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy joins every token again on each `doc.text`, which made
    long articles quadratic."""
    cached = doc.user_data.get("briefing_text")
    if cached is None:
        cached = doc.user_data["briefing_text"] = doc.text
    return cached
