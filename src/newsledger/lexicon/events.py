"""The event trigger lexicon (`data/event_patterns.json`) and the CAMEO table, loaded once per process.

Shared by the rule component and the learned PLOVER classifier (whose features include the lexicon's
category votes), so both read the same knowledge.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

#: The 16 PLOVER roots; PLV-style data merges CONCEDE and RETREAT into YIELD.
PLOVER_ROOTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def to_plv(category: str) -> str:
    """The PLV data's root for a PLOVER category (CONCEDE and RETREAT are YIELD there)."""
    return "YIELD" if category in ("CONCEDE", "RETREAT") else category


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    category: str
    cameo: str | None = None
    mode: str | None = None
    status: str | None = None
    transfer: bool = False
    buyer: bool = False
    #: The subject receives what is given ("Ukraine received tanks from Poland"): it is the recipient.
    receiver: bool = False
    particles: tuple[str, ...] = ()
    particle: str | None = None  # second word of a two-word lemma ("cut off")
    #: "target": an event only with a resolved target ("received the minister"); "place": or a place;
    #: "state": or a state or international body as its source ("Moscow warned that ...").
    needs_target: str | None = None
    #: Only with weapons or goods as what it acts with ("used cluster munitions": ASSAULT).
    needs_items: bool = False
    #: Not with a to-infinitive: the verb then only frames another act ("seek to isolate").
    no_infinitive: bool = False
    #: Only without a direct object ("workers strike" is PROTEST; "Russia strikes Kyiv" is not).
    intransitive: bool = False
    #: Only with one of these words in its object's phrase ("increased troop strength", "laid claim").
    objects: tuple[str, ...] = ()
    #: Not with one of these as its direct object's head: "received a response" is no visit, "eased a
    #: food crisis" no concession.
    not_objects: tuple[str, ...] = ()
    #: Acts on the owner of what its "in X" names ("interfere in the US election": the US).
    target_in: bool = False
    #: Only with a direct object and a noun said of it ("called Putin a tyrant", "branded the vote a
    #: farce"): a labelling, which then is the only reading of the verb ("called X a haven for Y").
    labels: bool = False
    #: Not with one of these words as a preposition or (on a noun) a qualifier: "a strike on the port",
    #: "a drone strike" are attacks, never the walkout of the PROTEST entry.
    unless: tuple[str, ...] = ()


@dataclass
class Lexicon:
    version: int
    #: (lemma, pos) -> entries; a multiword verb is keyed by its first word.
    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    modality: dict[str, str] = field(default_factory=dict)
    #: Verbs whose "against" + gerund is an act someone is warned off ("warned NATO against sending").
    against_modality: dict[str, str] = field(default_factory=dict)
    #: "claimed responsibility for the attack": (nouns, verbs) whose subject owns up to the act.
    responsibility: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: Whom these hold to an act ("blamed Moscow for the attack") is its doer.
    blame_verbs: frozenset[str] = frozenset()
    #: Force verbs whose weapons object is what they hit ("shot down a Russian jet"), not what they fire.
    destroy_verbs: frozenset[str] = frozenset()
    #: A ban with a state as its only target is an embargo ("an export ban on Russia"): SANCTION, this code.
    embargo_words: frozenset[str] = frozenset()
    embargo_cameo: str | None = None
    #: Verbs that name whom they ask to act after a preposition ("called on allies to send jets").
    addressee_preps: dict[str, str] = field(default_factory=dict)
    instrument_verbs: frozenset[str] = frozenset()
    joining_verbs: frozenset[str] = frozenset()
    pressure_nouns: frozenset[str] = frozenset()
    alliance_nouns: frozenset[str] = frozenset()
    fronting_marks: frozenset[str] = frozenset()
    #: Verbs that say what a measure is aimed at ("sanctions targeting Russian banks"): no attack there.
    aim_verbs: frozenset[str] = frozenset()
    #: Verbs of warning: a THREATEN only when what they warn of is their own side's use of force.
    warning_verbs: frozenset[str] = frozenset()
    #: What a warning "of" states as a risk, not a threat ("warned of an increased risk", "of war").
    risk_nouns: frozenset[str] = frozenset()
    #: Cues that only report: their source words are no party of an event in their content.
    report_verbs: frozenset[str] = frozenset()
    #: Force verbs that are criticism when tied to a speech verb ("attacked the West and said").
    verbal_force_verbs: frozenset[str] = frozenset()
    #: Nouns of stopping: "a halt to air strikes" names no strike.
    cessation_nouns: frozenset[str] = frozenset()
    status_by_modality: dict[str, str] = field(default_factory=dict)
    approval_verbs: frozenset[str] = frozenset()
    force_categories: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    military_aid: tuple[str | None, str | None] = (None, None)  # (mode, cameo)
    trade: tuple[str | None, str | None] = (None, None)  # (mode, cameo) of a sale of goods, not arms
    meeting_cameo: dict[str, str] = field(default_factory=dict)  # meeting mode -> CAMEO code
    legacy_roots: dict[str, str] = field(default_factory=dict)
    provenance: tuple[str, ...] = ()
    light_verbs: frozenset[str] = frozenset()
    actor_nouns: frozenset[str] = frozenset()
    cameo: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    #: Objects that make a force verb criticism ("attacked the decision": ACCUSE).
    verbal_objects: frozenset[str] = frozenset()
    #: Objects that make a force verb an idiom ("hit a snag": no event).
    figurative_objects: frozenset[str] = frozenset()
    #: Modifiers that make an ASSAULT noun figurative ("information war", "charm offensive").
    figurative_modifiers: frozenset[str] = frozenset()
    #: Subordinators of a condition ("if"): the clause's event is hypothetical.
    conditional_marks: frozenset[str] = frozenset()
    #: Noun -> status of an event in its to-infinitive ("threat to invade": threatened).
    noun_modality: dict[str, str] = field(default_factory=dict)
    #: Verbs whose event-noun object is only threatened ("threatened sanctions").
    threat_verbs: frozenset[str] = frozenset()
    #: Nouns of what may happen: an event after their "of" is hypothetical ("the risk of an attack").
    possibility_nouns: frozenset[str] = frozenset()
    #: Nouns of a mere capacity: an act in their to-infinitive is no event ("the ability to resist").
    ability_nouns: frozenset[str] = frozenset()
    #: Verbs that keep an act from being done ("kept forces from advancing") and prepositions that say
    #: an act was left undone ("without sending troops"): no event.
    prevention_verbs: frozenset[str] = frozenset()
    absence_preps: frozenset[str] = frozenset()
    #: Verbs and nouns of refusal: the act in their to-infinitive is no event ("refused to apologize").
    refusal_words: frozenset[str] = frozenset()
    release_verbs: frozenset[str] = frozenset()
    captive_words: frozenset[str] = frozenset()
    loyalty_words: frozenset[str] = frozenset()
    state_organ_nouns: frozenset[str] = frozenset()
    #: Event nouns a place compound names the location of ("the Ukraine war"), not who acts.
    place_named_nouns: frozenset[str] = frozenset()
    #: Objects of a transfer verb that make it a deployment ("sent troops"): MOBILIZE.
    deployment_objects: frozenset[str] = frozenset()
    #: (category, CAMEO) of a promise of force ("vowed to destroy").
    force_threat: tuple[str, str | None] = ("THREATEN", None)
    #: Categories of events between equals ("Putin and Xi held talks": Putin -> Xi).
    symmetric_categories: frozenset[str] = frozenset()
    #: Categories whose missing side is the article's enemy of the side named ("Russia's bombing").
    belligerent_categories: frozenset[str] = frozenset()
    #: Categories of a claim about someone: with no target, the subject of its that-clause.
    claim_categories: frozenset[str] = frozenset()
    #: Prepositions that present their event as a given ("despite sanctions"), whatever the clause's mood.
    given_preps: frozenset[str] = frozenset()
    #: Verbs of trying: what was tried in the past occurred ("tried to attack").
    attempt_verbs: frozenset[str] = frozenset()
    #: Verbs of beginning: an act begun in the past occurred ("started exporting").
    inceptive_verbs: frozenset[str] = frozenset()
    #: Nouns of an attempt: the act in their to-infinitive is told as done ("campaign to interfere").
    attempt_nouns: frozenset[str] = frozenset()
    #: Categories whose act occurred once decided or adopted ("decision to cut off energy": sanction).
    done_when_adopted: frozenset[str] = frozenset()
    #: Verbs whose event-noun subject is what the modal is about ("an invasion could happen").
    occurrence_verbs: frozenset[str] = frozenset()
    #: Determiners and modifiers of an event noun that name a known act ("the war", "current movements").
    given_determiners: frozenset[str] = frozenset()
    given_modifiers: frozenset[str] = frozenset()
    modifier_modality: dict[str, str] = field(default_factory=dict)
    doer_nouns: frozenset[str] = frozenset()
    passive_victim_categories: frozenset[str] = frozenset()
    disputed_nouns: frozenset[str] = frozenset()
    thing_pronouns: frozenset[str] = frozenset()
    #: Event nouns for lasting acts: ongoing unless dated ("Russia's war", "US support").
    durative_nouns: frozenset[str] = frozenset()
    #: Nouns of help whose owner after "to" is helped ("came to Ukraine's aid").
    rescue_nouns: frozenset[str] = frozenset()
    #: Marks of an indirect question ("asked whether ..."): a request verb with one asks, not requests.
    question_marks: frozenset[str] = frozenset()
    #: Verbs whose object is an act that goes on ("continue strikes").
    continuing_verbs: frozenset[str] = frozenset()
    #: Units of a hyphenated length of time ("six-month"): such a date measures a lasting act, not places it.
    duration_units: frozenset[str] = frozenset()
    #: Verbs that start, step up or approve an act named by their object noun ("stepped up shelling",
    #: "approved a package of sanctions"): the verb and the noun name the event together.
    phase_verbs: frozenset[str] = frozenset()
    #: Verbs of commitment whose to-infinitive is a transfer ("pledged to send tanks"): the verb and the
    #: infinitive name one AID event, its trigger running from the one to the other.
    pledge_verbs: frozenset[str] = frozenset()
    #: Nouns of a phase of an act named after their "of" ("the launch of the operation", "an escalation
    #: of the war"): the two nouns name the event together.
    phase_nouns: frozenset[str] = frozenset()
    #: Possessive pronouns bound by the nearest body named before them in their sentence ("support of
    #: Ukraine in its war", "sent billions to Kyiv in its war").
    bound_possessives: frozenset[str] = frozenset()
    #: Pronouns by which a person speaks for their country ("if we help Ukraine", said by a senator).
    first_person_plural: frozenset[str] = frozenset()
    #: A state's bodies a person's possessive gives to that person's country ("his country", "his forces").
    owned_state_nouns: frozenset[str] = frozenset()
    #: Commodities whose sale or purchase is trade (COOPERATE), not aid ("diesel", "LNG", "grain").
    trade_goods: frozenset[str] = frozenset()
    #: Verbs and prepositions of undergoing an act: their subject is who the act is against ("survived
    #: sanctions", "despite sanctions, Iran ...").
    undergo_verbs: frozenset[str] = frozenset()
    undergo_preps: frozenset[str] = frozenset()
    #: Categories of acts towards someone: an event only with a resolved target (or, for the second
    #: set, a state as source).
    needs_other_side: frozenset[str] = frozenset()
    needs_other_side_unless_state: frozenset[str] = frozenset()
    #: Verbs of recording or reporting an act: their "by X" is who reports it, not who did it.
    record_verbs: frozenset[str] = frozenset()
    #: Verb uses coded under another category: by their object ("cancelled the elections": COERCE) or
    #: by the first part of a hyphenated verb ("test-fired": MOBILIZE); dicts of verbs, objects or
    #: prefixes (sets), category and cameo.
    recodes: tuple[dict, ...] = ()
    #: Nouns of someone related to their owner ("its neighbour", "Russia's allies"): never the owner.
    relational_nouns: frozenset[str] = frozenset()
    #: Verbs whose subject holds the decision or plan they take as object ("took the decision to ...").
    intention_holder_verbs: frozenset[str] = frozenset()
    #: Adjectives of a bloc that stand for it as an act's doer ("Western support": org:the-west).
    bloc_adjectives: dict[str, str] = field(default_factory=dict)
    #: Labels that praise ("called him a hero"): such a labelling is SUPPORT, not ACCUSE.
    praise_labels: frozenset[str] = frozenset()
    #: Phrases for the two sides of a war as doers of an act between equals ("both sides agreed").
    both_sides: frozenset[str] = frozenset()
    force_into_preps: tuple[str, ...] = ()
    adversary_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Nouns of a country's ground: a force act in "Russian territory" is against Russia.
    territory_nouns: frozenset[str] = frozenset()
    #: Prefixes of a country's adjective that make it the one acted against ("anti-Russian sanctions").
    against_prefixes: frozenset[str] = frozenset()
    #: Wars known before reading (pairs of ISO3 codes), for articles that never name both sides at once.
    wars: tuple[frozenset[str], ...] = ()
    #: Force events an article must have between two countries before they count as each other's enemy
    #: when they are not a known war: one event can be a misread ("Ukraine shot US missiles").
    war_min_events: int = 1
    #: Verbs that declare a ceasefire or truce as their object: with no one it is agreed with, one side
    #: stops fighting on its own ("declared a unilateral ceasefire": RETREAT 0871, not AGREE).
    one_sided_verbs: frozenset[str] = frozenset()
    #: Modifiers that make a ceasefire one side's own ("a unilateral truce").
    one_sided_modifiers: frozenset[str] = frozenset()
    #: Plural nouns of a bloc's members ("governments", "members"): with a quantifier that picks only
    #: some of them ("several EU governments", "some NATO members") they are not the bloc itself.
    member_nouns: frozenset[str] = frozenset()
    #: Quantifiers that pick some members of a bloc, not all ("several", "some", "a few").
    partial_quantifiers: frozenset[str] = frozenset()
    #: Visit verbs that make a visit only with a named person as the one who comes ("the minister flew
    #: to Beijing"; not "the bombers flew to Venezuela").
    person_visit_verbs: frozenset[str] = frozenset()
    #: Participles or verbs by which a thing belongs to someone ("assets belonging to X", "owned by X"):
    #: that owner is whom a seizure or freeze of the thing hits.
    ownership_verbs: frozenset[str] = frozenset()
    #: Nouns of a trade flow ("exports", "imports", "transit"): a ban or halt of one hits where it goes
    #: to or comes from ("banned exports of machinery to Russia").
    trade_flow_nouns: frozenset[str] = frozenset()
    #: Nouns whose PROTEST reading (a walkout) is never a state's act: with a state, its government or
    #: its forces as doer they are the force reading ("Kyiv blamed Moscow for the strike").
    state_force_nouns: frozenset[str] = frozenset()
    #: Objects naming the doers themselves ("each other"): the act is between the conjoined doers.
    reciprocal_objects: frozenset[str] = frozenset()
    #: Verbs whose passive "to X" names who summons ("was summoned to the foreign ministry").
    summon_verbs: frozenset[str] = frozenset()
    #: Things or forces a host verb may take as object ("hosted a NATO base"): no guest, no meeting.
    hosted_things: frozenset[str] = frozenset()
    #: Light verbs that name the act of their event-noun object only once done ("ordered the expulsion").
    past_only_light_verbs: frozenset[str] = frozenset()
    #: Nouns of a state's envoy: with a state as owner ("Russia's ambassador") they act for that state.
    envoy_nouns: frozenset[str] = frozenset()

    def lookup(self, lemma: str, pos: str) -> list[Trigger]:
        return self.triggers.get((lemma, "NOUN" if pos in ("NOUN", "PROPN") else "VERB"), [])

    def categories(self, lemma: str) -> set[str]:
        """Every category any entry for `lemma` votes for, whatever its part of speech; a two-word entry
        ("hit out": ACCUSE) votes only with its second word, so it adds nothing to the lemma alone, and an
        entry that needs goods ("use" weapons: ASSAULT) votes only when the component sees them, and so
        does one that needs certain objects ("increased troop strength") or noun qualifiers ("troop
        movements"): "increase" or "movement" alone names no event."""
        return {
            t.category
            for pos in ("VERB", "NOUN")
            for t in self.triggers.get((lemma, pos), [])
            if t.particle is None
            and not t.needs_items
            and not t.objects
            and not (t.pos == "NOUN" and t.particles)
        }


DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _data(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


DEFAULT_PATTERNS = DATA_DIR / "event_patterns.json"

#: The data file's `needs_target` values other than `true`, as the component reads them.
_NEEDS = {"or place": "place", "or state": "state"}


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged trigger lexicon, or the one at `path` (same format); read once per path."""
    return parse_lexicon(json.loads(Path(path or DEFAULT_PATTERNS).read_text(encoding="utf-8")))


def parse_lexicon(raw: dict) -> Lexicon:
    """A lexicon from the data of an `event_patterns.json`."""
    lex = Lexicon(
        version=int(raw["version"]),
        modality=dict(raw["cues_for_modality"]),
        against_modality=dict(raw.get("against_modality", {})),
        addressee_preps=dict(raw.get("addressee_preps", {})),
        instrument_verbs=frozenset(raw.get("instrument_verbs", ())),
        joining_verbs=frozenset(raw.get("joining_verbs", ())),
        pressure_nouns=frozenset(raw.get("pressure_nouns", ())),
        alliance_nouns=frozenset(raw.get("alliance_nouns", ())),
        fronting_marks=frozenset(raw.get("fronting_marks", ())),
        aim_verbs=frozenset(raw.get("aim_verbs", ())),
        warning_verbs=frozenset(raw.get("warning_verbs", ())),
        risk_nouns=frozenset(raw.get("risk_nouns", ())),
        report_verbs=frozenset(raw.get("report_verbs", ())),
        verbal_force_verbs=frozenset(raw.get("verbal_force_verbs", ())),
        cessation_nouns=frozenset(raw.get("cessation_nouns", ())),
        embargo_words=frozenset(raw.get("embargoes", {}).get("words", ())),
        blame_verbs=frozenset(raw.get("blame_verbs", ())),
        destroy_verbs=frozenset(raw.get("destroy_verbs", ())),
        embargo_cameo=raw.get("embargoes", {}).get("cameo"),
        responsibility=(
            frozenset(raw.get("responsibility", {}).get("nouns", ())),
            frozenset(raw.get("responsibility", {}).get("verbs", ())),
        ),
        status_by_modality=dict(raw["status_by_modality"]),
        approval_verbs=frozenset(raw["approval_verbs"]),
        force_categories=frozenset(raw.get("force_categories", ())),
        aid_nouns=frozenset(raw.get("aid_nouns", ())),
        military_aid=(raw.get("military_aid", {}).get("mode"), raw.get("military_aid", {}).get("cameo")),
        trade=(raw.get("trade", {}).get("mode"), raw.get("trade", {}).get("cameo")),
        meeting_cameo={k: v for k, v in raw.get("meeting_cameo", {}).items() if k != "about"},
        legacy_roots=dict(raw.get("legacy_roots", {})),
        provenance=tuple(raw.get("provenance", ())),
        light_verbs=frozenset(raw.get("light_verbs", ())),
        actor_nouns=frozenset(raw.get("actor_nouns", ())),
        cameo=load_cameo(),
        verbal_objects=frozenset(raw.get("verbal_objects", ())),
        figurative_objects=frozenset(raw.get("figurative_objects", ())),
        figurative_modifiers=frozenset(raw.get("figurative_modifiers", ())),
        conditional_marks=frozenset(raw.get("conditional_marks", ())),
        noun_modality=dict(raw.get("noun_modality", {})),
        threat_verbs=frozenset(raw.get("threat_verbs", ())),
        possibility_nouns=frozenset(raw.get("possibility_nouns", ())),
        ability_nouns=frozenset(raw.get("ability_nouns", ())),
        prevention_verbs=frozenset(raw.get("prevention_verbs", ())),
        absence_preps=frozenset(raw.get("absence_preps", ())),
        refusal_words=frozenset(raw.get("refusal_words", ())),
        release_verbs=frozenset(raw.get("release_verbs", ())),
        captive_words=frozenset(raw.get("captive_words", ())),
        loyalty_words=frozenset(raw.get("loyalty_words", ())),
        state_organ_nouns=frozenset(raw.get("state_organ_nouns", ())),
        place_named_nouns=frozenset(raw.get("place_named_nouns", ())),
        deployment_objects=frozenset(raw.get("deployment_objects", ())),
        symmetric_categories=frozenset(raw.get("symmetric_categories", ())),
        attempt_verbs=frozenset(raw.get("attempt_verbs", ())),
        inceptive_verbs=frozenset(raw.get("inceptive_verbs", ())),
        attempt_nouns=frozenset(raw.get("attempt_nouns", ())),
        done_when_adopted=frozenset(raw.get("done_when_adopted", ())),
        occurrence_verbs=frozenset(raw.get("occurrence_verbs", ())),
        given_determiners=frozenset(raw.get("given_determiners", ())),
        given_modifiers=frozenset(raw.get("given_modifiers", ())),
        modifier_modality={k: v for k, v in raw.get("modifier_modality", {}).items() if k != "about"},
        doer_nouns=frozenset(raw.get("doer_nouns", ())),
        passive_victim_categories=frozenset(raw.get("passive_victim_categories", ())),
        disputed_nouns=frozenset(raw.get("disputed_nouns", ())),
        thing_pronouns=frozenset(raw.get("thing_pronouns", ())),
        given_preps=frozenset(raw.get("given_preps", ())),
        claim_categories=frozenset(raw.get("claim_categories", ())),
        durative_nouns=frozenset(raw.get("durative_nouns", ())),
        question_marks=frozenset(raw.get("question_marks", ())),
        rescue_nouns=frozenset(raw.get("rescue_nouns", ())),
        continuing_verbs=frozenset(raw.get("continuing_verbs", ())),
        phase_verbs=frozenset(raw.get("phase_verbs", ())),
        pledge_verbs=frozenset(raw.get("pledge_verbs", ())),
        phase_nouns=frozenset(raw.get("phase_nouns", ())),
        bound_possessives=frozenset(raw.get("bound_possessives", ())),
        against_prefixes=frozenset(raw.get("against_prefixes", ())),
        territory_nouns=frozenset(raw.get("territory_nouns", ())),
        both_sides=frozenset(raw.get("both_sides", ())),
        force_into_preps=tuple(raw.get("force_into_preps", ())),
        adversary_preps={k: tuple(v) for k, v in raw.get("adversary_preps", {}).items()},
        relational_nouns=frozenset(raw.get("relational_nouns", ())),
        one_sided_verbs=frozenset(raw.get("one_sided_ceasefire", {}).get("verbs", ())),
        one_sided_modifiers=frozenset(raw.get("one_sided_ceasefire", {}).get("modifiers", ())),
        member_nouns=frozenset(raw.get("partial_members", {}).get("nouns", ())),
        partial_quantifiers=frozenset(raw.get("partial_members", {}).get("quantifiers", ())),
        person_visit_verbs=frozenset(raw.get("person_visit_verbs", ())),
        ownership_verbs=frozenset(raw.get("ownership_verbs", ())),
        trade_flow_nouns=frozenset(raw.get("trade_flow_nouns", ())),
        state_force_nouns=frozenset(raw.get("state_force_nouns", ())),
        reciprocal_objects=frozenset(raw.get("reciprocal_objects", ())),
        summon_verbs=frozenset(raw.get("summon_verbs", ())),
        hosted_things=frozenset(raw.get("hosted_things", ())),
        past_only_light_verbs=frozenset(raw.get("past_only_light_verbs", ())),
        envoy_nouns=frozenset(raw.get("envoy_nouns", ())),
        recodes=tuple(
            {
                "verbs": frozenset(r["verbs"]),
                "objects": frozenset(r.get("objects", ())),
                "prefixes": frozenset(r.get("prefixes", ())),
                "party_object": bool(r.get("party_object", False)),
                "item_object": bool(r.get("item_object", False)),
                "category": r["category"],
                "cameo": r.get("cameo"),
                "transfer": bool(r.get("transfer", False)),
                "status": r.get("status"),
                "mode": r.get("mode"),
            }
            for r in raw.get("recodes", {}).get("rules", ())
        ),
        record_verbs=frozenset(raw.get("record_verbs", ())),
        praise_labels=frozenset(raw.get("praise_labels", ())),
        bloc_adjectives=dict(raw.get("bloc_adjectives", {})),
        intention_holder_verbs=frozenset(raw.get("intention_holder_verbs", ())),
        needs_other_side=frozenset(raw.get("needs_other_side", {}).get("categories", ())),
        needs_other_side_unless_state=frozenset(raw.get("needs_other_side", {}).get("unless_state", ())),
        undergo_verbs=frozenset(raw.get("undergo_verbs", ())),
        undergo_preps=frozenset(raw.get("undergo_preps", ())),
        trade_goods=frozenset(w.lower() for w in raw.get("trade_goods", ())),
        first_person_plural=frozenset(raw.get("first_person_plural", ())),
        owned_state_nouns=frozenset(raw.get("owned_state_nouns", ())),
        duration_units=frozenset(raw.get("duration_units", ())),
        belligerent_categories=frozenset(raw.get("belligerents", {}).get("categories", ())),
        wars=tuple(frozenset(w) for w in raw.get("belligerents", {}).get("wars", ()) if len(set(w)) == 2),
        war_min_events=int(raw.get("belligerents", {}).get("min_events", 1)),
        force_threat=(
            raw.get("force_threats", {}).get("category", "THREATEN"),
            raw.get("force_threats", {}).get("cameo"),
        ),
    )
    for e in raw["triggers"]:
        words = e["lemma"].split()
        trig = Trigger(
            lemma=words[0],
            pos=e["pos"],
            category=e["category"],
            cameo=e.get("cameo"),
            mode=e.get("mode"),
            status=e.get("status"),
            transfer=bool(e.get("transfer")),
            buyer=bool(e.get("buyer")),
            receiver=bool(e.get("receiver")),
            particles=tuple(e.get("particles", ())),
            particle=words[1] if len(words) > 1 else None,
            intransitive=bool(e.get("intransitive")),
            no_infinitive=bool(e.get("no_infinitive")),
            needs_items=bool(e.get("needs_items")),
            target_in=bool(e.get("target_in")),
            labels=bool(e.get("labels")),
            objects=tuple(e.get("objects", ())),
            not_objects=tuple(e.get("not_objects", ())),
            unless=tuple(e.get("unless", ())),
            needs_target=(None if not e.get("needs_target") else _NEEDS.get(e["needs_target"], "target")),
        )
        lex.triggers.setdefault((trig.lemma, trig.pos), []).append(trig)
    return lex


@lru_cache(maxsize=1)
def load_cameo() -> dict[str, tuple[str, str | None, str | None]]:
    """CAMEO code -> (PLOVER root, mode, context) from `data/cameo_plover.tsv`."""
    table: dict[str, tuple[str, str | None, str | None]] = {}
    for line in _data("cameo_plover.tsv").splitlines():
        if not line or line.startswith("#") or line.startswith("cameo\t"):
            continue
        code, root, mode, context, *_ = line.split("\t")
        table[code] = (root, mode or None, context or None)
    return table


def cameo_to_plover(code: str) -> str | None:
    """The PLOVER root of a CAMEO code, trying its shorter prefixes (0874 -> 087 -> 08)."""
    table = load_cameo()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]][0]
    return None


@lru_cache(maxsize=1)
def place_countries() -> dict[str, str]:
    """Lower-cased country names, aliases, capitals and seats -> ISO3, read from the actors' countries.tsv."""
    return _country_table((1, 2, 5, 6))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-cased country names and aliases (no cities) -> ISO3, from countries.tsv."""
    return _country_table((1, 2))


def _country_table(columns: tuple[int, ...]) -> dict[str, str]:
    path = DATA_DIR / "countries.tsv"
    table: dict[str, str] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso3\t"):
            continue
        cols = line.split("\t")
        iso3 = cols[0]
        for i in columns:
            if i < len(cols):
                for name in cols[i].split("|"):
                    if name.strip():
                        table.setdefault(name.strip().lower(), iso3)
    return table


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Lower-cased adjective and people forms ("israeli", "russians") -> ISO3, from countries.tsv."""
    path = DATA_DIR / "countries.tsv"
    table: dict[str, str] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso3\t"):
            continue
        cols = line.split("\t")
        for i in (3, 4):
            if i < len(cols):
                for name in cols[i].split("|"):
                    if name.strip():
                        table.setdefault(name.strip().lower(), cols[0])
    return table


def legacy_root(name: str) -> str:
    """Today's root for an older PLOVER event name (DEMAND -> REQUEST, FIGHT -> ASSAULT, ...)."""
    return load_lexicon().legacy_roots.get(name, name)
