"""The honoree of a body named after a person or an event: the words after "имени"/"им." that
belong to the name (docs/gold-conventions.md: the "имени" phrase is part of a descriptive name).

:func:`honoree_stop` is lower-case titles ("академика") or a capitalized one of
``lexicons/honoree_titles.txt`` ("Героя Советского Союза") and then either a person: initials and one
capitalized surname ("В. М. Бехтерева", "Д. Д. Плетнёва": no further capitalized word, the next
person's name is no part of it), or up to three capitalized genitive words ("Ярослава Мудрого",
"Засядько") with a surname's particles ("Людвига ван Бетховена"); or an event: "50-летия" and its
genitive words ("Октября", "Великой Октябрьской социалистической революции"). One reading of the
honoree for the passes that grow a body over it (:mod:`rufacts.entities.org_honoree_bodies`,
:mod:`rufacts.entities.institutions`, :mod:`rufacts.entities.org_honoree_tail`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicons import load_list, load_rows
from .doc_words import morph_values

MAX_TITLE = 3       # lower-case titles before the honoree: "заслуженного врача", "академика"
MAX_WORDS = 3       # capitalized words of an honoree without initials: "Ярослава Мудрого"
MAX_EVENT = 5       # words of an event after its "N-летия": "Великой Октябрьской социалистической революции"
REGNAL = re.compile(r"^[IVX]{1,5}$")  # a monarch's number in Roman figures
ANNIVERSARY = re.compile(r"^\d{1,4}-?летия$|^\w+летия$")  # "50-летия", "пятидесятилетия"


@lru_cache(maxsize=4)
def surname_particles(kind: str | None = None) -> frozenset[str]:
    """A surname's particles from ``lexicons/name_surname_particles.tsv``: ``lead`` ones open the
    surname ("ван", "фон"), ``after`` ones follow a lead one ("ван ден", "фон дер"), ``given`` ones
    stand after a given name; all of them when ``kind`` is None. Read here, in a module free of the
    span helpers, so that :mod:`rufacts.entities.name_particle_surnames` and the honoree reader share it."""
    return frozenset(word for k, word in load_rows("name_surname_particles.tsv") if kind in (None, k))


def initial(token: Token) -> bool:
    """A one- or two-letter initial without its dot ("Ю", "Вл")."""
    return token.is_alpha and len(token.text) <= 2 and token.text[:1].isupper() and not token.text[1:].isupper()


def capital(token: Token) -> bool:
    text = token.text.replace("-", "")
    return text.isalpha() and token.text[:1].isupper()


def initials_end(doc: Doc, k: int) -> int:
    """Index after the initials from ``k`` ("В. М." or "В.М." as one token), ``k`` where none."""
    while k + 1 < len(doc) and initial(doc[k]) and doc[k + 1].text == ".":
        k += 2
    while k < len(doc) and re.fullmatch(r"(?:[А-ЯЁA-Z][а-яёa-z]?\.){1,3}", doc[k].text):
        k += 1
    return k


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, ...], ...]:
    """The capitalized titles of ``lexicons/honoree_titles.txt`` (genitive words), longest first."""
    return tuple(sorted((tuple(t.split()) for t in load_list("honoree_titles.txt")), key=len, reverse=True))


def title_end(doc: Doc, k: int) -> int:
    """Index after a capitalized title of ``lexicons/honoree_titles.txt`` at ``k`` ("дважды Героя
    Советского Союза"), ``k`` where none."""
    start = k + 1 if k < len(doc) and doc[k].lower_ == "дважды" else k
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return k
    for words in _titles():
        end = start + len(words)
        if end <= len(doc) and all(doc[start + n].lower_.replace("ё", "е") == w.replace("ё", "е")
                                   for n, w in enumerate(words)):
            return end
    return k


def _title_word(token: Token) -> bool:
    """A lower-case word of a title, hyphenated too ("генерал-майора", "лётчика-космонавта")."""
    return token.is_lower and token.text.replace("-", "").isalpha() and not token.text.startswith("-")


def honoree_stop(doc: Doc, j: int) -> int | None:
    """End of the honoree that starts at ``j`` (right after "имени"/"им."); None where none does."""
    k = j
    while k < len(doc) and k - j < MAX_TITLE and _title_word(doc[k]) \
            and "Gen" in morph_values(doc[k], "Case"):
        k += 1  # "академика", "заслуженного врача", "генерал-майора"
    titled = title_end(doc, k)
    if titled > k:  # "Героя Советского Союза" + a person's name
        k = titled
        while k < len(doc) and k - titled < MAX_TITLE and doc[k].is_alpha and doc[k].is_lower \
                and "Gen" in morph_values(doc[k], "Case"):
            k += 1  # "Героя Советского Союза лётчика ..."
        if k >= len(doc) or not capital(doc[k]) and initials_end(doc, k) == k:
            return titled  # the title alone
    if k >= len(doc):
        return None
    if ANNIVERSARY.match(doc[k].lower_) and k == j:
        return event_end(doc, k + 1)
    initials = initials_end(doc, k)
    if initials > k:
        if initials < len(doc) and capital(doc[initials]) and len(doc[initials]) > 2:
            # (the sentence splitter may start a sentence at the surname after an initial's dot)
            return initials + 1
        return None
    end = k
    while end < len(doc) and end - k < MAX_WORDS and capital(doc[end]) and not doc[end].is_sent_start \
            and (end == k or _genitive_name(doc[end])):
        end += 1
    if k < end < len(doc) and REGNAL.match(doc[end].text):
        end += 1  # "Эдуарда VII", "Петра I": a monarch's number
    if end > k:  # "Людвига" + "ван" ("ден") + "Бетховена": a surname's particles
        particle = end
        while particle < len(doc) and doc[particle].lower_ in surname_particles():
            particle += 1
        if end < particle < len(doc) and capital(doc[particle]):
            end = particle + 1
    return end if end > k else None


def _genitive_name(token: Token) -> bool:
    """A capitalized word after the honoree's first one that is a genitive: by the tagger, or a
    surname the tagger read in another case after a given name in the genitive, the dictionary
    reading it as a genitive of the given name's gender ("Сергея Бурнаева": "Бурнаева" tagged a
    feminine nominative; not "Пушкина Марина")."""
    if token.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return False
    if "Gen" in morph_values(token, "Case"):
        return True
    if token.pos_ != "PROPN" or token.i == 0:
        return False
    from ..grammars.morph import get_morph

    morph = get_morph()
    given = {p.tag.gender for p in morph.parse(token.doc[token.i - 1].lower_)
             if p.tag.case == "gent" and "Name" in p.tag.grammemes}
    return bool(given) and any(p.tag.case == "gent" and "Surn" in p.tag.grammemes and p.tag.gender in given
                               for p in morph.parse(token.lower_))


def event_end(doc: Doc, k: int) -> int | None:
    """End of an event's genitive words after its "N-летия" at ``k - 1``: capitalized words, and
    lower-case adjectives with the noun they go with ("Октябрьской социалистической революции")."""
    if k >= len(doc) or not (capital(doc[k]) or doc[k].is_upper and doc[k].is_alpha):
        return None
    end, adjective = k, False
    while end < len(doc) and end - k < MAX_EVENT and doc[end].is_alpha and not doc[end].is_sent_start:
        token = doc[end]
        if token.text[:1].isupper():
            adjective = token.pos_ == "ADJ"
        elif adjective and "Gen" in morph_values(token, "Case") and token.pos_ in ("ADJ", "NOUN"):
            adjective = token.pos_ == "ADJ"
        else:
            break
        end += 1
    return end
