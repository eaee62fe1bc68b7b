"""Custom attributes our spaCy components read and write (registered once, idempotently)."""
from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Doc._.publication_date: datetime.date or None, set by the caller before the components run.
    Doc._.timexes, Doc._.quotes, Doc._.actors: what our components found."""
    for name in ("publication_date", "timexes", "quotes", "actors"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
