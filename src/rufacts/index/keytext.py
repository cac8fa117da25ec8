"""The text side of the link keys: names folded (case, ``ё``, quotes, spaces), legal forms,
word stems, the alias lexicons, kind-only names and spelling variants of foreign person names.
:mod:`rufacts.index.keys` builds the keys from them."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicons import load_list, load_rows
from ..lexicons.legal import legal_forms

_QUOTES = re.compile(r"[«»\"“”„‘’'`]")
_SPACE = re.compile(r"\s+")
_ENDING = re.compile(r"(ого|его|ому|ему|ыми|ими|ами|ями|ой|ий|ый|ая|яя|ое|ее|ые|ие|ых|их|ым|им|"
                     r"ую|юю|ов|ев|ам|ям|ах|ях|ей|ом|ем|а|я|о|е|ы|и|у|ю|ь|й)$")


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
    return frozenset(fold(form).rstrip(".") for form in legal_forms())



def bare_org_name(name: Optional[str]) -> str:
    """The folded name of an organization without its legal form."""
    words = fold(name).split(" ")
    forms = _legal_forms()
    kept = [w for w in words if w.rstrip(".,") not in forms]
    return " ".join(kept or words)


@lru_cache(maxsize=32_768)
def stem(word: str) -> str:
    """A word without its ending, for matching lexicon entries against normal forms the pipeline
    may have left inflected.

    >>> stem('федерации'), stem('федерация'), stem('сша'), stem('россии'), stem('китая')
    ('федерац', 'федерац', 'сша', 'росс', 'кит')
    >>> stem('китай')
    'кит'
    """
    cut = _ENDING.sub("", word)
    while len(cut) > 3 and cut[-1] in "аеиоуыэюяйь":
        cut = cut[:-1]
    return cut if len(cut) >= 3 else word


@lru_cache(maxsize=32_768)
def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in fold(text).replace("-", " ").split(" ") if w)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, dict[tuple[str, ...], str]]:
    """type -> stems of an alias -> canonical folded name."""
    table: dict[str, dict[tuple[str, ...], str]] = {"ORG": {}, "LOC": {}}
    for alias, name, _category in load_rows("org_aliases.tsv"):
        table["ORG"][stems(alias)] = fold(name)
        table["ORG"].setdefault(stems(name), fold(name))
    for row in load_rows("link_aliases.tsv"):
        table[row[0]][stems(row[1])] = fold(row[2])
        table[row[0]].setdefault(stems(row[2]), fold(row[2]))
    return table


def alias(kind: str, name: str) -> Optional[str]:
    """The canonical folded name of an alias (``ORG`` or ``LOC``), else None.

    >>> alias('LOC', 'Российской Федерации'), alias('ORG', 'Reuters'), alias('LOC', 'Рим')
    ('россия', 'рейтер', None)
    """
    return _aliases()[kind].get(stems(name))


def with_places(name: str) -> tuple[str, bool]:
    """An organization's folded name with country aliases in it made canonical, and whether
    there was one (``МИД РФ`` -> ``мид россия``).

    >>> with_places('МИД РФ'), with_places('МИД России'), with_places('Газпром')
    (('мид россия', True), ('мид россия', True), ('газпром', False))
    """
    words = fold(name).split(" ")
    places = _aliases()["LOC"]
    out, found, i = [], False, 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            if i + size <= len(words) and i > 0:
                canon = places.get(tuple(stem(w) for w in words[i:i + size]))
                if canon:
                    out.append(canon)
                    found, i = True, i + size
                    break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out), found


@lru_cache(maxsize=1)
def _kind_only() -> re.Pattern:
    lines = [line.split("#", 1)[0].strip() for line in _lexicon_lines("link_kind_only.txt")]
    return re.compile("|".join(f"(?:{line})" for line in lines if line))


def _lexicon_lines(name: str) -> list[str]:
    from importlib import resources
    return (resources.files("rufacts.lexicons") / name).read_text(encoding="utf-8").splitlines()


def is_kind_only(name: str) -> bool:
    """Whether a (folded) organization name is only a kind of body that says no owner.

    >>> [is_kind_only(fold(n)) for n in ('Минобороны', 'Верховного суда', 'Демократическая партия',
    ...                                   'Минобороны России', 'Верховный суд США', 'Газпром')]
    [True, True, True, False, False, False]
    """
    return bool(_kind_only().fullmatch(name))


def is_initial(part: Optional[str]) -> bool:
    """``С.``, ``С`` or ``Ю.`` is an initial, not a first name."""
    return bool(part) and len(part.rstrip(".")) <= 1  # type: ignore[union-attr]


_DOUBLE = re.compile(r"([бвгджзклмнпрстфхцчшщ])\1")


@lru_cache(maxsize=1)
def _name_variants() -> dict[str, str]:
    return {fold(a): fold(b) for a, b in load_rows("person_name_variants.tsv")}


@lru_cache(maxsize=32_768)
def spelling(name: str) -> str:
    """A folded person name with spelling variants of foreign names made one: ``э`` as ``е``,
    ``дж`` as ``ж``, double consonants single, ``бен`` as ``бин``, and the names of
    ``lexicons/person_name_variants.tsv``.

    >>> spelling('дэвид'), spelling('анджелина'), spelling('ахмадинеджад'), spelling('беньямин')
    ('девид', 'анжелина', 'ахмадинежад', 'биньямин')
    >>> spelling('бен ладен') == spelling('бин ладен'), spelling('джо') == spelling('джозеф')
    (True, False)
    """
    variants = _name_variants()
    words = []
    for word in name.split(" "):
        word = variants.get(word, word)
        if word == "бен":
            word = "бин"
        word = _DOUBLE.sub(r"\1", word.replace("э", "е").replace("дж", "ж"))
        words.append(variants.get(word, word))
    return " ".join(words)
