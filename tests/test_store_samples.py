"""Hand-built analyses that fill every ledger table; shared by the store and CLI tests.

The text is written for these tests (invented countries, so no gazetteer can disagree with it).
"""

from __future__ import annotations

from newsledger.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Cue,
    Entity,
    Event,
    Item,
    Mention,
    Participant,
    Role,
    Span,
    Statement,
)
from spans import at

TEXT = (
    "Freedonia pledges armour to Sylvania\n"
    "The defence minister of Freedonia, Rufus Firefly, said on Tuesday that his government would send "
    '40 armoured vehicles to Sylvania. "We will not wait any longer," he told reporters. '
    "Officials in Sylvania called the offer a so-called gift.\n"
)


def sample_analysis(text: str = TEXT, *, outlet: str = "Example Post", **article_fields) -> ArticleAnalysis:
    article_fields.setdefault("published", "2024-03-05")
    article_fields.setdefault("source_file", "/tmp/sample.txt")
    article = Article.create(
        text,
        outlet=outlet,
        title=text.split("\n", 1)[0],
        title_span=Span.of(text, 0, text.index("\n")),
        url="https://example.org/a1",
        authors=["A. Writer"],
        notes=["decoded as UTF-8"],
        **article_fields,
    )
    firefly = Actor(
        id="person:rufus-firefly",
        name="Rufus Firefly",
        type="person",
        country="FRE",
        roles=[Role(title="Minister of Defence", country="FRE", start="2020")],
        aliases=["Rufus Firefly", "Firefly"],
        agent_of="gov:FRE",
        known=True,
    )
    gov = Actor(
        id="gov:FRE",
        name="Government of Freedonia",
        type="government",
        country="FRE",
        aliases=["his government"],
    )
    syl = Actor(id="state:SYL", name="Sylvania", type="state", country="SYL", aliases=["Sylvania"])
    s1 = Statement(
        id="S1",
        source=at(text, "Rufus Firefly"),
        cue=at(text, "said"),
        content=[at(text, "his government would send 40 armoured vehicles to Sylvania")],
        kind="indirect",
        cue_lemma="say",
        speaker=firefly.id,
        confidence=0.9,
    )
    s2 = Statement(
        id="S2",
        source=Span.of(text, text.index(" he told") + 1, text.index(" he told") + 3),
        cue=at(text, "told"),
        content=[at(text, "We will not wait"), at(text, "any longer")],
        kind="direct",
        cue_lemma="tell",
        speaker=firefly.id,
    )
    event = Event(
        id="E1",
        trigger=at(text, "send"),
        category="AID",
        mode="military",
        cameo="0234",
        sources=[Participant(actor_id=gov.id, span=at(text, "his government"))],
        targets=[Participant(actor_id=syl.id, span=at(text, "Sylvania", 1))],
        items=[
            Item(
                span=at(text, "40 armoured vehicles"),
                name="armoured vehicle",
                category="armoured vehicles",
                quantity="40",
                quantity_value=40,
            )
        ],
        date=at(text, "Tuesday"),
        date_value="2024-03-05",
        status="pledged",
        modality="would",
        statement_id="S1",
        sentence=at(
            text,
            "The defence minister of Freedonia, Rufus Firefly, said on Tuesday that his "
            "government would send 40 armoured vehicles to Sylvania.",
        ),
        confidence=0.8,
    )
    cues = [
        Cue(
            id="C1",
            span=at(text, "so-called"),
            category="distancing",
            term="so-called",
            explanation="signals doubt about the word that follows",
        ),
        Cue(
            id="C2",
            span=at(text, "wait"),
            category="terminology",
            term="wait",
            in_quote=True,
            speaker=firefly.id,
            statement_id="S2",
        ),
    ]
    return ArticleAnalysis(
        article=article,
        entities=[
            Entity(span=at(text, "Freedonia", 1), label="GPE"),
            Entity(span=at(text, "Rufus Firefly"), label="PERSON"),
            Entity(span=at(text, "Tuesday"), label="DATE"),
        ],
        mentions=[
            Mention(span=at(text, "Rufus Firefly"), actor_id=firefly.id, kind="name", ner_label="PERSON"),
            Mention(span=s2.source, actor_id=firefly.id, kind="pronoun"),
            Mention(span=at(text, "his government"), actor_id=gov.id, kind="group"),
            Mention(span=at(text, "Sylvania", 1), actor_id=syl.id, kind="name", ner_label="GPE"),
            # An actor the analysis refers to without describing it: the ledger adds a placeholder row.
            Mention(span=at(text, "Officials in Sylvania"), actor_id="gov:SYL", kind="group"),
        ],
        actors=[firefly, gov, syl],
        statements=[s1, s2],
        events=[event],
        cues=cues,
        sentences=[at(text, "Freedonia pledges armour to Sylvania")],
        pipeline_version="test-1",
    )


def test_sample_offsets_are_consistent():
    analysis = sample_analysis()
    assert analysis.check_offsets() == []
    assert analysis.statements[1].source.text == "he"
    assert analysis.statements[1].source.start == TEXT.index(" he told") + 1
