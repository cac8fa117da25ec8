"""The keys entities are linked by across articles (see the README, "The same entity across
articles").

Each entity of a record gets a *key* from its normal form alone, so rows can be written as
records stream in, by any process; the store turns keys into dump-wide entity ids and then
*resolves* the entities whose key cannot decide alone:

- persons: ``PER:first last|middle`` from the normal first name, surname and patronymic
  (case and ``ё`` aside). One without a patronymic gets ``PER:first last`` and
  ``resolve = "middle"``: it joins the person of that first name and surname when the dump
  has exactly one patronymic for them (two different patronymics are two people).
  A person with a surname but no first name (``Собянин``, ``С. Собянин``)
  gets ``PER?:last`` (``PER?:last|initial``) and ``resolve = "surname"``: the store joins it
  to a full name only where exactly one person with that surname (and initial) appears in
  the articles sharing its context. A first name alone never links (``PER#:article:name``).
- organizations: ``ORG:name|kind`` from the normal name with legal forms (ООО, ПАО, ...)
  and quotes left out. One without a kind gets ``resolve = "kind"``: it joins the entity of
  the same name when the dump has exactly one kind for that name. A name that is only its
  kind (``Сенат``, ``Минздрав``, ``МИД``: whose senate or ministry depends on the article)
  never links across articles (``ORG#:article:name``).
- places: ``LOC:name``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping, Optional

from ..lexicons import load_list

PER, ORG, LOC = "PER", "ORG", "LOC"
SURNAME, KIND, MIDDLE = "surname", "kind", "middle"

_QUOTES = re.compile(r"[«»\"“”„‘’'`]")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[\w-]+\.?")


def fold(text: Optional[str]) -> str:
    """Lower case, ``ё`` as ``е``, quotes out, one space between words.

    >>> fold(' Технополис  «Москва» '), fold('Воробьёв')
    ('технополис москва', 'воробьев')
    """
    if not text:
        return ""
    text = _QUOTES.sub(" ", text.lower().replace("ё", "е"))
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    return frozenset(fold(form).rstrip(".") for form in load_list("legal_forms.txt"))


def org_name(name: Optional[str]) -> str:
    """The folded name of an organization without its legal form.

    >>> org_name('ООО «Ромашка»'), org_name('Visteon Corp.'), org_name('ПАО «Сбербанк»')
    ('ромашка', 'visteon', 'сбербанк')
    """
    words = fold(name).split(" ")
    forms = _legal_forms()
    kept = [w for w in words if w.rstrip(".,") not in forms]
    return " ".join(kept or words)


def is_initial(part: Optional[str]) -> bool:
    """``С.``, ``С`` or ``Ю.`` is an initial, not a first name."""
    return bool(part) and len(part.rstrip(".")) <= 1  # type: ignore[union-attr]


def person_key(person: Mapping[str, Any], article_id: str) -> tuple[str, Optional[str], str]:
    """(key, resolve, folded last name) of a person of a record.

    >>> person_key({"name": "Андрей Юрьевич Воробьёв", "first": "Андрей",
    ...             "middle": "Юрьевич", "last": "Воробьёв"}, "a")
    ('PER:андрей воробьев|юрьевич', None, 'воробьев')
    >>> person_key({"name": "Андрей Воробьёв", "first": "Андрей", "last": "Воробьёв"}, "a")
    ('PER:андрей воробьев', 'middle', 'воробьев')
    >>> person_key({"name": "С. Собянин", "first": "С.", "last": "Собянин"}, "a")
    ('PER?:собянин|с', 'surname', 'собянин')
    """
    first, last = fold(person.get("first")), fold(person.get("last"))
    if not first and not last:  # no parts: read them off the name
        words = fold(person.get("name")).split(" ")
        if len(words) >= 2:
            first, last = words[0], words[-1]
        else:
            last = ""
            first = words[0] if words else ""
    if last and first and not is_initial(first):
        middle = fold(person.get("middle"))
        if middle and not is_initial(middle):
            return f"{PER}:{first} {last}|{middle}", None, last
        return f"{PER}:{first} {last}", MIDDLE, last
    if last:
        initial = first.rstrip(".")[:1]
        return f"{PER}?:{last}" + (f"|{initial}" if initial else ""), SURNAME, last
    return f"{PER}#:{article_id}:{first or fold(person.get('name'))}", None, ""


def org_key(org: Mapping[str, Any], article_id: str) -> tuple[str, Optional[str], str]:
    """(key, resolve, folded name) of an organization: kind-less ones are resolved later.

    >>> org_key({"name": "ООО «Кама-Инновации»", "kind": "компания"}, "a")
    ('ORG:кама-инновации|компания', None, 'кама-инновации')
    >>> org_key({"name": "Газпром нефть", "kind": None}, "a")
    ('ORG:газпром нефть|', 'kind', 'газпром нефть')
    >>> org_key({"name": "Минздрав", "kind": "минздрав"}, "a")
    ('ORG#:a:минздрав', None, 'минздрав')
    """
    name = org_name(org.get("name"))
    kind = fold(org.get("kind"))
    if kind and name == kind:
        return f"{ORG}#:{article_id}:{name}", None, name
    return f"{ORG}:{name}|{kind}", (None if kind else KIND), name


def loc_key(loc: Mapping[str, Any], article_id: str = "") -> tuple[str, Optional[str], str]:
    """(key, resolve, folded name) of a place."""
    name = fold(loc.get("name"))
    return f"{LOC}:{name}", None, name
