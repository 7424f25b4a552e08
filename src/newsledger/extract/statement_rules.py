"""The statement rules: who said what, from the dependency parse, quote marks and headline lines.

Span conventions follow PolNeAR, so that the rules can be scored against it: the content of reported
speech starts at "that" when there is one and leaves out the sentence's final punctuation; a quoted
content keeps its quote marks (and the comma inside them); the cue keeps its auxiliaries ("has warned"),
adverbs ("has long said"), particle ("pointed out") and medium ("said in a statement"); the source is
the whole subject noun phrase as written. What counts as a cue, and its stance, is data
(`data/cue_verbs.tsv`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import load_gazetteer
from ..layout import quotations
from ..lexicon.cues import CueEntry, Lexicon, load_lexicon, statement_words
from ..model import Span, Stance, Statement, StatementClass, StatementKind
from . import doc_text, opens_fronted

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
_SPEAKER_ENTS = ("PERSON", "ORG", "GPE", "NORP")
_CUE_LEFT = {"aux", "auxpass", "neg"}
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "advcl")
_JOINERS = {"and", "but", "while", "with", '"', "”", "’", "'"}
_ADJUNCTS = {"prep", "advmod", "npadvmod", "cc", "mark"}
_ATTRIBUTION_LEFT = _SUBJECTS | _CUE_LEFT | {"advmod", "npadvmod"}
_RUN_ON_POS = {"NOUN", "PROPN", "VERB", "AUX", "NUM", "PART"}
_CLOSING = {'"', "”", "’", "'", "''"}
_WORDS = statement_words()
_FIRST_PERSON = _WORDS.first_person
_GAP_BEFORE_QUOTE = re.compile(r"[\s,:\-–—]*")
_TRIM = " \t\r\n\xa0,.;:-–—"
# `Name: claim` on a line of its own (a title or sub-head, or a speaker's turn in a transcript): up to
# five capitalised words before the colon.
_HEADLINE = re.compile(
    r"^[ \t\xa0]*[\"“]?(?P<name>[A-Z][\w.'’\-]*(?:[ \t\xa0]+(?:[A-Z][\w.'’\-]*|of|de|al|von|van)){0,4}"
    # a sentence-case role after them ("Ukrainian commander: ..."): only a `speaker_roles` word
    r"(?:[ \t\xa0]+[a-z]+)?)"
    r"[ \t\xa0]*(?P<colon>:)[ \t\xa0]+(?P<claim>\S[^\n]*?)[ \t\xa0]*$",
    re.MULTILINE,
)
_NAME = r"[A-Z][\w.'’\-]*(?:[ \t\xa0]+(?:[A-Z][\w.'’\-]*|of|de|al|von|van)){0,4}"
# Title lines only: "Zelenskyy to Newsmax: US Aid Helps", "West Must Stop Arming Kyiv: Russia"
_TITLE_TO = re.compile(
    rf"^[ \t\xa0]*(?P<name>{_NAME}?)[ \t\xa0]+(?:to|tells|To|Tells)[ \t\xa0]+{_NAME}[ \t\xa0]*"
    r"(?P<colon>:)[ \t\xa0]+(?P<claim>\S[^\n]*?)[ \t\xa0]*$"
)
_TITLE_SIGNED = re.compile(
    rf"^[ \t\xa0]*(?P<claim>\S[^\n:]*?)[ \t\xa0]*(?P<colon>:)[ \t\xa0]*(?P<name>{_NAME})[ \t\xa0]*$"
)
# "No breakthrough yet: Kremlin after talks with Ukraine": a title signed after its colon by a name and
# the occasion (after, amid, at, on …), in any case
_TITLE_SIGNED_ON = re.compile(
    rf"^[ \t\xa0]*(?P<claim>\S[^\n:]*?)[ \t\xa0]*(?P<colon>:)[ \t\xa0]*(?P<name>{_NAME}?)"
    r"[ \t\xa0]+(?:after|amid|at|on|during|following|ahead of|before)[ \t\xa0]+[^\n:]*$"
)
# Title lines signed after a dash, as state agencies title a quote: "West is preparing provocations – Lavrov"
_TITLE_DASHED = re.compile(
    rf"^[ \t\xa0]*(?P<claim>\S[^\n]*?\S)[ \t\xa0]+(?P<dash>[–—-]|--)[ \t\xa0]+(?P<name>{_NAME})[ \t\xa0]*$"
)
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_POSSESSIVE = re.compile(r"['’]s\b")
# A dash and a relative or concessive word: the reporter's comment on what was said, not more of it.
_ASIDE = re.compile(r"[ \t\xa0]+[—–][ \t\xa0]*(?=(?:which|although|though)\b)")
_DASH_SIGNATURE = re.compile(
    r"[ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*"
    r"(?P<name>[A-Z][\w.'’\-]*(?:[ \t\xa0][A-Z][\w.'’\-]*){0,4})[ \t\xa0.]*(?=\n|$)"
)
# "But in recent days, ..., officials say": PolNeAR leaves the joining word out of the content.
_LEADING_CONJUNCTION = re.compile(
    rf"(?:(?:{'|'.join(_WORDS.leading_conjunctions)})[ \t\xa0]+"
    rf"|(?:{'|'.join(_WORDS.leading_adverbs)})"
    r"[ \t\xa0]*,[ \t\xa0]*)"
    r"(?=\S)",
    re.IGNORECASE,
)
# The gap before a quotation that opens a new sentence ends with the previous sentence's stop.
_SENTENCE_END = re.compile(r"[.!?][ \t\xa0]*$")
# Words that start an aside of the reporter's, not more of the content, after ", he said,".
_NOT_RESUMED = _WORDS.not_resumed
# Reporting verbs whose object is the person told, not the content ("told reporters").
_ADDRESSEE_VERBS = _WORDS.addressee_verbs


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("was told by officials": officials), if any."""
    return next((p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)


def _dated(prep: Token) -> bool:
    """ "insisted on Friday that ...": the preposition opens a date, it is no particle of the cue."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


@dataclass
class _Draft:
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    kind: StatementKind
    lemma: str | None
    stance: Stance
    cls: StatementClass = "speech"  # headline lines and dash signatures report speech

    @property
    def start(self) -> int:
        return min([self.cue[0], *(c[0] for c in self.content), *([self.source[0]] if self.source else [])])


class _Quotes:
    """Quote spans with lookups by position (bisect, so each lookup is O(log n))."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]

    def starting_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] == pos:
            return self.spans[i]
        return None

    def ending_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.ends, pos)
        if i < len(self.ends) and self.ends[i] == pos:
            return self.spans[i]
        return None

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """The quote that `start:end` lies inside, if any."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][1] >= end:
            return self.spans[i]
        return None

    def inside(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.spans[i][1] <= end:
            out.append(self.spans[i])
            i += 1
        return out


def _trim(text: str, start: int, end: int, quotes: _Quotes) -> tuple[int, int]:
    """Leave out surrounding spaces and punctuation, but take in whole any quotation cut at an edge."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if start >= end:
        return start, end
    # The parser leaves quote marks (and the punctuation inside them) out of a clause: a content that
    # begins or ends inside a quotation takes it in whole.
    q = quotes.covering(start, start + 1)
    if q is not None and start - 2 <= q[0] < start:
        start = q[0]
    q = quotes.covering(end - 1, end)
    if q is not None and q[1] > end and (q[0] >= start or q[1] <= end + 3):
        end = q[1]
    return start, end


def _token_range(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subtree_range(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right)


def _source_range(subj: Token) -> tuple[int, int]:
    """The whole subject noun phrase as written, appositions and relative clauses included (PolNeAR
    mostly keeps them; cutting them cost more matches on dev than it won). Punctuation the parser hung
    on the subject before it (the comma and closing mark of a quote: '...," Kovalenko, 58, told') is
    not part of it."""
    left = subj.left_edge
    while left.i < subj.i and left.is_punct:
        left = left.nbor(1)
    right = subj.right_edge
    return left.idx, right.idx + len(right)


class _Rules:
    """The rules over one Doc; each method finds one kind of attribution and returns drafts."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon
        self.quotes = _Quotes(quotations(doc))

    # --- cue words -------------------------------------------------------------------------------
    def verb_lemma(self, tok: Token) -> str:
        return verb_lemma(tok, self.lex)

    def verb_cue(self, tok: Token) -> tuple[CueEntry, list[Token]] | None:
        lemma = self.verb_lemma(tok)
        particles = self.lex.particles.get(lemma)
        if particles:
            nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ in particles and nxt.head.i == tok.i and not _dated(nxt):
                return particles[nxt.lower_], [tok, nxt]
        entry = self.lex.verb(lemma)
        if entry is None:
            return None
        return entry, [tok]

    def cue_tokens(self, tok: Token, words: list[Token]) -> list[Token]:
        """The cue as PolNeAR marks it: auxiliaries, negation and adverbs right before the verb ("has
        long said"), and right after it a day or the medium ("said Friday", "said in a statement")."""
        doc = self.doc
        first = tok.i
        for c in sorted(tok.lefts, key=lambda t: -t.i):
            if c.tag_ == "TO":
                break  # "to" marks the infinitive; the cue is the verb ("was quick to claim")
            if c.i == first - 1 and (c.dep_ in _CUE_LEFT or (c.dep_ == "advmod" and c.tag_ == "RB")):
                first = c.i
        last = words[-1].i
        for c in tok.rights:
            if c.i != last + 1:
                continue
            if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.right_edge.i == c.i:
                last = c.i
            elif c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "via"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and objs[0].lemma_.lower() in self.lex.media and self._bare_medium(objs[0]):
                    last = objs[0].i
        return [doc[i] for i in range(first, last + 1)]

    @staticmethod
    def _bare_medium(noun: Token) -> bool:
        """Whether a medium noun after the cue ("in a statement") has nothing after it but the reported
        that-clause the parser may hang on it ("said in a statement that ...")."""
        return all(
            c.dep_ in ("acl", "relcl", "ccomp")
            and c.left_edge.lower_ == "that"
            and c.left_edge.dep_ == "mark"
            for c in noun.rights
        )

    # --- sources ---------------------------------------------------------------------------------
    def _quote_after_phrase(self, tok: Token) -> tuple[int, int] | None:
        """'noted of the general, "..."': a quotation right after a short prepositional phrase that
        follows the cue ("of X", "about X"), after a comma or colon."""
        if tok.i + 1 >= len(self.doc):
            return None
        prep = self.doc[tok.i + 1]
        if prep.dep_ != "prep" or prep.head.i != tok.i or prep.lower_ not in ("of", "about", "on"):
            return None
        end = prep.right_edge
        if end.i - prep.i > 4 or end.i + 1 >= len(self.doc) or self.doc[end.i + 1].text not in (",", ":"):
            return None
        return self.quote_after(end.idx + len(end))

    def _thing_relative(self, tok: Token) -> bool:
        """Whether the cue's subject is "that" or "which" opening a relative clause: its antecedent is a
        thing (people take "who")."""
        return any(c.dep_ in _SUBJECTS and c.tag_ == "WDT" for c in tok.lefts)

    def _inverted_subject(self, tok: Token) -> Token | None:
        """ "..., and it shaped his worldview, said Walton": the subject after a cue that follows a comma,
        when the parser also hung a subject of the reported clause on the cue (that one is content)."""
        if tok.i == 0 or self.doc[tok.i - 1].text not in (",", "”", '"'):
            return None
        after = [c for c in tok.rights if c.dep_ in _SUBJECTS]
        if after and any(c.dep_ in _SUBJECTS for c in tok.lefts):
            return after[0]
        return None

    def _inverted_object(self, tok: Token) -> Token | None:
        """ "That he plans to annex it is likely, writes the Center for Policy Research": a finite speech
        or writing verb after a comma, with no subject, whose only object is a name that ends the
        sentence; the parser took the inverted subject for an object."""
        if tok.tag_ not in ("VBZ", "VBD") or tok.i == 0 or self.doc[tok.i - 1].text not in (",", "”", '"'):
            return None
        if tok.dep_ not in ("conj", "parataxis", "ROOT", "ccomp", "advcl") or tok.head.i > tok.i:
            return None
        entry = self.lex.verb(self.verb_lemma(tok))
        if entry is None or entry.cls not in ("speech", "writing"):
            return None
        if any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in tok.children):
            return None
        objs = [c for c in tok.rights if c.dep_ == "dobj"]
        if len(objs) != 1 or any(c.dep_ not in ("dobj", "punct", "prep", "npadvmod") for c in tok.rights):
            return None
        obj = objs[0]
        if obj.pos_ != "PROPN" and obj.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP"):
            return None
        sent = tok.sent
        if any(not (t.is_punct or t.is_space) for t in self.doc[tok.right_edge.i + 1 : sent.end]):
            return None
        return obj

    def source_of(self, tok: Token) -> tuple[int, int] | None:
        named_after = self._inverted_object(tok)
        if named_after is not None:
            return _source_range(named_after)
        inverted = self._inverted_subject(tok)
        if inverted is not None:
            return _source_range(inverted)
        fronted = self._fronted_subjects(tok) | self._quoted_subjects(tok)
        for c in tok.children:
            if c.dep_ in _SUBJECTS and c.i not in fronted:
                if any(getattr(asked_aside(a, self.lex), "i", None) == c.i for a in c.rights):
                    return _token_range([self.doc[c.left_edge.i], c])  # without ", questioned about ..."
                return _source_range(c)
            spoken_to = asked_aside(c, self.lex)
            if spoken_to is not None:  # without the comma the parser hung on the name
                return _token_range([self.doc[spoken_to.left_edge.i], spoken_to])
        if any(c.dep_ in _PASSIVE_SUBJECTS for c in tok.children) or self._reduced_passive_speech(tok):
            # a passive's "by" agent; "Asked by reporters whether ..., Peskov said": reporters asked,
            # Peskov was asked
            agent = _agent_of(tok)
            return _source_range(agent) if agent is not None else None
        writer = self._writer_after_participle(tok)
        if writer is not None:
            return _source_range(writer)
        # "..., saying that", "and added that": the subject of the verb this one hangs on.
        head = tok
        joined = tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
        clause = tok.head
        if tok.dep_ == "advcl":
            # "confirmed that the raid had succeeded but did not name the target, claiming ...": the
            # parser joins "reveal" to the reported clause and the participle to "reveal"
            while clause.dep_ == "conj" and clause.head.i < clause.i:
                clause = clause.head
        reported = clause.dep_ == "ccomp" and clause.head.i < clause.i
        if joined and reported and self._is_cue(clause.head):
            # "Kiev insists that the offensive was unprovoked and has denied that ...", "X noted that
            # the meeting was useless, calling for ...": the parser joins the second cue to the
            # reported clause; it goes with the first cue. (A clause hung on a cue after it is a
            # misparse of 'X agreed, expressing the view that they "wanted war"': X's own clause.)
            # ("... by hailing his forces fighting and blasting the West": not the clause's subject.)
            return self.source_of(clause.head)
        named = self._named_before(tok) or self._appos_subject(tok) or self._name_as_modifier(tok)
        if named is not None:
            return named
        misjoined = self._misjoined_subject(tok)
        if misjoined is not None:
            return _token_range([self.doc[misjoined.left_edge.i], misjoined])
        joined_to = self._joined_cue(tok)
        if joined_to is not None:
            # "He noted that the EU has no chance and called the war a "US problem"": the parser hangs
            # the second verb inside the first one's report; its subject is the first one's.
            return self.source_of(joined_to)
        misread = tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN")
        if misread and tok.head.dep_ == "nsubj" and tok.head.i == tok.i - 1 and self._quote_after_phrase(tok):
            # 'The WSWS noted of him, "..."': the parser took the cue for a reduced relative of the
            # subject of the quotation's verb; a quotation right after the cue's phrase says otherwise
            return _token_range([self.doc[tok.head.left_edge.i], tok.head])
        if misread and tok.head.dep_ == "ROOT" and tok.head.i < tok.i:
            # "And Poland's foreign minister, Jan Nowak, added that ...": a sentence without a
            # main verb is the parser taking the reporting verb for a reduced relative of its subject.
            first, last = tok.head.left_edge.i, tok.i - 1
            while first < last and self.doc[first].lower_ in _WORDS.leading_conjunctions:
                first += 1
            while last > first and self.doc[last].is_punct:
                last -= 1
            return _token_range([self.doc[first], self.doc[last]])
        for _ in range(4):
            if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
                head = head.head  # "by hailing his forces": the verb the preposition hangs on
                verb = head.head
                for c in verb.children:  # "Biden may be forgiven for claiming ...": Biden claims
                    if c.dep_ in _PASSIVE_SUBJECTS and not any(a.dep_ == "agent" for a in verb.children):
                        return _source_range(c)
            elif head.dep_ == "xcomp" and head.head.pos_ == "ADJ" and head.head.dep_ == "acomp":
                head = head.head  # "was quick to deny": the copula's subject
            elif head.dep_ not in ("advcl", "conj", "xcomp", "acl") or head.head.i == head.i:
                break
            head = head.head
            if head.pos_ not in ("VERB", "AUX"):
                break
            for c in head.children:
                if c.dep_ in _SUBJECTS:
                    return _source_range(c)
            named = self._name_as_modifier(head)  # '"...," Baerbock stated, adding that ...'
            if named is not None:
                return named
        return None

    def _fronted_subjects(self, tok: Token) -> set[int]:
        """ "After meeting the head of the IAEA, Rafael Grossi, the president said": of two subjects the
        parser hangs before the cue, parted by a comma alone in a sentence that opens with a fronted
        phrase (a preposition other than "as", a participle), the first ends that phrase; the one next
        to the cue is its subject. (Parted by "and", both are.)"""
        subjects = [c for c in tok.lefts if c.dep_ in _SUBJECTS]
        if len(subjects) < 2:
            return set()
        if not opens_fronted(tok):
            return set()
        a, b = subjects[-2], subjects[-1]
        last = max((t.i for t in a.subtree if not t.is_punct), default=a.i)  # a quote mark read as one
        between = [t.lower_ for t in self.doc[last + 1 : b.left_edge.i]]
        if between != [","]:
            return set()
        return {c.i for c in subjects[:-1]}

    def _quoted_subjects(self, tok: Token) -> set[int]:
        """ '"Power plants, a dam," President Zelenskiy wrote': a subject the parser hangs on the cue from
        inside a quotation the cue is outside of, when the cue has another subject outside it."""
        quoted, outside = set(), False
        cue_quote = self.quotes.covering(tok.idx, tok.idx + len(tok))
        for c in tok.children:
            if c.dep_ not in _SUBJECTS:
                continue
            q = self.quotes.covering(c.idx, c.idx + len(c))
            if q is not None and q != cue_quote:
                quoted.add(c.i)
            else:
                outside = True
        return quoted if outside else set()

    def _reduced_passive_speech(self, tok: Token) -> bool:
        """Whether the cue is a speech verb's past participle opening an adverbial clause with no
        auxiliary ("Asked whether ..., Peskov said"): the main clause's subject is the one spoken to, so
        the speaker is the "by" agent or nobody named (an adjectival "Convinced that ..." is belief)."""
        if tok.tag_ != "VBN" or tok.dep_ != "advcl" or tok.i > tok.head.i:
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return False
        entry = self.lex.verb(self.verb_lemma(tok))
        return entry is not None and entry.cls == "speech"

    def _agent_out_of_content(self, tok: Token, draft: _Draft) -> None:
        """ "Asked by Marchenko to respond ...": the "by" agent is the source, so a content that opens
        with it opens after it ("to respond ...")."""
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is None or not draft.content:
            return
        first = draft.content[0]
        if first[0] != agent.idx or agent.right_edge.i + 1 >= len(self.doc):
            return
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        start = self.doc[agent.right_edge.i + 1].idx
        if pobj is not None and start < first[1]:
            draft.content[0] = (start, first[1])
            draft.source = _source_range(pobj)

    @staticmethod
    def _writer_after_participle(tok: Token) -> Token | None:
        """ "Writing in The Times, Jan Kowalski, a scholar at ..., said that": with no subject of its own,
        a cue whose opening participle clause the parser gave the name after its comma has that name as
        its subject."""
        for c in tok.children:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i > tok.i:
                continue
            for g in c.subtree:  # the name hangs on the participle or, as an apposition, on its paper
                named = g.pos_ == "PROPN" and g.ent_type_ == "PERSON" and g.dep_ in ("npadvmod", "appos")
                if named and g.i > c.i and g.left_edge.nbor(-1).text == ",":
                    return g
        return None

    def _misjoined_subject(self, tok: Token) -> Token | None:
        """ "X is a problem for Kyiv and Washington, we should recall, has long insisted on ...": the
        parser joins the name to the object before it and the verb to the first clause; a finite verb
        joined without an "and" of its own right after a name ending such a pair has that name as
        its subject, not the first clause's."""
        head = tok.head
        if tok.dep_ != "conj" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "cc" and head.i < c.i < tok.i for c in [*head.children, *tok.children]):
            return None
        auxes = [c for c in tok.lefts if c.dep_ in ("aux", "auxpass")]
        if not auxes or auxes[0].tag_ not in ("VBZ", "VBD", "VBP", "MD"):
            return None
        j = tok.left_edge.i - 1
        while j > head.i and self.doc[j].is_punct:
            j -= 1
        name = self.doc[j]
        named = name.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
        if name.pos_ != "PROPN" or name.dep_ != "conj" or not named:
            return None
        if not any(c.dep_ == "cc" and c.i < name.i for c in name.head.children):
            return None
        return name

    def _named_before(self, tok: Token) -> tuple[int, int] | None:
        """ "quoted nonsense from Zelensky claiming that ...": a gerund cue with no subject right after a
        named person or body that is an object (not the subject) of the verb before speaks for it."""
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl") or tok.i == 0:
            return None
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            return None
        prev = self.doc[tok.i - 1]
        if prev.pos_ != "PROPN" or prev.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
            return None
        if prev.dep_ not in ("pobj", "dobj", "compound", "appos"):
            return None
        first = prev
        while first.i > 0 and self.doc[first.i - 1].ent_iob_ == "I" and first.ent_iob_ == "I":
            first = self.doc[first.i - 1]
        return _token_range([first, prev])

    def _appos_subject(self, tok: Token) -> tuple[int, int] | None:
        """ "... hit a building in Kharkiv, regional governor Oleh Syniehubov said", "..., the head of the
        republic, Denis Pushilin, said": the parser hung the speaker after the comma on the noun before
        it as an apposition, and the cue has no subject. A name right before a finite cue verb with
        none (a comma between or not), opening after a comma, is its subject, with the apposition it
        closes ("the head of ..., Denis Pushilin")."""
        if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.dep_ != "ROOT" or tok.i < 3:
            return None
        if any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in tok.children):
            return None
        prev = self.doc[tok.i - 1]
        if prev.text == ",":
            prev = self.doc[tok.i - 2]
        if (
            prev.dep_ != "appos"
            or prev.pos_ != "PROPN"
            or prev.head.i >= prev.i
            or prev.right_edge.i != prev.i
        ):
            return None
        node = prev
        while True:
            if node.left_edge.i == 0 or self.doc[node.left_edge.i - 1].text != ",":
                return None
            up = node.head
            while up.dep_ in ("pobj", "prep", "compound", "poss") and up.head.i < up.i:
                up = up.head
            if up.dep_ != "appos" or up.i >= node.i or self.doc[up.left_edge.i - 1].text != ",":
                break
            node = up  # "the head of the republic, Denis Pushilin": the apposition it closes
        return _token_range([node.left_edge, prev])

    def _name_as_modifier(self, tok: Token) -> tuple[int, int] | None:
        """ '"...," Baerbock stated': a name right before a finite cue with no subject, after a quotation
        or a comma, that the parser hung on the cue as a modifier: its subject."""
        if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 2:
            return None
        if any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in tok.children):
            return None
        prev = self.doc[tok.i - 1]
        if prev.head.i != tok.i or prev.dep_ not in ("advmod", "npadvmod", "nmod", "dep"):
            return None
        if prev.pos_ != "PROPN" or prev.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
            return None
        first = prev
        while first.i > 0 and first.ent_iob_ == "I":
            first = self.doc[first.i - 1]
        if first.i == 0 or self.doc[first.i - 1].text not in (",", "”", '"', "’", "'"):
            return None
        return _token_range([first, prev])

    def _joined_cue(self, tok: Token) -> Token | None:
        """The cue whose reported clause holds `tok`, when `tok` is a finite verb with no subject right
        after "and"/"but" (a second report of the same speaker the parser hung inside the first)."""
        if tok.tag_ not in ("VBD", "VBZ") or tok.i == 0 or self.doc[tok.i - 1].lower_ not in ("and", "but"):
            return None
        if any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in tok.children):
            return None
        for a in tok.ancestors:
            if a.dep_ == "ccomp" and self._is_cue(a.head):
                return a.head
        return None

    def _infinitive_of_act(self, tok: Token) -> bool:
        """ "sought to confirm that ...", "is trying to show that ...": a cue in the infinitive under a verb
        that is not itself a cue reports no statement of its own (the gold takes the governing word,
        "planned to", as the cue when it is one); a speech act under an adjective does ("quick to deny")."""
        if tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        head = tok.head
        entry = self.lex.verb(self.verb_lemma(tok))
        if head.pos_ == "ADJ" and entry is not None:
            # "was quick to underline that ...": a speech act after an adjective is the cue's own; a
            # belief verb is not ("ready to assume losses" is no belief), unless the adjective only
            # says how likely the belief is ("are likely to view the moment as ripe")
            return entry.cls not in ("speech", "writing") and head.lower_ not in _WORDS.likelihood_adjectives
        if head.lemma_.lower() in _WORDS.aspectual_verbs:
            return False  # "lawmakers are beginning to ask if ...": when, not what, they do
        return head.i != tok.i and not self._is_cue(head) and head.lemma_.lower() not in self.lex.nouns

    def _imperative(self, tok: Token) -> bool:
        """ "Well, just blame China.": a bare verb heading its sentence with no subject or auxiliary is an
        order to the reader, not anyone's report."""
        return (
            tok.dep_ == "ROOT"
            and tok.tag_ == "VB"
            and not any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | {"aux", "auxpass"} for c in tok.children)
            and self.quote_before(tok.idx) is None
            and self.quote_after(tok.idx + len(tok)) is None
        )

    @staticmethod
    def _no_speaker(tok: Token) -> bool:
        """ "Achieving this will threaten every state", "it will find itself struggling": a verb whose
        subject is an action (a clause or a gerund) or whose object is its own subject reports nobody's
        words; it describes a consequence or a state."""
        for c in tok.children:
            if c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.tag_ == "VBG" and c.pos_ == "VERB"):
                return True
            objects = [c] if c.dep_ == "dobj" else []
            if c.dep_ in ("ccomp", "xcomp", "oprd"):  # the parser's "find [itself struggling]"
                objects = [g for g in c.children if g.dep_ in ("nsubj", "dobj") and g.i < c.i]
            if any(o.tag_ == "PRP" and o.lower_.endswith(("self", "selves")) for o in objects):
                return True
        return False

    def _gerund_subject(self, tok: Token) -> bool:
        """ "Does learning that X lied change anything?", "Knowing that the bridge was mined changes
        nothing": a gerund with no subject that is the subject of its sentence (the parser hangs a "do"
        of the question on it, or nothing but the main verb follows its clause, no comma) names an
        act of nobody in particular; it reports no one's words or thoughts. ("Knowing that ..., the
        troops turned back": the comma ends an adjunct whose subject knows.)"""
        if tok.tag_ != "VBG" or any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in tok.children):
            return False
        if any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < tok.i for c in tok.children):
            return True
        sent = tok.sent
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if first is None or first.i != tok.i or tok.dep_ == "ROOT":
            return False
        nxt = tok.right_edge.i + 1
        return nxt < sent.end - 1 and self.doc[nxt].pos_ in ("VERB", "AUX", "NOUN")

    def _example_marker(self, tok: Token) -> bool:
        """ "other goods, say Greek cheese, ...", "let's say Greece": "say" after a comma or "or", in the
        present, with no subject before it, or after "let's", gives an example; it reports nothing."""
        if tok.lower_ not in _WORDS.example_markers or tok.i < 2 or tok.tag_ not in ("VB", "VBP"):
            return False
        if self.doc[tok.i - 2].lower_ == "let" and self.doc[tok.i - 1].lower_ in ("'s", "’s", "us"):
            return True  # "a country, let's say Greece, would ..."
        if self.doc[tok.i - 1].text != "," and self.doc[tok.i - 1].dep_ != "cc":
            return False
        if any(c.dep_ in _SUBJECTS for c in tok.lefts) or self.quote_after(tok.idx + len(tok)) is not None:
            return False
        # "..., say analysts, ...": a plural common noun after it is the inverted source
        return not any(c.dep_ in _SUBJECTS and c.tag_ == "NNS" for c in tok.rights)

    def _under_cue(self, tok: Token) -> bool:
        """Whether a cue above `tok` reports it: not through a clause coordinated with the cue's own
        that has a subject of its own ("Most states want none of it, but two are ready to ...": the
        second clause is its subject's statement, not part of the first)."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "conj" and self._own_clause(node):
                return False
            node = node.head
            if self._is_cue(node):
                return True
        return False

    @staticmethod
    def _own_clause(tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS and c.i < tok.i for c in tok.children
        )

    def _cut_coordinated(self, tok: Token, start: int, end: int) -> int:
        """Stop an object content before a clause coordinated with the cue that has its own subject
        (", but two states are ready to ..."), or hung on it by a contrasting subordinator (", while
        Britain says ...": `contrast_marks`): that clause is not what the cue's subject said."""
        marks = _WORDS.contrast_marks
        for c in tok.rights:
            contrast = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            if (c.dep_ != "conj" and not contrast) or not self._own_clause(c):
                continue
            j = c.left_edge.i - 1
            while j > tok.i and (self.doc[j].dep_ == "cc" or self.doc[j].is_punct):
                j -= 1
            cut = self.doc[j].idx + len(self.doc[j])
            if start < cut < end:
                return cut
        return end

    @staticmethod
    def _wh_adverbial(clause: Token) -> bool:
        """A clause opened by "when"/"where" (an adverb the parser does not call a subordinator)."""
        first = clause.left_edge
        return first.tag_ == "WRB" and first.dep_ == "advmod" and first.head.i == clause.i

    def _cut_wh_adverbial(self, tok: Token, start: int, end: int) -> int:
        """Stop an object content before a "when"/"where" clause on the cue ("announced the end of the
        blockade when she called on ...": the time of the report, not what was announced)."""
        for c in tok.rights:
            if c.dep_ != "advcl" or not self._wh_adverbial(c):
                continue
            j = c.left_edge.i - 1
            while j > tok.i and self.doc[j].is_punct:
                j -= 1
            cut = self.doc[j].idx + len(self.doc[j])
            if start < cut < end:
                return cut
        return end

    def _is_cue(self, tok: Token) -> bool:
        return is_cue_verb(tok, self.lex)

    # --- contents --------------------------------------------------------------------------------
    def quote_after(self, pos: int) -> tuple[int, int] | None:
        m = _GAP_BEFORE_QUOTE.match(self.text, pos)
        return self.quotes.starting_at(m.end()) if m else None

    def quote_before(self, pos: int) -> tuple[int, int] | None:
        i = pos
        while i > 0 and self.text[i - 1] in " \t,\xa0":
            i -= 1
        return self.quotes.ending_at(i)

    def verb_statement(self, tok: Token, sent: SpacySpan) -> _Draft | None:
        found = self.verb_cue(tok)
        if found is None:
            return None
        if self._infinitive_of_act(tok) or self._example_marker(tok) or self._imperative(tok):
            return None
        if self._no_speaker(tok) or self._gerund_subject(tok) or citing_aside(tok, self._is_cue):
            return None
        if asked_aside(tok, self.lex) is not None:
            return None
        entry, words = found
        cue_toks = self.cue_tokens(tok, words)
        cue = _token_range(cue_toks)
        if self.text[cue[1] : cue[1] + 1] == ":":  # PolNeAR: 'said:' before a quotation
            cue = (cue[0], cue[1] + 1)
        source = self.source_of(tok)
        if entry.cls in ("intention", "belief") and self._thing_relative(tok):
            return None  # "a law that sought to boost conscription": a thing intends or believes nothing
        if entry.type == "verb+to":
            # "plans to expand ties", "decided to escalate": the to-infinitive is the content, and
            # without one the verb reports nothing ("plans a visit", "seeks a ceasefire").
            # Inside another cue's report ("Kiev denied that it planned to ...") it is that report's.
            content = None if self._under_cue(tok) else self.infinitive_content(tok)
            if content is None:
                return None
            if source is not None and content[0] <= source[0] and source[1] <= content[1]:
                source = None
            kind = self.kind_of([content], False)
            return _Draft(cue, [content], source, kind, entry.cue, entry.stance, entry.cls)
        # Only the verb's own subject frames it ("he said"); a subject taken over from another verb
        # ("he said, adding ...") lies elsewhere.
        own = source is not None and (
            any(c.dep_ in _SUBJECTS for c in tok.children) or self._inverted_object(tok) is not None
        )
        group_start = min(cue[0], source[0]) if own and source else cue[0]
        group_end = max(cue[1], source[1]) if own and source else cue[1]
        contents: list[tuple[int, int]] = []
        inherited = source is not None and not own
        viewing = self.verb_lemma(tok) in _WORDS.as_only_verbs  # its content is never a quotation
        before = None if inherited or viewing else self.quote_before(group_start)
        if (
            before is not None
            and self.text[before[1] - 2 : before[1] - 1] in ".!?"
            and any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > tok.i for c in tok.children)
        ):
            before = None  # '..." Obama said he had ...': the quotation ended the sentence before
        if before is not None and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.lefts)
            for c in tok.rights
        ):
            before = None  # '"...," X said that ...': the that-clause is what X said, not the quotation
        if before is not None:
            contents.append(self.lead_in(before, sent))
        after = None if viewing else self.quote_after(group_end) or self._quote_after_phrase(tok)
        if after is not None and self.text[group_end : after[0]].count("\n") <= 2:
            contents.append(after)
        if not contents and not viewing and source is not None and entry.type in ("verb", "verb+clause"):
            block = self.after_colon(tok, cue_toks, sent)
            if block is not None:
                contents.append(block)
        trailing = False
        if tok.dep_ == "parataxis" and tok.head.i > tok.i and (not contents or (after and not before)):
            # "The ceasefire, he said, "is holding"": the words before the aside are content too.
            contents = self.parenthetical(tok, sent) or contents
        if not contents:
            contents = self.as_aside_within(tok, sent)
        if not contents:
            opening = self.as_opening(tok, sent) if entry.cls in ("speech", "writing") else None
            if opening is not None:  # not "As expected, ...": a reporter's remark
                contents = [opening]
                if source is None:
                    cue = (tok.left_edge.idx, cue[1])
        if not contents:
            content = self.clause_content(tok, entry, words, cue, sent)
            if content is None:
                return None
            contents.extend(self.split_relative(content, cue))
            content = contents[-1]
            trailing = content[1] <= cue[0]
            subject = self.raised_subject(tok, cue)
            if subject is not None and not trailing:
                contents.insert(0, subject)
            if trailing and self._relays(content, tok):
                return None
            if trailing:
                rest = self.resumed(tok, cue_toks, sent)
                if rest is not None:
                    contents.append(rest)
        unmarked = self.text[cue[1] - 1 : cue[1]] == ":" and len(contents) == 1 and not trailing
        if unmarked:
            # 'Peskov said: We have no plans ... Our operation has clear goals.': a quotation whose marks
            # were lost runs on over the next sentences of the paragraph that speak in the first person
            end = self._first_person_run(contents[0], sent)
            unmarked = end is not None
            if end is not None:
                contents = [(contents[0][0], end)]
        if source is not None and source == self._appos_subject(tok):
            comma = self.text.rfind(",", 0, source[0])
            # the clause before ends where the speaker's name begins; a content after the cue stays
            contents = [
                (s, min(e, comma)) if s < comma else (s, e) for s, e in contents if s < comma or s > source[1]
            ]
            if not contents:
                return None
        if source is not None and any(c[0] <= source[0] and source[1] <= c[1] for c in contents):
            source = None
        kind = self.kind_of(contents, trailing)
        if unmarked and kind == "indirect":
            kind = "unmarked-quote"
        return _Draft(cue, contents, source, kind, entry.cue, entry.stance, entry.cls)

    def _first_person(self, words: SpacySpan) -> bool:
        """A first-person word among these ("we", "our"; "US" in capitals is the country)."""
        return any(t.lower_ in _FIRST_PERSON and not (t.is_upper and len(t) > 1) for t in words)

    def _first_person_run(self, content: tuple[int, int], sent: SpacySpan) -> int | None:
        """Where an unmarked quotation after a colon ends: the content, when it speaks in the first
        person and ends its sentence, and each next sentence of the paragraph, with no quotation mark,
        that opens in the first person. None when the content is no first-person speech."""
        if self.quotes.inside(*content) or self.quotes.covering(*content):
            return None  # its marks are there: a quotation
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or not self._first_person(span):
            return None
        if any(not (t.is_punct or t.is_space) for t in self.doc[span.end : sent.end]):
            return None  # the content does not end the sentence
        end, last = content[1], sent
        while last.end < len(self.doc):
            nxt = self.doc[last.end].sent
            opening = next((t for t in nxt if not t.is_space), None)
            closing = next((t for t in reversed(last) if not t.is_space), last[-1])
            if opening is None or "\n" in self.text[closing.idx : opening.idx]:
                break  # a new paragraph
            if self.quotes.inside(nxt.start_char, nxt.end_char) or not self._first_person(
                self.doc[opening.i : opening.i + 3]
            ):
                break
            final = nxt.end - 1
            while final > nxt.start and self.doc[final].is_punct:
                final -= 1
            end, last = self.doc[final].idx + len(self.doc[final]), nxt
        return end

    def after_colon(self, tok: Token, cue_toks: list[Token], sent: SpacySpan) -> tuple[int, int] | None:
        """ "The manifesto explains:" / "As the paper put it in a column on Monday:" and then the words: a
        cue whose sentence ends in a colon after nothing but its own adjuncts (when, where, in what)
        introduces the quotation, or the paragraph with its marks lost, that comes after the colon."""
        colon = sent[-1]
        while colon.i > sent.start and colon.is_space:
            colon = self.doc[colon.i - 1]
        if colon.text != ":" or colon.i <= cue_toks[-1].i:
            return None
        for c in tok.rights:
            if c.i > cue_toks[-1].i and c.i < colon.i and c.dep_ not in (*_ADJUNCTS, "npadvmod", "punct"):
                return None  # an object or a clause of its own before the colon: not what was said
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in tok.children):
            return None
        if colon.head.i != tok.i or any(
            not tok.is_ancestor(t) for t in self.doc[cue_toks[-1].i + 1 : colon.i] if not t.is_space
        ):
            return None  # the colon ends another verb's clause
        pos = colon.idx + 1
        gap = _GAP_BEFORE_QUOTE.match(self.text, pos)
        quote = self.quotes.starting_at(gap.end()) if gap else None
        if quote is not None:
            return quote if self.text[pos : quote[0]].count("\n") <= 2 else None
        start = pos
        while start < len(self.text) and self.text[start] in " \t\xa0\r\n":
            start += 1
        if self.text[pos:start].count("\n") > 2:
            return None
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        block = self._clean(start, end)
        if block is None or len(self.text[block[0] : block[1]].split()) < 4 or self.text[block[1] - 1] == ":":
            return None
        span = self.doc.char_span(*block, alignment_mode="expand")
        if span is None or any(
            self._is_cue(t) and any(c.dep_ in _SUBJECTS for c in t.children) for t in span
        ):
            return None  # "adding:\n\nThe report detailed that ...": the paragraph's own attribution stands
        return block

    def _relays(self, content: tuple[int, int], tok: Token) -> bool:
        """ "'...,' Halvorsen said at a briefing, a Norvik News correspondent reports": a trailing
        attribution whose content already ends in an attribution (a speech or writing cue with its own
        subject and no report after it, outside any quotation) only relays that statement; the
        originator's stands (docs/annotation.md)."""
        for t in self.doc[tok.sent.start : tok.i]:
            if t.idx < content[0] or t.idx >= content[1] or self.quotes.covering(t.idx, t.idx + len(t)):
                continue
            own = t.pos_ == "VERB" and t.dep_ not in ("relcl", "acl")  # not "the activity Microsoft observed"
            if any(c.tag_ == "MD" for c in t.children):
                # "Russia will respond to any deployment, Ryabkov told TASS": what someone will or could
                # do is no statement made, so nothing is relayed
                continue
            entry = self.lex.verb(self.verb_lemma(t)) if own else None
            if entry is None or entry.cls not in ("speech", "writing"):
                continue
            reported = any(  # its own report after it ("recalls her youth"): no attribution of its own
                c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > t.i and c.i != tok.i and not c.is_ancestor(tok)
                for c in t.children
            )
            if (
                reported
                and t.i == self._content_root(content, tok)
                and not any(c.dep_ == "neg" for c in t.children)
            ):
                # "Xi told Putin that China was ready to help, CCTV reported": the whole content is Xi's
                # report with its clause; the outlet relays it (docs/annotation.md). Not "does not
                # show whether ...": no report made.
                reported = not any(
                    c.dep_ == "ccomp"
                    and c.i > t.i
                    and all(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
                    for c in t.children
                )
            if not reported and any(c.dep_ in _SUBJECTS and c.i < t.i for c in t.children):
                return True
        return False

    def _content_root(self, content: tuple[int, int], tok: Token) -> int | None:
        """The token of a trailing attribution's content that the rest hangs on (the cue's clause)."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or not len(span) or tok.i in range(span.start, span.end):
            return None
        return span.root.i

    def split_relative(self, content: tuple[int, int], cue: tuple[int, int]) -> list[tuple[int, int]]:
        """ "troops, which he said was due to ...": a reported clause whose relative pronoun stands before
        the source is two pieces, the pronoun and the words after the cue (the gold's and PolNeAR's
        spans); the source between them stays the source."""
        if not content[0] < cue[0] < content[1]:
            return [content]
        span = self.doc.char_span(*content, alignment_mode="expand")
        if span is None or span[0].tag_ not in ("WDT", "WP") or span[0].idx + len(span[0]) > cue[0]:
            return [content]
        rel = span[0]
        rest = next((t for t in span if t.idx >= cue[1] and not t.is_punct), None)
        piece = self._clean(rest.idx, content[1]) if rest is not None else None
        if piece is None:
            return [content]
        return [(rel.idx, rel.idx + len(rel)), piece]

    def infinitive_content(self, tok: Token, deps: tuple[str, ...] = ("xcomp",)) -> tuple[int, int] | None:
        """The to-infinitive after `tok` ("plan [to isolate the units]"), "to" included."""
        children = {c.dep_ for c in tok.children}
        if "auxpass" in children and "agent" not in children:
            return None  # "the funds are intended to support Ukraine": a purpose, no one's intention
        for c in tok.rights:
            if c.dep_ not in deps or c.pos_ not in ("VERB", "AUX"):
                continue
            to = [a for a in c.lefts if a.dep_ == "aux" and a.lower_ == "to"]
            if not to:
                continue
            start, end = to[0].idx, c.right_edge.idx + len(c.right_edge)
            return self._clean(start, self._cut_participle(c, self._cut_nested(c, start, end)))
        return None

    def _cut_participle(self, verb: Token, end: int) -> int:
        """Stop an intended act before ", forcing the EU to ..." : a participle after a comma hung on the
        infinitive tells what the act led to, in the reporter's words, not more of the intention."""
        for c in verb.rights:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.i > 0:
                prev = self.doc[c.left_edge.i - 1]
                if prev.text == "," and prev.idx < end:
                    return prev.idx
        return end

    def clause_content(
        self, tok: Token, entry: CueEntry, words: list[Token], cue: tuple[int, int], sent: SpacySpan
    ) -> tuple[int, int] | None:
        doc = self.doc
        if self.verb_lemma(tok) in _WORDS.as_only_verbs:
            # "see the war as a gamble" is a view; "saw the convoy enter", "sees every sign that" no report
            return self.passive_content(tok) or self.as_content(tok)
        comps = [
            c
            for c in tok.children
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not self._noun_owns_clause(tok, c)
        ]
        if not comps:
            comps = self._clause_on_setting(tok)
        if not comps:
            # "Interfax reported, citing a source, that ...", "said, speaking in Kyiv, that ...": the
            # parser hung the clause on the participle of the aside between commas
            comps = [
                c
                for p in tok.rights
                if p.dep_ == "advcl" and p.tag_ == "VBG" and self.doc[p.i - 1].text == ","
                for c in p.rights
                if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and that_after_comma(c) is not None
            ]
        comps.sort(key=lambda c: c.i < tok.i)  # a clause after the cue before one fronted
        if not comps:
            # "Trump said after the convention he would not accept ...": a reported clause with no
            # "that" the parser took for an adverbial one (it has a subject and no subordinator).
            comps = [
                c
                for c in tok.rights
                if c.dep_ == "advcl"
                and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ in _SUBJECTS for g in c.lefts)
                and not any(g.dep_ == "mark" for g in c.children)
                and not self._wh_adverbial(c)
            ]
        if comps and entry.cls == "belief" and self._free_relative(comps[0]):
            return None  # "tend to believe only what is reported": trust in a source, no belief held
        if comps:
            start, end = _subtree_range(comps[0])
            if comps[0].dep_ == "advcl":  # start at its subject, not at a phrase hung before it
                subj = next(g for g in comps[0].lefts if g.dep_ in _SUBJECTS)
                start = subj.left_edge.idx
            start = self._after_date(comps[0], start, cue)
            if start > cue[0]:
                # "that" sometimes hangs on the verb instead of on the clause.
                for c in tok.rights:
                    if c.lower_ == "that" and cue[1] <= c.idx < start:
                        start = c.idx
                start = self._after_aside(comps[0], start)
            end = self._cut_aside(start, self._cut_nested(comps[0], start, end))
            if start > cue[0]:
                end = self._run_on(comps[0].right_edge, end, sent)
            return self._clean(start, self._cut_label(comps[0], start, end))
        aside = self.as_aside(tok, sent)
        if aside is not None:
            return aside
        if self._trailing(tok, sent) and not any(c.dep_ in ("pobj", "pcomp") for c in words[-1].rights):
            # "Russian officials are trying to do the same, the minister claimed": the content is the
            # sentence up to the comma before the attribution (PolNeAR leaves the comma out).
            first = self._attribution_start(tok)
            before = [c for c in tok.lefts if c.i < first and not c.is_punct]
            if before and all(c.dep_ in _ADJUNCTS for c in before):
                return None  # "Despite the holy day, the attacks continued": an adjunct is no content
            start = sent.start_char
            end = doc[first - 1].idx + len(doc[first - 1])
            return self._clean(start, end)
        passive = self.passive_content(tok)
        if passive is not None:
            return passive
        raised = self.raised_infinitive(tok)
        if raised is not None:
            return raised
        if entry.type == "verb+clause":
            return None
        if entry.type == "verb+object" and len(words) == 1:
            deps = {c.dep_ for c in tok.rights} | {f"prep:{c.lower_}" for c in tok.rights if c.dep_ == "prep"}
            if "dobj" not in deps or not deps & {"oprd", "xcomp", "ccomp", "prep:as"}:
                return None
        elif (
            len(words) == 1
            and entry.stance not in ("speech-act", "belief")
            and self.verb_lemma(tok) not in _ADDRESSEE_VERBS
            and not any(c.dep_ == "dobj" or self._gerund_clause(c) for c in tok.rights)
        ):
            return None
        last = words[-1]
        if self.verb_lemma(tok) in _ADDRESSEE_VERBS:
            objs = [c for c in tok.rights if c.dep_ in ("ccomp", "xcomp")]
        else:
            objs = [c for c in tok.rights if c.dep_ in _CONTENT_DEPS and c.i > last.i]
        if len(words) > 1:
            objs += [c for c in last.rights if c.dep_ in ("pobj", "pcomp")]
        if not objs or tok.right_edge.i <= last.i:
            return None
        start = doc[last.i + 1].idx
        end = self._cut_coordinated(tok, start, tok.right_edge.idx + len(tok.right_edge))
        end = self._cut_wh_adverbial(tok, start, end)
        return self._clean(start, self._cut_nested(tok, start, end))

    def _clause_on_setting(self, tok: Token) -> list[Token]:
        """ "told CNN in an interview that ...", "told reporters on a conference call that ...": the
        parser hangs the reported clause on the noun of where the words were said; a clause with "that"
        as its subordinator and a subject of its own is the cue's, unless the noun is a cue noun that
        takes a clause itself ("in the belief that ...")."""
        out = []
        for prep in tok.rights:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                lemma = noun.lemma_.lower()
                if noun.dep_ != "pobj" or (lemma in self.lex.nouns and lemma not in self.lex.media):
                    continue
                out += [
                    c
                    for c in noun.rights
                    if c.dep_ in ("acl", "relcl")
                    and c.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.lefts)
                    and any(g.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for g in c.lefts)
                ]
        return out[:1]

    def _after_date(self, clause: Token, start: int, cue: tuple[int, int]) -> int:
        """ "The Kremlin said on Monday it was ready ...": a date right after the cue that the parser
        hung on the reported clause tells when it was said; the content starts after it."""
        if self.text[cue[1] : start].strip():
            return start
        for c in clause.lefts:
            if c.left_edge.idx != start or c.right_edge.i + 1 >= clause.i:
                continue
            dated = (
                c.ent_type_ in ("DATE", "TIME")
                if c.dep_ == "npadvmod"
                else c.dep_ == "prep"
                and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
            )
            if dated:
                nxt = self.doc[c.right_edge.i + 1]
                if nxt.text == "," and nxt.i + 1 < clause.i:
                    nxt = self.doc[nxt.i + 1]
                return nxt.idx
        return start

    def _after_aside(self, clause: Token, start: int) -> int:
        """ "TASS reported, citing the ministry, that ...", "She said, speaking in Kyiv, that ...": a
        participle's phrase between commas before the clause's "that" is the reporter's aside (whom the
        report relies on, where it was made), not what was said; the content starts at "that"."""
        mark = that_after_comma(clause)
        if mark is None or mark.idx <= start:
            return start
        first = self.doc.char_span(start, mark.idx, alignment_mode="expand")
        # a participle's phrase only ("as did the campaign, that ...": PolNeAR keeps other asides)
        return mark.idx if first is not None and first[0].tag_ == "VBG" else start

    @staticmethod
    def _gerund_clause(c: Token) -> bool:
        """ "denied targeting civilians", "admitted sending troops": a gerund with no subject of its own
        right after the cue says what the cue's subject did; it is a proposition, like a that-clause."""
        return (
            c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and c.i == c.head.i + 1 + sum(1 for t in c.head.rights if t.dep_ == "advmod" and t.i < c.i)
            and not any(g.dep_ in _SUBJECTS | {"aux"} for g in c.children)
        )

    @staticmethod
    def _free_relative(clause: Token) -> bool:
        """ "what is reported", "whatever they are told": a clause opened by "what" as its subject or
        object names a thing, not a proposition."""
        for t in clause.subtree:
            if t.pos_ == "ADV":
                continue  # "only what is reported"
            return t.lower_ in ("what", "whatever") and t.head.i == clause.i and t.dep_ != "advmod"
        return False

    def as_aside(self, tok: Token, sent: SpacySpan) -> tuple[int, int] | None:
        """ "The losses are a desperate gamble, as the spokeswoman put it": an "as" clause after a comma
        at the sentence's end attributes the sentence before it."""
        if tok.dep_ != "advcl" or tok.head.i > tok.i or not any(c.dep_ in _SUBJECTS for c in tok.lefts):
            return None
        first = tok.left_edge
        if first.lower_ != "as" or first.dep_ != "mark" or first.i <= sent.start:
            return None
        if self.doc[first.i - 1].text != "," or any(c.dep_ in ("ccomp", "xcomp") for c in tok.rights):
            return None
        if any(not (t.is_punct or t.is_space) for t in self.doc[tok.right_edge.i + 1 : sent.end]):
            return None  # more of the sentence follows: not an aside at its end
        return self._clean(sent.start_char, self.doc[first.i - 1].idx)

    def as_opening(self, tok: Token, sent: SpacySpan) -> tuple[int, int] | None:
        """ "As reported, the talks were held online": an "as" + participle clause with no subject that
        opens the sentence, before a comma, attributes the rest of it to unnamed reporters (the cue runs
        from "as"; no source)."""
        first = tok.left_edge
        if tok.dep_ != "advcl" or first.lower_ != "as" or first.dep_ != "mark":
            return None
        subject = any(c.dep_ in _SUBJECTS for c in tok.children)
        if tok.tag_ != "VBN" and not (subject and tok.tag_ in ("VBD", "VBZ", "VBP")):
            return None  # "As reported, ...", "As the minister said, ..."
        if first.i != sent.start or any(c.dep_ in _PASSIVE_SUBJECTS for c in tok.children):
            return None
        found = self.verb_cue(tok)
        own = {t.i for t in found[1]} if found else set()  # "As Lavrov put it, ...": "it" is the cue's
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i not in own for c in tok.children):
            return None
        # the comma may hang on the verb itself ("As the minister said, ...")
        comma = tok.right_edge.i + (0 if tok.right_edge.text == "," else 1)
        if comma + 1 >= sent.end or self.doc[comma].text != ",":
            return None
        end = sent[-1].idx + len(sent[-1])
        return self._clean(self.doc[comma + 1].idx, end)

    def as_aside_within(self, tok: Token, sent: SpacySpan) -> list[tuple[int, int]]:
        """ "The advance, as the portal learned, has shocked the officers": an "as" clause between commas
        inside the sentence attributes the rest of it, in two pieces around the aside."""
        first, last = tok.left_edge, tok.right_edge
        if tok.dep_ != "advcl" or first.lower_ != "as" or first.dep_ != "mark" or first.i <= sent.start:
            return []
        if not any(c.dep_ in _SUBJECTS for c in tok.lefts):
            return []
        if any(c.dep_ in _CONTENT_DEPS for c in tok.rights):
            return []
        if self.doc[first.i - 1].text != "," or last.i + 2 >= sent.end or self.doc[last.i + 1].text != ",":
            return []
        before = self._clean(sent.start_char, self.doc[first.i - 1].idx)
        end = sent[-1].idx + len(sent[-1])
        after = self._clean(self.doc[last.i + 2].idx, end)
        return [before, after] if before and after else []

    def _noun_owns_clause(self, verb: Token, clause: Token) -> bool:
        """Whether a cue noun's phrase ends right before the that-clause (`_clause_after_noun`)."""
        if clause.left_edge.lower_ != "that" or clause.left_edge.i == 0:
            return False
        for t in self.doc[verb.i + 1 : clause.left_edge.i]:
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.nouns and self._clause_after_noun(t):
                return True
        return False

    def as_content(self, tok: Token) -> tuple[int, int] | None:
        """ "see the offensive as a gamble": the object and the "as" phrase (the verb's active use)."""
        if "auxpass" in {c.dep_ for c in tok.children}:
            return None
        objs = [c for c in tok.rights if c.dep_ == "dobj"]
        preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"]
        if not objs or not preps or preps[0].i < objs[0].i:
            return None
        return self._clean(objs[0].left_edge.idx, preps[0].right_edge.idx + len(preps[0].right_edge))

    def raised_infinitive(self, tok: Token) -> tuple[int, int] | None:
        """ "Two million people are estimated to be displaced", "he is said to have fled": a passive cue
        with no agent and a to-infinitive reports what unnamed people say or think, whatever the verb's
        stance (`raised_subject` adds the subject as the first content piece)."""
        deps = {c.dep_ for c in tok.children}
        if "auxpass" not in deps or "agent" in deps:
            return None
        for c in tok.rights:
            to = [a for a in c.lefts if a.dep_ == "aux" and a.lower_ == "to"]
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and to:
                start = to[0].idx
                return self._clean(start, self._cut_nested(c, start, c.right_edge.idx + len(c.right_edge)))
        return None

    def passive_content(self, tok: Token) -> tuple[int, int] | None:
        """ "He is often accused of spreading propaganda", "an envoy once described as soft on Iran": a
        passive cue with no agent reports, through its preposition (`passive_preps` in
        statement_words.json), what unnamed people say; the source is left empty."""
        prep_word = _WORDS.passive_preps.get(self.verb_lemma(tok))
        deps = {c.dep_ for c in tok.children}
        # "The senator, often described as a hawk, ...": a participle on a noun is passive too
        reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i
        if prep_word is None or not ("auxpass" in deps or reduced) or "agent" in deps:
            return None
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == prep_word:
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs:
                    start = c.idx if prep_word == "as" else objs[0].left_edge.idx
                    return self._clean(start, objs[0].right_edge.idx + len(objs[0].right_edge))
        return None

    def _attribution_start(self, tok: Token) -> int:
        """First token of "the minister claimed" / "Chief Justice Roberts said": the verb with its
        subject, auxiliaries and adverbs (a clause the parser hung on the verb is content, not this)."""
        if self._inverted_subject(tok) is not None or self._inverted_object(tok) is not None:
            return tok.i
        return min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ in _ATTRIBUTION_LEFT)])

    def parenthetical(self, tok: Token, sent: SpacySpan) -> list[tuple[int, int]]:
        """ "The ceasefire, the commander says, is holding": the sentence around the aside."""
        doc = self.doc
        first = self._attribution_start(tok)
        last = tok.right_edge.i
        if first <= sent.start or doc[first - 1].text != "," or last + 1 >= sent.end:
            return []
        pieces = []
        for lo, hi in ((sent.start, first - 1), (last + 1, sent.end - 1)):
            if hi >= lo:
                piece = self._clean(doc[lo].idx, doc[hi].idx + len(doc[hi]))
                if piece is not None:
                    pieces.append(piece)
        if len(pieces) == 2 and self._bare_attribution(doc[last + 1 : sent.end]):
            return pieces[:1]  # "..., Lavrov said, TASS reported": the outlet relays him, no more words
        return pieces if len(pieces) == 2 else []

    def raised_subject(self, tok: Token, cue: tuple[int, int]) -> tuple[int, int] | None:
        """ "The talks are expected to resume": PolNeAR gives the passive subject to the content."""
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        for c in tok.lefts:
            relative = c.tag_ in ("WDT", "WP")  # "who was described as ...": the pronoun is no content
            if c.dep_ == "nsubjpass" and c.lower_ != "it" and not relative and c.right_edge.idx < cue[0]:
                return self._clean(*_subtree_range(c))
        return None

    def resumed(self, tok: Token, cue_toks: list[Token], sent: SpacySpan) -> tuple[int, int] | None:
        """ "The plan failed, she said, and will be dropped": the sentence goes on after the
        attribution, and PolNeAR takes that part (joining word included) as a second content piece."""
        doc = self.doc
        last = cue_toks[-1].i
        for c in tok.children:
            if c.dep_ in _SUBJECTS and c.i > tok.i:
                last = max(last, c.right_edge.i)
        nxt = last + 1
        final = sent.end - 1
        while final > nxt and doc[final].is_punct and doc[final].text not in _CLOSING:
            final -= 1
        if nxt >= final or doc[nxt].text != ",":
            return None
        first = doc[nxt + 1]
        if first.tag_ == "VBG" or first.lower_ in _NOT_RESUMED or self._is_cue(first):
            return None
        if self._bare_attribution(doc[nxt + 1 : final + 1]):
            return None  # "..., Lavrov said, TASS reported": an outlet relaying him, not more of it
        start, end = _trim(self.text, first.idx, doc[final].idx + len(doc[final]), self.quotes)
        return (start, end) if end > start else None

    def _bare_attribution(self, toks: SpacySpan) -> bool:
        """Whether the words are only someone and a reporting verb ("TASS reported", "the agency said on
        Friday"): a cue verb whose subject is among them and that reports nothing of its own."""
        words = [t for t in toks if not t.is_punct]
        if not words or len(words) > 8:
            return False
        root = next((t for t in words if not toks.start <= t.head.i < toks.end or t.head.i == t.i), None)
        if root is None or not self._is_cue(root):
            return False
        subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
        return (
            subject is not None
            and subject.left_edge.i == words[0].i
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in root.children)
        )

    def lead_in(self, quote: tuple[int, int], sent: SpacySpan) -> tuple[int, int]:
        """'Not paying taxes "makes me smart," he said': words before the quotation in its sentence
        are part of the content (the parser's sentence may start inside a long quotation: ignore it)."""
        start = sent.start_char
        lead = self.text[start : quote[0]]
        if (
            lead.strip()
            and "\n" not in lead
            and not self.quotes.inside(start, quote[0])
            and not self.quotes.covering(start, start + 1)
        ):
            return self._clean(start, quote[1]) or quote
        return quote

    def _run_on(self, last: Token, end: int, sent: SpacySpan) -> int:
        """The parser sometimes ends a clause mid-phrase ("she felt the 13th | Amendment was worth
        examining"); when the next word cannot start an adjunct, the content runs to the sentence end."""
        nxt = last.i + 1
        if last.idx + len(last) != end or nxt >= sent.end - 1:
            return end
        after = self.doc[nxt]
        if after.dep_ == "conj" and after.pos_ in ("VERB", "AUX") and after.head.i < last.left_edge.i:
            # "said on Monday it was ready ..., but accused the US of ...": a second verb of the cue's
            # subject, which the parser left the ", but" of inside the clause; the content ends before it
            j = last.i
            while j > sent.start and (self.doc[j].dep_ == "cc" or self.doc[j].is_punct):
                j -= 1
            return self.doc[j].idx + len(self.doc[j])
        if after.pos_ in _RUN_ON_POS:
            final = sent.end - 1
            while final > nxt and self.doc[final].is_punct and self.doc[final].text not in _CLOSING:
                final -= 1
            return self.doc[final].idx + len(self.doc[final])
        return end

    def _trailing(self, tok: Token, sent: SpacySpan) -> bool:
        """Is this "..., he said." after its content: subject and verb at the end of the sentence?"""
        if tok.i == sent.start:
            return False
        if tok.dep_ not in ("parataxis", "ccomp", "conj", "ROOT", "advcl") and not self._comma_relative(tok):
            return False
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
            return False  # "..., as the ministry said" is an aside; "..., while officials said" no report
        if tok.dep_ != "ROOT" and tok.head.i > tok.i:
            return False
        first = self._attribution_start(tok)
        if first <= sent.start or self.doc[first - 1].text not in (",", "”", '"', "’", "'", "—", "–"):
            return False
        if self._inverted_object(tok) is not None:
            return True
        if not any(c.dep_ in _SUBJECTS for c in tok.lefts) and not any(
            c.dep_ in _SUBJECTS for c in tok.rights
        ):
            return False
        return all(
            c.dep_ in ("punct", "npadvmod", "advmod", "prep", "nsubj", "cc", "conj", "advcl") or c.i < tok.i
            for c in tok.rights
        ) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.rights)

    def _comma_relative(self, tok: Token) -> bool:
        """ "there have been no checks at all, Die Welt reported, quoting ...": the parser read a trailing
        attribution as a relative clause on the noun before it; a relative clause after a comma with a
        subject of its own and no relative word (no "which", "who", "that") is no relative clause."""
        if tok.dep_ != "relcl" or tok.head.i > tok.i:
            return False
        subjects = [c for c in tok.lefts if c.dep_ in _SUBJECTS]
        if not subjects or any(
            t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in tok.subtree
        ):
            return False
        first = subjects[0].left_edge.i
        return first > 0 and self.doc[first - 1].text == ","

    def _cut_nested(self, head: Token, start: int, end: int) -> int:
        """Stop a content before ", adding that ...", "and suggested that ..." or ", with officials
        admitting ...": another statement the parser hung inside it (PolNeAR gives each token to one
        attribution)."""
        doc = self.doc
        for t in head.subtree:
            if t.idx <= start or t.idx >= end:
                continue
            lemma = self.verb_lemma(t)
            if lemma not in self.lex.verbs and lemma not in self.lex.particles:
                continue
            if t.dep_ == "prep":
                continue  # "regarding the aid, ...": a participle that is a preposition reports nothing
            # ", which he said was ...": a relative clause with a reporting verb of its own
            relative = (
                t.dep_ in ("relcl", "advcl")
                and t.left_edge.tag_ in ("WDT", "WP")
                and any(c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP") for c in t.lefts)
            )
            if relative and t.dep_ == "relcl" and t.head.i < head.i and t.head.head.i == head.i:
                continue  # "the claim, which Moscow rejects, was true": an aside on the content's subject
            # "... and called the war a "US problem"": a second report of the same speaker
            if t.tag_ != "VBG" and t.dep_ != "conj" and not relative and self._joined_cue(t) is None:
                continue
            j = min([t.i, *(c.left_edge.i for c in t.lefts if c.dep_ != "punct")]) - 1
            if relative:
                j = t.left_edge.i - 1
            joined = False
            while j > 0 and doc[j].lower_ in _JOINERS:
                joined = joined or doc[j].lower_ in ("and", "but", "while", "with")
                j -= 1
            if doc[j].text == "," and doc[j].idx > start:
                return doc[j].idx
            if joined and doc[j + 1].idx > start:
                return doc[j + 1].idx
        return end

    def _cut_label(self, clause: Token, start: int, end: int) -> int:
        """Stop a reported clause before the reporter's label on it: an appositive cue noun with a
        relative clause after a comma ("Russia shelled the plant, a claim Moscow rejects"; "..., an
        accusation the Kremlin denied") says who disputes the report; it is not what was said."""
        for t in clause.subtree:
            comma = self.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
            if (
                t.dep_ in ("appos", "npadvmod")  # the parser's two readings of such a label
                and t.lemma_.lower() in self.lex.nouns
                and comma is not None
                and comma.text == ","
                and any(c.dep_ == "relcl" for c in t.children)
                and start < comma.idx < end
                and self.quotes.covering(t.idx, t.idx + 1) is None
            ):
                return comma.idx
        return end

    def _cut_aside(self, start: int, end: int) -> int:
        """Stop a reported clause before the reporter's own comment on it after a dash ("... engaged in
        'scapegoating' — which is partly fair, as it happens, ..."), unless the dash is inside a quotation."""
        for m in _ASIDE.finditer(self.text, start, end):
            if self.quotes.covering(m.start(), m.start() + 1) is None:
                return m.start()
        return end

    def _clean(self, start: int, end: int) -> tuple[int, int] | None:
        start, end = _trim(self.text, start, end, self.quotes)
        m = _LEADING_CONJUNCTION.match(self.text, start, end)
        if m:
            start = m.end()
        return (start, end) if end > start else None

    def kind_of(self, contents: list[tuple[int, int]], trailing: bool) -> StatementKind:
        spans = self.quotes
        if all(spans.starting_at(s) == (s, e) for s, e in contents):
            return "direct"
        if any(spans.inside(s, e) or spans.covering(s, e) for s, e in contents):
            return "mixed"
        if trailing:
            # "US" is the country, not "us": an all-capitals word is no pronoun (but "I" is)
            words = {
                w.lower()
                for s, e in contents
                for w in re.findall(r"[A-Za-z]+", self.text[s:e])
                if not (w.isupper() and len(w) > 1)
            }
            if words & _FIRST_PERSON:
                return "unmarked-quote"
        return "indirect"

    # --- "according to X", "in X's words" ---------------------------------------------------------
    def prep_statement(self, tok: Token, sent: SpacySpan) -> _Draft | None:
        doc = self.doc
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs:
                return None
            obj = objs[0]
            entry = self.lex.preps.get("according to")
            cue = _token_range([tok, to])
            last = obj.right_edge
            while last.i > obj.i and last.text in (",", ";", ":"):
                last = doc[last.i - 1]  # a comma the parser hung on the source is no part of it
            source = (doc[to.i + 1].idx, last.idx + len(last))
            phrase = (tok.i, last.i)
        elif tok.lower_ == "words" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            poss = [c for c in tok.children if c.dep_ == "poss"]
            of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            entry = self.lex.preps.get("in words")
            prep = tok.head
            if poss:
                cue = _token_range([prep, tok])
                source = _token_range([doc[i] for i in range(poss[0].left_edge.i, poss[0].i + 1)])
                phrase = (prep.i, tok.i)
            elif owner is not None and of is not None:  # "in the words of X": X's words
                last = owner.right_edge.i
                comma = next((t.i for t in doc[owner.i : last + 1] if t.text == ","), None)
                last = comma - 1 if comma is not None else last  # "... Douglas Macgregor, Ukraine has"
                cue = _token_range([prep, of])
                source = (doc[of.i + 1].idx, doc[last].idx + len(doc[last]))
                phrase = (prep.i, last)
            else:
                return None
        else:
            return None
        if entry is None:
            return None
        contents: list[tuple[int, int]] = []
        after = self.quote_after(source[1] if source[1] > cue[1] else cue[1])
        if after is not None:
            contents.append(after)
        else:
            before = self.quote_before(cue[0])
            if before is not None:
                contents.append(before)
        if not contents:
            for lo, hi in ((sent.start, phrase[0] - 1), (phrase[1] + 1, sent.end - 1)):
                if hi - lo >= 1 and not self._only_joining(doc[lo : hi + 1]):
                    piece = self._clean(doc[lo].idx, doc[hi].idx + len(doc[hi]))
                    if piece is not None:
                        contents.append(piece)
        if not contents:
            return None
        kind: StatementKind = "according-to"
        return _Draft(cue, contents, source, kind, entry.cue, entry.stance, entry.cls)

    @staticmethod
    def _only_joining(toks: SpacySpan) -> bool:
        """ "But, according to X, ...": words before the phrase that only join the sentence to the last
        one (a conjunction or linking adverb and commas) are no content piece."""
        joining = {*_WORDS.leading_conjunctions, *_WORDS.leading_adverbs}
        return all(t.is_punct or t.lower_ in joining for t in toks)

    # --- "X's claim that ..." --------------------------------------------------------------------
    def noun_statement(self, tok: Token) -> _Draft | None:
        entry = self.lex.nouns.get(tok.lemma_.lower())
        if entry is None:
            return None
        if tok.dep_ == "pobj" and self._medium_of_cue(tok, tok.head.head):
            return None  # "said in a statement that ...": the verb's report, with its medium in the cue
        poss = [c for c in tok.children if c.dep_ == "poss"]
        clause = [
            c
            for c in tok.rights
            if c.dep_ in ("acl", "ccomp", "appos", "relcl")
            and c.left_edge.lower_ == "that"
            and c.left_edge.dep_ == "mark"  # "the statement that can exist": a relative, not a report
        ]
        if not clause and tok.dep_ == "attr" and poss:
            # "it was his allegation that ...": the parser hangs the clause on the copula
            clause = [
                c
                for c in tok.head.rights
                if c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ == "that"
            ]
        if not clause:
            clause = self._clause_after_noun(tok)
        source = self._noun_source(tok, poss)
        if clause:
            start, end = _subtree_range(clause[0])
            content = self._clean(start, self._cut_nested(clause[0], start, end))
        elif (entry.cls == "intention" and tok.lemma_.lower() not in _WORDS.owned_nouns) or (
            source is not None and (entry.cls == "intention" or entry.stance == "speech-act")
        ):
            # "Russia's offer to move the talks", "a warning by NATO to ...", "Cuba made plans to ...":
            # an act announced or intended, with its owner named; an intention also without one ("the
            # aim was to ...", "led him to the decision to invade", "the objective of cutting ties":
            # the gold codes them with an empty source), unless the noun also names a document ("the
            # plan to rebuild the bridge": `owned_nouns` in statement_words.json).
            gerund_preps = ("to", "of") if entry.cls == "intention" else ("to",)
            content = self.infinitive_content(tok, deps=("acl",)) or self._to_gerund(tok, gerund_preps)
            if content is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                # "Putin's goal is to push NATO back": the infinitive hangs on the copula
                content = self.infinitive_content(tok.head)
        else:
            return None
        if content is None:
            return None
        return _Draft(_token_range([tok]), [content], source, "indirect", entry.cue, entry.stance, entry.cls)

    @staticmethod
    def _titled(tok: Token) -> bool:
        """ "the Ukrainian president", "the Polish side": "the", a nationality or country, and a noun."""
        children = list(tok.children)
        return (
            tok.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
            and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in children)
        )

    def _clause_after_noun(self, tok: Token) -> list[Token]:
        """ "responding to a warning by Stoltenberg that troops could invade": a that-clause right after a
        cue noun's phrase that the parser hung on the verb above the noun belongs to the noun."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        if self._medium_of_cue(tok, verb):
            return []
        return [
            c
            for c in verb.rights
            if c.dep_ == "ccomp"
            and c.left_edge.lower_ == "that"
            and c.left_edge.dep_ == "mark"
            and c.left_edge.i > tok.right_edge.i
            and self._only_a_date(tok.right_edge.i + 1, c.left_edge.i)
        ]

    def _medium_of_cue(self, tok: Token, verb: Token) -> bool:
        """ "The ministry said in a statement that ...": a medium noun after "in" on a reporting verb is
        how the verb's report came out, so the that-clause is the verb's content and the ministry its
        source; the noun read as a cue of its own left the statement without a source."""
        lemma = self.verb_lemma(verb)
        return (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "during", "on", "via")
            and tok.lemma_.lower() in self.lex.media
            and (lemma in self.lex.verbs or lemma in self.lex.particles)
        )

    def _only_a_date(self, start: int, end: int) -> bool:
        """Whether tokens start:end are nothing or a date ("on January 27")."""
        gap = self.doc[start:end]
        return all(t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "ADP" and t.i + 1 < end) for t in gap) and (
            not len(gap) or gap[-1].ent_type_ in ("DATE", "TIME")
        )

    def _to_gerund(self, tok: Token, preps: tuple[str, ...] = ("to",)) -> tuple[int, int] | None:
        """ "committed to reaching a deal", "the UK's commitment to aiding Kyiv": "to" and a gerund."""
        for c in tok.rights:
            objs = [o for o in c.children if o.dep_ == "pcomp" and o.tag_ == "VBG"]
            if c.dep_ == "prep" and c.lower_ in preps and objs:
                # "to" belongs to the content as with an infinitive; "of" only links the noun to it
                start = objs[0].left_edge.idx if c.lower_ == "of" else c.idx
                return self._clean(start, objs[0].right_edge.idx + len(objs[0].right_edge))
        return None

    def _noun_source(self, tok: Token, poss: list[Token]) -> tuple[int, int] | None:
        """Who a cue noun belongs to: its possessive ("Russia's offer"), its "by" agent ("a warning by
        NATO"), or the subject of a light verb that takes it ("Cuba made plans to ...")."""
        if poss:
            owner = poss[0]
            last = owner
            for c in owner.rights:
                if c.dep_ == "case":
                    break
                last = c.right_edge
            return (owner.left_edge.idx, last.idx + len(last))
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == "by":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return _subtree_range(objs[0])
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
                # "the request of the Ukrainian president that ...": a named person or body after "of"
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and (objs[0].ent_type_ in _SPEAKER_ENTS or self._titled(objs[0])):
                    return _subtree_range(objs[0])
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in _WORDS.light_verbs:
            for c in head.children:
                if c.dep_ in _SUBJECTS:
                    return _source_range(c)
            if head.tag_ == "VBG":  # "Wallace agreed, expressing the opinion that": the gerund's subject
                found = self.source_of(head)
                if found is not None and found[1] <= head.idx:
                    return found
        names = [
            c for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        ]
        if names and names[-1].i == tok.i - 1:
            # "Sabagh reports, ...", "the Kremlin claims that ...": a name right before the cue noun
            first = names[-1].left_edge
            return _token_range([first, names[-1]])
        before = tok.nbor(-1) if tok.i > 0 else None
        if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and before is not None and before.is_sent_start:
            # "Kowalsky reports, “...”": a sentence of a name and a verb the parser read as a plural
            # noun with an adjective (NER missed the name too)
            # (not "Russian reports": a nationality's)
            nation = before.ent_type_ in ("NORP", "GPE", "LANGUAGE")
            named = before.is_title and before.is_alpha and not nation
            if named and before.dep_ in ("amod", "compound"):
                return _token_range([before])
        return None

    # --- "X is ready to ..." ----------------------------------------------------------------------
    def adjective_statement(self, tok: Token) -> _Draft | None:
        """ "I am ready to assume losses", "Iran remains committed to reaching a deal": an intention
        adjective after a copula with a subject; the content is its infinitive ("to" included)."""
        entry = self.lex.adjectives.get(tok.lower_)
        if entry is None:
            return None
        if tok.dep_ == "acomp" and tok.head.pos_ in ("AUX", "VERB"):
            copula = tok.head
        elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            copula = tok  # "Iran is committed to ...", parsed as a passive
        else:
            return None
        if self._under_cue(tok):
            return None  # inside another cue's report, it is that report's
        if entry.type == "adj+clause":
            content = self._adjective_clause(tok, copula)
        else:
            content = self.infinitive_content(tok)
            if content is None:  # "committed to reaching", "interested in seizing"
                content = self._to_gerund(tok, ("to", "in"))
        if content is None:
            return None
        subjects = [c for c in copula.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS]
        source = _source_range(subjects[0]) if subjects else self.source_of(copula)
        if source is not None and content[0] <= source[0] < content[1]:
            source = None
        return _Draft(_token_range([tok]), [content], source, "indirect", entry.cue, entry.stance, entry.cls)

    def _adjective_clause(self, tok: Token, copula: Token) -> tuple[int, int] | None:
        """ "The generals are convinced that the offensive will fail": a belief adjective's clause
        (with its "that") is the content; "it" as the subject is no believer ("it is doubtful that")."""
        if any(c.dep_ in _SUBJECTS and c.lower_ == "it" for c in copula.children):
            return None
        clauses = [c for c in tok.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if not clauses or not any(g.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for g in clauses[0].children):
            return None
        start, end = _subtree_range(clauses[0])
        return self._clean(start, self._cut_nested(clauses[0], start, end))

    # --- "alleged plans to ..." ----------------------------------------------------------------
    def attributive_statement(self, tok: Token) -> _Draft | None:
        """ "alleged Russian plans to invade", "Iran's purported aid to Moscow": the adjective attributes
        the noun phrase after it to people the text does not name (PolNeAR and the war-news gold: cue
        the adjective, content the rest of the phrase, no source)."""
        entry = self.lex.attributive[tok.lower_]
        head = tok.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i < tok.i or tok.i + 1 >= len(self.doc):
            return None
        start = self.doc[tok.i + 1].idx
        content = self._clean(
            start, self._cut_nested(head, start, head.right_edge.idx + len(head.right_edge))
        )
        if content is None or len(self.text[content[0] : content[1]].split()) < 2:
            return None  # "the alleged attacker": a label, not a reported claim
        kind = self.kind_of([content], False)
        return _Draft(_token_range([tok]), [content], None, kind, entry.cue, entry.stance, entry.cls)

    # --- "Russian strikes reportedly hit ..." ---------------------------------------------------
    def adverb_statement(self, tok: Token) -> _Draft | None:
        """ "Russian strikes reportedly hit the airfield", "which supposedly show ...": a hedge adverb on
        a verb reports the clause as a claim of people the text does not name (docs/annotation.md: no
        source). Content: the verb's subject and the predicate after the adverb. After a cue in its
        sentence ("officials said troops reportedly ...") it is that report's."""
        entry = self.lex.adverbs[tok.lower_]
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or self._under_cue(tok):
            return None
        if any(self._is_cue(t) for t in tok.sent if t.i < tok.i):
            return None  # "media claim that Russia is allegedly stealing": the parse may lose the link
        if tok.i + 1 >= len(self.doc) or verb.i < tok.i - 1:
            return None  # "the report, reportedly, ...": no predicate after the adverb
        end = verb.right_edge.idx + len(verb.right_edge)
        predicate = self._clean(self.doc[tok.i + 1].idx, end)
        if predicate is None or len(self.text[predicate[0] : predicate[1]].split()) < 2:
            return None
        contents = [predicate]
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS and c.i < tok.i]
        if subjects:
            subject = self._clean(*_subtree_range(subjects[0]))
            if subject is not None and subject[1] <= tok.idx:
                contents.insert(0, subject)
        kind = self.kind_of(contents, False)
        return _Draft(_token_range([tok]), contents, None, kind, entry.cue, entry.stance, entry.cls)

    # --- headline lines --------------------------------------------------------------------------
    def headlines(self) -> list[_Draft]:
        out = []
        for m in _HEADLINE.finditer(self.text):
            name = m.group("name")
            claim = m.group("claim")
            if name.split()[-1].islower() and name.split()[-1] not in _WORDS.speaker_roles:
                continue  # "Ukraine war: ...": a lower-case last word must be a role
            if re.split(r"[\s-]", name)[-1].lower() in _WORDS.topic_nouns:
                continue  # "Russia-Ukraine War: ...": a topic label, in any case
            if name.lower() in self.lex.labels or len(claim.split()) < 3:
                continue  # "UPDATE: ...", "Published: 12 March 2022"
            # A Title Case claim (not one lower-case word) needs a named speaker. A claim with small words
            # in lower case ("West Tries to Split Europe") counts as a sentence: headline names NER misses
            # ("Lavrov", "Medvedev") must still speak, which costs a label now and then ("Total Disaster:").
            if not _LOWER_WORD.search(claim) and not self._headline_name(m.start("name"), m.end("name")):
                continue  # a Title Case claim needs a speaker NER names ("Microsoft: Hackers Have ...")
            if m.group("claim").rstrip().endswith(":"):
                continue
            if not self._headline_speaker(m.start("name"), m.end("name")):
                continue
            content = self._clean(m.start("claim"), m.end("claim"))
            if content is None:
                continue
            out.append(
                _Draft(
                    (m.start("colon"), m.end("colon")),
                    [content],
                    (m.start("name"), m.end("name")),
                    "headline",
                    ":",
                    "neutral",
                )
            )
        return out

    def title_line(self) -> list[_Draft]:
        """The article's first line when it is a Title Case headline, where the parser is least reliable:
        "Zelenskyy to Newsmax: ...", "...: Russia" (signed at the end), "Russia Pledges to Break ..." (a
        cue verb in -s after the named speaker). The speaker must be one entity NER names."""
        end = self.text.find("\n")
        line = self.text if end < 0 else self.text[:end]
        signed = self._dash_signed_title(line) or self._signed_on_title(line)
        if signed is not None:
            return [signed]
        words = re.findall(r"[A-Za-z][\w'’\-]*", line)
        if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.6 * len(words):
            return []
        for pattern in (_TITLE_TO, _TITLE_SIGNED):
            m = pattern.match(line)
            if m is None or len(m.group("claim").split()) < 3:
                continue
            if not self._title_name(m.start("name"), m.end("name")):
                continue
            if not self._headline_speaker(m.start("name"), m.end("name")):
                continue
            content = self._clean(m.start("claim"), m.end("claim"))
            if content is not None:
                cue, source = (m.start("colon"), m.end("colon")), (m.start("name"), m.end("name"))
                return [_Draft(cue, [content], source, "headline", ":", "neutral")]
        span = self.doc.char_span(0, len(line.rstrip()), alignment_mode="contract")
        if span is None:
            return []
        for tok in span[1:]:
            entry = self._title_verb(tok)
            if entry is None:
                continue
            first = next((t for t in span if not t.is_space), None)
            if first is None or not self._title_name(first.idx, tok.idx):
                return []
            if any(e.start < tok.i < e.end or e.start == tok.i for e in self.doc.ents):
                return []  # NER read the verb into a name ("Kremlin Warns Europe"): no speaker to trust
            content = self._clean(tok.idx + len(tok), span.end_char)
            if content is None or len(self.text[content[0] : content[1]].split()) < 3:
                return []
            if entry.type == "verb+to" and not self.text[content[0] :].lower().startswith("to "):
                return []
            cue = (tok.idx, tok.idx + len(tok))
            source = (first.idx, self.doc[tok.i - 1].idx + len(self.doc[tok.i - 1]))
            return [_Draft(cue, [content], source, "headline", entry.cue, entry.stance, entry.cls)]
        return []

    def _dash_signed_title(self, line: str) -> _Draft | None:
        """ "West is preparing provocations in Moldova – Lavrov": a title signed after a dash by a name
        (not a label such as "Live" or "Analysis"), in any case; an interview's title ("Interview with
        the Head of Intelligence – Jan Nowak") is no claim of the name."""
        return self._signed_title(_TITLE_DASHED.match(line), "dash", self._title_name, interview=True)

    def _signed_on_title(self, line: str) -> _Draft | None:
        """ "Talks will go on: Zelensky after meeting Erdogan": a title whose colon is followed by a name
        NER tags as a whole and the occasion; the claim before the colon is the name's."""
        return self._signed_title(_TITLE_SIGNED_ON.match(line), "colon", self._named_speaker)

    def _signed_title(
        self, m: re.Match[str] | None, cue: str, named: Callable[[int, int], bool], interview: bool = False
    ) -> _Draft | None:
        """The headline statement of a title signed by a name (the match's claim, name and `cue` groups),
        when the claim has three words or more and `named` accepts the name as a speaker."""
        if m is None or len(m.group("claim").split()) < 3 or m.group("name").lower() in self.lex.labels:
            return None
        words = re.findall(r"[\w'’]+", m.group("claim"))
        if interview and any(w.lower() in _WORDS.interview_words for w in words):
            return None
        name = (m.start("name"), m.end("name"))
        if not named(*name) or not self._headline_speaker(*name):
            return None
        content = self._clean(m.start("claim"), m.end("claim"))
        if content is None:
            return None
        return _Draft((m.start(cue), m.end(cue)), [content], name, "headline", ":", "neutral")

    def _title_name(self, start: int, end: int) -> bool:
        """A speaker in a Title Case line: an entity NER names, or one to three proper nouns (NER often
        misses names in Title Case: "Kremlin Warns ...", "Zelenskyy to Newsmax: ...")."""
        if self._named_speaker(start, end):
            return True
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return (
            span is not None
            and 1 <= len(span) <= 3
            and all(t.tag_ in ("NNP", "NNPS") or t.is_title and t.pos_ in ("NOUN", "PROPN") for t in span)
        )

    def _title_verb(self, tok: Token) -> CueEntry | None:
        """ "Pledges", "Warns", "Denies": a capitalised third-person form of a reporting verb."""
        low = tok.lower_
        if not tok.text[:1].isupper() or not low.endswith("s") or len(low) < 4:
            return None
        stems = [low[:-3] + "y"] if low.endswith("ies") else []
        stems += [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]
        for stem in stems:
            entry = self.lex.verb(stem)
            if entry is not None and entry.type in ("verb", "verb+clause", "verb+to"):
                return entry
        return None

    def _headline_name(self, start: int, end: int) -> bool:
        """A named speaker, or words ending in a role noun ("Belarusian Officer", "Pentagon Sources")."""
        words = self.text[start:end].split()
        return self._named_speaker(start, end) or (bool(words) and words[-1].lower() in _WORDS.speaker_roles)

    def _headline_speaker(self, start: int, end: int) -> bool:
        """Whether the name before a headline colon can be a speaker: not a possessive topic ("Ukraine's
        Minerals: What the West Is Fighting For"); "Russia's Lavrov: ..." is one, its last word a person
        or organisation NER names."""
        name = self.text[start:end]
        if not _POSSESSIVE.search(name):
            return True
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[-1].ent_type_ in ("PERSON", "ORG")

    def _named_speaker(self, start: int, end: int) -> bool:
        """Whether the text at start:end is one person, organisation or country entity, as a whole."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        return any(
            e.start == span.start and e.end == span.end and e.label_ in ("PERSON", "ORG", "GPE", "NORP")
            for e in self.doc.ents
        )

    def dash_signatures(self) -> list[_Draft]:
        """“...” ― Name: a quotation signed with a dash at the end of its line."""
        out = []
        for start, end in self.quotes.spans:
            m = _DASH_SIGNATURE.match(self.text, end)
            if m is None:
                continue
            out.append(
                _Draft(
                    (m.start("dash"), m.end("dash")),
                    [(start, end)],
                    (m.start("name"), m.end("name") - m.group("name").endswith(".")),
                    "direct",
                    m.group("dash"),
                    "neutral",
                )
            )
        return out

    # --- all -------------------------------------------------------------------------------------
    def candidates(self) -> list[int]:
        """Indices of tokens whose lemma or form could be a cue: one vectorised pass over the doc, so
        that Token objects are only built for the few that matter."""
        doc = self.doc
        if len(doc) == 0:
            return []
        lemmas, lowers = _cue_hashes(self.lex)
        arr = doc.to_array([LEMMA, LOWER])
        mask = numpy.isin(arr[:, 0], lemmas) | numpy.isin(arr[:, 1], lowers)
        return numpy.flatnonzero(mask).tolist()

    def denials(self) -> list[_Draft]:
        """'..., a charge Ukraine denied': the name's statement whose content is the claim noun's phrase."""
        out = []
        for tok in self.doc:
            found = denied_claim(tok, _WORDS.claim_nouns, self.lex)
            if found is None:
                continue
            start, end, verb = found
            entry = self.lex.verb(self.verb_lemma(verb))
            assert entry is not None
            content = (self.doc[tok.i - 1].idx, tok.idx + len(tok))
            source = _token_range(list(self.doc[start:end]))
            out.append(
                _Draft(
                    _token_range([verb]), [content], source, "indirect", entry.cue, entry.stance, entry.cls
                )
            )
        return out

    def _before_denials(self, drafts: list[_Draft], denials: list[_Draft]) -> None:
        """Another statement's content ends before the comma of a claim noun's denial after it."""
        for denial in denials:
            comma = self.text.rfind(",", 0, denial.content[0][0])
            for d in drafts:
                d.content = [(s, comma) if s < comma < e else (s, e) for s, e in d.content]

    def run(self) -> list[_Draft]:
        drafts = self.headlines() + self.dash_signatures()
        first_line = self.text.find("\n") % (len(self.text) + 1)
        if not any(d.cue[0] < first_line for d in drafts):
            drafts = self.title_line() + drafts
        denials = self.denials()
        drafts += denials
        taken = {d.cue[0] for d in drafts}
        doc = self.doc
        for i in self.candidates():
            tok = doc[i]
            draft = None
            pos = tok.pos_
            if tok.lower_ in ("according", "words"):
                draft = self.prep_statement(tok, tok.sent)
            elif tok.lower_ in self.lex.attributive and tok.dep_ == "amod":
                draft = self.attributive_statement(tok)
            elif tok.lower_ in self.lex.adverbs and tok.dep_ == "advmod":
                draft = self.adverb_statement(tok)
            elif tok.lower_ in self.lex.adjectives:
                draft = self.adjective_statement(tok)
            elif pos in ("VERB", "AUX"):
                lemma = self.verb_lemma(tok)
                if lemma in self.lex.verbs or lemma in self.lex.particles:
                    draft = self.verb_statement(tok, tok.sent)
                    if draft is not None and self._reduced_passive_speech(tok):
                        self._agent_out_of_content(tok, draft)
            elif pos == "NOUN" and tok.lemma_.lower() in self.lex.nouns:
                draft = self.noun_statement(tok)
            if draft is None or self.quotes.covering(draft.cue[0], draft.cue[1]):
                continue  # a cue inside a quotation is the quoted speaker's, part of their words
            if draft.cue[0] not in taken:
                taken.add(draft.cue[0])
                drafts.append(draft)
        self._before_denials(drafts, denials)
        self.add_continuations(drafts)
        return drafts

    def add_continuations(self, drafts: list[_Draft]) -> None:
        """A quotation that opens a later sentence of a direct statement's paragraph, with no other
        statement's cue or content between, is more of it ('"...," he said, as he left. "..."'); so is
        a paragraph that is nothing but a quotation, right after."""
        taken = sorted((s, e) for d in drafts for s, e in [d.cue, *d.content])
        for d in drafts:
            end = max(c[1] for c in [*d.content, d.cue, *([d.source] if d.source else [])])
            if d.kind not in ("direct", "mixed") or self.quotes.ending_at(d.content[-1][1]) is None:
                if d.source is not None and d.content:
                    q = self._continuation(end, taken)
                    if q is not None and "\n" not in self.text[end : q[0]]:
                        d.content.append(q)  # 'X said, adding that ... . "..."': more of X's words
                        d.kind = "mixed"
                        bisect.insort(taken, q)
                continue
            q = self._continuation(end, taken)
            if q is not None:  # one only: chaining further quotations cost more than it won on dev
                d.content.append(q)
                bisect.insort(taken, q)
                if "\n" not in self.text[end : q[0]]:
                    # '"A," he said. "B."' and then a paragraph that is only a quotation: more of it
                    nxt = self._continuation(q[1], taken)
                    if nxt is not None and "\n" in self.text[q[1] : nxt[0]]:
                        d.content.append(nxt)
                        bisect.insort(taken, nxt)

    def _continuation(self, end: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.quotes.starts, end + 1)
        if i >= len(self.quotes.spans):
            return None
        q = self.quotes.spans[i]
        gap = self.text[end : q[0]]
        if "\n" in gap:
            head, _, tail = gap.partition("\n")
            para_end = self.text.find("\n", q[1])
            after = self.text[q[1] : len(self.text) if para_end < 0 else para_end]
            stopped = _SENTENCE_END.search(head) or (
                not head.strip() and self.text[end - 2 : end - 1] in ".!?"
            )
            if tail.strip() or gap.count("\n") > 2 or after.strip() or not stopped:
                return None
        elif not _SENTENCE_END.search(gap):
            return None
        k = bisect.bisect_left(taken, (end, 0))
        if k < len(taken) and taken[k][0] < q[1]:
            return None  # another statement lies between, or claims the quotation
        return q


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The lemma, or the cue an inflected form belongs to when the lemmatiser got it wrong
    ("hoped" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.verbs or lemma in lex.particles:
        return lemma
    return lex.forms.get(tok.lower_, lemma)


def is_cue_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether the token is a verb whose lemma is a cue of the lexicon."""
    lemma = verb_lemma(tok, lex)
    return tok.pos_ in ("VERB", "AUX") and (lemma in lex.verbs or lemma in lex.particles)


def that_after_comma(clause: Token) -> Token | None:
    """The clause's "that" when a comma comes right before it (an aside ends there)."""
    mark = next((c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    return mark if mark is not None and mark.i > 0 and mark.doc[mark.i - 1].text == "," else None


def denied_claim(noun: Token, claim_nouns: frozenset[str], lex: Lexicon) -> tuple[int, int, Token] | None:
    """ "..., a charge Ukraine denied", "..., a claim that the Kremlin rejects": for a claim noun after a
    comma, the token range of the name after it and the reporting verb the name says it with. The
    noun stands for what the sentence before reported; the parser reads this tail many ways."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in claim_nouns or noun.i < 2:
        return None
    if doc[noun.i - 1].lower_ not in ("a", "an", "the") or doc[noun.i - 2].text != ",":
        return None
    i = noun.i + 1
    if i < len(doc) and doc[i].lower_ in ("that", "which"):
        i += 1
    start = i
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    while i < len(doc) and i - start < 5 and doc[i].pos_ == "PROPN":
        i += 1
    end = i
    if not any(t.pos_ == "PROPN" for t in doc[start:end]):
        return None
    while i < len(doc) and i - end < 2 and (doc[i].pos_ == "AUX" or doc[i].tag_ == "RB"):
        i += 1  # "has denied", "strongly denies"
    if i + 1 >= len(doc):
        return None
    verb, after = doc[i], doc[i + 1]
    if not verb.tag_.startswith(("VB", "NNS")) or lex.verb(verb_lemma(verb, lex)) is None:
        return None
    if not (after.is_punct or after.lower_ in ("and", "but") or after.is_sent_start):
        return None
    return start, end, verb


def asked_aside(tok: Token, lex: Lexicon) -> Token | None:
    """ "Peskov, asked about the strikes, said ...": a speech verb's participle set off by commas after
    a name, which the parser read as that name's finite verb hung on the cue after it. The name was
    spoken to and is the cue's subject (returned); the aside reports nothing of its own. The parser
    also reads it as a participle of the name ("Zelensky, questioned about ..., told")."""
    doc = tok.doc
    if (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBD", "VBN")
        and tok.head.i == tok.i - 2
        and doc[tok.i - 1].text == ","
    ):
        name, after = tok.head, tok.right_edge.i + 1
        entry = lex.verb(verb_lemma(tok, lex))
        aside = entry is not None and entry.cls == "speech" and after < len(doc) and doc[after].text == ","
        cue = name.head
        return name if aside and name.dep_ in _SUBJECTS and cue.i > after and is_cue_verb(cue, lex) else None
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ not in ("ccomp", "advcl", "parataxis"):
        return None
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.head.i < tok.i:
        return None
    entry = lex.verb(verb_lemma(tok, lex))
    if entry is None or entry.cls != "speech" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ in _SUBJECTS]
    after = tok.right_edge.i + 1
    if len(subjects) != 1 or subjects[0].i != tok.i - 2 or after + 1 >= len(doc):
        return None
    if doc[after].text != "," or after + 1 != tok.head.i or not is_cue_verb(tok.head, lex):
        return None
    if any(c.dep_ in _SUBJECTS for c in tok.head.children):
        return None
    return subjects[0]


def citing_aside(tok: Token, is_cue: Callable[[Token], bool]) -> bool:
    """ "Interfax reported, citing a source, that ...": the parser hung the reporting verb's clause on
    a participle of a citing verb (`cite_verbs` in actor_lexicon.json) with an object; the clause is
    the reporting verb's content, and "citing" no statement of its own (the speaker pipe makes the one
    cited the speaker). ("said, citing the release of prisoners": no clause, a statement of its own.)"""
    head = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and head.i < tok.i
        and tok.lemma_.lower() in _cite_verbs()
        and is_cue(head)
        and any(c.dep_ == "dobj" for c in tok.children)
        and any(c.dep_ == "ccomp" and that_after_comma(c) is not None for c in tok.rights)
    )


@lru_cache(maxsize=1)
def _cite_verbs() -> frozenset[str]:
    """Verbs that name whom a report relies on ("citing officials", "quoting a source"): the actors'
    word list, so the statement rules and the speaker pipe agree on them."""
    return frozenset(load_gazetteer().lexicon.get("cite_verbs", ()))


def _cue_hashes(lex: Lexicon) -> tuple[numpy.ndarray, numpy.ndarray]:
    """String hashes of the cue lemmas (any case) and of the prepositional cue words, kept on the lexicon."""
    if lex.hashes is None:
        words = set(lex.verbs) | set(lex.particles) | set(lex.nouns)
        forms = {f for w in words for f in (w, w.capitalize(), w.upper())}
        lemmas = numpy.array(sorted(get_string_id(f) for f in forms), dtype=numpy.uint64)
        lowers = numpy.array(
            sorted(
                get_string_id(f)
                for f in {"according", "words", *lex.forms, *lex.adjectives, *lex.attributive, *lex.adverbs}
            ),
            dtype=numpy.uint64,
        )
        lex.hashes = (lemmas, lowers)
    return lex.hashes


def _unspaced(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space a token's span brings at its ends ("says Lavrov\\n" under a
    title: the source is "Lavrov")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def rule_statements(doc: Doc, lexicon: Lexicon | None = None) -> list[Statement]:
    """Statements found by the rules alone, ids S1.. in text order."""
    text = doc_text(doc)
    drafts = _Rules(doc, lexicon or load_lexicon()).run()
    drafts.sort(key=lambda d: (d.start, d.cue[0]))
    return [
        Statement(
            id=f"S{i}",
            cue=Span.of(text, *_unspaced(text, *d.cue)),
            content=[Span.of(text, *_unspaced(text, s, e)) for s, e in sorted(d.content)],
            source=Span.of(text, *_unspaced(text, *d.source)) if d.source else None,
            kind=d.kind,
            cue_lemma=d.lemma,
            cue_stance=d.stance,
            statement_class=d.cls,
            method="rules",
        )
        for i, d in enumerate(drafts, 1)
    ]
