"""Pages rendered again only when what they show changed (issue #18).

A page is the output of its template, its context and what its template looked up through the
renderer's helpers (an actor's name behind a link, an article's title and date, an excerpt of an
article's text with its names linked). The memo keeps, for each page the last build rendered, a
digest of its context, the digests of what it looked up, a digest of the page written and its
file's signature (size, times, inode). The next build renders a page again when any of these
differ; otherwise the page is left in docs/ as it is, unread. Adding one article to a thousand
therefore renders that article's pages and the profiles and indexes it reaches, not every page.

The context is digested by pickling it, each object of the knowledge base once per build (a
profile and a hundred pages that list the same quotation pickle it once). A context that cannot
be pickled (a function among its values) is not memoized: that page is always rendered. The memo
is keyed on the code and the templates: a new release or an edited template renders everything.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
from pathlib import Path
from typing import Callable, Optional

from jinja2 import Environment

from .hashing import hash_files, hash_package
from .model import Actor, Article, Event, PageOnDisk, Quote, Statement, Timeline

MEMO_FILE = "pages.json"
PICKLED_ONCE = (Actor, Article, Event, Quote, Statement, Timeline)  # shared by many pages
# Fields that grow with the whole briefing (each article that names North Korea adds to its
# mentions, and may add a spelling to its aliases; one that gives Kim Jong Un a title, to his
# roles): left out of an object's digest, so that the pages listing North Korea are not rendered
# again for every new article, and noted as a lookup where a template reads them (or the
# renderer's helpers: see Renderer.noted_role_titles).
GROWING: dict[type, frozenset[str]] = {Actor: frozenset({"mentions", "roles", "aliases"})}


class Deferred:
    """A context value made only if the page is rendered (an article's marked text): the digest
    stands for it in the page's key."""

    def __init__(self, digest: str, make: Callable[[], object]):
        self.digest = digest
        self.make = make


def code_and_templates(templates: Optional[Path]) -> str:
    """A digest of what renders a page besides its data: our code, the package's templates and
    the briefing's own."""
    digest = hashlib.sha256()
    hash_package(digest, (".py", ".j2"))
    if templates is not None and templates.is_dir():
        hash_files(digest, templates, [templates], (".j2",))
    return digest.hexdigest()


class NotingEnvironment(Environment):
    """Jinja's environment, telling the renderer when a template reads a GROWING field."""

    noticed: Optional[Callable[[object, str], None]] = None

    def getattr(self, obj, attribute):
        if self.noticed is not None and attribute in GROWING.get(type(obj), ()):
            self.noticed(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        if self.noticed is not None and argument in GROWING.get(type(obj), ()):
            self.noticed(obj, argument)
        return super().getitem(obj, argument)


class _ValuePickler(pickle.Pickler):
    """Pickles a value as its content alone: no memo, so that two equal values pickle alike
    whether or not they share objects (the same string in two fields, or two equal strings);
    each object of the knowledge base as its digest (PageMemo.object_digest)."""

    def __init__(self, file, memo: Optional["PageMemo"]):
        super().__init__(file, protocol=5)
        self.fast = True  # no memo: the bytes depend on the values, not on which objects are shared
        self.page_memo = memo

    def reducer_override(self, obj):
        # called for objects other than plain str, int, list, dict…: cheaper than persistent_id
        if self.page_memo is not None and isinstance(obj, PICKLED_ONCE):
            return str, (self.page_memo.object_digest(obj),)
        if isinstance(obj, Deferred):
            return str, (obj.digest,)
        return NotImplemented


def value_digest(value, memo: Optional["PageMemo"] = None) -> str:
    buffer = io.BytesIO()
    _ValuePickler(buffer, memo).dump(value)
    return page_digest(buffer.getvalue())


def page_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_signature(path: Path) -> Optional[list[int]]:
    """Size, times and inode: a file whose signature is the one recorded when it was written is
    taken to hold what was written, as git and make judge a file unchanged, without reading it
    (a thousand articles make 6,500 pages). An edit by hand changes its times."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino]


class PageMemo:
    """What the last build rendered, kept in the build's cache folder (`--clean` forgets it)."""

    def __init__(self, file: Optional[Path], docs: Path, salt: str):
        self.file = file
        self.docs = docs
        self.salt = salt
        self.previous = self._load()
        self.current: dict[str, list] = {}
        # by id(): the object is kept with its digest, so that no later object takes its id
        self._object_digests: dict[int, tuple[object, str]] = {}
        self.reused: set[str] = set()  # pages taken from docs/ as the last build left them

    def _load(self) -> dict[str, list]:
        if self.file is None:
            return {}
        try:
            data = json.loads(self.file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("salt") != self.salt:
            return {}
        pages = data.get("pages")
        return pages if isinstance(pages, dict) else {}

    def save(self) -> None:
        """Kept after the writer: each page rendered now is signed by its file as written, unless
        the writer left a file edited by hand there (that page is rendered next time)."""
        if self.file is None:
            return
        for path, entry in self.current.items():
            if entry[3] is None:
                try:
                    data = (self.docs / path).read_bytes()
                except OSError:
                    continue
                if page_digest(data) == entry[2]:
                    entry[3] = file_signature(self.docs / path)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"salt": self.salt, "pages": self.current}, separators=(",", ":")), "utf-8")
        tmp.replace(self.file)

    def object_digest(self, obj) -> str:
        """An object of the knowledge base, pickled once a build, less its GROWING fields. Its
        fields hold no object of another kind of PICKLED_ONCE (ids only)."""
        known = self._object_digests.get(id(obj))
        if known is None:
            growing = GROWING.get(type(obj), frozenset())
            state = {name: value for name, value in vars(obj).items() if name not in growing}
            known = (obj, value_digest((type(obj).__name__, state)))
            self._object_digests[id(obj)] = known
        return known[1]

    def context_digest(self, template: str, root: str, context: dict) -> Optional[str]:
        """None when the context cannot be pickled: that page is rendered every time."""
        try:
            return value_digest((template, root, sorted(context.items())), self)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError, ValueError):
            return None

    def reuse(self, path: str, context: str, lookup: Callable[[str, str], str]) -> Optional[PageOnDisk]:
        """The page as the last build wrote it, if its context and every value it looked up are
        unchanged and its file in docs/ is the one written then; else None (render it)."""
        entry = self.previous.get(path)
        if not entry or entry[0] != context:
            return None
        _, looked_up, _, signature = entry
        if any(lookup(kind, key) != value for kind, key, value in looked_up):
            return None
        if signature is None or file_signature(self.docs / path) != signature:
            return None
        self.current[path] = entry
        self.reused.add(path)
        return PageOnDisk(self.docs / path)

    def remember(self, path: str, context: str, looked_up: dict[tuple[str, str], str], text: str) -> None:
        self.current[path] = [context, [[kind, key, value] for (kind, key), value in sorted(looked_up.items())],
                              page_digest(text.encode("utf-8")), None]  # its file's signature: see save
