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
  never links across articles (``ORG#:article:name``); so does any name of
  ``lexicons/link_kind_only.txt`` (``Минобороны``, ``Верховный суд``, ``Госсовет``,
  ``Демократическая партия``) unless it names its place (``Минобороны России``).
- a name several kinds of bodies carry (``lexicons/org_ambiguous.txt``: ``Зенит``,
  ``Локомотив``, ``Аль-Джазира``) is no alias and links by its kind (``ORG:зенит|банк``);
  without one it links only to others without one (``ORG:зенит|``: never resolved to the
  one kind the dump has), or, where its row gives context groups, to those whose article
  names places or organizations of the same one group (``ORG:арсенал|@тула``).
- aliases (``lexicons/link_aliases.tsv``, ``org_aliases.tsv``): abbreviations, full, official
  and Latin names of one body or place share a key (``РФ``/``Российская Федерация``/``Россия``,
  ``ООН``, ``Reuters``/``Рейтер``); a country alias inside an organization's name too
  (``МИД РФ`` = ``МИД России``). An alias keys an organization by its name alone (its kind is
  part of the name): ``ORG:canonical|=``.
- persons' names are folded for spelling variants of foreign names (``э`` as ``е``, ``дж`` as
  ``ж``, double letters single, ``бен`` as ``бин``, ``lexicons/person_name_variants.tsv``):
  ``Дэвид``/``Девид``, ``Анджелина``/``Анжелина``, ``Беньямин``/``Биньямин``. Nicknames never join.
- places: ``LOC:name`` (aliases folded); where the text right before a mention names its kind
  and the name is one of several places (``lexicons/place_ambiguous.tsv``: ``штат Вашингтон``,
  not the city), ``LOC:name|kind`` (``loc_key(..., text=)``); a name of places in several
  countries (``Челси``, ``Беркли``) is keyed by the containers its article names
  (``LOC:челси|лондон``), else by its article.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional

from ..lexicons import load_rows
from .keytext import (
    alias, bare_org_name, fold, is_initial, is_kind_only, spelling, stems, with_places,
)

PER, ORG, LOC = "PER", "ORG", "LOC"
SURNAME, KIND, MIDDLE = "surname", "kind", "middle"

_ALIAS = "="  # the kind part of a key decided by the alias lexicon


def org_name(name: Optional[str]) -> str:
    """The name an organization (or the place of a role) is matched by: folded, without its
    legal form, aliases made canonical (the whole name as a place or a body, a country inside
    it), hyphens as spaces. The store matches a role's ``of`` to the article's entities by it.

    >>> org_name('ООО «Ромашка»'), org_name('Visteon Corp.'), org_name('ПАО «Сбербанк»')
    ('ромашка', 'visteon', 'сбербанк')
    >>> org_name('Минобороны РФ'), org_name('Российской Федерации'), org_name('Газпром-медиа')
    ('министерство обороны россия', 'россия', 'газпром медиа')
    """
    return _org_canon(bare_org_name(name))[0]


def person_key(person: Mapping[str, Any], article_id: str) -> tuple[str, Optional[str], str]:
    """(key, resolve, folded last name) of a person of a record.

    >>> person_key({"name": "Андрей Юрьевич Воробьёв", "first": "Андрей",
    ...             "middle": "Юрьевич", "last": "Воробьёв"}, "a")
    ('PER:андрей воробьев|юрьевич', None, 'воробьев')
    >>> person_key({"name": "Андрей Воробьёв", "first": "Андрей", "last": "Воробьёв"}, "a")
    ('PER:андрей воробьев', 'middle', 'воробьев')
    >>> person_key({"name": "С. Собянин", "first": "С.", "last": "Собянин"}, "a")
    ('PER?:собянин|с', 'surname', 'собянин')
    >>> person_key({"name": "У Баффет", "first": "Баффет", "last": "У"}, "a")
    ('PER?:бафет|у', 'surname', 'бафет')
    """
    first, last = spelling(fold(person.get("first"))), spelling(fold(person.get("last")))
    if last and first and is_initial(last) and not is_initial(first):  # "У.Баффет" read
        first, last = last, first  # with the initial as the surname: the initial is the first
    if not first and not last:  # no parts: read them off the name
        words = spelling(fold(person.get("name"))).split(" ")
        if len(words) >= 2:
            first, last = words[0], words[-1]
        else:
            last = ""
            first = words[0] if words else ""
    if last and first and not is_initial(first):
        middle = spelling(fold(person.get("middle")))
        if middle and not is_initial(middle):
            return f"{PER}:{first} {last}|{middle}", None, last
        return f"{PER}:{first} {last}", MIDDLE, last
    if last:
        initial = first.rstrip(".")[:1]
        return f"{PER}?:{last}" + (f"|{initial}" if initial else ""), SURNAME, last
    return f"{PER}#:{article_id}:{first or fold(person.get('name'))}", None, ""


@lru_cache(maxsize=32_768)
def _org_canon(name: str) -> tuple[str, bool, bool]:
    """(canonical name, whether it names a country, whether an alias made it) of a bare
    folded organization name."""
    whole = alias(ORG, name)
    if whole is not None:  # "госдума россии", "reuters"
        return whole.replace("-", " "), False, True
    place = alias(LOC, name)
    if place is not None:  # the whole name is a place ("Россия" as an actor)
        return place.replace("-", " "), False, False
    placed, has_place = with_places(name)
    words = placed.split(" ")
    for size in (1, 2, 3, 4):  # the body before its owner: "мид" of "мид россия", "мид японии"
        if len(words) > size:
            head, rest = " ".join(words[:-size]), " ".join(words[-size:])
            canon = alias(ORG, head)
            if canon is not None:
                return f"{canon} {rest}".replace("-", " "), True, True
            if is_kind_only(head):
                return placed.replace("-", " "), True, True
    return placed.replace("-", " "), has_place, False


def org_key(org: Mapping[str, Any], article_id: str,
            context: Optional[Iterable[Optional[str]]] = None) -> tuple[str, Optional[str], str]:
    """(key, resolve, folded name) of an organization: kind-less ones are resolved later.

    >>> org_key({"name": "ООО «Кама-Инновации»", "kind": "компания"}, "a")
    ('ORG:кама инновации|компания', None, 'кама инновации')
    >>> org_key({"name": "Газпром нефть", "kind": None}, "a")
    ('ORG:газпром нефть|', 'kind', 'газпром нефть')
    >>> org_key({"name": "Минздрав", "kind": "минздрав"}, "a")
    ('ORG#:a:министерство здравоохранения', None, 'министерство здравоохранения')
    >>> org_key({"name": "Центробанк", "kind": "центробанк"}, "a")[0]  # an alias: Банк России
    'ORG:банк россии|='
    >>> org_key({"name": "Минобороны РФ", "kind": "минобороны"}, "a")[0]
    'ORG:министерство обороны россия|='
    >>> org_key({"name": "Министерство обороны России", "kind": "министерство"}, "a")[0]
    'ORG:министерство обороны россия|='
    >>> org_key({"name": "Верховный суд", "kind": "суд"}, "a")[0]
    'ORG#:a:верховный суд'
    >>> org_key({"name": "Зенит", "kind": "банк"}, "a")[0], org_key({"name": "Зенит"}, "a")[0]
    ('ORG:зенит|банк', 'ORG:зенит|')

    A kindless one of those is told apart by ``context``, the names of its article's places
    and organizations, where its lexicon row gives groups (``Арсенал``: Tula's or London's):

    >>> org_key({"name": "Арсенал"}, "a", context=["Тула", "Москва"])[0]
    'ORG:арсенал|@тула'
    >>> org_key({"name": "ЦСКА"}, "a", context=["РФПЛ", "Зенит"])[0]
    'ORG:цска|@футбол'
    """
    bare = bare_org_name(org.get("name"))
    kind = fold(org.get("kind"))
    name, has_place, aliased = _org_canon(bare)
    groups = _ambiguous_orgs().get(stems(bare), _ambiguous_orgs().get(stems(name)))
    if groups is not None:  # by kind only; kindless: by the article's context where it tells
        kind = kind if kind != bare else ""
        if not kind and context:
            group = _one_group(groups, context)
            kind = "@" + group if group is not None else kind
        return f"{ORG}:{name}|{kind}", None, name
    # a name the alias lexicon makes one body's ("Центробанк": Банк России, as the record's
    # `canonical` says) is kind-only as that body's name is, not as written
    whole = aliased and alias(ORG, bare) is not None
    if not has_place and ((is_kind_only(bare) and not whole) or is_kind_only(name)
                          or (kind and bare == kind and not aliased)):
        return f"{ORG}#:{article_id}:{name}", None, name
    if aliased:
        return f"{ORG}:{name}|{_ALIAS}", None, name
    return f"{ORG}:{name}|{kind}", (None if kind else KIND), name


def org_needs_context(name: Optional[str]) -> bool:
    """Whether a kindless organization's key depends on its article's places and organizations
    (a name of several bodies whose lexicon row gives groups).

    >>> org_needs_context('Арсенала'), org_needs_context('Зенит'), org_needs_context('Газпром')
    (True, False, False)
    """
    return bool(_ambiguous_orgs().get(stems(bare_org_name(name))))


@lru_cache(maxsize=1)
def _ambiguous_orgs() -> dict[tuple[str, ...], tuple[tuple[str, frozenset], ...]]:
    """stems of a name several bodies carry -> its context groups (maybe none)."""
    return {stems(row[0]): _groups(row[1] if len(row) > 1 else "")
            for row in load_rows("org_ambiguous.tsv")}


def _groups(cell: str) -> tuple[tuple[str, frozenset], ...]:
    """``key=name,name; key=...`` as (key, stems of the names)."""
    groups = []
    for group in cell.split(";"):
        if "=" in group:
            key, members = group.split("=", 1)
            groups.append((fold(key).replace("-", " "), frozenset(
                stems(m) for m in members.split(",") if m.strip())))
    return tuple(groups)


def _one_group(groups: tuple[tuple[str, frozenset], ...],
               names: Optional[Iterable[Optional[str]]]) -> Optional[str]:
    """The one context group (of :func:`_groups`) the article's ``names`` point to, or None
    when they name none or several."""
    found = {stems(name or "") for name in names or ()} if groups else set()
    named = {group for group, members in groups if members & found}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    return {fold(word): fold(kind) for word, kind in load_rows("place_descriptors.tsv")}


def loc_key(loc: Mapping[str, Any], article_id: str = "", text: Optional[str] = None,
            places: Optional[Iterable[Optional[str]]] = None) -> tuple[str, Optional[str], str]:
    """(key, resolve, folded name) of a place: aliases folded (``РФ``, ``Российская Федерация``:
    ``LOC:россия``). A name of several places (``lexicons/place_ambiguous.tsv``) is told
    apart by its article: the kind a word right before a mention gives it in ``text`` (unless
    it is the place the name alone means), else the group of containers among ``places`` (the
    names of the article's places), else, when the name alone means no one place, its article.

    >>> loc_key({"name": "Российской Федерации"})[0], loc_key({"name": "Нью-Йорк"})[0]
    ('LOC:россия', 'LOC:нью йорк')
    >>> loc_key({"name": "Вашингтон", "mentions": [{"start": 6, "text": "Вашингтон"}]}, "a",
    ...         text="штата Вашингтон")[0]
    'LOC:вашингтон|штат'
    >>> loc_key({"name": "Огайо", "mentions": [{"start": 6}]}, "a", text="штата Огайо")[0]
    'LOC:огайо'
    >>> loc_key({"name": "Нью-Йорк", "mentions": [{"start": 7, "text": "Нью-Йорка"}]}, "a",
    ...         text="округа Нью-Йорка")[0]
    'LOC:нью йорк'
    >>> loc_key({"name": "Челси"}, "a", places=["Лондоне", "Челси"])[0]
    'LOC:челси|лондон'
    >>> loc_key({"name": "Челси"}, "a", places=["Лондон", "Нью-Йорк"])[0]
    'LOC#:a:челси'
    """
    name = org_name(loc.get("name"))
    entry = _ambiguous_places().get(stems(loc.get("name") or ""))
    if entry is None:
        return f"{LOC}:{name}", None, name
    usual, groups = entry
    if not groups and text:
        kind = _kind_in_text(loc, text)
        if kind and kind != usual:
            return f"{LOC}:{name}|{kind}", None, name
    group = _one_group(groups, places)
    if group is not None:
        return f"{LOC}:{name}|{group}", None, name
    if not usual:
        return f"{LOC}#:{article_id}:{name}", None, name
    return f"{LOC}:{name}", None, name


def _kind_in_text(loc: Mapping[str, Any], text: str) -> Optional[str]:
    """The kind a word right before one of the place's mentions gives it: a kind word in
    apposition (``штат Огайо``, ``в штате Вашингтон``: the name as it is or the kind word
    in its own form), not a place the name owns (``Южного округа Нью-Йорка``)."""
    kinds = _place_kinds()
    name = fold(loc.get("name"))
    for mention in loc.get("mentions") or ():
        start = mention.get("start") if isinstance(mention, Mapping) else None
        if isinstance(start, int) and not isinstance(start, bool):
            before = fold(text[max(0, start - 20):start]).split(" ")
            kind = kinds.get(before[-1]) if before else None
            if kind and (before[-1] == kind or fold(mention.get("text")) == name):
                return kind
    return None


def loc_needs_text(name: Optional[str]) -> bool:
    """Whether a place's key depends on its article (a name of several places).

    >>> loc_needs_text('Нью-Йорк'), loc_needs_text('Нью-Йорке'), loc_needs_text('Москва')
    (True, True, False)
    """
    return stems(name or "") in _ambiguous_places()


@lru_cache(maxsize=1)
def _ambiguous_places() -> dict[tuple[str, ...], tuple[str, tuple[tuple[str, frozenset], ...]]]:
    """stems of a name of several places -> (its usual kind, its container groups)."""
    table = {}
    for row in load_rows("place_ambiguous.tsv"):
        usual = fold(row[1]) if len(row) > 1 else ""
        table[stems(row[0])] = (usual, _groups(row[2] if len(row) > 2 else ""))
    return table
