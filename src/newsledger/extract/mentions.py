"""Finding actor mentions in a parsed Doc: gazetteer phrases (one PhraseMatcher built at construction),
spaCy's entities, a state's agents ("Russian officials"), role nouns ("the minister") and pronouns.

Each finding is a `Found` with its reading still open where context decides (a surname, a role noun, a
pronoun); `coref.Resolver` settles them. Metonymy is decided here, from the parse: a seat of government that
acts ("Moscow has warned", "approved by London") is that government; one that is a place ("arrived in
Moscow") is a location and never a speaker.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..gazetteer import Entry, Gazetteer, slug
from ..layout import LATIN_LOOKALIKES, QUOTE_MARKS
from .dates import dated_subject
from .equipment import load_equipment

# A possessive written with an opening quote mark ("Trump‘s"), which the tokenizer leaves on the word.
_GLUED_POSSESSIVE = re.compile(r"[‘`´](?:s|S)?$")
_SITE = re.compile(r"([A-Za-z][\w-]*)\.(?:org|com|net|info|news|ru|ua|by|eu|co\.uk)")
_LINE = re.compile(r"[^\n]+")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def _line_start(tok: Token) -> bool:
    return tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws
_WEB_ADDRESS = r"[A-Z][\w-]*\.(?:[a-z]{2,4}|[A-Z]{2,4})"  # "Censor.NET", "Gazeta.ru": an outlet's address
_OTHER_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # where a title and a name may hide a person
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
POSSESSIVE_TAILS = {"'s", "’s", "s", "'", "’"}
# Entity labels under which a gazetteer surname is a date or an amount, not a person ("in May", "May 9").
_PLACE_PREPOSITIONS = {"in", "at", "near", "around", "outside"}
NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
# Parts of speech of a word that is no name, whatever NER called it ("Halfway", "Into").
_NOT_NAME_POS = {"ADV", "ADP", "VERB", "AUX", "PRON", "DET", "SCONJ", "CCONJ", "INTJ", "PART"}


def _undotted(text: str) -> str:
    """ "E.P.A." -> "EPA": an acronym written with full stops (some papers' house style)."""
    return text.replace(".", "") if _DOTTED.fullmatch(text) else text


def heading_lines(text: str) -> tuple[list[tuple[int, int]], str]:
    """The character spans of the title-case lines of `text` (headlines and section headings: short,
    no full stop but after the headline, most longer words capitalised), and the text with those lines
    blanked."""
    spans: list[tuple[int, int]] = []
    first = True
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        headline, first = first, False
        words = [w for w in _WORD.findall(line) if len(w) > 3]
        if not words or len(words) > 16 or line.endswith((",", ";")):
            continue
        caps = sum(w[0].isupper() for w in words)
        if line.endswith("."):
            # a headline may end in a full stop ("Rules Face Key Test In Court.") when every longer word
            # is capitalised and the article follows; so may a section heading or a related headline
            # of an archive that closes every line with one ("Senator Wins Vote On Budget."), when no
            # second sentence is in it; a body line may not
            one = headline or not re.search(r"[.!?][\"”’]?\s+\S", line)
            if one and caps == len(words) >= 3 and text[m.end() :].strip():
                spans.append((m.start(), m.end()))
            continue
        if len(words) >= 2 and caps >= 0.75 * len(words):
            spans.append((m.start(), m.end()))
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return spans, "".join(chars)


def span_head(span: Span) -> Token:
    """The span's head word: its root, but not a leading article that the parse hangs outside the span
    ("the Ukraine" in "the Ukraine war", where both words modify "war")."""
    root = span.root
    if root.dep_ == "det" and len(span) > 1:
        outside = [t for t in span if t.dep_ != "det" and not span.start <= t.head.i < span.end]
        return outside[-1] if outside else span[-1]
    return root


@dataclass
class Found:
    """A mention in the making: token offsets, what kind it is, and what is known so far."""

    start: int
    end: int
    kind: str
    ner: str | None = None
    actor: str | None = None
    entries: list[Entry] = field(default_factory=list)
    name: str | None = None  # the name as written, cleaned (unknown actors)
    atype: str | None = None  # actor type (unknown actors, body nouns)
    gender: str | None = None
    number: str = "sg"
    country: str | None = None
    office: str | None = None
    title: str | None = None  # the title or apposition attached to a person ("Defense Secretary")
    counterpart: bool = False
    party: str | None = None  # "the Republican nominee"
    former: bool = False  # "the former secretary of state": an office held at any time
    where: str | None = None  # the organisation of an office: "the FBI director"
    location: bool = False
    antecedent: int | None = None  # token index a relative pronoun refers to
    speaker_pronoun: bool = False  # I / we: the speaker of the quote they are in

    @property
    def root(self) -> int:
        return self.end - 1


class MentionFinder:
    """Built once per component: the phrase matcher and the word sets from the lexicon."""

    def __init__(self, nlp: Language, gaz: Gazetteer) -> None:
        self.gaz = gaz
        lex = gaz.lexicon
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for phrase in gaz.phrases:
            self.matcher.add(phrase, [nlp.make_doc(phrase)])
        self.pronouns: dict[str, dict] = lex["pronouns"]
        self.role_nouns: dict[str, str | None] = lex["role_nouns"]
        self.body_nouns: dict[str, str | None] = lex["body_nouns"]
        self.hub_places: set[str] = set(lex.get("hub_places", []))
        self.weapon_heads: set[str] = set(lex.get("weapon_heads", []))
        self.group_nouns: set[str] = set(lex.get("group_nouns", []))
        self.state_bodies: set[str] = set(lex.get("state_bodies", []))
        self.place_unit_words: set[str] = set(lex.get("place_unit_words", []))
        self.enemy_nouns: set[str] = set(lex.get("enemy_nouns", []))
        self.place_endings: tuple[str, ...] = tuple(lex.get("place_endings", []))
        # a leader's name before one of these is that leader's country's body: "the Biden administration"
        self.leader_body_nouns = set(lex.get("leader_body_nouns", []))
        self.name_continuations = set(lex.get("name_continuations", ["of"]))
        self.cite_verbs = set(lex.get("cite_verbs", []))  # "reported, citing X": X speaks
        self.seat_members = set(lex.get("seat_members", []))  # "officials in Kyiv" speak for its government
        self.ministry_offices: dict[str, str] = lex["ministry_offices"]
        self.month_names = set(lex.get("month_names", []))
        self.month_leads = set(lex.get("month_lead_words", []))
        self.honorifics: dict[str, str | None] = lex["honorifics"]
        self.locative = set(lex["locative_prepositions"])
        self.motion = set(lex["motion_verbs"])
        self.media_words = set(lex.get("media_words", []))
        self.shared_seats: dict[str, list[str]] = lex.get("shared_seats", {})
        self.party_words: dict[str, str] = lex.get("party_words", {})
        # Words that keep a name from being an actor (docs/annotation.md, "Actors"): a population counted
        # or described, a facility, a country naming a place or a conflict, an agreement.
        self.population_words = set(lex.get("population_words", []))
        self.facility_words = {w.lower() for w in lex.get("facility_words", [])}
        self.place_nouns = set(lex.get("place_nouns", []))
        self.time_nouns = set(lex.get("time_nouns", []))
        self.owner_nouns = set(lex.get("owner_nouns", []))
        self.agreement_words = set(lex.get("agreement_words", []))
        self.not_actor_names = set(lex.get("not_actor_names", []))
        # "a Briton", "a Frenchman": one of a people, described, never an organisation or the state.
        self.person_demonyms = set(lex.get("person_demonyms", []))
        # "the village of X", "Ho Chi Minh City": names a place whatever NER called it.
        self.settlement_nouns = set(lex.get("settlement_nouns", []))
        self.spatial_prepositions = set(lex.get("spatial_prepositions", []))
        self.place_office_nouns = set(lex.get("place_office_nouns", []))
        self.state_nouns = set(lex.get("state_nouns", []))
        self.compass_words = set(lex.get("compass_words", []))
        self.proxy_participles = set(lex.get("proxy_participles", []))
        self.vessel_nouns = set(lex.get("vessel_nouns", []))
        self.deputy_words = set(lex.get("deputy_words", []))
        self.place_name_ends = set(lex.get("place_name_ends", []))
        # Last words of the names of things ("Eastern Standard Time", "the Merriman Award", "the Farm
        # Bill") and endings of one-word names of ideas and programmes ("Zionism", "Medicare").
        self.thing_words = set(lex.get("thing_words", []))
        self.thing_suffixes = tuple(lex.get("thing_suffixes", []))
        self.event_words = set(lex.get("event_words", []))
        self.acting_places: dict[str, str] = lex.get("acting_places", {})
        # Nouns of a journey whose "to X" is a destination ("the departure of the group to Kyiv").
        self.motion_nouns = set(lex.get("motion_nouns", []))
        # Role nouns of a private occupation ("the banker", "the expert"): never a known office-holder.
        self.private_roles = set(lex.get("private_roles", []))
        # Kin who share a man's surname: "Goloshchapov's son Dmitry" is Dmitry Goloshchapov.
        self.family_nouns = set(lex.get("family_nouns", []))
        self.legislature_nouns = set(lex.get("legislature_nouns", []))
        # "van der Leyen", "Van Susteren": a surname with its particle, not a given name and a surname.
        self.surname_particles = set(lex.get("surname_particles", []))
        # "Jr.", "III": the end of a person's name, never of an organisation's ("Cassius Clay Sr").
        self.generational_suffixes = set(lex.get("generational_suffixes", []))
        self.member_prepositions = set(lex.get("member_prepositions", []))
        self.address_titles = set(lex.get("address_titles", []))
        # Words that open a place's name NER may take for a person's ("St Pancras", "St. Albans").
        self.place_prefixes = set(lex.get("place_prefixes", []))
        # Prepositions whose object is a party, not a place: "cooperation with Europe", "war against X".
        self.partner_prepositions = set(lex.get("partner_prepositions", []))
        self.aim_words = set(lex.get("aim_words", []))
        # Titles whose first words NER takes for an organisation ("National Security Adviser").
        self.title_phrases = set(lex.get("title_phrases", []))
        # People with their own mandate ("hawks in Congress", "experts at the institute"): a source of them
        # is no one's voice (docs/annotation.md, nominal sources), whatever body they sit in.
        self.mandate_nouns = set(lex.get("mandate_nouns", []))
        self.member_nouns = set(lex.get("member_nouns", []))
        # People someone has ("Putin's loud ally", "his cronies"): never the person who has them.
        self.relation_nouns = set(lex.get("relation_nouns", []))
        self.press_articles = set(lex.get("press_articles", []))
        self.institution_words = set(lex.get("institution_words", []))
        self.public_roles = set(lex.get("public_roles", []))
        self.local_modifiers = set(lex.get("local_modifiers", []))
        self.settled_places: dict[str, str] = lex.get("settled_places", {})
        platforms = lex.get("platforms", {})
        self.platform_names = set(platforms.get("names", []))
        self.platform_prepositions = set(platforms.get("prepositions", []))
        self.platform_nouns = set(platforms.get("nouns", []))
        # "the Western bloc", "Western governments": the political bloc the adjective names.
        self.bloc_adjectives: dict[str, str] = lex.get("bloc_adjectives", {})
        self.bloc_nouns = set(lex.get("bloc_nouns", []))
        # Weapon designations NER takes for organisations ("UR-77", "Msta-S"): never actors.
        pattern = lex.get("equipment_designation")
        self.designation = re.compile(pattern) if pattern else None
        self.equipment = load_equipment()
        words: set[str] = set(self.role_nouns) | set(self.honorifics)
        for phrase in gaz.office_phrases:
            words.update(phrase.split())
        self.title_words = words
        # words after which a known given name starts a person's name inside an "organisation" (built
        # once: _person_in_org runs on every organisation NER finds)
        self.holder_leads = words | set(self.role_nouns) | self.place_unit_words
        self.title_nouns = set(self.role_nouns) | set(lex.get("staff_roles", ()))  # `_role_title`
        # abbreviated titles ("PM", "Gov", "Gen."): before one capitalised word, a person's surname
        self.short_honorifics = {h.rstrip(".") for h in self.honorifics if len(h.rstrip(".")) <= 4}
        self.body_name_words = (
            set(self.body_nouns) | self.media_words | self.institution_words | self.facility_words
        )

    # -- helpers ---------------------------------------------------------------------------------------
    def _kinds(self, text: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for e in self.gaz.phrases.get(text, ()):
            out.setdefault(e.kind, []).append(e.ref)
        return out

    def country_of(self, tok: Token) -> str | None:
        """ISO3 when the token names a country, its adjective or its seat ("British", "Russia", "Kremlin")."""
        kinds = self._kinds(tok.text)
        for kind in ("adjective", "country", "seat"):
            if kind in kinds:
                return kinds[kind][0]
        return None

    def is_location(self, tok: Token) -> bool:
        """A place where something happens, not an actor: "in Moscow", "arrived in Kiev", "in Amsterdam
        or Warsaw" (a conjunct of a place is a place)."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.head.pos_ in ("VERB", "AUX") and dated_subject(prep.head) == tok:
            return False  # "In March Poland closed the border": the subject, misread after the month
        word = prep.lower_
        body = prep.head
        # "the regime in Kiev", "the authorities in Moscow": the government; but "the Russian embassy in
        # Washington" is where another country's body sits, and "corrupt officials in Bosnia" are somewhere
        lefts = list(body.lefts)
        the = any(c.lower_ == "the" for c in lefts) and not any(self.country_of(c) for c in lefts)
        if word == "in" and the and self.body_nouns.get(body.lower_) == "government":
            return False
        if word == "at" and (prep.head.lemma_ in self.aim_words or prep.head.lower_ in self.aim_words):
            return False  # "pointed fingers at Kyiv", "took a swipe at London": a target, not a place
        if word in self.locative:
            if word == "from":
                return prep.head.lemma_ in self.motion
            return True
        if word in ("to", "into"):
            if prep.head.lemma_ in self.motion or prep.head.lower_ in self.motion_nouns:
                return True
            if any(c.dep_ == "prep" and c.lower_ == "from" and c.i < prep.i for c in prep.head.children):
                return True  # "flew from Alaska to the Marshall Islands": the far end of a stretch
            # "the departure of the delegation to Kyiv": the parse hangs the destination on the traveller
            owner = prep.head.head if prep.head.dep_ == "pobj" and prep.head.head.lower_ == "of" else None
            return owner is not None and owner.head.lower_ in self.motion_nouns
        return False

    @staticmethod
    def _subject(tok: Token) -> bool:
        """The subject of a verb itself ("Europe is re-arming"), not a conjunct ("the US and Europe")."""
        return tok.dep_ == "nsubj"

    def is_agent(self, tok: Token) -> bool:
        if tok.dep_ in ("nsubj", "csubj", "dep"):
            return True
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            return True
        if tok.dep_ == "conj":
            return self.is_agent(tok.head)
        return tok.dep_ == "poss" and tok.head.lower_ not in self.role_nouns

    def body_noun(self, head: Token, *, lemma: bool = True) -> str | None:
        """The body_nouns key a noun is, with the word before it when the two are one ("general staff",
        "think tank"), else the noun (or its lemma); None when it is none."""
        prev = head.doc[head.i - 1] if head.i else None
        if prev is not None and prev.head.i == head.i and prev.dep_ in ("compound", "amod"):
            two = f"{prev.lower_} {head.lower_}"
            if two in self.body_nouns:
                return two
        for key in (head.lower_, head.lemma_.lower()) if lemma else (head.lower_,):
            if key in self.body_nouns:
                return key
        return None

    def body_of(self, head: Token) -> str | None:
        """The kind of body a noun names after a country word: government, military, population."""
        low = head.lower_
        if low in ("ministry", "department"):
            return "ministry:" + (self.ministry_office(head) or "government")
        key = self.body_noun(head)
        kind = self.body_nouns[key] if key else None
        return kind if kind in ("government", "military", "population") else None

    def ministry_office(self, head: Token) -> str | None:
        """The office of a ministry noun, without the country words ("the Iranian foreign ministry" ->
        foreign, "the Ministry of Finance of Russia" -> finance); None when it names none."""
        mods = " ".join(
            c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and self.country_of(c) is None
        )
        if mods not in self.ministry_offices:  # "the Federal Department of Foreign Affairs"
            for prep in head.rights:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None and self.country_of(obj) is None:
                        words = [t for t in obj.subtree if t.dep_ in ("compound", "amod") or t is obj]
                        named = " ".join(t.lower_ for t in words)
                        mods = named if not mods or named in self.ministry_offices else mods
                    break
        if not mods:
            return None
        return self.ministry_offices.get(mods) or slug(mods)

    def ministry_country(self, head: Token) -> str | None:
        """The country a ministry noun names before it or after it ("Ministry of Finance of Russia")."""
        for c in head.lefts:
            iso = self.country_of(c)
            if iso:
                return iso
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        iso = self.country_of(obj)
                        if iso:
                            return iso
                        for p2 in obj.rights:  # "Ministry of Finance of Russia"
                            if p2.dep_ == "prep" and p2.lower_ == "of":
                                for o2 in p2.children:
                                    if o2.dep_ == "pobj" and self.country_of(o2):
                                        return self.country_of(o2)
        return None

    def not_a_name(self, span: Span) -> bool:
        """A gazetteer surname that is a date or a word of another name here: "in May", "May 9",
        "Kursk Nuclear Power Plant", "Best Price", "Price Fixing Committee"."""
        doc = span.doc
        tok = span.root
        ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
        if tok.ent_type_ in NOT_NAME_ENTS:
            return True
        opening = tok.is_sent_start or _line_start(tok)
        if ent is None and len(span) == 1 and tok.pos_ == "NOUN" and tok.dep_ == "compound" and opening:
            return True  # "Power cuts were recorded": a common noun opening a sentence, not Samantha Power
        if (
            len(span) == 1
            and tok.ent_type_ != "PERSON"
            and any(c.dep_ == "amod" and c.is_lower for c in tok.children)
            and (tok.pos_ == "NOUN" or any(c.dep_ in ("det", "poss") for c in tok.children))
        ):
            return True  # "the world's largest nuclear Power": a common noun with its adjective
        if ent is not None and ent.label_ != "PERSON" and ent.start < span.start:
            return True  # inside a longer name ("Nuclear Power Plant"), not heading it ("Obama Sees ...")
        if span.start > 0:
            before = doc[span.start - 1]
            if (
                before.text[:1].isupper()
                and not before.is_sent_start
                and before.lower_ not in self.title_words
                and before.lower_ not in self.honorifics
                and before.text not in self.gaz.phrases
                and before.pos_ in ("PROPN", "ADJ", "NOUN")
                and before.ent_type_ != "PERSON"
            ):
                return True
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.text[:1].isupper():
            return tok.head.ent_type_ != "PERSON" and tok.head.lower_ not in self.title_words
        return False

    def _quoted_epithet(self, name: Span) -> bool:
        """A nickname in quotation marks that NER took for an organisation ("described as the 'Icon of
        German Left'"): the quotation holds the name and nothing else, and no word of it names a body."""
        doc = name.doc
        before = doc[name.start - 1].text if name.start > 0 else ""
        if name.text[:1] in QUOTE_MARKS:  # the tokenizer kept "'Icon" whole
            before = name.text[:1]
        after = doc[name.end].text if name.end < len(doc) else ""
        if before not in QUOTE_MARKS or not after or after[0] not in QUOTE_MARKS + ",.":
            return False
        if after[0] in ",." and (name.end + 1 >= len(doc) or doc[name.end + 1].text not in QUOTE_MARKS):
            return False  # "'Icon of German Left,'": the closing mark after the comma
        words = {t.lower_ for t in name}
        return not (words & self.body_nouns.keys() or words & self.media_words or name.text.isupper())

    def _portfolio(self, name: Span) -> bool:
        """What an office-holder is in charge of, not a body: "the Commissioner for Budget and
        Administration", "Minister for Foreign Affairs", "Minister of the Interior", "in charge of
        European Neighbourhood Policy"."""
        doc, i = name.doc, name.start
        if i > 0 and doc[i - 1].lower_ == "the":
            i -= 1
        if i < 2:
            return False
        prep, before = doc[i - 1].lower_, doc[i - 2]
        root = name.root
        if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in self.title_words:
            # "the high representative for Foreign Affairs", "a special envoy of a government for Harbour
            # Affairs": the title the "for" phrase hangs on
            return True
        if prep == "for":
            return before.lower_ in self.title_words and before.text[:1].isupper()
        if prep == "of" and before.lower_ in self.title_words and before.text[:1].isupper():
            return name.text.lower() in self.ministry_offices  # "Minister of the Interior"
        return prep == "of" and before.lower_ == "charge"

    @staticmethod
    def _web_address(name: Span) -> bool:
        """A name that is a web address ("Censor.NET", "Gazeta.ru", one token since the layout pass
        joins them): an outlet."""
        spelt = name.text.translate(LATIN_LOOKALIKES)
        return len(name) == 1 and re.fullmatch(_WEB_ADDRESS, spelt) is not None

    def _press_title(self, name: Span, label: str) -> bool:
        """A name opening with a foreign article ("Der Standard"), unless a person's: known to the
        gazetteer ("Le Drian") or the end of a full name in this article ("Marine Le Pen" ... "Le Pen"),
        or a place NER recognises as one: Spanish and French articles open many cities ("Las Vegas",
        "Los Angeles", "El Paso"), and a paper named after its city carries a word of its own ("Los
        Angeles Times")."""
        if len(name) < 2 or name[0].text not in self.press_articles or not name[1].is_title:
            return False
        if label in ("GPE", "LOC", "FAC"):
            return False
        if self._kinds(name.text):
            return False
        tail = " " + name.text
        return not any(e.label_ == "PERSON" and e.text.endswith(tail) for e in name.doc.ents)

    def _platform_venue(self, name: Span) -> bool:
        """A social platform as the place something was said ("wrote on Telegram", "his Telegram
        channel"): a venue, not an actor; the platform acting ("Facebook removed the posts") is one."""
        if name.text not in self.platform_names:
            return False
        root = name.root
        if root.dep_ == "pobj" and root.head.lower_ in self.platform_prepositions:
            return True
        head = root
        while head.dep_ in ("compound", "nmod", "amod", "npadvmod") and head.head.i != head.i:
            head = head.head  # "on the Telegram messaging app": the noun the name's phrase modifies
            if head.lower_ in self.platform_nouns:
                return True
        return False

    def is_equipment(self, name: Span) -> bool:
        """A weapon or platform NER called an organisation or a person ("UR-77", "Msta-S", "HIMARS"), or
        a ship by its name ("the frigate Admiral Makarov": named after a person, still a ship)."""
        text = name.text
        if text.lower() in self.equipment:
            return True
        doc, end = name.doc, name.end
        hyphen = end + 1 < len(doc) and doc[end].text == "-"
        if hyphen and not name[-1].whitespace_ and not doc[end].whitespace_:
            # "IRIS-T", "Su-35": NER's name stops at the hyphen of a weapon's designation
            whole = doc[name.start : end + 2].text
            if whole.lower() in self.equipment or self.designation and self.designation.fullmatch(whole):
                return True
        if self._weapon_named(name):
            return True
        i = name.start - 1
        while i > 0 and (
            name.doc[i].lower_ in self.title_words or name.doc[i].dep_ == "compound" and name.doc[i].is_title
        ):
            # "the frigate Admiral Makarov"
            i -= 1
        if i >= 0:
            before = self.equipment.get(name.doc[i].lower_)
            if before is not None and before.category == "naval vessels" and not before.system:
                return True
        return bool(self.designation and self.designation.fullmatch(text))

    def _names_a_state(self, text: str) -> bool:
        """Whether the gazetteer knows `text` as a country, its capital or a seat of its government."""
        return bool(self._kinds(text).keys() & {"country", "capital", "seat"})

    def _town_word(self, tok: Token) -> bool:
        """A word with a town's ending (lexicon place_endings: "Druzhkivka", "Novovasylivka")."""
        return tok.lower_.endswith(self.place_endings) and len(tok) > 6

    def _town_shaped(self, name: Span) -> bool:
        """One word with a town's ending (lexicon place_endings: "Druzhkivka"), or a word coordinated with
        places NER tagged as such ("to Druzhkivka, Sloviansk and Kramatorsk"): a place, not a body."""
        if len(name) != 1 or self._kinds(name.text).get("org"):
            return False
        tok = name[0]
        if self._town_word(tok):
            return True
        linked = [tok.head] if tok.dep_ == "conj" else []
        linked += [c for c in tok.children if c.dep_ == "conj"]
        # towns, not states: "India and MERCOSUR", "Israel and the Mossad" are actors side by side
        return bool(linked) and all(
            t.ent_type_ in ("GPE", "LOC") and not self._names_a_state(t.text) for t in linked
        )

    def _vessel_name(self, name: Span) -> bool:
        """A name in apposition to a vessel noun or right after one (lexicon vessel_nouns: "the landing
        ship, Olenegorsky Gornyak,", "the frigate Admiral Makarov"): a ship, which is no actor."""
        root = name.root
        if root.dep_ == "appos" and root.head.lemma_.lower() in self.vessel_nouns:
            return True
        named = root.head
        if root.dep_ in ("oprd", "attr", "dobj") and named.lemma_ == "name" and named.dep_ == "acl":
            return named.head.lemma_.lower() in self.vessel_nouns  # "his yacht, named the Dilbar"
        before = name.doc[name.start - 1] if name.start > 0 else None
        return before is not None and before.lemma_.lower() in self.vessel_nouns and before.pos_ == "NOUN"

    @staticmethod
    def _bracketed_given(name: Span) -> bool:
        """A given name that closes an editor's bracket before the surname ("(President Volodymyr)
        Zelenskyy", "[Vladimir] Putin") or stands before the surname an editor added in brackets
        ("Hakan (Fidan)"): the surname names the person."""
        doc, i = name.doc, name.end
        if i + 2 < len(doc) and doc[i].text in ("(", "[") and doc[i + 2].text in (")", "]"):
            return doc[i + 1].is_title and doc[i + 1].is_alpha  # "Foreign Minister Hakan (Fidan)"
        return i + 1 < len(doc) and doc[i].text in (")", "]") and doc[i + 1].is_title and doc[i + 1].is_alpha

    def _person_in_org(self, name: Span) -> Span | None:
        """The person's name in what NER called an organisation: two or three capitalised words that
        open with a known given name and hold no word of a body's name, alone ("Hanna Koval") or after
        a title word that ends the organisation's words ("Harbour Group of Forces Spokesperson Captain
        Ilya Marchuk": the spokesperson is the person, not a new body); None when the gazetteer knows
        the name as an organisation's."""
        if self._kinds(name.text).get("org"):
            return None
        for size in (3, 2):
            if len(name) < size:
                continue
            tail = name[len(name) - size :]
            if tail[0].text not in self.gaz.given_names or tail[0].text in self.gaz.phrases:
                continue
            named = any(t.lower_ in self.body_name_words for t in tail)
            if named or not all(t.is_alpha and t.is_title for t in tail):
                continue
            before = name[: len(name) - size]
            known = any(e.kind == "person" for e in self.gaz.phrases.get(tail.text, ()))
            ends = self.holder_leads
            placed = len(before) and self._names_a_state(before[-1].text)
            # "the governor of [Sevastopol Mikhail Razvozhayev]": the role's place, then its holder
            doc, at = name.doc, name.start
            of_role = at >= 2 and doc[at - 1].lower_ == "of" and doc[at - 2].lower_ in ends
            # "CEO of the company Naftogaz Oleksiy Chernyshov": a known body's name, then its officer
            named_body = before[1:] if len(before) > 1 and before[0].lower_ == "the" else before
            body = len(before) and bool(self._kinds(named_body.text).get("org"))  # "the UN Dmitry Polyansky"
            if known or placed or of_role or body or not len(before) or before[-1].lower_ in ends:
                return tail  # "the Governor of the Eastwick Region Vyacheslav Petrenko"
        first, last = name[0], name[-1]
        short = len(first.text) <= 4 and first.lower_.rstrip(".") in self.short_honorifics
        surname = last.is_alpha and last.is_title and last.lower_ not in self.body_name_words
        if len(name) == 2 and short and surname:
            return name[1:]  # "PM Nowak", "Gov Petrenko": an abbreviated title and a surname
        return None

    def _weapon_named(self, name: Span) -> bool:
        """A name whose noun phrase ends in a weapon's noun (lexicon weapon_heads): "Bradley Infantry
        Fighting Vehicles", "TOW missiles", "a Patriot Missile Defense System", and one NER cut at a
        hyphen ("National Advanced Surface[-to-Air Missile System]"). A plural "Systems" names a firm
        ("BAE Systems"), and a phrase the equipment table says is none ("think tank") stays a name."""
        doc = name.doc
        head = name.root
        while head.dep_ == "compound" and head.head.i > head.i and head.head.i <= name.end + 3:
            head = head.head  # "TOW missiles": the noun the name modifies
        end = name.end
        if head.i == name.end - 1 and end < len(doc) and doc[end].text == "-" and not name[-1].whitespace_:
            for tok in doc[end : min(len(doc), end + 8)]:
                if doc[tok.i - 1].whitespace_ and not (tok.is_title or tok.is_upper):
                    break  # the designation ends at the first lower-case word not glued on
                if tok.lower_ in self.weapon_heads:
                    head = tok
                    break
        before = doc[head.i - 1].lower_ if head.i > 0 else ""
        firm = self._kinds(name[0].text).get("org")
        if head.lower_ == "systems" and (before in self.weapon_heads or head.is_lower) and not firm:
            # "Multiple Launch Rocket Systems", "NASAMS air defense systems"; a firm's own name first
            # stays ("BAE Systems")
            return True
        if head.lower_ not in self.weapon_heads:
            return False
        kind = self.equipment.get(f"{before} {head.lower_}")
        return not (kind is not None and kind.category == "-")

    # -- the finder ------------------------------------------------------------------------------------
    def _month(self, tok: Token) -> bool:
        """A capitalised month name told as a date: after a lead word ("In May", "since March") or
        before a number ("May 9")."""
        if tok.lower_ not in self.month_names or not tok.is_title:
            return False
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return (before is not None and before.lower_ in self.month_leads) or (
            after is not None and after.like_num
        )

    def repair_entities(self, doc: Doc) -> None:
        """Month names the tagger missed or ran on into the next name ("In June Germany sent": GPE
        'June Germany'; "In March Poland closed": DATE 'March Poland'; "In May Russia": 'May' no entity,
        then read as Theresa May). The month becomes a DATE entity; the rest keeps an entity only when
        the gazetteer knows it (a country, seat or capital: GPE; an organisation: ORG; a person: PERSON).
        A country's capitalised adjective the tagger left without an entity becomes NORP."""
        ents = list(doc.ents)
        months = [t for t in doc if self._month(t)]
        # "(Reuters) - Ukrainian drones struck ...": after a dateline the tagger may miss a country's
        # adjective; the gazetteer knows it is one
        adjectives = [
            t
            for t in doc
            if not t.ent_type_
            and t.is_title
            and t.pos_ in ("ADJ", "PROPN")
            and "adjective" in self._kinds(t.text)
        ]
        if not months and not adjectives:
            return
        labels = {"country": "GPE", "seat": "GPE", "capital": "GPE", "adjective": "NORP", "org": "ORG"}
        out = []
        changed = False
        for ent in ents:
            first = ent[0]
            if len(ent) > 1 and self._month(first) and ent[1].is_title and not ent[1].like_num:
                rest = ent[1:]
                kinds = self._kinds(rest.text)
                label = next(
                    (labels[k] for k in kinds if k in labels), "PERSON" if "person" in kinds else None
                )
                out.append(Span(doc, first.i, first.i + 1, label="DATE"))
                if label is not None:
                    out.append(Span(doc, rest.start, rest.end, label=label))
                changed = True
            else:
                out.append(ent)
        covered = {i for e in out for i in range(e.start, e.end)}
        for tok in months:
            if tok.i not in covered and tok.pos_ == "PROPN":
                out.append(Span(doc, tok.i, tok.i + 1, label="DATE"))
                changed = True
        for tok in adjectives:
            if tok.i not in covered:
                out.append(Span(doc, tok.i, tok.i + 1, label="NORP"))
                changed = True
        if changed:
            doc.ents = sorted(out, key=lambda e: e.start)

    def untagged_persons(self, doc: Doc) -> None:
        """ "Oleksandr Starukh, the governor of the region, said": a known given name and one capitalised
        word that NER left without an entity, set off by a role in apposition, are a PERSON; so are they
        when NER called the given name alone an organisation ("[Oleksandr] Starukh said")."""
        out, changed = list(doc.ents), False
        for given in [t for t in doc if t.text in self.gaz.given_names and t.is_title]:
            if given.i + 1 >= len(doc) or not given.whitespace_:
                continue
            surname = doc[given.i + 1]
            ent = next((e for e in out if e.start <= given.i < e.end), None)
            # "the company Naftogaz Oleksiy Chernyshov" tagged one entity: a known body's name, then its
            # officer closing the entity
            officer = (
                ent is not None
                and ent.label_ in ("ORG", "PERSON")
                and ent.end == given.i + 2
                and ent.start < given.i
                and bool(self._kinds(doc[ent.start : given.i].text).get("org"))
            )
            if (surname.ent_type_ and not officer) or not (
                surname.is_alpha and surname.is_title and surname.pos_ == "PROPN"
            ):
                continue
            lone = ent is not None and ent.label_ == "ORG" and len(ent) == 1  # the given name alone
            if given.ent_type_ in ("ORG", "PERSON") and not lone and not officer:
                continue  # a given name inside a longer organisation's name
            if surname.lower_ in self.body_name_words or self._kinds(f"{given.text} {surname.text}"):
                continue
            # NER's lone "organisation" is the given name; else a role in apposition must say it
            appos = any(c.dep_ == "appos" and c.lower_ in self.role_nouns for c in surname.children)
            if not lone and not appos and not officer:
                continue
            out = [e for e in out if not (e.start <= given.i < e.end)]
            if officer:
                out.append(Span(doc, ent.start, given.i, label="ORG"))
            out.append(Span(doc, given.i, given.i + 2, label="PERSON"))
            changed = True
        if changed:
            doc.ents = sorted(out, key=lambda e: e.start)

    def join_particle_names(self, doc: Doc) -> None:
        """ "Ursula Von der Leyen": a person's name NER stops at a capitalised surname particle (PERSON
        'Ursula Von', then GPE 'Leyen') runs on over the particles to the capitalised word after them."""
        ents, out, changed, i = list(doc.ents), [], False, 0
        while i < len(ents):
            ent = ents[i]
            i += 1
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in self.surname_particles:
                j = ent.end
                while j < len(doc) and doc[j].is_lower and doc[j].lower_ in self.surname_particles:
                    j += 1
                if j < len(doc) and doc[j].is_title and doc[j].is_alpha:
                    while i < len(ents) and ents[i].start <= j:
                        i += 1  # the entities the name now covers
                    ent, changed = Span(doc, ent.start, j + 1, label="PERSON"), True
            out.append(ent)
        if changed:
            doc.ents = out

    def address_entities(self, doc: Doc) -> None:
        """An outlet's web address the layout pass made one word ("Censor.NET") is a name NER, which
        never saw such a word, leaves untagged: an organisation's entity (`_web_address` reads it)."""
        found = [
            Span(doc, t.i, t.i + 1, label="ORG")
            for t in doc
            if not t.ent_type_ and "." in t.text and self._web_address(doc[t.i : t.i + 1])
        ]
        if found:
            doc.ents = filter_spans([*doc.ents, *found])

    def find(self, doc: Doc) -> list[Found]:
        self.join_particle_names(doc)
        self.address_entities(doc)
        self.untagged_persons(doc)
        self.repair_entities(doc)
        found: list[Found] = []
        taken = [False] * len(doc)
        ents = self._split_at_name(doc)
        person_ents = {t.i: ent for ent in ents if ent.label_ == "PERSON" for t in ent}

        def add(f: Found) -> None:
            if any(taken[f.start : f.end]):
                return
            for i in range(f.start, f.end):
                taken[i] = True
            found.append(f)

        spans = filter_spans(self.matcher(doc, as_spans=True))
        blocked: set[int] = set()  # tokens of gazetteer phrases used as modifiers (no mention, no NER)
        self._bare: list[Found] = []  # "Ask Bosnians": bare plural demonyms, kept if the country acts
        # Per doc: words the text writes in lower case (a capitalised one is then no name: "Fierce
        # fighting ..." after "in fierce fighting"), and the initials of the facilities named so far
        # ("the Zaporozhye Nuclear Power Plant" ... "the ZNPP").
        self._lower_words = {t.text for t in doc if t.is_lower}
        self._headings, self._outside_headings = heading_lines(doc.text)
        self._facilities: set[str] = set()
        self._things: set[str] = set()  # initials of agreements and events named so far ("MWS")
        self._doc, self._person_words = doc, None  # the words of PERSON entities, read when needed
        self._laws(doc)
        for span in spans:
            self._gazetteer_span(doc, span, person_ents, add, blocked)
        for ent in ents:
            held = self._person_in_org(ent) if ent.label_ in _OTHER_LABELS else None
            if held is not None and held.start > ent.start and ent[0].is_title and not ent[0].is_quote:
                # "Kharkiv Mayor Ihor Terekhov" tagged WORK_OF_ART: the holder a title leads to
                ent = Span(doc, held.start, held.end, label="PERSON")
            if ent.label_ not in NER_LABELS or any(taken[t.i] for t in ent):
                held = self._person_in_org(ent) if ent.label_ == "ORG" else None
                if held is not None and not any(taken[t.i] for t in held):
                    # "to the UN Dmitry Polyansky" tagged ORG, the UN already read from the gazetteer
                    self._entity(doc, Span(doc, held.start, held.end, label="PERSON"), add)
                continue
            # a country word used as a modifier blocks NER's entity, unless it opens an organisation's
            # name ("the Polish Investment and Trade Agency", "the Moscow World Standard")
            root = ent.root
            name_root = root.i not in blocked and root.text[:1].isupper() and root.pos_ in ("PROPN", "NOUN")
            if ent.label_ == "ORG" and name_root or not any(t.i in blocked for t in ent):
                self._entity(doc, ent, add)
        pronouns = []
        prev = ""
        for tok in doc:  # role phrases first: "his British counterpart" holds a pronoun
            low, before, prev = tok.lower_, prev, tok.lower_
            if taken[tok.i]:
                continue
            if before in self.honorifics and low in self.address_titles:
                taken[tok.i] = True  # "Mr. President", "Madam Speaker": a form of address, no one named
                continue
            if before in self.honorifics and self.honorifics[before] and tok.text[:1].isupper():
                add(
                    Found(
                        tok.i,
                        tok.i + 1,
                        "surname",
                        ner=tok.ent_type_ or None,
                        name=tok.text,
                        atype="person",
                        gender=self.honorifics[before],
                    )
                )  # "Mr. King" is not a king
            elif tok.text in self.bloc_adjectives and tok.dep_ == "amod":
                head = tok.head
                if head.lower_ in self.bloc_nouns and head.i > tok.i and not taken[head.i]:
                    start = next((c.i for c in head.lefts if c.dep_ == "det" and c.lower_ == "the"), tok.i)
                    actor = self.bloc_adjectives[tok.text]
                    add(Found(min(start, tok.i), head.i + 1, "group", actor=actor, number="pl"))
            elif low in self.pronouns and tok.tag_ in ("PRP", "PRP$", "WP", "WP$", "WDT"):
                pronouns.append(tok)
            elif low in self.role_nouns and tok.pos_ in ("NOUN", "PROPN"):
                if not (low in self.media_words and tok.text[:1].isupper()):  # "The Observer" is a paper
                    self._role(doc, tok, add)
            elif tok.pos_ in ("NOUN", "PROPN") and self.body_noun(tok, lemma=False):
                self._body(doc, tok, add)  # "the ministry", "the General Staff" (two words, one body noun)
        for tok in pronouns:
            if not taken[tok.i]:
                self._pronoun(tok, add)
        countries = (f.actor.split(":", 1) for f in found if f.actor)
        acting = {iso for kind, iso in countries if kind in ("gov", "state", "mil")}
        for f in self._bare:
            if f.actor and f.actor.split(":", 1)[1] in acting:
                add(f)
        found.sort(key=lambda f: f.start)
        self._acronyms(doc, found, taken)
        self._titles(doc, found)
        return found

    def _split_at_name(self, doc: Doc) -> list[Span]:
        """NER's entities, with one that runs across a comma into a person's name ("the mayor of
        [Kharkiv, Ihor Terekhov]" tagged ORG) cut at the comma: the place or body before it keeps its
        label, the words after it are a PERSON when they open with a known given name and are two or
        three capitalised words closing the entity."""
        out: list[Span] = []
        for ent in doc.ents:
            comma = next((t.i for t in ent if t.text == ","), None)
            if ent.label_ == "PERSON" or comma is None or comma == ent.start:
                out.append(ent)
                continue
            name = doc[comma + 1 : ent.end]
            if (
                2 <= len(name) <= 3
                and name[0].text in self.gaz.given_names
                and all(t.is_alpha and t.is_title for t in name)
            ):
                out.append(Span(doc, ent.start, comma, label=ent.label_))
                out.append(Span(doc, comma + 1, ent.end, label="PERSON"))
            else:
                out.append(ent)
        return out

    def _laws(self, doc: Doc) -> None:
        """The acronym in brackets after a law, agreement or programme ("the Affordable Care Act
        (ACA)", "the Clean Harbours Program (CHP)") names that thing, not a body, wherever it is used."""
        for ent in doc.ents:
            end = ent.end
            if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            last = ent[-1].lower_
            if ent.label_ == "LAW" or len(ent) > 1 and last in self.agreement_words | self.thing_words:
                self._things.add(doc[end + 1].text)

    def _acronyms(self, doc: Doc, found: list[Found], taken: list[bool]) -> None:
        """ "the Polish Investment and Trade Agency (PAIH)": the acronym in brackets after a name is that
        name wherever the doc uses it, whatever NER made of it. An unknown acronym that spells the
        initials of an organisation the doc names in full ("the Socialist Equality Party" ... "the SEP")
        is that organisation too."""
        named = [f for f in found if f.actor or f.name and f.atype not in (None, "person", "location")]
        by_end = {f.end: f for f in named}
        defined: dict[str, Found] = {}
        for end, f in by_end.items():
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                acr = doc[end + 1].text
                if acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 6:
                    defined.setdefault(acr, f)
        skip = ("the", "of", "and", "for")
        bare = {g.start for g in found if g.end - g.start == 1 and not g.actor}
        capitals: dict[str, list[int]] = {}  # acronym-like tokens ("SEP", "E.P.A."), looked up per name
        for t in doc:
            if t.text[:1].isupper() and t.text.replace(".", "").isupper():
                capitals.setdefault(_undotted(t.text), []).append(t.i)
        for f in named:
            words = [t.text for t in doc[f.start : f.end] if t.is_alpha and t.lower_ not in skip]
            known = self.gaz.actor(f.actor) if f.actor else None
            if known is not None:  # "Amnesty" for Amnesty International: "the AI report"
                words, least = [w for w in known.name.split() if w.lower() not in skip], 2
            else:
                least = 3
            if len(words) < least or not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            acr = "".join(w[0] for w in words)
            if acr in self.gaz.phrases:
                continue
            if any(i in bare or not taken[i] for i in capitals.get(acr, ())):
                defined.setdefault(acr, f)
        if not defined:
            return
        for g in found:
            source = defined.get(_undotted(doc[g.start : g.end].text))
            if source is not None and g is not source and g.end - g.start == 1:
                g.kind, g.actor, g.name, g.atype = "acronym", source.actor, source.name, source.atype
                g.location = False
        for tok in (doc[i] for text in defined for i in capitals.get(text, ())):
            source = defined[_undotted(tok.text)]
            if not taken[tok.i]:
                taken[tok.i] = True
                found.append(
                    Found(tok.i, tok.i + 1, "acronym", ner=tok.ent_type_ or None, actor=source.actor,
                          name=source.name, atype=source.atype)
                )  # fmt: skip
        found.sort(key=lambda f: f.start)

    def _inside_org_name(self, span: Span) -> bool:
        """A one-word alias with capitalised words of the same organisation name on both sides is a word
        of another name, not the body it is an alias of; so is a name that NER's organisation name
        runs on after with "of", "on" or "for" (lexicon name_continuations) and a capitalised word ("The
        Times of Malta", "the European Council on Foreign Relations": a think tank, not the EU body)."""
        doc, end = span.doc, span.end
        if (
            end + 1 < len(doc)
            and doc[end].lower_ in self.name_continuations
            and doc[end].ent_type_ == "ORG"
            and doc[end].ent_iob_ == "I"
            and doc[end + 1].is_title
            and span[-1].ent_type_ == "ORG"
        ):
            return True
        if len(span) != 1 or span[0].ent_type_ != "ORG" or span[0].ent_iob_ != "I":
            return False  # "I": the word before is of the same name
        doc, i = span.doc, span.start
        if i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I":
            return False
        return doc[i - 1].is_title and doc[i + 1].is_title

    def _gazetteer_span(self, doc: Doc, span: Span, person_ents: dict, add, blocked: set[int]) -> None:
        kinds = self._kinds(span.label_)
        tok = span_head(span)
        ent = person_ents.get(span.start)
        if len(span) == 1 and (
            tok.pos_ == "AUX"
            and tok.tag_ in ("MD", "VBZ", "VBP", "VBD")
            and tok.dep_ in ("aux", "auxpass", "ROOT")
            or {"person", "surname"} & set(kinds)
            and self._modal(tok)
        ):
            return  # "Trump May Not Have Said", "CLINTON IS FEELING THE HEAT": a verb, not May or IS
        if kinds.keys() & {"org", "person", "surname"} and self._inside_place_name(span):
            return  # "the Sea of Azov" is no Azov regiment
        if (
            ent is not None
            and self._closes_person_name(ent, span)
            and not {"person", "surname", "adjective", "demonym"} & set(kinds)
            and not (tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i)
        ):
            return  # "Michael B. Jordan", "George Washington": a person's surname, not the country
        if ent is not None and "person" not in kinds and "surname" in kinds and self._other_person(ent, span):
            return  # "Chris Wallace" is not the Wallace of the gazetteer
        if (
            ent is not None
            and ent.end > span.end
            and doc[span.end].is_title
            and doc[span.end].is_alpha
            and not {"person", "org"} & set(kinds)
            and doc[span.end].text not in self.generational_suffixes
            and ("surname" not in kinds or self._surname_after(doc[span.end]))
        ):
            # "Jordan Peterson", "Chad Smith", "Ryan Grim": a given name, not the country or Paul Ryan (but a
            # headline's verb after a surname leaves it: "Hillary Asking Moderator To ...")
            return
        if "person" in kinds:
            if (
                len(span) == 1
                and ent is not None
                and self._other_person(ent, span)
                and self._other_given(doc[span.start - 1], kinds)
            ):
                return  # "Michelle Obama" is not the Obama of the gazetteer: NER's person stays
            add(Found(span.start, span.end, "name", actor=kinds["person"][0], ner=tok.ent_type_ or None))
        elif "org" in kinds:
            last = span[-1]  # "Russian military [hardware]", not a misparse across a verb
            adjective = last.tag_ == "JJ" and last.head.i == last.i + 1 and self._modifies_thing(last)
            if self._inside_place(span) or adjective or self._direction(span):
                # "the West Coast", "the West Bank"; "Russian military [hardware]" (an adjective phrase);
                # "to the west of Kyiv" (a direction, in lower case)
                blocked.update(range(span.start, span.end))
                return
            if self._inside_org_name(span):
                return  # "the Free Labour Alliance" is not the Labour Party
            if self._venue(tok):
                add(Found(span.start, span.end, "other", ner=tok.ent_type_ or "FAC", location=True))
                return
            kind = "acronym" if span.text.isupper() and len(span) == 1 else "name"
            actor, start = kinds["org"][0], span.start
            prefix, _, iso = actor.partition(":")
            if prefix in ("mil", "gov") and len(iso) == 3:
                # "the Russian MoD", "Ukraine's Ministry of Defence": a generic name with another country
                other = next(
                    (c for c in tok.lefts if c.i < span.start and c.dep_ in MODIFIER_DEPS | {"poss"}
                     and self.country_of(c) not in (None, iso)),
                    None,
                )  # fmt: skip
                if other is not None:
                    actor, start = f"{prefix}:{self.country_of(other)}", other.i
            add(Found(start, span.end, kind, actor=actor, ner=tok.ent_type_ or None))
        elif "surname" in kinds:
            if self.not_a_name(span):
                return
            entries = [Entry("surname", r) for r in kinds["surname"]]
            add(
                Found(
                    span.start,
                    span.end,
                    "surname",
                    entries=entries,
                    ner=tok.ent_type_ or None,
                    gender=self._honorific_gender(doc, span.start),
                )
            )
        elif "place" in kinds:
            group = self._republic_of(tok, kinds["place"][0])
            if group:
                add(Found(span.start, span.end, "name", actor=group, ner=tok.ent_type_ or None))
        elif "seat" in kinds:
            self._seat(doc, span, kinds["seat"][0], add, blocked)
        elif "demonym" in kinds and tok.tag_ in ("NNPS", "NNS") or set(kinds) == {"demonym"}:
            self._demonym(span, kinds["demonym"][0], add, blocked)
        elif "adjective" in kinds and "country" not in kinds and self._adjective_as_noun(tok):
            self._demonym(span, kinds["adjective"][0], add, blocked)  # "the Chinese supply the Russians"
        elif "adjective" in kinds or "country" in kinds:
            self._country(doc, span, kinds, add, blocked)

    def _surname_after(self, tok: Token) -> bool:
        """A word after a gazetteer surname that makes the surname a given name ("Ryan Grim"): a proper
        noun outside a heading that the text never writes in lower case (not "Trump Wants To ...")."""
        if tok.tag_ not in ("NNP", "NNPS") or tok.lower_ in self._lower_words:
            return False
        return not any(s <= tok.idx < e for s, e in self._headings)

    @staticmethod
    def _modal(tok: Token) -> bool:
        """A word before a capitalised verb's base form ("May Not Have", "May Be"), whatever the parse
        made of it in a Title Case headline: a modal verb, since a name as subject takes a finite verb
        (in lower case the base form follows a name as its object's verb: "let Russia pay")."""
        doc, i = tok.doc, tok.i + 1
        if i < len(doc) and doc[i].lower_ in ("not", "n't"):
            i += 1
        return i < len(doc) and doc[i].tag_ == "VB" and doc[i].pos_ in ("VERB", "AUX") and doc[i].is_title

    def _other_given(self, given: Token, kinds: dict) -> bool:
        """A known given name before a gazetteer person's surname that no name of that person opens with the
        same letter ("Michelle" before Barack Obama's "Obama"; "Vladimir" before "Zelensky" may be a
        transliteration of "Volodymyr", so it stays his)."""
        known = self.gaz.actor(kinds["person"][0])
        if known is None:
            return False
        if given.text not in self.gaz.given_names:
            return False  # "Injecting Clinton's": a headline's verb, not a given name
        names = [known.name, *known.aliases]
        return not any(n[:1] == given.text[:1] for name in names for n in name.split()[:-1])

    def _closes_person_name(self, ent: Span, span: Span) -> bool:
        """A gazetteer place that is the last word of a PERSON entity after a given name or an initial
        ("Michael B. Jordan", "George Washington"): a surname, not a place (a title before it, as in
        "President Washington", leaves the place: the seat's metonym)."""
        if ent.end != span.end or ent.start >= span.start:
            return False
        words = ent.doc[ent.start : span.start]
        return all(
            t.text[:1].isupper() and (t.is_alpha or re.fullmatch(r"[A-Z]\.", t.text)) for t in words
        ) and not any(
            t.lower_ in self.title_words or t.lower_ in self.honorifics or "adjective" in self._kinds(t.text)
            for t in words
        )  # "Russian Interfax" tagged a person: the agency, after its country's adjective

    def _venue(self, tok: Token) -> bool:
        """An organisation named as where something happened: "a press conference at the Pentagon",
        "met at the Pentagon" (the building, no actor); "officials at the Pentagon" are its people and
        "anger at the Pentagon" aims at it."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "at" or not self.is_location(tok):
            return False
        owner = tok.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return True
        low = owner.lower_
        return owner.pos_ == "NOUN" and not (low in self.role_nouns or low in self.body_nouns)

    def _in_place_name(self, span: Span) -> bool:
        """A country's name inside a longer place name NER found, with a capitalised word of its own that
        names no country ("Holland Park", "East Germany"; not "Kyiv, Ukraine" or "Russia-Ukraine")."""
        doc = span.doc
        ent = next((e for e in doc.ents if e.start <= span.root.i < e.end), None)
        if ent is None or ent.label_ not in ("LOC", "GPE", "FAC"):
            return False
        extra = [t for t in ent if not span.start <= t.i < span.end and t.is_alpha]
        return any(
            t.is_title and t.text not in self.gaz.phrases and t.lower_ not in ("the", "of") for t in extra
        )

    def _direction(self, span: Span) -> bool:
        """A lower-case alias ("the west") that is a direction or a place here: after a place or motion
        preposition ("in the west", "to the west"), or before "of" ("the west of the country"). As a
        subject, object, owner or after "of" ("how the west could help", "the dog of the west") it acts."""
        if span.text != span.text.lower():  # "the West", "The West": a name, read as usual
            return False
        doc, tok = span.doc, span_head(span)
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            return True
        if tok.dep_ == "pobj":
            return tok.head.lower_ not in ("of", *self.partner_prepositions)
        return tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss", "conj")

    def _inside_place(self, span: Span) -> bool:
        """A gazetteer name that is the start of a longer place name NER found ("the West Coast")."""
        ent = next((e for e in span.doc.ents if e.start <= span.root.i < e.end), None)
        return ent is not None and ent.label_ in ("LOC", "GPE", "FAC") and ent.end > span.end

    def _demonym(self, span: Span, iso: str, add, blocked: set[int]) -> None:
        """A people named by its demonym (docs/annotation.md, "Actors"). Used as an actor it is its
        country: "the Russians advanced" is the government acting, "convinced the Ukrainians" the state.
        A population counted or described ("many Ukrainians fled", "a majority of Ukrainians", "ordinary
        Russians"), or a bare plural for a country that is no actor elsewhere in the article ("ask
        Bosnians", where Bosnia is only a place), is people, not an actor: no mention."""
        tok = span_head(span)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in self.population_words for c in tok.lefts)
        blocked.update(range(span.start, span.end))
        if self._population(tok):
            return
        actor = f"gov:{iso}" if self.is_agent(tok) else f"state:{iso}"
        f = Found(span.start, span.end, "demonym", actor=actor, number="pl", ner=tok.ent_type_ or None)
        if definite:
            add(f)
        else:
            self._bare.append(f)

    @staticmethod
    def _adjective_as_noun(tok: Token) -> bool:
        """A nationality adjective used as the people's name: "the Chinese", "the French" as a subject
        or an object, not before a noun ("the Chinese government")."""
        argument = tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj")
        return argument and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    def _population(self, tok: Token) -> bool:
        """A people counted or described: "many Ukrainians", "ordinary Russians", "millions of Syrians"."""
        for c in tok.lefts:
            if c.lower_ in self.population_words or c.like_num:
                return True
            if c.dep_ == "amod" and self.country_of(c) is None:
                return True
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of":
            owner = head.head
            return owner.lower_ in self.population_words or owner.like_num
        return False

    def _other_person(self, ent: Span, span: Span) -> bool:
        """A PERSON entity that puts another given name before a gazetteer surname; with a possessive
        ending after it ("Michelle Obama's"), a given name the lexicon knows ("Injecting Clinton's" in a
        headline is no one's name)."""
        tail = ent.doc[span.end : ent.end]
        if ent.end < span.end or any(t.text not in POSSESSIVE_TAILS for t in tail) or ent.start >= span.start:
            return False
        before = ent.doc[span.start - 1]
        unknown = before.is_sent_start or not self._surname_after(before)
        if len(tail) and before.text not in self.gaz.given_names and unknown:
            # "Injecting Clinton's" opening a headline or a sentence is no name; "Anderson Cooper's" inside
            # a sentence of the body is (a capitalised word the text never writes in lower case)
            return False
        return (
            before.tag_ == "NNP"
            and before.lower_ not in self.title_words
            and before.text not in self.gaz.phrases
            and before.text[:1].isupper()
        )

    def _republic_of(self, tok: Token, place: str) -> str | None:
        """ "the republics of Donetsk and Lugansk": the place stands for the self-proclaimed entity."""
        group = self.gaz.place_groups.get(place)
        head = tok
        while head.dep_ == "conj":
            head = head.head
        if group and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ == "republic":
            return group
        return None

    def _seat(self, doc: Doc, span: Span, iso: str, add, blocked: set[int]) -> None:
        tok = span_head(span)
        shared = self.shared_seats.get(span.text)  # Brussels: the EU or NATO, whichever the doc names
        actor = shared[0] if shared else f"gov:{iso}"
        entries = [Entry("org", ref) for ref in shared or ()]
        if tok.dep_ in MODIFIER_DEPS | {"poss"} and tok.head.i > tok.i:
            body = self.body_of(tok.head)
            if body == "government":  # "Kremlin officials"
                add(Found(span.start, tok.head.i + 1, "group", actor=actor, number="pl"))
                return
            if body == "military" and not shared:  # "Kyiv's troops"
                add(Found(span.start, tok.head.i + 1, "group", actor=f"mil:{iso}", number="pl"))
                return
            if body and body.startswith("ministry:") and body != "ministry:government" and not shared:
                # "Moscow's foreign ministry", "the Kyiv defence ministry": that government's ministry
                actor = self.body_actor(body, iso)
                add(Found(span.start, tok.head.i + 1, "group", actor=actor, atype=body))
                return
            low = tok.head.lower_
            # "Kremlin outcomes", "White House anxiety": a seat that is an institution, not a city, as a
            # modifier of something it owns or does; not inside a longer name ("London Association")
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            inside = ent is not None and (ent.start < span.start or ent.end > span.end)
            city = span.text in self.gaz.capitals or tok.ent_type_ in ("GPE", "LOC")
            institution = not city and not inside and tok.head.ent_type_ != "PERSON"
            people = self.body_nouns.get(low) == "population" or low in self.mandate_nouns
            thing = people or low in self.place_nouns | self.agreement_words | self.title_words
            if tok.dep_ != "poss" and not (institution and not thing):
                blocked.update(range(span.start, span.end))  # "the Minsk agreements", "Moscow time"
                return
        if self._in_title(tok):
            blocked.update(range(span.start, span.end))
            return
        if self.is_location(tok):
            add(Found(span.start, span.end, "other", ner=tok.ent_type_ or "GPE", location=True))
            return
        add(Found(span.start, span.end, "metonym", actor=actor, entries=entries, ner=tok.ent_type_ or None))

    def _country(self, doc: Doc, span: Span, kinds: dict, add, blocked: set[int]) -> None:
        tok = span_head(span)
        if self._in_place_name(span):  # "Holland Park", "East Germany": another place than the country
            blocked.update(range(span.start, span.end))
            return
        iso = (kinds.get("country") or kinds.get("adjective"))[0]
        head = tok.head
        modifier = tok.dep_ in MODIFIER_DEPS or tok.dep_ == "poss" or "country" not in kinds
        if (
            modifier
            and head.i != tok.i
            and tok.dep_ != "poss"
            and "country" in kinds
            and self.body_of(head) is None
            and self._opens_org_name(tok, head)
        ):
            blocked.update(range(span.start, span.end))  # "the Ukraine Defense Contact Group": the group
            return
        if modifier and head.i != tok.i:
            body = self.body_of(head)
            if body == "population" or (body and self._modifies_thing(head)) or self._names_place(tok):
                # "the American public" (people, no actor); "Russian military hardware", "a former
                # Austrian defence ministry official" (an adjective phrase); "the Ukraine war" (a conflict)
                blocked.update(range(span.start, span.end))
                return
            if body and head.ent_type_ != "PERSON":
                start = min(span.start, *(c.i for c in head.lefts if c.dep_ in ("det",)), head.i)
                if body == "ministry:government" and head.lower_ in ("ministry", "department"):
                    # "the Russian ministry", "the Ukrainian department": the Russian (Ukrainian) ministry
                    # named before, else the government
                    add(Found(start, head.i + 1, "role", atype="government", country=iso, office="ministry:"))
                    return
                actor = self.body_actor(body, iso)
                if body == "government" and head.lower_ in self.legislature_nouns:
                    actor = self.gaz.legislature(iso) or actor  # "the Ukrainian parliament": the Rada
                add(
                    Found(
                        start,
                        head.i + 1,
                        "group",
                        actor=actor,
                        number="pl" if head.tag_.endswith("S") else "sg",
                        atype=body,
                    )
                )
                return
            owner = tok.dep_ == "poss" and "country" in kinds and head.lower_ in self.role_nouns
            title = head.lower_ in self.role_nouns or head.ent_type_ == "PERSON"
            if not owner and (title or "country" not in kinds):
                blocked.update(range(span.start, span.end))  # a title ("Russian Defense Minister") or
                return  # an adjective that names no actor ("Russian-made weapons", "the Russian offensive")
            # "Ukraine's foreign minister": the possessive owner is a mention (docs/annotation.md)
        if self._in_title(tok) or self._dated(tok) or self._of_ministry(tok) or self._ends_org_name(span):
            blocked.update(range(span.start, span.end))
            return
        if self.is_location(tok):
            add(Found(span.start, span.end, "other", ner=tok.ent_type_ or "GPE", location=True))
            return
        actor = f"gov:{iso}" if self.is_agent(tok) else f"state:{iso}"
        kind = "metonym" if actor.startswith("gov:") else "name"
        add(Found(span.start, span.end, kind, actor=actor, ner=tok.ent_type_ or None))

    def _in_title(self, tok: Token) -> bool:
        """A country inside an office-holder's title: "the President of Russia", "the U.S. envoy for
        Iran", "ambassador to Moscow" (the title's person is the mention, as "Russian Defense Minister")."""
        prep = tok.head
        return (
            tok.dep_ == "pobj"
            and prep.lower_ in ("of", "for", "to")
            and prep.head.lower_ in self.role_nouns
            and prep.head.tag_ in ("NN", "NNP")
        )

    def _joined_org(self, doc: Doc, ent: Span) -> Span:
        """ "the Kiel Institute for the World Economy", which NER splits into two organisations: an
        institution's name continued by "for (the)" and another organisation's name is one name."""
        if ent.label_ != "ORG" or ent[-1].lower_ not in self.institution_words:
            return ent
        i = ent.end
        if i >= len(doc) or doc[i].lower_ != "for":
            return ent
        nxt = next((e for e in doc.ents if e.start in (i + 1, i + 2) and e.label_ == "ORG"), None)
        if nxt is None or (nxt.start == i + 2 and doc[i + 1].lower_ != "the"):
            return ent
        return Span(doc, ent.start, nxt.end, label=ent.label_)

    @staticmethod
    def _opens_org_name(tok: Token, head: Token) -> bool:
        """A country's name opening an organisation's name NER found, whose head is a capitalised word of
        the name ("the Ukraine Defense Contact Group", "the Russia Today network" is not one)."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return (
            ent is not None
            and ent.label_ == "ORG"
            and ent.start <= head.i < ent.end
            and head.is_title
            and not ent.start <= head.head.i < ent.end  # the name's own head word
            and ent.end - ent.start >= 3
        )

    def _ends_org_name(self, span: Span) -> bool:
        """A country closing an organisation's name NER found ("the Orthodox Church of Ukraine", "the
        National Bank of Ukraine"): the organisation is the mention, unless the gazetteer knows the words
        before "of" as a body of their own ("the Security Council of Ukraine")."""
        doc = span.doc
        ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
        if ent is None or ent.label_ != "ORG" or ent.end != span.end or span.start < 2:
            return False
        of = doc[span.start - 1]
        if of.lower_ != "of" or of.i <= ent.start or not doc[of.i - 1].text[:1].isupper():
            return False
        words = [t for t in doc[ent.start : of.i] if t.lower_ != "the"]
        state_body = ("government", "military")
        if not words or any(
            t.text in self.gaz.phrases or self.body_nouns.get(t.lower_) in state_body for t in words
        ):
            return False  # "the Cabinet of Ministers of Ukraine" is Ukraine's body (`_body`)
        return " ".join(t.text for t in words) not in self.gaz.phrases

    @staticmethod
    def _of_ministry(tok: Token) -> bool:
        """The country of a ministry's name ("the Ministry of Energy of Russia"): the ministry is the
        mention, and its id names the country."""
        head = tok.head
        if tok.dep_ != "pobj" or head.lower_ != "of":
            return False
        owner = head.head
        if owner.dep_ == "pobj" and owner.head.lower_ == "of":  # "Ministry of [Finance] of Russia"
            owner = owner.head.head
        return owner.lower_ in ("ministry", "department")

    @staticmethod
    def _dated(tok: Token) -> bool:
        """A country named with a year, a war or crisis: "(consider Georgia 2008, Syria 2015)"."""
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.text.isdigit() and len(nxt.text) == 4 and 1800 < int(nxt.text) < 2100

    def _modifies_thing(self, body: Token) -> bool:
        """A body noun used as a modifier of something that is not itself a body or a named office-holder:
        "Russian military [hardware]", "a former Austrian defence ministry [official]"."""
        head = body.head
        if body.dep_ not in MODIFIER_DEPS or head.i <= body.i or head.pos_ not in ("NOUN", "PROPN"):
            return False
        if head.lower_ in self.body_nouns or head.lemma_.lower() in self.body_nouns:
            return False
        if head.lower_ in self.role_nouns or head.ent_type_ == "PERSON":
            # "the Russian defence ministry spokesman" stays; "a former ... ministry official" is a title
            return any(c.lower_ in ("a", "an", "former", "ex") for c in head.lefts)
        return True

    def _names_place(self, tok: Token) -> bool:
        """A country name modifying a place or conflict noun: "the Ukraine war", "the Russia border"
        (not a possessive: "Russia's war" names who wages it, except of a time: "the Soviet Union's
        collapse")."""
        head = tok.head
        while tok.dep_ in ("compound", "nmod") and head.i > tok.i and self.country_of(head) is not None:
            tok, head = head, head.head  # "the Poland-Ukraine border": the pair modifies the noun
        if head.i <= tok.i:
            return False
        if head.lower_ not in self.place_nouns:
            # "the Poland-Ukraine border meeting": a place noun beside the country names the place
            return tok.dep_ in ("compound", "nmod") and any(
                c.dep_ == "compound" and c.i > tok.i and c.lower_ in self.place_nouns for c in head.lefts
            )
        if tok.dep_ == "poss":
            return head.lower_ in self.time_nouns
        return tok.dep_ in ("compound", "nmod", "amod")

    def body_actor(self, body: str, iso: str) -> str:
        """The actor id of a country's body: its government, forces, people or one of its ministries."""
        if body == "government":
            return f"gov:{iso}"
        if body == "military" or body == "ministry:defence":
            return f"mil:{iso}"
        if body == "population":
            return f"pop:{iso}"
        office = body.split(":", 1)[1]
        return self.gaz.ministry(iso, office) or f"org:{iso.lower()}-{office}-ministry"

    def _strip(self, ent: Span) -> Span | None:
        """The name inside an entity: no article, honorific, title words or possessive ending; a country
        word goes too ("Romanian defence minister Ana Petrescu"), except at the start of an organisation's
        own name ("the Ukrainian Orthodox Church")."""
        start, end = ent.start, ent.end
        doc = ent.doc
        org = ent.label_ == "ORG"
        while start < end and (
            doc[start].lower_ in ("the", "a", "an")
            or doc[start].lower_ in self.title_words
            and not (org and end - start == 2 and doc[start + 1].is_title)  # "General Dynamics"
            or not org
            and self.country_of(doc[start]) is not None
            and end - start > 1
            and not self._given_name(doc[start], end - start)
        ):
            start += 1
        while end > start and (
            doc[end - 1].text in POSSESSIVE_TAILS or doc[end - 1].is_punct or doc[end - 1].is_space
        ):
            end -= 1  # "Marek Wolny\n\n": a name at a line's end takes no line break
        if org:
            # "Lasry's Avenue Capital Group": the owner the article names as a person is no part of it
            tails = [i for i in range(start + 1, end - 1) if doc[i].text in ("'s", "’s")]
            if tails and self._named_person(doc[start : tails[0]].text):
                start = tails[0] + 1
        if org and ent.end < len(doc) and doc[ent.end].lower_ in self.role_nouns:
            # "SEP National Secretary Chris Marsden": the title's own words are no part of the name
            while end - start > 1 and doc[end - 1].lower_ in self.title_words:
                end -= 1
        return doc[start:end] if end > start else None

    def _named_person(self, text: str) -> bool:
        """Whether `text` is a word or the whole of a PERSON entity of this doc: a name, not a brand."""
        if self._person_words is None:
            self._person_words = set()
            for ent in self._doc.ents:
                if ent.label_ == "PERSON":
                    self._person_words.add(ent.text)
                    self._person_words.update(t.text for t in ent)
        return text in self._person_words

    def _given_name(self, tok: Token, left: int) -> bool:
        """A country's name that opens a two-word person's name is a given name ("Jordan Peterson",
        "Chad Smith", "Georgia Ray"), not a country word before a name ("Romanian Ana Petrescu")."""
        kinds = self._kinds(tok.text)
        return left == 2 and "country" in kinds and "adjective" not in kinds and "seat" not in kinds

    def _honorific_gender(self, doc: Doc, i: int) -> str | None:
        if i > 0 and doc[i - 1].lower_ in self.honorifics:
            return self.honorifics[doc[i - 1].lower_]
        return None

    def _entity(self, doc: Doc, ent: Span, add) -> None:
        ent = self._joined_org(doc, ent)
        label = ent.label_
        name = self._strip(ent)
        if name is None:
            return
        if label == "ORG" and len(name) > 1 and name[-1].lower_ in self.leader_body_nouns:
            lead = name[:-1]
            if lead[0].lower_ == "the":
                lead = lead[1:]
            kinds = self._kinds(lead.text) if len(lead) else {}
            if kinds.keys() & {"person", "surname"}:
                # "the Biden Administration" tagged as one body: the leader's name (as the gazetteer knows
                # it), whose country's government the body noun after it names (coref `_leader_body`)
                kind = "name" if len(lead) > 1 else "surname"
                entries = list(self.gaz.phrases.get(lead.text, ()))
                add(Found(lead.start, lead.end, kind, ner="PERSON", entries=entries, name=lead.text,
                          atype="person"))  # fmt: skip
                return
            if len(lead) > 1 and lead[0].text in self.gaz.given_names:
                label, name = "PERSON", lead  # "the Joseph Biden Administration": a full name, read as one
        address = self._web_address(name)
        if address or self._press_title(name, label):  # "Charter97.org", "Der Standard"
            # "Charter97.org" is the outlet Charter97, unless the gazetteer lists the address ("Censor.NET")
            spelt = name.text.translate(LATIN_LOOKALIKES)  # "Censor.NЕТ" with Cyrillic letters
            bare = address and spelt not in self.gaz.phrases
            outlet = spelt.rsplit(".", 1)[0] if bare else spelt
            add(Found(name.start, name.end, "name", ner=label, name=outlet, atype="media"))
            return
        if label != "PERSON" and (self._person_shaped(name) or self._person_named_here(name)):
            label = "PERSON"  # "Ana Petrescu, the Romanian defence minister," tagged GPE
            while (
                name.start > 0
                and (before := doc[name.start - 1]).dep_ == "compound"
                and before.tag_ == "NNP"
                and before.lower_ not in self.title_words
            ):
                name = doc[name.start - 1 : name.end]
        if len(name) == 1 and name[0].pos_ in _NOT_NAME_POS and not name.text.isupper():
            return  # "Halfway into the season": one word the parser reads as no noun is no name
        if label == "PERSON":
            label, name = self._person_or_other(name)
            if name is None:
                return
        text = _GLUED_POSSESSIVE.sub("", name.text)
        if self.is_equipment(name):
            return  # weapons and platforms are equipment, not actors
        if label != "PERSON" and self._vessel_name(name):
            return  # "the frigate Admiral Makarov", "his yacht, named the Dilbar": a ship
        if text in self.person_demonyms:
            return  # "a Briton was among the wounded": a person described, no actor
        if self._platform_venue(name):
            return
        if label == "ORG" and self._portfolio(name):
            return
        of = next((t.i for t in name[1:] if t.lower_ == "of"), None)
        title = name[-1] if of is None else name.doc[of - 1]
        if label == "ORG" and len(name) > 1 and self._role_title(title):
            # "the Kremlin Spokesperson", "the Permanent Representative of the Russian Federation": an
            # office-holder, whom the role reader resolves
            return
        if label == "ORG" and self._quoted_epithet(name):
            return
        if (
            text in self.gaz.place_variants
            or self._named_place(name)
            or label != "PERSON"
            and self._facility(name)
        ):
            # "Donbass" tagged ORG is still a region; "the Kursk Nuclear Power Plant", "the ZNPP" a place
            add(Found(name.start, name.end, "other", ner=label, name=text, atype="location", location=True))
            return
        if label != "PERSON" and self._not_an_actor(name):
            return
        if text in self.acting_places and label in ("LOC", "GPE", "ORG") and self._acting(name.root):
            # "Europe is cranking up its defence", "urging Europe": the region acting politically
            actor = self.acting_places[text]
            add(Found(name.start, name.end, "metonym", ner=label, actor=actor, name=text))
            return
        if label == "ORG" and (person := self._person_in_org(name)) is not None:
            label, name = "PERSON", person  # "Hanna Koval", "Group of Forces Spokesperson Ilya Marchuk"
        if label == "PERSON":
            name = self._headline_name(name)
            text = _GLUED_POSSESSIVE.sub("", name.text)
            if len(name) == 1 and (name[0].tag_ in ("NNPS", "NNS") or not name.text[:1].isupper()):
                return  # "Slavs", "#propaganda", "152mm": a plural or a lower-case word is no person's name
            # "spokesman for operations in the south Dmytro Pletenchuk": a known given name after other
            # words of the place phrase is the person set off after it, not the place
            set_off = name[0].text in self.gaz.given_names and name.start - 1 > name.root.head.i + 1
            if (
                name.root.dep_ == "pobj"
                and name.root.head.lower_ in _PLACE_PREPOSITIONS
                and not set_off
                or (len(name) > 1 and name[0].text in self.place_prefixes)
                or self._town_of(name)
                or len(name) == 1 and self._town_word(name[0])
            ):  # "Novovasylivka" alone, a town's ending: NER's person is a place
                # "fighting in Chasiv Yar", "Holborn and St Pancras", "from Hilton Head, South Carolina":
                # a place NER took for a person
                place = Found(name.start, name.end, "other", ner=label, name=text, atype="location")
                place.location = True
                add(place)
                return
            if text in self.not_actor_names:
                return  # "SACEUR" tagged PERSON: an office, no one named
            if self._vessel_name(name):
                return  # "a Russian naval ship, Olenegorsky Gornyak,": a ship named after a person
            if len(name) == 1 and name[0].text in self.gaz.given_names and self._bracketed_given(name):
                return  # "(President Volodymyr) Zelenskyy": the editor's given name; the surname names him
            gender = self._honorific_gender(doc, ent.start) or self._honorific_gender(doc, name.start)
            if gender is None and len(name) > 1:
                gender = self.gaz.given_names.get(name[0].text)
            if self._heading_only(name, name[-1].text):
                return
            if len(name) == 1 and self._person_as_modifier(name):
                return  # "four Trojan horses", "the Maidan coup": a word NER took for a name
            kind = "name" if " " in text else "surname"  # "Holtz-Eakin" is one surname
            add(Found(name.start, name.end, kind, ner=label, name=text, atype="person", gender=gender))
        elif label == "ORG":
            if sum(c.isalnum() for c in text) < 2:
                return  # "Neither do I.": one letter is no organisation's name
            if len(name) == 1 and not text.isupper() and self._no_org_word(name[0]):
                return  # "Controversial owner ...", "But for today, Congratulations."
            if name[0].is_lower:
                return  # "the ministry of defense and defense attaches": a description NER took for a name
            if unicodedata.category(name.text[:1]).startswith("S"):
                return  # "🎙️ Voice": a page's symbol and label (an audio player), no organisation
            if self._org_as_modifier(name) or self._common_word(name) or self._common_plural(name):
                return
            if len(name) == 1 and name.text.lower() in self.body_nouns:
                return  # "My Cabinet", "the Government": a body noun in capitals, read as a body noun
            if " ".join(t.lower_ for t in name if t.lower_ != "the") in self.state_bodies:
                return  # "the Armed Forces", "the General Staff": read as a body noun, whose it is
            if self._org_in_title(ent) or self._alone_on_line(name) or self._heading_only(name, text):
                return
            if (
                self._place_of_action(name)
                or len(name) > 1 and name[0].text in self.place_prefixes
                or self._town_shaped(name)
            ):  # "officials met in Normandy", "the River Dnipro", "to bombard Kostiantynivka"
                place = Found(name.start, name.end, "other", ner=label, name=text, atype="location")
                place.location = True
                add(place)
                return
            if name.root.lower_ in ("ministry", "department"):
                office, iso = self.ministry_office(name.root), self.ministry_country(name.root)
                if office and iso:  # "the Ministry of Finance of Russia": the gazetteer's form of id
                    actor = self.body_actor(f"ministry:{office}", iso)
                    add(Found(name.start, name.end, "name", ner=label, actor=actor, atype="organisation"))
                    return
                if office:  # "the Ministry of Finance": the country's ministry named before, if any
                    add(
                        Found(
                            name.start, name.end, "role", ner=label, name=text, atype="organisation",
                            office=f"ministry:{office}",
                        )
                    )  # fmt: skip
                    return
            media = any(w.lower_ in self.media_words for w in name)
            site = _SITE.fullmatch(text)
            if site:  # "Charter97.org": a news site, named without its domain ending
                media, text = True, site.group(1)
            add(
                Found(
                    name.start,
                    name.end,
                    "name",
                    ner=label,
                    name=text,
                    atype="media" if media else "organisation",
                )
            )
        elif label == "NORP":
            # a people or faith the gazetteer does not know ("Orthodox Christians") is a population, no
            # actor; party members ("Republicans") act as their party
            if name.root.tag_ in ("NNPS", "NNS") and name.root.lower_ in self.party_words:
                add(
                    Found(
                        name.start, name.end, "group", ner=label, name=text, atype="population", number="pl"
                    )
                )
        else:
            add(Found(name.start, name.end, "other", ner=label, name=text, atype="location", location=True))

    @staticmethod
    def _no_org_word(tok: Token) -> bool:
        """One capitalised word NER calls an organisation that the parse reads as an adjective, or that
        is the whole of a sentence without a verb (a greeting, a heading's last word): no body acts in
        either."""
        if tok.pos_ == "ADJ" and tok.dep_ == "amod":
            return True
        sent = tok.sent
        return tok.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in sent)

    def _acting(self, tok: Token) -> bool:
        """A region that acts or is acted on politically (docs/annotation.md: "urging Europe" is
        `org:europe`): a subject, an object, or after a preposition of a party ("cooperation with
        Europe", "pressure on Europe"); not "in Europe", "a threat to Europe", "the fate of Europe"."""
        if self._subject(tok) or tok.dep_ in ("dobj", "nsubjpass"):
            return True
        if tok.dep_ != "pobj" or self.is_location(tok):
            return False
        return tok.head.lower_ in self.partner_prepositions

    def _facility(self, name: Span) -> bool:
        """A plant, airport, bridge or other facility ("Kursk Nuclear Power Plant"), or the initials of
        one the doc named before ("ZNPP"); remembers the initials of each facility it sees."""
        words = [t.lower_ for t in name]
        if name.text in self._facilities or re.fullmatch(r"[A-Z]{0,4}(?:NPP|HPP|TPP)", name.text):
            return True  # "ZNPP", "KhNPP": a power plant's initials
        doc, end = name.doc, name.end
        if end + 1 < len(doc) and doc[end].lower_ == "and":  # "the Coke and Chemical Plant"
            tail = []
            for t in doc[end + 1 : end + 6]:
                if not t.is_title:
                    break
                tail.append(t.lower_)
            if tail and any(w in self.facility_words for w in (tail[-1], " ".join(tail[-2:]))):
                return True
        if not any(w in self.facility_words for w in (words[-1], " ".join(words[-2:]))) or len(words) < 2:
            return False
        initials = "".join(t.text[0] for t in name if t.text[:1].isupper())
        if len(initials) >= 2:
            self._facilities.add(initials)
        return True

    def _named_place(self, name: Span) -> bool:
        """A name a place noun introduces ("the village of Staromlynivka", "the towns of Orlova and
        Pisky") or that ends in a place word ("Ho Chi Minh City", "Kherson Oblast"): a place, which NER
        sometimes calls a person or an organisation, and a place is no actor."""
        if len(name) > 1 and name[-1].text in self.place_name_ends:
            return True
        root = name.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        of = root.head
        if root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in self.settlement_nouns:
            return True
        if self._kinds(name.text).keys() & {"person", "surname", "org"}:
            return False
        if any(t.text in self.gaz.given_names for t in name):
            return False  # "the governor of the region Olha Marchuk": the holder NER ran into the place
        if root.dep_ == "pobj" and of.lower_ in ("of", "in", "at") and self._facility_noun(of.head):
            return True  # "the airfield of Skrydstrup", "strikes on airfields in Borispol and Ozernoye"
        if any(
            c.dep_ == "appos"
            and (
                c.lower_ in self.settlement_nouns
                # "a village west of the city": the parser makes the direction the apposition's head
                or c.lower_ in self.compass_words and any(t.lower_ in self.settlement_nouns for t in c.lefts)
            )
            for c in name.root.children
        ):
            return True  # "control of Pobeda, a small village west of the city": what the apposition says
        if (
            root.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lower_ in self.place_office_nouns
            and not any(t.lower_ in self.body_name_words for t in name)
        ):  # "the Ukrainian governor of Zaporizhzhya": the governed place; "governor of the Central Bank"
            return True
        doc, end = name.doc, name.end
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in self.compass_words:
            return doc[end + 2].lower_ == "of"  # "Krasnyi Yar, east of Pokrovsk": placed by its bearing
        # "a car near Graivoron and Ilek-Penkovka", "the road along Nove Pole": a purely spatial
        # preposition, whatever noun it hangs on, takes a place
        if root.dep_ == "pobj" and of.lower_ in self.spatial_prepositions:
            return True
        # "the settlements Velyka Dolyna and Zarichne", "three ports - Odesa, Chornomorsk and Yuzhne":
        # the name (or its first conjunct) right after a settlement noun, a dash or colon between at most
        i = root.left_edge.i - 1
        while i >= 0 and root.doc[i].text in ("-", "–", "—", ":"):
            i -= 1
        return i >= 0 and root.doc[i].lower_ in self.settlement_nouns and name[0].is_title

    @staticmethod
    def _inside_place_name(span: Span) -> bool:
        """A phrase inside a longer place or facility name NER found, whose head word lies outside it
        ("the Sea of Azov", "the Azov Sea" are no Azov regiment): part of the place's name."""
        ent = next((e for e in span.doc.ents if e.start <= span.start and span.end <= e.end), None)
        if ent is None or ent.label_ not in ("LOC", "FAC") or (ent.start, ent.end) == (span.start, span.end):
            return False
        # "Hitler's Berlin": an owner is no part of the place's name
        return not span.start <= ent.root.i < span.end and span_head(span).dep_ != "poss"

    def _facility_noun(self, tok: Token) -> bool:
        """A common noun for a facility (lexicon facility_words, by its lemma: "airfields", "ports"),
        whose "of" or "in" phrase names where it is."""
        words = self.facility_words
        return tok.pos_ == "NOUN" and (tok.lower_ in words or tok.lemma_.lower() in words)

    def _not_an_actor(self, name: Span) -> bool:
        """An agreement, standard or event named like an organisation ("the JCPOA", "the Minsk Agreement",
        "the Moscow World Standard (MWS)", "the Army-2022 Forum"), or a heading NER took for one ("Air
        Power" alone on its line, in words the text also writes in lower case)."""
        if name.text in self.not_actor_names or name.text in self._things or self._swapped(name.text):
            return True
        if len(name) > 1 and name[-1].lower_ in self.thing_words or self._idea(name):
            return True
        if name[-1].lower_ in self.agreement_words | self.event_words:
            initials = "".join(t.text[0] for t in name if t.text[:1].isupper())
            if len(initials) >= 2:
                self._things.add(initials)
            return True
        sent = name.root.sent
        words = [t for t in sent if not t.is_punct and not t.is_space]
        heading = len(name) > 1 and words and words[0].i == name.start and words[-1].i == name.end - 1
        return bool(heading and all(t.lower_ in self._lower_words for t in name))

    def _idea(self, name: Span) -> bool:
        """One word naming an idea, faith or programme by its ending ("Nazism", "Obamacare")."""
        low = name.text.lower()
        return len(name) == 1 and any(low.endswith(x) and len(low) > len(x) + 2 for x in self.thing_suffixes)

    def _swapped(self, text: str) -> bool:
        """An agreement's acronym with two letters swapped ("JCOPA" for "JCPOA"), a common typo."""
        if len(text) < 4 or not text.isalpha() or not text.isupper():
            return False
        for known in self.not_actor_names:
            if len(known) == len(text) and sorted(known) == sorted(text):
                diff = [i for i, (a, b) in enumerate(zip(known, text, strict=True)) if a != b]
                if len(diff) == 2 and diff[1] == diff[0] + 1:
                    return True
        return False

    def _org_as_modifier(self, name: Span) -> bool:
        """An unknown organisation's name modifying a common noun that it does not own or act through:
        "Chatham House rules", "the Disney version", "the Indo-Pacific theatres" (but "the Microsoft
        report", "Wagner fighters")."""
        root = name.root
        head = root.head
        if root.dep_ not in MODIFIER_DEPS or head.i < name.end or head.pos_ != "NOUN":
            return False
        low = head.lower_
        return not (
            low in self.owner_nouns
            or low in self.body_nouns
            or low in self.role_nouns
            or head.lemma_.lower() in self.owner_nouns | set(self.body_nouns) | set(self.role_nouns)
        )

    def _person_as_modifier(self, name: Span) -> bool:
        """One unknown capitalised word NER calls a person, modifying a common noun after it that is no
        role, body or thing someone owns ("Trojan horses"; not "the Kowalski report", "Wolny's aides")."""
        root, head = name.root, name.root.head
        if root.dep_ not in ("compound", "amod") or head.i != root.i + 1 or head.pos_ != "NOUN":
            return False
        kept = self.owner_nouns | set(self.body_nouns) | set(self.role_nouns) | self.relation_nouns
        return not {head.lower_, head.lemma_.lower()} & kept

    def _common_word(self, name: Span) -> bool:
        """One capitalised word that the text also writes in lower case ("Fierce fighting ...", "Urea
        is ...", "JUST TOO EARLY"): a common word at the start of a sentence or heading, not a name."""
        if len(name) != 1:
            return False
        if name.text.isupper() and not self._in_capitals(name[0]):
            return False  # "NATO": an acronym; but "JUST TOO EARLY" is a heading in capitals
        return name.text.lower() in self._lower_words

    @staticmethod
    def _in_capitals(tok: Token) -> bool:
        """A word in a stretch of capitals: the words on both sides are capitalised words too."""
        doc = tok.doc
        sides = [doc[tok.i - 1] if tok.i > 0 else None, doc[tok.i + 1] if tok.i + 1 < len(doc) else None]
        return all(t is not None and t.is_alpha and len(t) > 1 and t.text.isupper() for t in sides)

    def _common_plural(self, name: Span) -> bool:
        """A plural phrase in capitals that the text also writes in lower case ("it will include Central
        Banks" beside "central banks"): common nouns, not one organisation's name."""
        if len(name) < 2 or name[-1].tag_ not in ("NNS", "NNPS"):
            return False
        return name.text.lower() in name.doc.text

    def _org_in_title(self, ent: Span) -> bool:
        """An organisation NER found in an office-holder's title: "National Security Adviser Jake
        Sullivan" (every word a title word, and a role noun right after)."""
        doc = ent.doc
        after = ent.end + (ent.end < len(doc) and doc[ent.end].lower_ in self.honorifics)  # "... Dr. Jan Roe"
        if (
            after < len(doc)
            and (doc[after].ent_iob_, doc[after].ent_type_) == ("B", "PERSON")
            and (
                ent.text.lower() in self.title_phrases  # "National Security Advisor Dr. Jan Roe"
                or ent[-1].lower_ in self.role_nouns
                and all(
                    t.lower_ in self.title_words or self.country_of(t) for t in ent[:-1] if not t.is_punct
                )
            )
        ):
            return True  # "Russian Presidential Spokesman Dmitry Peskov": it ends in the role noun
        if ent.end >= len(doc) or doc[ent.end].lower_ not in self.role_nouns:
            return False
        if f"{ent.text} {doc[ent.end].text}".lower() in self.title_phrases:
            return True
        return all(t.lower_ in self.title_words for t in ent if not t.is_punct)

    def _heading_only(self, name: Span, key: str) -> bool:
        """A name NER found in a title-case heading ("Harbour Fires As", "Winter Looms") whose `key` (a
        person's last word, an organisation's whole name) the text never writes outside headings:
        capitals that make words look like names, not an actor the story is about."""
        start = name.start_char
        if not any(s <= start < e for s, e in self._headings):
            return False
        return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", self._outside_headings) is None

    @staticmethod
    def _alone_on_line(name: Span) -> bool:
        """A short name that is a whole line of its own ("Air Power" between paragraphs): a section
        heading, not an actor the article talks about."""
        doc = name.doc
        if len(name) > 4:
            return False
        before = doc[name.start - 1] if name.start > 0 else None
        after = doc[name.end] if name.end < len(doc) else None
        starts = before is None or before.is_space and "\n" in before.text
        ends = after is None or after.is_space and "\n" in after.text
        return before is not None and starts and ends

    def _place_of_action(self, name: Span) -> bool:
        """An unknown organisation's name after a place preposition that a verb governs ("met in
        Normandy"): a place. After a noun it stays ("a fellow at the Atlantic Council")."""
        root = name.root
        if not self.is_location(root):
            return False
        prep = root.head
        while prep.dep_ == "conj":
            prep = prep.head
        return prep.head.pos_ in ("VERB", "AUX")

    def _person_shaped(self, name: Span) -> bool:
        """A name with a person's apposition, given name or title before it, whatever NER called it
        ("EU climate chief Frans Timmermans" tagged NORP, "MP Sevim Dagdelen" tagged ORG)."""
        root = name.root
        if any(c.dep_ == "appos" and c.lower_ in self.role_nouns for c in root.rights):
            return True
        before = root.doc[name.start - 1] if name.start > 0 else None
        if (
            before is not None
            and before.pos_ in ("NOUN", "PROPN")
            and name.label_ != "ORG"
            and (before.lower_ in self.role_nouns or before.lower_ in self.honorifics)
            and 2 <= len(name) <= 3
            and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in name)
        ):
            return True
        if before is not None and self._titled_org_name(name, before):
            return True
        first = root.doc[name.start - 1] if name.start > 0 and len(name) == 1 else name[0]
        return len(name) + (first.i < name.start) > 1 and first.text in self.gaz.given_names

    def _role_title(self, tok: Token) -> bool:
        """A capitalised singular role or staff noun closing a name ("Spokesperson", "Ambassador",
        "Representative"): a person's title, not the last word of a body's name."""
        return tok.is_title and tok.lower_ in self.title_nouns and tok.tag_ in ("NN", "NNP")

    def _titled_org_name(self, name: Span, before: Token) -> bool:
        """ "Kazakhstan's President [Kassym-Jomart Tokayev]" tagged ORG: a capitalised title word right
        before two to four capitalised words (hyphenated or not) that hold no word of a body's name and
        that the gazetteer does not know as an organisation's."""
        if not before.is_title or before.lower_ not in self.role_nouns:
            return False
        words = [t for t in name if t.text not in ("-", "‐")]
        if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.is_title for t in words):
            return False
        if any(t.lower_ in self.body_name_words or t.lower_ in self.media_words for t in words):
            return False
        return not self._kinds(name.text).get("org")

    @staticmethod
    def _town_of(name: Span) -> bool:
        """A name written as a place is, "Town, Region": a comma, then a place NER recognises that
        ends there ("Hilton Head, South Carolina, who ..."), not an owner or a title ("Olena Marchuk,
        Ukraine's envoy")."""
        doc, i = name.doc, name.end
        if i + 1 >= len(doc) or doc[i].text != ",":
            return False
        region = next((e for e in doc.ents if e.start == i + 1), None)
        if region is None or region.label_ not in ("GPE", "LOC"):
            return False
        after = doc[region.end] if region.end < len(doc) else None
        return after is None or after.is_punct and after.text not in ("'s", "’s") or after.is_space

    def _headline_name(self, name: Span) -> Span:
        """A person's name in a title-case heading, without the headline's words NER ran into it
        ("Glenn Beck Blasts Drudge" -> "Glenn Beck", "Ignore Clinton" -> "Clinton"): the longest run
        of its words that the text outside headings names a person by (a full name, or the surname of
        one), when a word left out is no proper noun, is written in lower case in the text, or stands
        where the body's full name has another given name (not a given name the body leaves out).
        A name the body never uses is left as it is (`_heading_only` reads it)."""
        start = name.start_char
        if len(name) < 2 or not any(s <= start < e for s, e in self._headings):
            return name
        names: set[tuple[str, ...]] = set()
        given: dict[str, set[str]] = {}  # surname -> the words before it in the body's full names
        for ent in name.doc.ents:
            if ent.label_ != "PERSON" or any(s <= ent.start_char < e for s, e in self._headings):
                continue
            person = self._strip(ent)
            if person is not None:
                names.add(tuple(t.text for t in person))
                names.add((person[-1].text,))
                if len(person) > 1:
                    given.setdefault(person[-1].text, set()).add(person[-2].text)
        words = [t.text for t in name]
        if tuple(words) in names:
            return name
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                if tuple(words[i : i + size]) not in names:
                    continue
                rest = [t for t in name if not i <= t.i - name.start < i + size]
                other = i > 0 and words[i - 1] not in given.get(words[i + size - 1], {words[i - 1]})
                if other or any(t.lower_ in self._lower_words or t.pos_ not in ("PROPN",) for t in rest):
                    # "Blasts" (no name), "Ignore Clinton" beside "Hillary Clinton": a headline's words
                    return name[i : i + size]
                return name  # "Jomana Karadsheh" beside "Karadsheh": her given name
        return name

    def _person_or_other(self, name: Span) -> tuple[str, Span | None]:
        """What a name NER calls a person is when its words say otherwise: a phrase with a lower-case
        word that is no surname particle ("tacit admissions"), a lone "Jr." or a name ending in a
        word of an agreement or event ("National Convention"), none; a name with an outlet's, a
        platform's or an institution's word ("Breitbart", "Twitter", "the Reagan Coalition"), an
        organisation. Of "Dave Leip's Atlas" or "Hank Greenberg's C. V. Starr & Company" the person
        is the owner before the possessive (the thing after it is none), when that is a full name."""
        words = [t for t in name if not t.is_punct]
        if not words:
            return "PERSON", None
        tails = [t.i for t in name if t.text in POSSESSIVE_TAILS and t.i < name.end - 1]
        if tails:
            doc = name.doc
            owner, owned = doc[name.start : tails[0]], doc[tails[0] + 1 : name.end]
            if owner and ({t.lower_ for t in owner} & self.media_words or owner.text in self.gaz.phrases):
                # "Breitbart's Joel Pollak": an outlet's or a body's person
                return self._person_or_other(owned) if len(owned) >= 2 else ("PERSON", None)
            if len(owner) >= 2 and all(t.is_title for t in owner):
                return "PERSON", owner
            return "PERSON", None
        if len(words) == 1 and words[0].text in self.generational_suffixes or self._idea(name):
            return "PERSON", None
        if len(words) > 1 and all(self._names_a_state(t.text) for t in words):
            return "PERSON", None  # "notified Türkiye Ukraine and the UN": countries run together, no one
        doc = name.doc
        if len(words) > 1 and any(
            t.is_lower
            and t.is_alpha
            and t.lower_ not in self.surname_particles
            and not (t.i > 0 and doc[t.i - 1].text in "-‐" and not doc[t.i - 1].whitespace_)
            for t in words
        ):
            return "PERSON", None  # but "Park Geun-hye": the lower-case half of a hyphenated name
        last = words[-1].lower_
        if len(words) > 1 and last in self.agreement_words | self.event_words:
            return "PERSON", None
        lows = {t.lower_ for t in words}
        if lows & self.media_words or name.text in self.platform_names:
            return "ORG", name
        if len(words) > 1 and last in self.place_unit_words:
            return "PERSON", None  # "the Chechen Republic": a place, no person
        if len(words) > 1 and last in self.institution_words:
            return "ORG", name
        if len(words) > 1 and words[-1].text.isupper() and last in self.facility_words:
            return "ORG", name  # "the Zaporozhye NPP": a plant's initials, read as the facility it is
        return "PERSON", name

    def _person_named_here(self, name: Span) -> bool:
        """A name NER calls an organisation or a place here that the article names as a person: NER
        calls the same words a person elsewhere ("Bradley Cooper" both ways), it is the first or last
        word of a person's full name ("O'Malley" after "Martin O'Malley", "Chelsea" after "Chelsea
        Clinton"), its last word is a person's surname there ("Novak Djokovic" beside "Djokovic"), or it
        ends in a generational suffix ("Cassius Clay Sr"). NER's labels waver between mentions of one
        person; the words of a body, an outlet, a place or a thing keep it an organisation ("the Clinton
        Foundation", "Trump Tower"), and so does a name the gazetteer knows."""
        words = [t for t in name if not t.is_punct]
        if not words or len(words) > 4 or name.text in self.gaz.phrases:
            return False
        if not all(t.text[:1].isupper() for t in words):
            return False
        lows = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
        if lows & (self.institution_words | self.body_nouns.keys() | self.media_words | self.facility_words
                   | self.agreement_words | self.event_words | self.place_nouns):  # fmt: skip
            return False
        if len(words) >= 3 and words[-1].text in self.generational_suffixes:
            return True
        for ent in name.doc.ents:
            if ent.label_ != "PERSON" or ent.start <= name.start < ent.end:
                continue
            person = self._strip(ent)
            if person is None:
                continue
            if len(person) < 2 and len(words) < 2:
                continue  # one word both ways: NER's "person" is as doubtful as its "organisation"
            if words[-1].lower_ in self._lower_words:
                continue  # "Vigo County" beside "Bellwether County": a common noun, not a surname
            if person.text == name.text:
                return True
            if len(words) == 1 and name.text in (person[0].text, person[-1].text):
                return True
            if len(words) >= 2 and person[-1].text == words[-1].text and words[-1].is_title:
                return True
        return False

    def _pronoun(self, tok: Token, add) -> None:
        info = self.pronouns[tok.lower_]
        if tok.dep_ == "expl":
            return
        f = Found(tok.i, tok.i + 1, "pronoun", gender=info.get("gender"), number=info.get("number") or "sg")
        if info.get("relative"):
            if tok.lower_ == "that" or tok.head.dep_ != "relcl":
                return
            f.antecedent = tok.head.head.i
        f.speaker_pronoun = bool(info.get("speaker"))
        add(f)

    def _determined(self, tok: Token) -> bool:
        """A definite noun phrase ("the minister", "his counterpart"), not "a candidate"."""
        lefts = list(tok.lefts)
        if any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another", "some", "no", "every", "each")
            for c in lefts
        ):
            return False
        return any(c.dep_ in ("det", "poss", "amod", "compound") for c in lefts)

    def describe(self, f: Found, span: Span, head: Token) -> None:
        """Country, organisation, party and office a role phrase names."""
        for t in span:
            if t.i != head.i or t.lower_ in self.party_words:
                f.party = f.party or self.party_words.get(t.lower_)
            if t.i == head.i:
                continue
            f.country = f.country or self.country_of(t)
            f.former = f.former or t.lower_ in ("former", "ex", "then", "onetime", "erstwhile")
            org = self._kinds(t.text).get("org")
            if org:
                f.where = org[0]
        f.office = self.gaz.office_of(span.text)

    def _role(self, doc: Doc, tok: Token, add) -> None:
        if tok.dep_ == "compound" or tok.tag_ in ("NNS", "NNPS") or not self._determined(tok):
            return
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.rights):
            return  # "the defence secretary, Ben Wallace": the name is the mention
        if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            return  # "Ben Wallace, the UK's defence secretary": an apposition, read by _titles
        start = tok.left_edge.i
        first = start  # "Ukraine's foreign minister": the owner is a mention; the role starts after it
        owners = [t for t in doc[start : tok.i] if t.dep_ == "poss" and t.head.i == tok.i]
        owners = [t for t in owners if self.country_of(t)]
        if owners:
            first = owners[-1].i + 1
            while first < tok.i and doc[first].text in POSSESSIVE_TAILS:
                first += 1
        f = Found(
            first,
            tok.i + 1,
            "role",
            gender=self.role_nouns[tok.lower_],
            counterpart=tok.lower_ == "counterpart",
            atype="person",
        )
        end = tok.i + 1  # read "secretary of state and current Democratic nominee" whole for the office
        for c in tok.rights:
            if c.dep_ in ("conj", "cc") or c.dep_ == "prep" and c.lower_ == "of":
                end = max(end, c.right_edge.i + 1)
        self.describe(f, doc[start:end], tok)
        add(f)

    def _body(self, doc: Doc, tok: Token, add) -> None:
        """ "the government", "the ministry", "the campaign": a body named earlier."""
        key = self.body_noun(tok, lemma=False) or tok.lower_
        atype = self.body_nouns.get(key)
        if atype in (None, "population") or tok.dep_ == "compound":
            return
        dets = [c for c in tok.lefts if c.dep_ == "det"]
        if not dets or dets[0].lower_ != "the":
            return
        # "the tech giant", "the nuclear watchdog": lower-case describing words keep it a body named
        # earlier; a country or a name ("the Russian ministry", "the Wagner group") is read elsewhere.
        # The first word of a two-word body noun ("General" of "the General Staff") is the noun's own.
        own = tok.i - 1 if " " in key else None
        office = self.known_ministry(tok)  # "the Foreign Ministry": its office words, in capitals or not
        if any(
            c.i not in (dets[0].i, own) and not self._describing(c) and not (office and self._office_word(c))
            for c in tok.lefts
        ):
            return
        number = "pl" if tok.tag_.endswith("S") else "sg"
        iso = self._of_country(tok) if atype in ("government", "military") else None
        if iso:  # "the Cabinet of Ministers of Ukraine": that country's body, not the nearest one named
            actor = self.body_actor(atype, iso)
            add(Found(dets[0].i, tok.i + 1, "group", actor=actor, atype=atype, number=number))
            return
        add(Found(dets[0].i, tok.i + 1, "role", atype=atype, number=number, office=office))

    def _office_word(self, tok: Token) -> bool:
        """A word of a ministry's office before its noun ("Foreign", "Internal Affairs") that names no
        country or body of its own."""
        words = " ".join(t.lower_ for t in tok.subtree)
        return words in self.ministry_offices and self.country_of(tok) is None

    def known_ministry(self, tok: Token) -> str | None:
        """ "ministry:foreign" for "the foreign ministry", "the defence department": a ministry noun whose
        words name one of the lexicon's ministry offices (not a slug of any words: "the state
        department" is no ministry we can name)."""
        if tok.lower_ not in ("ministry", "department"):
            return None
        office = self.ministry_office(tok)
        return f"ministry:{office}" if office in self.ministry_offices.values() else None

    def _of_country(self, tok: Token) -> str | None:
        """The country an "of" phrase after a body noun names ("the Cabinet of Ministers of Ukraine")."""
        for t in tok.subtree:
            if t.i > tok.i and t.dep_ == "pobj" and t.head.lower_ == "of":
                iso = self.country_of(t)
                if iso:
                    return iso
        return None

    def _describing(self, tok: Token) -> bool:
        """A lower-case common word describing a body noun ("tech", "state-owned", "nuclear"), with
        nothing of its own that names anyone."""
        return (
            tok.dep_ in ("amod", "compound")
            and tok.pos_ in ("ADJ", "NOUN")
            and all(t.is_lower or t.is_punct for t in tok.subtree)
            and tok.lower_ not in self.role_nouns
            and self.country_of(tok) is None
        )

    def _titles(self, doc: Doc, found: list[Found]) -> None:
        """Titles before a name and appositions after it: the person's office and country."""
        for f in found:
            if (
                f.kind not in ("name", "surname")
                or (f.actor and not f.actor.startswith("person:"))
                or (f.atype not in (None, "person"))
            ):
                continue
            if f.actor is None and f.atype != "person":
                continue
            root = doc[f.root]
            words: list[Token] = [
                w for t in root.lefts if t.i < f.start for w in t.subtree if w.dep_ != "det" and w.i < f.start
            ]
            for child in root.rights:
                if child.dep_ == "appos" and child.lower_ in self.role_nouns:
                    words = [t for t in child.subtree if t.dep_ not in ("det", "punct", "case")]
            if root.dep_ == "appos" and root.head.lower_ in self.role_nouns and root.head.i < f.start:
                words = [t for t in root.head.subtree if t.i < f.start and t.dep_ not in ("det", "punct")]
            if not words:
                continue
            title_toks = []
            for t in words:
                f.party = f.party or self.party_words.get(t.lower_)
                iso = self.country_of(t)
                if iso and f.country is None:
                    f.country = iso
                elif t.lower_ in self.honorifics and self.honorifics[t.lower_] is not None:
                    f.gender = f.gender or self.honorifics[t.lower_]
                elif t.dep_ not in ("poss", "case") and not t.is_punct:
                    title_toks.append(t.text)
            title = " ".join(title_toks)
            if title:
                f.title = title
                f.office = self.gaz.office_of(title)
                f.counterpart = "counterpart" in title.lower()
