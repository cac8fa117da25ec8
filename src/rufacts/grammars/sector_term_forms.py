"""Adjective doublets in -ый / -ой in the normal form of a sector phrase (w108, normal forms).

Some adjectives have two dictionary lemmas whose oblique forms coincide ("подвижного" is
both подвижный and подвижной); the nominative of a sector phrase takes the lemma of the
fixed term the industry is named by ("железнодорожного подвижного состава" ->
железнодорожный подвижной состав, as ``okved2_synonyms.tsv`` writes "подвижной состав").
A word in -ый before a noun is turned into its -ой doublet where that doublet is a
dictionary adjective and the pair is a phrase of ``okved2_synonyms.tsv``.
Read by :func:`rufacts.grammars.sector_normal.sector_name`.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    return frozenset(row[0].lower().replace("ё", "е") for row in load_rows("okved2_synonyms.tsv"))


def term_forms(morph, name: str) -> str:
    """``name`` with each -ый adjective of a fixed term in its -ой doublet."""
    if "ый " not in name:
        return name
    words = name.split(" ")
    for k, word in enumerate(words[:-1]):
        if not word.endswith("ый"):
            continue
        alt = word[:-2] + "ой"
        pair = f"{alt} {words[k + 1]}".lower().replace("ё", "е")
        if pair in _terms() and any(p.normal_form == alt.lower() and p.tag.POS == "ADJF"
                                    for p in morph.parse(alt.lower())):
            words[k] = alt
    return " ".join(words)


__all__ = ["term_forms"]
