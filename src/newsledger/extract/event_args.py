"""Arguments of an event trigger read off the dependency parse: who, to whom, where, when, how sure.

Kept apart from the component so each rule is small and testable: subjects climb through "trying to",
"has been ... sending" and conjoined verbs; recipients come from "to/into/for X", the indirect object, or
"pump X with weapons"; passive agents ("approved by London") are sources.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..lexicon.events import Lexicon, demonym_countries, load_lexicon
from ..model import Participant, Span
from .dates import dated_subject

SUBJ = ("nsubj", "csubj")
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
ACTOR_ENTS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")
TARGET_PREPS = {
    "transfer": ("to", "into", "for"),
    "default": ("with", "on", "against", "to", "upon", "at", "for", "toward", "towards"),
}
PLACE_ENTS = ("GPE", "LOC", "FAC")


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject (and whether it is a passive one), climbing through xcomp/advcl/conj/relcl chains.

    Object control: in "urged the West not to pump", the subject of "pump" is "the West"; likewise the
    one made or asked to act in the passive ("defenders are forced to concede": the defenders concede),
    the object of a verb with "for/of/against" + gerund ("criticised the US for supporting Ukraine",
    "accused Kyiv of shelling the plant", "warned NATO against sending troops"), the one addressed
    ("called on allies to send jets"), and the owner of a noun whose to-infinitive the verb is
    ("Russia's plans to invade", "the bloc's decision to cut off gas")."""
    dated = dated_subject(verb)
    if dated is not None:
        return dated, False
    tok = verb
    gerund = False  # climbed from a preposition's gerund: only an active subject is its doer
    controlled = False  # climbed from an infinitive complement of an active verb form
    own_passive = any(c.dep_ == "auxpass" for c in verb.children)
    for _ in range(5):
        for child in tok.children:
            if child.dep_ in SUBJ and tok is verb and bare_participle(verb):
                return child, True  # "wants Ukraine destroyed": Ukraine is what is destroyed
            if child.dep_ in SUBJ:
                if child.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    return described(tok.head), False
                if child.tag_ == "IN":
                    # "warned that supplying jets risks a clash", parsed with "that" as the subject: a
                    # subordinator names no doer
                    return None, False
                return child, False
            if child.dep_ == "nsubjpass":
                if gerund:
                    return None, False
                return child, not (controlled and not own_passive)
        if tok.dep_ == "relcl" and tok.head.pos_ in NOMINAL:
            return tok.head, False
        if tok.dep_ == "xcomp" and tok.head.i != tok.i:
            lex = load_lexicon()
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if tok.head.lemma_.lower() in lex.instrument_verbs:
                obj = None  # "use weapons to strike": the user strikes
            prep = lex.addressee_preps.get(tok.head.lemma_.lower())
            if obj is None and prep:  # "called on allies to send", "appealed to Berlin to deliver"
                obj = next((o for o in prep_objects(tok.head, (prep,)) if o.i < tok.i), None)
            if obj is not None:
                return obj, False
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _to_infinitive(tok):
            owner = next(
                (c for c in tok.head.children
                 if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))),
                None,
            )  # fmt: skip
            if owner is None:  # "the choice of Finland and Sweden to join NATO"
                owner = next((o for o in prep_objects(tok.head, ("of",)) if o.pos_ == "PROPN"), None)
            if owner is not None:
                return owner, False
        if tok.dep_ == "acl" and tok.head.dep_ == "attr" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "X has become the biggest purchaser, buying guns": X buys
            continue
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "of":
            # "Washington's strategy of arming X": Washington arms X
            owner = _owner(tok.head.head) if tok.head.head.pos_ == "NOUN" else None
            if owner is not None:
                return owner, False
        controller = tok.head.lower_ in ("for", "of", "against") and tok.head.head.pos_ == "VERB"
        if tok.dep_ == "pcomp" and controller:
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, False
            # "took revenge on Austria for backing Croatia": the one the act is aimed at did it
            aimed = prep_objects(tok.head.head, ("on", "against"))
            if tok.head.lower_ == "for" and aimed:
                return aimed[0], False
        if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.pos_ in NOMINAL:
            # "a measure against France and other powers for supporting Moldova": the first named of
            # those the measure is against did it
            named = tok.head.head
            while named.dep_ == "conj":
                named = named.head
            if named.dep_ == "pobj" and named.head.lower_ in ("against", "on"):
                return named, False
        listed = _listed_with_gerund(tok)
        if listed is not None:
            return listed, False
        pressed = _pressed(tok)
        if pressed is not None:
            return pressed, False
        fronted = _after_fronted_clause(tok)
        if fronted is not None:
            return fronted, False
        if tok.dep_ in ("xcomp", "advcl", "conj") and tok.head.i != tok.i:
            controlled = tok.dep_ == "xcomp"
            tok = tok.head
            if (
                controlled
                and tok.pos_ == "ADJ"
                and tok.dep_ == "acomp"
                and tok.lemma_.lower() in load_lexicon().modality
            ):  # "Kyiv is ready to hold talks": the one who is ready acts
                tok = tok.head
            continue
        joined = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "in" else None
        if (
            joined is not None
            and joined.lemma_.lower() in load_lexicon().joining_verbs
            and any(c.dep_ == "neg" for c in joined.children)
        ):  # "Turkey has not joined its allies in imposing sanctions": the allies impose them
            obj = next((c for c in joined.children if c.dep_ == "dobj"), None)
            return obj, False
        if tok.dep_ == "pcomp" and _means_of(tok.head):
            tok = tok.head.head  # "has done so by training X": the gerund's doer is the verb's subject
            gerund = True
            continue
        break
    return None, False


def _after_fronted_clause(tok: Token) -> Token | None:
    """ "Days before the paper met him, the court of the city arrested him": the parser made the fronted
    clause ("before ... met") the sentence and hung the main verb on it, its subject on the clause's last
    noun as an apposition. The noun phrase that ends right before the verb, after a comma, is its subject,
    not the fronted clause's."""
    head = tok.head
    if tok.dep_ != "advcl" or head.dep_ != "ROOT" or head.i > tok.i or tok.i < 2:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in load_lexicon().fronting_marks for c in head.children):
        return None
    if any(c.dep_ in SUBJ or c.dep_ == "nsubjpass" for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    phrase = next(
        (a for a in (prev, *prev.ancestors) if a.right_edge.i == tok.i - 1 and a.dep_ == "appos"), None
    )
    if phrase is None or tok.doc[phrase.left_edge.i - 1].text != ",":
        return None
    return phrase


def _pressed(tok: Token) -> Token | None:
    """The one pressed to act in "pressure on Russia to withdraw", "calls on Kyiv to negotiate" (the
    parser hangs the infinitive on the noun or on its verb): the object of "on", not the one pressing."""
    if tok.dep_ not in ("acl", "advcl") or not _to_infinitive(tok):
        return None
    nouns = load_lexicon().pressure_nouns
    if tok.dep_ == "acl":
        heads = [tok.head]
    else:
        heads = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i]
    for noun in heads:
        if noun.lemma_.lower() in nouns:
            on = prep_objects(noun, ("on", "upon"))
            if on:
                return on[0]
    return None


def _listed_with_gerund(tok: Token) -> Token | None:
    """A gerund the parser hung on a verb as an adverbial clause that continues the verb's own "of/for" +
    gerund ("accused Russia of stealing grain, bombing farms and blockading ports"): one more item of that
    list, done by the verb's object, not its subject."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or head.pos_ != "VERB" or head.i > tok.i:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    listed = any(
        p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < tok.i
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
        for p in head.children
    )  # fmt: skip
    return obj if obj is not None and listed else None


def _owner(noun: Token) -> Token | None:
    """The possessive owner of a noun ("Washington's strategy"), else None."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


def _means_of(prep: Token) -> bool:
    """A preposition whose gerund is done by the subject of the verb it hangs on ("helped by sending
    arms"), also when the parser took an active verb's "by" for a passive agent ("has done so by
    training troops": no passive auxiliary, so "by" names the means, not the doer)."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if prep.dep_ == "prep":
        return True
    if prep.dep_ != "agent" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    # a bare past participle is passive ("the town hit by shelling"); "has done" is not
    return verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def described(noun: Token) -> Token:
    """The one a predicate noun describes ("Putin, a tyrant who invaded": Putin; "called Putin a tyrant
    who ...": Putin; "he is the leader who ...": he), else the noun itself."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "oprd":
        return next((c for c in noun.head.children if c.dep_ == "dobj"), noun)
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ in SUBJ), noun)
    return noun


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary as a clause of its own ("wants Ukraine destroyed", "the
    country destroyed", a headline's "Kyiv hit by ..."): passive, so the subject the parser gives it is
    the one acted on."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "conj", "oprd", "advcl"):
        return True
    # "Kyiv hit by massive drone attack", "Odesa hit by Russian missiles": a headline's passive with
    # its "by" agent and no object; the parser took the participle for the subject's finite verb
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ in ("ROOT", "ccomp")
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive verb or noun."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prt" and child.lower_ in preps:  # "sent in X" parsed as particle
            continue
    return out


def with_conjuncts(tok: Token) -> list[Token]:
    """`tok` and the later nominal conjuncts of the name it is in (a hyphenated name the parser splits,
    "Díaz-Canel and Putin", hangs "Putin" on its last part)."""
    out = [tok]
    lo, hi = ent_bounds(tok) if tok.ent_iob_ != "O" else (tok.i, tok.i + 1)
    for t in tok.doc[lo:hi]:
        for c in t.conjuncts:
            if c.i > tok.i and c.pos_ in NOMINAL and not lo <= c.i < hi and c not in out:
                out.append(c)
    return out


def ent_bounds(tok: Token) -> tuple[int, int]:
    """Token range of the entity `tok` is in, read off the IOB tags (no `doc.ents` rebuild per call)."""
    doc = tok.doc
    lo = tok.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return lo, hi


def np_range(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase `tok` heads, without relative clauses, appositions or trailing PPs."""
    doc = tok.doc
    if tok.ent_type_ and tok.ent_iob_ != "O":
        lo, hi = ent_bounds(tok)
        for child in tok.lefts:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < lo:
                lo = child.left_edge.i
        return lo, hi
    lo = tok.i
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "advmod"):
            lo = min(lo, child.left_edge.i)
    hi = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "compound" or (child.dep_ == "flat"):
            hi = max(hi, child.right_edge.i + 1)
    while lo < tok.i and doc[lo].dep_ == "det" and doc[lo].lower_ in ("the", "a", "an"):
        break
    return lo, hi


def is_actorish(tok: Token, actor_nouns: frozenset[str] = frozenset()) -> bool:
    """Names, personal pronouns, named entities, and common nouns for agents ("officials", "forces")."""
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if tok.ent_type_:  # dates, numbers, money: never a participant
        return False
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.tag_ == "PRP"
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in actor_nouns or tok.lower_ in actor_nouns:
        return True
    # "Israeli jets", "Russian-backed forces": a noun owned by a named group acts for it.
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.lefts)


def participant(
    doc: Doc, text: str, tok: Token, resolve, actor_nouns: frozenset[str], person: bool = False
) -> Participant | None:
    """The participant `tok` heads; a common noun counts only if it names an agent or resolves to an actor,
    or, with `person`, when the act's meaning says it is someone ("arrested the captain")."""
    lo, hi = np_range(tok)
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if tok.ent_type_ and tok.ent_type_ not in ACTOR_ENTS:
        return None
    actor = resolve(doc, start, end) if resolve else None
    if actor is None and not is_actorish(tok, actor_nouns) and not (person and tok.pos_ == "NOUN"):
        return None
    if actor is None and resolve and tok.pos_ == "NOUN":
        # "Israeli jets", "Russian units": a group named by its country acts for that country
        # (or a country's adjective the tagger left untyped: "the Moldovan ambassador")
        owner = next(
            (
                c
                for c in tok.lefts
                if c.dep_ in ("amod", "compound")
                and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in demonym_countries())
            ),
            None,
        )
        if owner is not None:
            lo_o, hi_o = ent_bounds(owner)
            actor = resolve(doc, doc[lo_o].idx, doc[hi_o - 1].idx + len(doc[hi_o - 1]))
    return Participant(actor_id=actor, span=Span.of(text, start, end))


def date_attachments(doc: Doc, lex: Lexicon) -> dict[int, SpacySpan]:
    """Each DATE entity keyed by the first verb or event noun above it ("operation in late February"):
    computed once per doc, so finding an event's date is a dictionary look-up."""
    out: dict[int, SpacySpan] = {}
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        tok = ent.root
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and lex.lookup(tok.lemma_.lower(), "NOUN")):
                out.setdefault(tok.i, ent)
                break
    return out


def location_for(trigger: Token) -> Token | None:
    """A place in "in/at X" attached to the trigger ("met in Moscow", "arrived Friday in Moscow")."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in PLACE_ENTS:
                    return pobj
    return None


def shared_verb(verb: Token) -> Token:
    """The first of conjoined verbs that share their subject and auxiliaries ("Russia could invade Georgia
    and occupy its capital", "will continue to complain and threaten"): a later conjunct with no subject,
    auxiliary or negation of its own, joined by "and"/"or", is told with the first; itself otherwise."""
    tok = verb
    for _ in range(4):
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ not in ("VERB", "AUX"):
            break
        if any(c.dep_ in (*SUBJ, "nsubjpass", "aux", "auxpass", "neg") for c in tok.children):
            break
        ccs = [c.lower_ for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]
        if ccs and ccs[-1] not in ("and", "or"):
            break  # "did not invade but occupied": told apart
        tok = tok.head
    return tok


def _governor_key(head: Token, table: dict[str, str]) -> str | None:
    """The entry of `table` a governing verb matches: its lemma with its particle first ("ruled out
    sending tanks" is a refusal, while a bare "rule" is no modality), else its lemma alone."""
    lemma = head.lemma_.lower()
    for prt in (c for c in head.children if c.dep_ == "prt"):
        if f"{lemma} {prt.lower_}" in table:
            return f"{lemma} {prt.lower_}"
    return lemma if lemma in table else None


def modality_of(trigger: Token, lex: Lexicon) -> tuple[str | None, bool, str | None]:
    """(modality, negated, governing lemma): modal auxiliaries and "trying to"/"refused to" governors."""
    # "did not attack"; "no interference": an event noun with the determiner "no"
    negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in trigger.children)
    # "would no longer supply weapons": a negated adverb of time negates the act
    negated = negated or any(
        c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in trigger.children
    )
    parts: list[str] = []
    gov = None
    tok = shared_verb(trigger)  # "could invade and occupy": "occupy" is as sure as "invade"
    for c in tok.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            parts.append(c.lower_)
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.lower_ == "against" and prep.head.lemma_.lower() in lex.against_modality:
        gov = prep.head.lemma_.lower()  # "warned NATO against sending troops": not done, only warned off
        parts.append(lex.against_modality[gov])
    for _ in range(2):
        key = _governor_key(tok.head, lex.modality)
        if tok.dep_ in ("xcomp", "ccomp") and key is not None:
            head = tok.head
            gov = key
            for c in head.children:
                if c.dep_ == "aux" and c.tag_ == "MD":
                    parts.append(c.lower_)
                if c.dep_ == "neg":
                    negated = True
            parts.append(lex.modality[gov])
            tok = shared_verb(head)  # "should punish Russia and continue to help": "should" too
            if tok is not head:
                parts += [c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"]
        else:
            break
    first = trigger
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "pressure on Russia to end its operation and to withdraw": both asked
    if not parts and _pressed(first) is not None:
        parts.append("demanded")  # "pressure on Russia to withdraw": asked of Russia, not done
    return (" ".join(dict.fromkeys(parts)) or None), negated, gov
