"""The case of a name listed after a full name that no nominative reads (used by
:func:`rufacts.entities.names_group.name_hints` beside ``coordinated_cases``): "подписи Галины
Тодышевой, Зульфии Ямалиевой и В. А. Кончева" (the items of one list share their case: Кончев's
genitive, not a woman's nominative Кончева, since "Зульфии" is no nominative).

The item right before the name, over "и" or a comma, is two or three capitalized words opening with a
given name the dictionary knows (a "Name" reading) whose singular readings are all oblique; their
cases are the name's. A name whose own words are a woman's oblique form ("Ольги Ремизовой и Анны
Петровой") needs no such cue and gets the same one."""
from __future__ import annotations

from ..grammars.morph import Morph

LIST_MARKS = frozenset({",", "и"})
ITEM_WORDS = (2, 3)
OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})


def _given_cases(word: str, morph: Morph) -> frozenset[str]:
    """The singular cases of ``word``'s given-name readings; empty where it has none or a nominative."""
    parses = [p for p in morph.parse(word) if "Name" in p.tag.grammemes and "sing" in p.tag.grammemes]
    cases = frozenset(p.tag.case for p in parses)
    return cases if cases and cases <= OBLIQUE else frozenset()


def listed_oblique(span, morph: Morph) -> frozenset[str]:
    """The oblique cases the full name listed right before ``span`` shares with it; empty else."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].lower_ not in LIST_MARKS:
        return frozenset()
    if doc[i].text == "," and not (span.end < len(doc) and doc[span.end].lower_ in LIST_MARKS):
        return frozenset()  # a comma only inside a list, not before a clause of its own
    j = i - 1
    while j >= 0 and i - j <= max(ITEM_WORDS) and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and not doc[j].is_sent_start:
        j -= 1
    first = j + 1
    if i - first not in ITEM_WORDS:
        return frozenset()
    return _given_cases(doc[first].text, morph)
