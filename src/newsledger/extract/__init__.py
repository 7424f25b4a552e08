"""Our spaCy components and the `Doc` extensions they write.

Pipeline order (see `newsledger.pipeline` and docs/ARCHITECTURE.md): layout (before the parser) ->
attribution -> statements -> actors -> events -> cues. Each pipe reads what earlier pipes assigned and
writes only its own extensions.

Extension values are kept in `doc.user_data` as plain JSON-able data (dicts and lists), so
`doc.to_bytes()` and `DocBin(store_user_data=True)` round-trip. Reading `doc._.statements` (etc.) gives
`model` objects built from that data; assigning a list of `model` objects (or dicts) stores their dumps.
Two merges happen on reading, so that no pipe edits another's output:
- `doc._.statements` fills each `Statement.speaker` from `doc._.speakers` (written by the actors pipe);
- `doc._.actors` is the actors pipe's list followed by `doc._.event_actors` (actors first reached by the
  events pipe, such as a gazetteer office-holder named only as "the defence minister").
"""

from __future__ import annotations

import weakref
from typing import Any

from pydantic import BaseModel
from spacy.tokens import Doc, Token

from ..model import Actor, Article, Cue, Event, Mention, Statement

#: Doc extensions holding lists of model items: name -> (model class, what writes it).
LISTS: dict[str, tuple[type[BaseModel], str]] = {
    "statements": (Statement, "newsledger_statements (speaker merged from doc._.speakers)"),
    "mentions": (Mention, "newsledger_actors"),
    "actors": (Actor, "newsledger_actors, then doc._.event_actors appended"),
    "event_actors": (Actor, "newsledger_events: actors it reached that the actors pipe had not listed"),
    "events": (Event, "newsledger_events"),
    "cues": (Cue, "newsledger_cues"),
}

#: Plain-data extensions (stored as is).
PLAIN: dict[str, str] = {
    "dateline": 'newsledger_layout: {"place", "date", "agency", "start", "end"} as written, or None',
    "speakers": "newsledger_actors: {statement id: actor id}",
}

#: Every Doc extension we set, and what it holds (for the docs and `analyze_pipes`).
EXTENSIONS: dict[str, str] = {
    "article": "the Article's metadata (no text), or None; reading it gives a model.Article",
    **{name: f"list[model.{cls.__name__}] ({who})" for name, (cls, who) in LISTS.items()},
    **PLAIN,
}


_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds it from every token on each access, which costs
    more than most of our matching. (A Doc's text never changes.)"""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def _key(name: str) -> tuple[str, str, None, None]:
    # The shape spaCy gives its own extension keys, so the data sits where users expect it.
    return ("._.", f"newsledger_{name}", None, None)


def _dump(item: Any) -> dict:
    return item.model_dump(mode="json") if isinstance(item, BaseModel) else dict(item)


def _list_getter(name: str, cls: type[BaseModel]):
    def get(doc: Doc) -> list:
        data = doc.user_data.get(_key(name))
        items = [cls.model_validate(d) for d in data] if data else []
        if name == "statements":
            speakers = doc.user_data.get(_key("speakers")) or {}
            for st in items:
                st.speaker = speakers.get(st.id, st.speaker)
        elif name == "actors":
            listed = {a.id for a in items}
            for d in doc.user_data.get(_key("event_actors")) or []:
                if d["id"] not in listed:
                    items.append(Actor.model_validate(d))
                    listed.add(d["id"])
        return items

    return get


def _list_setter(name: str):
    def set_(doc: Doc, value: list | None) -> None:
        doc.user_data[_key(name)] = None if value is None else [_dump(v) for v in value]
        if name == "statements":
            doc.user_data.pop(_key("speakers"), None)  # new statements: the old speakers no longer apply
        elif name == "actors":
            doc.user_data.pop(_key("event_actors"), None)

    return set_


def _plain_getter(name: str):
    return lambda doc: doc.user_data.get(_key(name))


def _plain_setter(name: str):
    def set_(doc: Doc, value: Any) -> None:
        doc.user_data[_key(name)] = value

    return set_


def _get_article(doc: Doc) -> Article | None:
    data = doc.user_data.get(_key("article"))
    return None if data is None else Article.model_validate({**data, "text": doc_text(doc)})


def _set_article(doc: Doc, value: Article | dict | None) -> None:
    if value is not None:
        value = _dump(value)
        value.pop("text", None)  # the Doc holds the text; keeping a copy would double every stored Doc
    doc.user_data[_key("article")] = value


def register_extensions() -> None:
    """Idempotent, so that importing any component (in any order) sets all extensions up."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", getter=_get_article, setter=_set_article)
    for name, (cls, _) in LISTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_list_getter(name, cls), setter=_list_setter(name))
    for name in PLAIN:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_plain_getter(name), setter=_plain_setter(name))


register_extensions()


def get_list(doc: Doc, name: str) -> list:
    """The items on `doc._.<name>` as model objects (a fresh list: assign it back to change the Doc)."""
    return getattr(doc._, name)


def opens_fronted(tok: Token) -> bool:
    """Whether the sentence of `tok` opens with a phrase fronted before its subject, a preposition or a
    participle ("After meeting ...", "Speaking at ..."; not "As X remarked"): a name may end that phrase
    and still be no subject (the parser hangs it on the verb as one)."""
    sent = tok.sent
    first = sent.start
    while first < tok.i and (tok.doc[first].is_punct or tok.doc[first].is_space):
        first += 1
    opener = tok.doc[first]
    return opener.pos_ == "ADP" and opener.lower_ != "as" or opener.tag_ in ("VBG", "VBN")
