"""The honoree of a body named after a person or an event: the words after "имени"/"им." that
belong to the name (docs/gold-conventions.md: the "имени" phrase is part of a descriptive name).

:func:`honoree_stop` is lower-case titles ("академика") and then either a person: initials and one
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

from ..lexicons import load_rows
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


def honoree_stop(doc: Doc, j: int) -> int | None:
    """End of the honoree that starts at ``j`` (right after "имени"/"им."); None where none does."""
    k = j
    while k < len(doc) and k - j < MAX_TITLE and doc[k].is_alpha and doc[k].is_lower \
            and "Gen" in morph_values(doc[k], "Case"):
        k += 1  # "академика", "заслуженного врача"
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
            and (end == k or "Gen" in morph_values(doc[end], "Case") and doc[end].pos_ in ("PROPN", "ADJ", "NOUN")):
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
