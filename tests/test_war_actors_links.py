"""Links on war news (issue 11 §3): outlets, think tanks, legislatures, countries and historical leaders
that war news names resolve to one gazetteer actor each; a country naming a time is no actor. Our own
sentences."""

from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, str | None]:
    return {m.span.text: m.actor_id for m in doc._.mentions}


@pytest.mark.parametrize(
    "text, name, actor",
    [
        ("A former official said in an interview with Der Spiegel that the front was holding.",
         "Der Spiegel", "media:der-spiegel"),
        ("The strikes hit power stations, Zero Hedge reported on Tuesday.", "Zero Hedge", "media:zero-hedge"),
        ("A senior senator, Ivan Petrov of the Russian Federation Council, said the talks were over.",
         "Russian Federation Council", "org:federation-council"),
        ("Gold bars need the approval of the LBMA, which sets the standard.", "LBMA",
         "org:london-bullion-market-association"),
        ("Caracas will deepen its cooperation with Cuba, Nicaragua and Peru, the minister said.", "Nicaragua",
         "state:NIC"),
        ("Russia fears invasions from the west, remembering Napoleon and Hitler.", "Napoleon",
         "person:napoleon-bonaparte"),
        ("Then there's Konstantin Belov's son, who was found dead in his flat.", "Konstantin Belov",
         "person:konstantin-belov"),
    ],
)  # fmt: skip
def test_war_news_names_link_to_one_actor(nlp, text, name, actor):
    assert _mentions(nlp(text)).get(name) == actor


def test_a_country_naming_a_time_is_no_actor(nlp):
    doc = nlp("Ever since the Soviet Union collapse, Ukraine has been a battleground of influence.")
    assert not any(m.actor_id and m.actor_id.endswith(":SUN") for m in doc._.mentions)
