"""Which reading of a name's adjective its nominative is made from (orgextent45).

- :func:`avoided_lemmas`: the lemmas of ``lexicons/adjective_lemmas_avoided.txt`` ("Большим":
  большой, not больший);
- :func:`untwinned`: the analyzer's guess in -ской for a word its dictionary does not know, where
  it guesses -ский too, gives the -ский nominative: "Сохондинского заповедника" is the Сохондинский
  заповедник (the guesser reads "-динского" after "Донского" and offers "сохондинской" first, with
  the masculine reading; its -ский twin it reads neuter only). Russian writes the unknown place
  adjectives in -ский; the -ской ones it writes (Донской, Слободской) are in the dictionary.

Read by :func:`rufacts.entities.normal._nominative_of`.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_list
from .org_hyphen_adjectives import first_parts_declined, hyphen_adjective


@lru_cache(maxsize=1)
def avoided_lemmas() -> frozenset[str]:
    return load_list("adjective_lemmas_avoided.txt")


def untwinned(morph, word: str, inflected: str, parse) -> str:
    """``inflected`` (the nominative of ``word`` from ``parse``), or its -ский twin (see the module)."""
    if not inflected.endswith("ской") or not parse.normal_form.endswith("ской") or morph.is_known(word):
        return inflected
    twin = parse.normal_form[:-2] + "ий"
    if not any(p.normal_form == twin for p in morph.parse(word)):
        return inflected
    return inflected[:-2] + "ий"


def noun_adjective_pair(morph, word: str, case: str | None, inflected: str, number: str | None = None,
                        gender: str | None = None) -> str:
    """``inflected`` (the nominative of the hyphenated adjective ``word``) with a first part that is
    a noun in the name's case in the nominative too: "Никитского ботанического сада-национального
    научного центра" -> "сад-национальный" (a garden and a national centre, both parts declined;
    the dictionary's guess for the whole word declines only the adjective's part). A capitalized
    place adjective whose first part the dictionary declined keeps it as written, its last part in the
    head's gender ("Ачхой-Мартановской больницы" -> Ачхой-Мартановская, :mod:`.org_hyphen_adjectives`)."""
    if "-" in word and first_parts_declined(word, inflected):
        return hyphen_adjective(morph, word, case, number, gender) or inflected
    parts, done = word.split("-"), inflected.split("-")
    if len(parts) != 2 or len(done) != 2 or not parts[0].isalpha() or not parts[0].islower() \
            or done[0] != parts[0].lower():
        return inflected
    from ..grammars.morph import inflect

    parse = next((p for p in morph.parse(parts[0]) if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes
                  and (case is None or p.tag.case == case) and morph.is_known(parts[0])), None)
    nominative = inflect(parse, {"nomn", "sing"}) if parse is not None else None
    return f"{nominative}-{done[1]}" if nominative else inflected
