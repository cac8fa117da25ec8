"""Words written between a role and the name that do not end the role (w98): a person's age
("глава государства 61-летний Андрус Лаар", "министр финансов 72-летний Таро Асо") and a
noun of nationality or origin ("командир корабля американец Майкл Лопес",
``lexicons/demonyms.txt``); and the position words :mod:`.role_phrase` reads beside the
lexicon's lemmas: a hyphenated compound led by one ("президент-республиканец",
"боксёр-тяжеловес") and an oblique form whose lemma the tagger took for another noun
("бывшего премьера Италии", "у политика": "премьера", "политика" as nominatives of other
words)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicons import load_list
from .doc_words import morph_values

AGE = re.compile(r"^\d+(-?[хи])?-?летн(ий|его|ему|им|ем|яя|ей|юю)$")
CASES = {"Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt"}  # (not "на премьере")


def inserted(doc: Doc, i: int) -> int:
    """How many tokens ending at ``i`` are an age or a nationality between a role and the
    name (0: none)."""
    token = doc[i]
    if AGE.match(token.lower_):
        return 1  # "57-летний"
    if token.lower_.startswith("летн") and i > 0 and re.match(r"^\d+(-?[хи])?$", doc[i - 1].lower_):
        return 2  # "72-х летний"
    if token.is_lower and token.pos_ == "NOUN" and token.lemma_ in load_list("demonyms.txt"):
        return 1
    return 0


def position_lemma(token: Token, lemmas) -> str | None:
    """The lemma in ``lemmas`` the token is a form of, beyond its own lemma: the head of a
    hyphenated compound, or an animate noun reading of the form in the tagger's case and in
    the singular."""
    lemma = token.lemma_
    if "-" in lemma:
        first = lemma.split("-", 1)[0]
        if first in lemmas and len(first) > 2 and not lemma.startswith("экс-"):
            return first
    if not token.is_alpha or "Nom" in morph_values(token, "Case") and not token.is_lower:
        return None
    doc, i = token.doc, token.i
    cases = set(morph_values(token, "Case"))  # and an agreeing neighbour's: "бывшего премьера",
    if i > 0 and doc[i - 1].pos_ == "ADJ":  # "политика Григория Явлинского"
        cases.update(morph_values(doc[i - 1], "Case"))
    if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and morph_values(doc[i + 1], "Animacy") == ["Anim"]:
        cases.update(morph_values(doc[i + 1], "Case"))
    for case in sorted(CASES[c] for c in cases if c in CASES):
        found = next((n for n in _readings(token.lower_, case) if n in lemmas), None)
        if found:
            return found
    return None


@lru_cache(maxsize=16_384)
def _readings(word: str, case: str) -> tuple[str, ...]:
    from ..grammars.morph import get_morph

    return tuple(p.normal_form for p in get_morph().parse(word)
                 if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "sing"
                 and p.tag.animacy == "anim")
