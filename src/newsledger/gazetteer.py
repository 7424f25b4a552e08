"""The actor gazetteer: countries, seats of government, organisations and office-holders, loaded from the
package's data files (plus a user's own file) once per process, so the actors component never rescans them.

A user extends it with a JSON file (format in docs/gazetteer.md) given as the actors pipe's `extra_path`
config; `load_nlp` sets that from the `NEWSLEDGER_ACTORS` environment variable when it is set.
"""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .model import Actor, Role

ENV_VAR = "NEWSLEDGER_ACTORS"

#: What a gazetteer phrase can name; the component decides from context which reading applies.
PHRASE_KINDS = ("person", "surname", "country", "adjective", "demonym", "seat", "org", "place")


@dataclass(frozen=True)
class Entry:
    """One reading of a phrase: `kind` and the actor id (persons, orgs) or ISO3 code (country kinds)."""

    kind: str
    ref: str


@dataclass
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    phrases: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    gender: dict[str, str] = field(default_factory=dict)  # person id -> "m" / "f"
    offices: dict[str, list[tuple[str, str | None, str | None, str | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )  # person id -> [(office, country or org, start, end)]
    place_variants: dict[str, str] = field(default_factory=dict)  # variant -> preferred
    place_groups: dict[str, str] = field(default_factory=dict)  # place -> group id ("republic of Donetsk")
    lexicon: dict = field(default_factory=dict)
    office_phrases: dict[str, str] = field(default_factory=dict)  # "defense minister" -> "defence"
    given_names: dict[str, str] = field(default_factory=dict)  # "Hillary" -> "f"
    surname: dict[str, str] = field(default_factory=dict)  # person id -> "Shoigu", "Xi"
    party: dict[str, str] = field(default_factory=dict)  # person id -> "Republican"
    capitals: set[str] = field(default_factory=set)  # capital cities, as opposed to seats like "the Kremlin"
    _spellings: dict[str, list[str]] | None = field(default=None, repr=False)  # name_key -> person ids
    _surnames_spelt: dict[str, set[str]] | None = field(default=None, repr=False)  # surname key -> ids
    _keys: dict[str, str] = field(default_factory=dict, repr=False)  # name_key's answers, text -> key
    _ministries: dict[tuple[str, str], str] | None = field(default=None, repr=False)  # (iso3, office) -> id

    # -- lookups ---------------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def legislature(self, iso3: str) -> str | None:
        """The country's parliament ("the Ukrainian parliament" -> the Verkhovna Rada): the first
        legislature listed that acts for its government, None when the gazetteer has none."""
        want = f"gov:{iso3}"
        return next(
            (a.id for a in self.actors.values() if a.sector == "legislature" and a.agent_of == want), None
        )

    def country_name(self, iso3: str) -> str:
        state = self.actors.get(f"state:{iso3}")
        return state.name if state else iso3

    def office_of(self, text: str) -> str | None:
        """The office key a title names ("Defense Secretary" -> "defence"), longest phrase first."""
        low = " " + re.sub(r"[^\w\s.-]", " ", text.lower()) + " "
        best: tuple[int, str] | None = None
        for phrase, office in self.office_phrases.items():
            if f" {phrase} " in low and (best is None or len(phrase) > best[0]):
                best = (len(phrase), office)
        return best[1] if best else None

    def holders(self, office: str, where: str | None, date: str | None) -> list[str]:
        """People who held `office` (in a country or organisation) on `date` (any time when None)."""
        found = []
        for pid, roles in self.offices.items():
            for off, place, start, end in roles:
                if off != office or (where and place != where):
                    continue
                if date and ((start and start > date) or (end and end < date)):
                    continue
                found.append(pid)
                break
        return found

    def holds(self, person_id: str, office: str, where: str | None, date: str | None) -> bool:
        for off, place, start, end in self.offices.get(person_id, ()):
            if off == office and (not where or place == where):
                if date and ((start and start > date) or (end and end < date)):
                    continue
                return True
        return False

    def name_key(self, text: str) -> str:
        """A person's name or surname spelt so that transliterations of one Cyrillic name meet
        ("Soloviev", "Solovyov", "Solovyev"; "Zelenskyy", "Zelensky"): lower case, no accents, no middle
        initials, the lexicon's `transliteration` pairs applied in order, doubled letters single."""
        known = self._keys.get(text)
        if known is not None:
            return known
        low = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
        low = "".join(c for c in low if not unicodedata.combining(c))
        low = re.sub(r"\b[a-z]\.(?=\s)", " ", low)
        low = re.sub(r"'s\b", "", low)
        low = re.sub(r"[^a-z ]+", "", low)
        for a, b in self.lexicon.get("transliteration", ()):
            low = low.replace(a, b)
        if len(self._keys) > 100_000:
            self._keys.clear()  # a long run meets ever new names: keep the cache bounded
        key = self._keys[text] = " ".join(re.sub(r"(.)\1+", r"\1", low).split())
        return key

    def people_spelt(self, text: str) -> list[str]:
        """The gazetteer people one of whose names (full name or alias of two words or more) has the
        same `name_key` as `text`."""
        if self._spellings is None:
            spellings: dict[str, list[str]] = defaultdict(list)
            for phrase, entries in self.phrases.items():
                for e in entries:
                    if e.kind == "person" and " " in phrase and e.ref not in spellings[self.name_key(phrase)]:
                        spellings[self.name_key(phrase)].append(e.ref)
            self._spellings = spellings
        return list(self._spellings.get(self.name_key(text), ()))

    def surnames_spelt(self, word: str) -> set[str]:
        """The gazetteer people whose surname has the same `name_key` as `word` (indexed once)."""
        if self._surnames_spelt is None:
            index: dict[str, set[str]] = defaultdict(set)
            for ref, surname in self.surname.items():
                index[self.name_key(surname)].add(ref)
            self._surnames_spelt = index
        return set(self._surnames_spelt.get(self.name_key(word), ()))

    def ministry(self, iso3: str, office: str) -> str | None:
        """The listed body that is a country's ministry of `office` (the office words of
        ministry_offices, or the words of its name: "Department of State" -> "state"), when its own
        name says it is a ministry (a word of the lexicon's ministry_nouns): "the US Department of State"
        and "the American foreign ministry" are the US State Department, not a second body; "the US
        justice ministry" is no Supreme Court."""
        if self._ministries is None:
            nouns = set(self.lexicon.get("ministry_nouns", ()))
            offices = self.lexicon.get("ministry_offices", {})
            index: dict[tuple[str, str], str] = {}
            for a in self.actors.values():
                if not a.country or a.type != "government" or a.id.startswith("mil:"):
                    continue
                names = [a.name, *a.aliases]
                ministry_names = [n for n in names if nouns & set(n.lower().split())]
                if not ministry_names:
                    continue
                keys = {offices.get(a.sector or "", "")}
                for n in ministry_names:
                    words = [w for w in n.lower().split() if w not in ("the", "of")]
                    rest = [w for w in words if w not in nouns]
                    if len(words) == 2 and len(rest) == 1:  # "Department of State", "Treasury Department"
                        keys.add(offices.get(rest[0], rest[0]))
                for key in keys - {""}:
                    index.setdefault((a.country, key), a.id)
            self._ministries = index
        return self._ministries.get((iso3, office))

    # -- building --------------------------------------------------------------------------------------
    def add_phrase(self, text: str, entry: Entry) -> None:
        text = text.strip()
        if text and entry not in self.phrases[text]:
            self.phrases[text].append(entry)
            self._spellings = self._surnames_spelt = None

    def add_actor(self, actor: Actor) -> None:
        self.actors[actor.id] = actor
        self._ministries = None  # a user's file may list a ministry: `ministry` indexes again


def slug(text: str) -> str:
    """An id-safe slug: "Donetsk People's Republic" -> "donetsk-peoples-republic"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _tsv_rows(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


#: The packaged files the gazetteer is built from (what the actors pipe writes into a saved pipeline).
GAZETTEER_FILES: tuple[str, ...] = (
    "actor_lexicon.json",
    "countries.tsv",
    "organisations.tsv",
    "people.json",
    "place_variants.tsv",
)


def _data(name: str, data_dir: str | None = None) -> str:
    if data_dir:
        return (Path(data_dir) / name).read_text(encoding="utf-8")
    return resources.files("newsledger.data").joinpath(name).read_text(encoding="utf-8")


def data_file(name: str) -> Path:
    """The packaged file `name` of `GAZETTEER_FILES`."""
    return Path(str(resources.files("newsledger.data").joinpath(name)))


def _add_countries(gaz: Gazetteer, rows: list[dict[str, str]]) -> None:
    for row in rows:
        iso, name = row["iso3"].strip(), row["name"].strip()
        the = "the " if name.startswith(("United ", "Czech ")) or name.endswith(("lands", "pines")) else ""
        aliases = _split(row.get("aliases"))
        adjectives = _split(row.get("adjectives"))
        demonyms = _split(row.get("demonyms"))
        seats = _split(row.get("capital")) + _split(row.get("seats"))
        gaz.capitals.update(_split(row.get("capital")))
        gaz.add_actor(
            Actor(id=f"state:{iso}", name=name, type="state", country=iso, aliases=aliases, known=True)
        )
        gaz.add_actor(
            Actor(
                id=f"gov:{iso}",
                name=f"Government of {the}{name}",
                type="government",
                country=iso,
                aliases=sorted({*seats, f"{adjectives[0]} government"} if adjectives else set(seats)),
                known=True,
            )
        )
        if demonyms:
            gaz.add_actor(
                Actor(
                    id=f"pop:{iso}",
                    name=f"People of {the}{name}",
                    type="population",
                    country=iso,
                    aliases=demonyms,
                    known=True,
                )
            )
        if f"mil:{iso}" not in gaz.actors:
            gaz.add_actor(
                Actor(
                    id=f"mil:{iso}",
                    name=f"Armed forces of {the}{name}",
                    type="military",
                    country=iso,
                    agent_of=f"gov:{iso}",
                    known=True,
                )
            )
        for text in [name, *aliases]:
            gaz.add_phrase(text, Entry("country", iso))
        for text in adjectives:
            gaz.add_phrase(text, Entry("adjective", iso))
        for text in demonyms:
            gaz.add_phrase(text, Entry("demonym", iso))
        for text in seats:
            gaz.add_phrase(text, Entry("seat", iso))


def _add_organisations(gaz: Gazetteer, rows: list[dict[str, str]]) -> None:
    for row in rows:
        ident = row["id"].strip()
        aliases = _split(row.get("aliases"))
        actor = Actor(
            id=ident,
            name=row["name"].strip(),
            type=row["type"].strip(),  # type: ignore[arg-type]
            country=(row.get("country") or "").strip() or None,
            agent_of=(row.get("agent_of") or "").strip() or None,
            sector=(row.get("sector") or "").strip() or None,
            aliases=[a for a in aliases if a != row["name"].strip()],
            known=True,
        )
        old = gaz.actors.get(ident)
        if old is not None and ident.startswith("mil:"):
            actor = actor.model_copy(update={"aliases": sorted({*old.aliases, *actor.aliases})})
        gaz.add_actor(actor)
        for text in {actor.name, *aliases}:
            gaz.add_phrase(text, Entry("org", ident))
        for place in _split(row.get("place_aliases")):
            gaz.place_groups[place] = ident


def _add_people(gaz: Gazetteer, people: list[dict]) -> None:
    for p in people:
        ident = p["id"] if p["id"].startswith("person:") else f"person:{slug(p['name'])}"
        roles = [
            Role(
                title=r["title"],
                country=r.get("country"),
                organisation=r.get("organisation"),
                start=r.get("start"),
                end=r.get("end"),
            )
            for r in p.get("roles", [])
        ]
        aliases = [a for a in p.get("aliases", []) if a != p["name"]]
        gaz.add_actor(
            Actor(
                id=ident,
                name=p["name"],
                type="person",
                country=p.get("country"),
                roles=roles,
                aliases=aliases,
                sector=p.get("sector"),
                known=True,
            )
        )
        if p.get("gender") in ("m", "f"):
            gaz.gender[ident] = p["gender"]
        if p.get("party"):
            gaz.party[ident] = p["party"]
        gaz.offices[ident] = [
            (r.get("office") or "", r.get("country") or r.get("organisation"), r.get("start"), r.get("end"))
            for r in p.get("roles", [])
        ]
        for text in [p["name"], *aliases]:
            kind = "surname" if " " not in text.strip() else "person"
            gaz.add_phrase(text, Entry(kind, ident))
        surname = p.get("surname") or p["name"].split()[-1]
        gaz.surname[ident] = surname
        gaz.add_phrase(surname, Entry("surname", ident))


def _add_places(gaz: Gazetteer, rows: list[dict[str, str]]) -> None:
    for row in rows:
        variant, preferred = row["variant"].strip(), row["preferred"].strip()
        gaz.place_variants[variant] = preferred
        if variant in gaz.place_groups or preferred in gaz.place_groups:
            gaz.add_phrase(variant, Entry("place", preferred))


def _add_lexicon(gaz: Gazetteer, lexicon: dict) -> None:
    gaz.lexicon = lexicon
    for office, phrases in lexicon.get("offices", {}).items():
        for phrase in phrases:
            gaz.office_phrases[phrase.lower()] = office
    for gender, names in lexicon.get("given_names", {}).items():
        for name in names:
            gaz.given_names[name] = gender


def extend(gaz: Gazetteer, path: str | Path) -> None:
    """Add a user's JSON file: {"people": [...], "organisations": [...], "countries": [...]}."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("countries"):
        _add_countries(
            gaz,
            [
                {k: ("|".join(v) if isinstance(v, list) else v) for k, v in row.items()}
                for row in data["countries"]
            ],
        )
    if data.get("organisations"):
        _add_organisations(
            gaz,
            [
                {k: ("|".join(v) if isinstance(v, list) else v) for k, v in row.items()}
                for row in data["organisations"]
            ],
        )
    if data.get("people"):
        _add_people(gaz, data["people"])


def env_path() -> str | None:
    """The user gazetteer file $NEWSLEDGER_ACTORS names; `load_nlp` puts it in the actors pipe's config
    (`extra_path`), so that a saved pipeline carries it. Nothing else reads the environment."""
    return os.environ.get(ENV_VAR) or None


@lru_cache(maxsize=4)
def load_gazetteer(extra_path: str | None = None, data_dir: str | None = None) -> Gazetteer:
    """The shipped gazetteer (or the `GAZETTEER_FILES` in `data_dir`, as a saved pipeline holds them),
    plus the user file `extra_path` when given; cached per path."""
    gaz = Gazetteer()
    _add_lexicon(gaz, json.loads(_data("actor_lexicon.json", data_dir)))
    _add_countries(gaz, _tsv_rows(_data("countries.tsv", data_dir)))
    _add_organisations(gaz, _tsv_rows(_data("organisations.tsv", data_dir)))
    _add_people(gaz, json.loads(_data("people.json", data_dir))["people"])
    _add_places(gaz, _tsv_rows(_data("place_variants.tsv", data_dir)))
    if extra_path:
        extend(gaz, extra_path)
    return gaz
