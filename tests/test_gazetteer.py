"""The gazetteer data files and a user's own extension file."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from newsledger.extract import get_list
from newsledger.extract.actors import ActorsComponent
from newsledger.gazetteer import ENV_VAR, Entry, env_path, load_gazetteer, slug


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def data_text(name: str) -> str:
    return resources.files("newsledger.data").joinpath(name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["countries.tsv", "organisations.tsv", "place_variants.tsv", "people.json", "actor_lexicon.json"]
)
def test_every_data_file_says_its_version(name):
    text = data_text(name)
    if name.endswith(".json"):
        assert json.loads(text)["version"] >= 1
    else:
        assert text.startswith("# newsledger") and re.search(r"version \d+", text.splitlines()[0])


def test_place_variants_columns_for_the_cues_component():
    header = next(ln for ln in data_text("place_variants.tsv").splitlines() if not ln.startswith("#"))
    assert header.split("\t") == ["variant", "preferred", "language_or_origin", "note"]


def test_countries_seats_and_adjectives(gaz):
    assert Entry("seat", "UKR") in gaz.phrases["Kiev"]
    assert Entry("seat", "UKR") in gaz.phrases["Kyiv"]
    assert Entry("seat", "RUS") in gaz.phrases["Kremlin"]
    assert Entry("adjective", "GBR") in gaz.phrases["British"]
    assert Entry("country", "GBR") in gaz.phrases["Britain"]
    assert gaz.actor("gov:GBR").name == "Government of the United Kingdom"
    assert "Downing Street" in gaz.actor("gov:GBR").aliases
    assert gaz.actor("mil:USA").agent_of == "gov:USA"  # the Pentagon
    assert Entry("org", "mil:USA") in gaz.phrases["Pentagon"]


def test_people_with_dated_roles_and_name_variants(gaz):
    wallace = gaz.actor("person:ben-wallace")
    role = wallace.roles[0]
    assert (role.title, role.country, role.start, role.end) == (
        "Secretary of State for Defence", "GBR", "2019-07-24", "2023-08-31"
    )
    assert Entry("person", "person:sergei-shoigu") in gaz.phrases["Sergey Shoigu"]
    assert gaz.holders("defence", "GBR", "2021-03-01") == ["person:ben-wallace"]
    assert gaz.holders("foreign", "RUS", "2020-01-01") == ["person:sergey-lavrov"]
    assert gaz.holders("secretary-general", "igo:nato", "2020-01-01") == ["person:jens-stoltenberg"]
    assert gaz.gender["person:liz-truss"] == "f"
    assert gaz.surname["person:xi-jinping"] == "Xi"


def test_office_phrases(gaz):
    assert gaz.office_of("Defense Secretary") == "defence"
    assert gaz.office_of("the Russian Foreign Minister") == "foreign"
    assert gaz.office_of("Kremlin spokesman") == "spokesperson"
    assert gaz.office_of("the weather") is None


def test_place_variants_and_breakaway_places(gaz):
    assert gaz.place_variants["Kharkov"] == "Kharkiv"
    assert gaz.place_variants["Lugansk"] == "Luhansk"
    assert gaz.place_groups["Lugansk"] == "group:lpr"


def test_slug_is_id_safe():
    assert slug("Donetsk People's Republic") == "donetsk-peoples-republic"
    assert slug("Jorge Castañeda") == "jorge-castaneda"


def user_file(tmp_path):
    path = tmp_path / "my_actors.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "people": [
                    {
                        "id": "person:oana-dragan",
                        "name": "Oana Dragan",
                        "gender": "f",
                        "country": "MDA",
                        "aliases": ["O. Dragan"],
                        "roles": [
                            {"title": "Minister of Defence of Moldova", "office": "defence", "country": "MDA",
                             "start": "2031-01-01", "end": None}
                        ],
                    }
                ],
                "organisations": [
                    {"id": "group:north-brigade", "name": "North Brigade", "type": "armed_group",
                     "country": "MDA", "aliases": ["the Brigade of the North"]}
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_user_file_extends_the_gazetteer(tmp_path):
    gaz = load_gazetteer(str(user_file(tmp_path)))
    assert gaz.actor("person:oana-dragan").known
    assert gaz.holders("defence", "MDA", "2032-05-01") == ["person:oana-dragan"]
    assert Entry("org", "group:north-brigade") in gaz.phrases["the Brigade of the North"]
    assert gaz.actor("person:ben-wallace") is not None  # the shipped data is still there


def test_environment_variable_names_the_user_file(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(user_file(tmp_path)))
    load_gazetteer.cache_clear()
    try:
        assert load_gazetteer(env_path()).actor("group:north-brigade").type == "armed_group"
    finally:
        monkeypatch.delenv(ENV_VAR)
        load_gazetteer.cache_clear()
    assert load_gazetteer().actor("group:north-brigade") is None


def test_component_config_path_is_used(nlp, tmp_path):
    component = ActorsComponent(nlp, "actors_with_mine", str(user_file(tmp_path)))
    doc = nlp("Oana Dragan said the North Brigade had withdrawn.")
    doc._.mentions, doc._.actors = None, None
    component(doc)
    ids = {m.actor_id for m in get_list(doc, "mentions")}
    assert {"person:oana-dragan", "group:north-brigade"} <= ids


@pytest.mark.parametrize(
    "one, other",
    [
        ("Vladimir Soloviev", "Vladimir Solovyov"),
        ("Solovyev", "Solovyov"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
        ("Dmitriy Peskov", "Dmitry Peskov"),
        ("Aleksey Navalny", "Alexei Navalny"),
        ("Mariya Zakharova", "Maria Zakharova"),
        ("Sergei Shoygu", "Sergey Shoigu"),
        ("Anna K. Lindqvist", "Anna Lindqvist"),
        ("Yuliya Khodorkovskaya", "Iuliia Hodorkovskaia"),
    ],
)
def test_transliterations_of_one_name_share_a_name_key(gaz, one, other):
    assert gaz.name_key(one) == gaz.name_key(other)


@pytest.mark.parametrize(
    "one, other", [("Ivan Petrov", "Ivan Petrova"), ("Jan Kowal", "Ian Kowal"), ("Li Qiang", "Li Keqiang")]
)
def test_different_names_keep_different_name_keys(gaz, one, other):
    assert gaz.name_key(one) != gaz.name_key(other)


def test_a_transliterated_name_finds_the_one_gazetteer_person(gaz):
    assert gaz.people_spelt("Vladimir Soloviev") == ["person:vladimir-solovyov"]
    assert gaz.people_spelt("Volodymyr Zelenskiy") == ["person:volodymyr-zelensky"]
    assert gaz.people_spelt("Ivan Nobodyov") == []
