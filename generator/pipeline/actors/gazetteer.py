"""Known actors: the built-in gazetteer (countries, capitals, demonyms, international bodies),
every ISO country from pycountry, and the analyst's curated actors, which win on conflict."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable, Optional

import pycountry
import yaml

from ...model import CuratedActor

APOSTROPHES = "\u2019\u2018`\u02bc"


@dataclass(frozen=True)
class Entry:
    """What a surface form means: the actor's canonical name, its kind, and how it was named."""

    name: str
    kind: str
    via: str  # name | alias | demonym | capital


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)  # normalised surface form -> entry
    surface_forms: dict[str, str] = field(default_factory=dict)  # surface form as written -> key
    curated_names: set[str] = field(default_factory=set)
    not_actors: set[str] = field(default_factory=set)  # normalised names of treaties, places, policies
    acronyms: set[str] = field(default_factory=set)  # keys known only in capitals: "UN", not "Un" of "Kim Jong Un"

    def is_not_an_actor(self, text: str) -> bool:
        return normalise_name(text) in self.not_actors

    def add(self, surface: str, entry: Entry, override: bool = False) -> None:
        # "the North", "the States": the article is part of the name (a lone "North" is a direction)
        key = normalise_name(surface, keep_article=surface.lower().startswith("the "))
        if not key:
            return
        if surface.replace(".", "").isupper():
            self.acronyms.add(key)
        elif key in self.acronyms and len(surface.replace(".", "")) > 4:
            self.acronyms.discard(key)  # a name written out in full may be written in any case
        if override or key not in self.entries:
            self.entries[key] = entry
            self.surface_forms[surface] = key
            variants = {surface, surface.replace("'", "\u2019")}  # "People's" and "People’s"
            if surface[:1].islower():  # "the North" also as "The North" at a sentence start
                variants |= {v[:1].upper() + v[1:] for v in variants}
            for variant in variants:
                self.surface_forms[variant] = key

    def lookup(self, text: str) -> Optional[Entry]:
        key = normalise_name(text)
        if key in self.acronyms and len(key) <= 2 and not text.replace(".", "")[:2].isupper():
            return None  # "Un" of "Kim Jong Un" is not the UN (though "Nato" is NATO)
        return self.entries.get(key) or self.entries.get(normalise_name(text, keep_article=True))

    def fingerprint(self) -> str:
        data = json.dumps([sorted((k, e.name, e.kind, e.via) for k, e in self.entries.items()), sorted(self.not_actors)])
        return hashlib.sha256(data.encode()).hexdigest()[:16]


def normalise_name(text: str, keep_article: bool = False) -> str:
    """Lower-cased, apostrophes straightened, possessive and (unless kept) leading article dropped."""
    text = text.strip()
    for mark in APOSTROPHES:
        text = text.replace(mark, "'")
    text = re.sub(r"(?:'s?|ís)$", "", text)  # "Koreaís": a possessive mis-decoded in some UN texts
    if not keep_article:
        text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return " ".join(text.lower().split())


def build_gazetteer(curated: Iterable[CuratedActor] = ()) -> Gazetteer:
    gazetteer = Gazetteer()
    data = yaml.safe_load(resources.files("generator").joinpath("data/gazetteer.yml").read_text("utf-8"))
    for country in data["countries"]:
        add_known(gazetteer, country, "country")
    for org in data["organizations"]:
        add_known(gazetteer, org, "organization")
    gazetteer.not_actors = {normalise_name(name) for name in data.get("not_actors", [])}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name:
            continue
        gazetteer.add(name, Entry(name, "country", "name"))
        official = getattr(country, "official_name", None)
        if official:
            gazetteer.add(official, Entry(name, "country", "alias"))
        if country.name != name and "," not in country.name and "(" not in country.name:
            gazetteer.add(country.name, Entry(name, "country", "alias"))  # "Lao People's Democratic Republic" is Laos
    for actor in curated:
        gazetteer.curated_names.add(actor.name)
        gazetteer.add(actor.name, Entry(actor.name, actor.kind, "name"), override=True)
        for alias in actor.aliases:
            gazetteer.add(alias, Entry(actor.name, actor.kind, "alias"), override=True)
    return gazetteer


def add_known(gazetteer: Gazetteer, item: dict, kind: str) -> None:
    name = item["name"]
    gazetteer.add(name, Entry(name, kind, "name"))
    for alias in item.get("aliases", []):
        gazetteer.add(alias, Entry(name, kind, "alias"))
    for demonym in item.get("demonyms", []):
        gazetteer.add(demonym, Entry(name, kind, "demonym"))
    if item.get("capital"):
        gazetteer.add(item["capital"], Entry(name, kind, "capital"))
