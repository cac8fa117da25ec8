"""A descriptor that is also a person's post ("оператор": a telecom company, or a cameraman) before
an organization's name in the genitive that does not agree with it: the person's employer, not the
descriptor of the name ("оператор Аль-Арабии Халед Мансур" is a cameraman of Al Arabiya;
"оператор «МегаФон»", "оператора МТС" stay descriptors, the name in apposition). The words are
those of ``lexicons/org_descriptors.txt`` that ``lexicons/role_words.txt`` lists too. Read by
:func:`rufacts.entities.orgs.descriptor_orgs`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    return frozenset(load_list("org_descriptors.txt") & load_list("role_words.txt"))


def post_before(doc: Doc, begin: int, org: Span) -> bool:
    """The descriptor run ``doc[begin:org.start]`` ends in a post's noun whose case the name's first
    word cannot share, the name read as a genitive: the genitive of an owner, no apposition."""
    noun = doc[org.start - 1]
    if noun.lemma_.lower() not in _posts() or not noun.morph.get("Case") or not org[0].text.replace("-", "").isalpha():
        return False
    cases = {p.tag.case for p in get_morph().parse(org[0].text)
             if p.tag.POS in ("NOUN", "ADJF") or "Orgn" in p.tag.grammemes}
    return "gent" in cases and not {UD_CASES.get(c) for c in noun.morph.get("Case")} & cases
