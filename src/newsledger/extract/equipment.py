"""Equipment mentions (`data/equipment.tsv`): named systems (Javelin, Mi-17) and classes (anti-tank missiles).

One PhraseMatcher pass per doc; matches are grouped by the noun they belong to, so "Mi-17 helicopters" is
one item named Mi-17 in the helicopters category, and quantity, unit and provenance are read off that noun:
"10,000 rounds of ammunition" is 10000 in rounds, "two batteries of Patriot missiles" 2 in batteries, and
the 155 of "155mm shells" is a calibre, not a quantity. Units are in `data/item_units.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from ..lexicon.events import DATA_DIR, load_lexicon, place_countries
from ..model import Item, Span

_QUANTITY_WORDS = frozenset(
    ("dozens", "hundreds", "thousands", "millions", "tens", "scores", "dozen", "hundred", "thousand",
     "million", "several", "many", "number", "batch", "batches", "few")
)  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "hundreds": 100, "dozen": 12, "dozens": 24, "thousand": 1000,
    "thousands": 1000, "million": 1_000_000, "millions": 1_000_000, "tens": 10, "a": 1,
}  # fmt: skip


#: The category of equipment.tsv rows that are phrases containing an equipment word but naming none.
NOT_EQUIPMENT = "-"


#: Words after a number that make it a calibre or a size, not a count ("155mm shells", "152 mm howitzers").
_CALIBRE = re.compile(r"\d+(?:\.\d+)?\s*-?(?:mm|millimet(?:er|re)s?|cm|calibre|caliber|inch)$", re.IGNORECASE)
_SIZE_WORDS = frozenset(("mm", "millimeter", "millimetre", "cm", "calibre", "caliber", "inch", "kg"))


def _data_rows(name: str, header: str) -> list[list[str]]:
    """The fields of a data file's rows: blank lines, comments and the header row (first field
    `header`) left out. Both tables this module reads are written this way."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [
        line.split("\t")
        for line in lines
        if line.strip() and not line.startswith("#") and not line.startswith(header + "\t")
    ]


@lru_cache(maxsize=1)
def load_units() -> dict[str, str]:
    """Lower-cased measure word or currency -> the unit stored ("rounds", "dollars"), from item_units.tsv."""
    return {word.strip().lower(): unit.strip() for word, unit, *_ in _data_rows("item_units.tsv", "word")}


@lru_cache(maxsize=1)
def currency_units() -> dict[str, str]:
    """The currencies among the units: lower-cased word -> unit ("dollars")."""
    return {
        word.strip().lower(): unit.strip()
        for word, unit, *rest in _data_rows("item_units.tsv", "word")
        if rest and rest[0].strip() == "currency"
    }


def money_unit(text: str) -> str | None:
    """The currency of an amount as written: "$62 billion" -> dollars, "EUR 1.5bn" -> euros."""
    units = load_units()
    for word in re.findall(r"us\$|[$€£]|[a-z]+", text.lower()):
        if word in units:
            return units[word]
    return None


@dataclass(frozen=True)
class Equipment:
    name: str
    category: str
    system: bool


@lru_cache(maxsize=1)
def load_equipment() -> dict[str, Equipment]:
    """Lower-cased surface form -> equipment (plurals of generic names added)."""
    table: dict[str, Equipment] = {}
    for name, category, kind, *rest in _data_rows("equipment.tsv", "name"):
        eq = Equipment(name, category, kind == "system")
        forms = [name, *(a for a in (rest[0].split("|") if rest else []) if a)]
        for form in forms:
            table.setdefault(form.lower(), eq)
            if kind == "generic" and not form.lower().endswith("s"):
                table.setdefault(form.lower() + "s", eq)
    return table


def build_matcher(nlp: Language) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = load_equipment()
    matcher.add("EQUIPMENT", [nlp.make_doc(f) for f in forms])
    return matcher


def np_head(tok: Token) -> Token:
    """The noun a modifier belongs to: "Mi-17" -> "helicopters", "anti" -> "missiles"."""
    seen = 0
    while tok.dep_ in ("compound", "amod", "nmod", "npadvmod", "punct", "nummod") and tok.head.i != tok.i:
        if tok.head.i < tok.i or seen > 6:
            break
        tok = tok.head
        seen += 1
    return tok


@lru_cache(maxsize=1)
def _provenance_re() -> re.Pattern[str]:
    terms = sorted(load_lexicon().provenance, key=len, reverse=True)
    alts = "|".join(re.escape(t).replace(r"\-", r"\s*-\s*") for t in terms)
    return re.compile(
        rf"(?<![\w-])(?:{alts})(?![\w-])(?:\s*(?:and\s+|,\s*)?(?:{alts})(?![\w-]))*", re.IGNORECASE
    )


def find_items(doc: Doc, matches: list[tuple[int, int]], text: str) -> dict[int, Item]:
    """Items keyed by their noun's token index, from PhraseMatcher (start, end) token matches."""
    table = load_equipment()
    matches = [(s.start, s.end) for s in filter_spans([doc[s:e] for s, e in matches])]
    by_head: dict[int, tuple[int, int, Equipment]] = {}
    extra: list[tuple[int, int, Equipment]] = []  # "Javelin and Stinger missiles": two systems, one noun
    floors: dict[int, int] = {}  # the last item on a noun starts after the earlier ones
    for start, end in matches:
        span = doc[start:end]
        eq = table.get(span.text.lower()) or table.get(" ".join(t.lower_ for t in span))
        if eq is None or eq.category == NOT_EQUIPMENT:  # "think tank": a longer phrase that is no weapon
            continue
        last = span[-1]
        while span.start <= last.head.i < last.i:  # "Challenger 2": the number hangs on the name
            last = last.head
        head = np_head(last)
        prev = by_head.get(head.i)
        if prev is not None and eq.system and prev[2].system and prev[1] <= start:
            extra.append(prev)
            floors[head.i] = prev[1]
            by_head[head.i] = (start, end, eq)
            continue
        if (
            prev is None
            or (eq.system and not prev[2].system)
            or (eq.system == prev[2].system and end - start > prev[1] - prev[0])
        ):
            lo = min(start, prev[0]) if prev else start
            by_head[head.i] = (lo, max(end, prev[1]) if prev else end, eq)
        else:
            by_head[head.i] = (min(start, prev[0]), max(end, prev[1]), prev[2])
    items: dict[int, Item] = {}
    for start, end, eq in extra:
        items[end - 1] = Item(
            span=Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])),
            name=eq.name,
            category=eq.category,
        )
    for hi, (start, end, eq) in by_head.items():
        head = doc[hi]
        left = max(min(start, head.left_edge.i), floors.get(hi, 0))
        for num in head.lefts:
            if num.dep_ == "nummod" and _model_number(num):
                left = min(left, num.i - 1)  # "Strv 122 tanks": the model's name is the item's
        end = max(end, hi + 1)
        quantity, value, qstart, unit = _quantity(head, range(start, end))
        if qstart is not None:
            left = min(left, qstart)
        while left < start and doc[left].dep_ in ("det", "cc", "punct", "predet"):
            left += 1
        if qstart is not None:
            left = min(left, qstart)
        s_char, e_char = doc[left].idx, doc[end - 1].idx + len(doc[end - 1])
        prov = _provenance_re().search(text, doc[head.left_edge.i].idx, doc[start].idx)
        category = eq.category
        name = eq.name if eq.system else eq.category
        if eq.system is False and eq.category == "weapons" and head.lower_ in ("weaponry", "weapons", "arms"):
            name = "weapons"
        items[hi] = Item(
            span=Span.of(text, s_char, e_char),
            name=name,
            category=category,
            quantity=quantity,
            quantity_value=value,
            unit=unit or (load_units().get(head.lower_) if quantity else None),
            provenance=prov.group(0) if prov else None,
        )
    return _merge_measures(doc, items)


def _merge_measures(doc: Doc, items: dict[int, Item]) -> dict[int, Item]:
    """ "10,000 rounds of ammunition", "batteries of Patriot missiles": a measure of goods and the goods
    are one item, with the measure's quantity and the goods' name."""
    for hi in sorted(items):
        head = doc[hi]
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i not in items or prep.head.i == hi:
            continue
        outer, inner = items[prep.head.i], items[hi]
        if outer.category != inner.category and outer.category != "weapons":
            continue
        start, end = min(outer.span.start, inner.span.start), max(outer.span.end, inner.span.end)
        items[hi] = inner.model_copy(
            update={
                "span": Span.of(doc.text, start, end),
                "quantity": inner.quantity or outer.quantity,
                "quantity_value": inner.quantity_value if inner.quantity else outer.quantity_value,
                "unit": inner.unit if inner.quantity else outer.unit or load_units().get(prep.head.lower_),
                "provenance": inner.provenance or outer.provenance,
            }
        )
        del items[prep.head.i]
    return items


#: Multipliers of amounts of money as news writes them ("$62 billion", "€1.5bn").
_MONEY_SCALE = {"thousand": 10**3, "million": 10**6, "m": 10**6, "mln": 10**6, "billion": 10**9, "bn": 10**9,
                "trillion": 10**12, "tn": 10**12}  # fmt: skip
#: Amounts named by their order of magnitude alone ("billions in aid dollars"): money of unknown size.
_UNTOLD_AMOUNTS = frozenset(("thousands", "millions", "billions", "trillions"))
_AMOUNT = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|mln|billion|bn|trillion|tn|m)?\b", re.IGNORECASE
)


def _converted(ent) -> bool:
    """An amount in brackets right after another ("€12 billion ($13.1 billion)"): the first amount in
    another currency, not more money."""
    doc = ent.doc
    before = ent.start - 1
    return (
        before >= 1
        and doc[before].text == "("
        and doc[before - 1].ent_type_ == "MONEY"
        and doc[before - 1].ent_iob_ in ("I", "B")
    )


def money_items(doc: Doc, text: str) -> dict[int, Item]:
    """Amounts of money (MONEY entities: "$62 billion") as items of category "money", keyed by the
    entity's root token, with their value in the currency's units when the text gives a number."""
    out: dict[int, Item] = {}
    for ent in doc.ents:
        if ent.label_ != "MONEY" or _converted(ent):
            continue
        m = _AMOUNT.search(ent.text)
        value = None
        if m:
            number = float(m.group(1).replace(",", ""))
            value = int(round(number * _MONEY_SCALE.get((m.group(2) or "").lower(), 1)))
        out[ent.root.i] = Item(
            span=Span.of(text, ent.start_char, ent.end_char),
            name="money",
            category="money",
            quantity=ent.text,
            quantity_value=value,
            unit=money_unit(ent.text),
        )
    units = currency_units()
    for cur in doc:
        # "2 billion euros", "500 million dollars": numbers the entity tagger leaves untagged or calls a
        # CARDINAL before a currency word are an amount of money all the same
        if not cur.is_alpha or cur.lower_ not in units or cur.i in out or cur.ent_type_ == "MONEY":
            continue
        first = cur.i
        while first > 0 and (doc[first - 1].like_num or doc[first - 1].lower_ in _MONEY_SCALE):
            first -= 1
        if first == cur.i or not doc[first].like_num:
            continue
        for k in [k for k in out if first <= k < cur.i]:
            del out[k]  # "50 billion" tagged MONEY without its "euro": one amount, with its unit
        words = doc[first : cur.i + 1]
        m = _AMOUNT.search(words.text)
        value = None
        if m:
            number = float(m.group(1).replace(",", ""))
            value = int(round(number * _MONEY_SCALE.get((m.group(2) or "").lower(), 1)))
        out[cur.i] = Item(
            span=Span.of(text, words.start_char, words.end_char),
            name="money",
            category="money",
            quantity=words.text,
            quantity_value=value,
            unit=units[cur.lower_],
        )
    for tok in doc:
        # "billions in taxpayer dollars", "millions of euros": an amount the entity tagger leaves untagged
        if tok.i in out or tok.ent_type_ == "MONEY" or tok.lower_ not in _UNTOLD_AMOUNTS:
            continue
        unit = next(
            (units[g.lower_] for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
             for g in c.children if g.dep_ == "pobj" and g.lower_ in units),
            None,
        )  # fmt: skip
        if unit is not None:
            end = tok.right_edge
            out[tok.i] = Item(
                span=Span.of(text, tok.idx, end.idx + len(end)),
                name="money",
                category="money",
                quantity=None,
                quantity_value=None,
                unit=unit,
            )
    return out


def _calibre(num: Token) -> bool:
    """A number that gives a size, not a count: "155mm", "152 mm", "120-mm"."""
    if _CALIBRE.match(num.text):
        return True
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(num.doc):
        nxt = num.doc[nxt.i + 1]
    return nxt is not None and nxt.lower_ in _SIZE_WORDS


def _quantity(head: Token, name: range) -> tuple[str | None, int | None, int | None, str | None]:
    """("thousands", 1000, token index, unit) from "thousands of X", "12 X" or "two batteries of X" (unit
    "batteries"); "Leopard 2" is a name and the 155 of "155mm shells" a calibre."""
    for child in head.children:
        if child.dep_ != "nummod" or _model_number(child):
            continue
        if child.i not in name and not _calibre(child):
            words = list(child.subtree)  # "more than 4,000"
            return " ".join(t.text for t in words), _number(child.text), words[0].i, None
    for mod in head.lefts:
        # "8,000 mortar rounds", "30 F-16 jets": the parser hangs the number on the first modifier
        if mod.dep_ not in ("compound", "nummod", "amod"):
            continue
        for child in mod.lefts:
            if child.dep_ == "nummod" and child.i not in name and not _calibre(child) and child.like_num:
                words = list(child.subtree)
                return " ".join(t.text for t in words), _number(child.text), words[0].i, None
    prep = head.head
    measure = prep.head if head.dep_ == "pobj" and prep.lower_ == "of" else None
    unit = load_units().get(measure.lower_) if measure is not None else None
    if measure is not None and unit is not None:  # "two batteries of Patriot missiles"
        for child in measure.children:
            if child.dep_ == "nummod" and not _calibre(child):
                words = list(child.subtree)
                return " ".join(t.text for t in words), _number(child.text), words[0].i, unit
    if (
        head.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _QUANTITY_WORDS | set(_NUMBER_WORDS)
    ):
        q = prep.head
        words = [t for t in q.subtree if t.i < prep.i]
        text = " ".join(t.text for t in words) if words else q.text
        return text, _number(q.text, words), (words[0].i if words else q.i), None
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.like_num:
        return prep.head.text, _number(prep.head.text), prep.head.i, None
    return None, None, None, None


def _model_number(num: Token) -> bool:
    """The 122 of "Strv 122 tanks", "PzH 2000 howitzers": a number right after a short capitalised name
    that is no place is a model's number (the parser reads "Strv" as the recipient, as in "sent Kyiv
    200 tanks"; a person's name is longer)."""
    if num.i == 0 or not num.like_num or num.text.isalpha():
        return False
    before = num.doc[num.i - 1]
    return (
        before.pos_ == "PROPN"
        and not before.is_sent_start
        and before.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
        and (before.is_title and len(before) <= 4 or before.is_upper and len(before) <= 5)
        and before.lower_ not in place_countries()
    )


def _number(word: str, words: list[Token] | None = None) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    value = _NUMBER_WORDS.get(w)
    if value is not None and words:
        for t in words:
            if t.like_num and t.text.replace(",", "").isdigit():
                return int(t.text.replace(",", "")) * (value if value >= 100 else 1)
    return value
