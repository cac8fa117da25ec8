"""An organization's capitalized head noun inside a sentence, with its genitive complement, that
the tagger missed: "Благодаря Фонду развития сельского туризма", "письмо Агентству стратегических
инициатив", "с Комитетом охраны памятников".

Inside a sentence a capital letter on a common noun of an organization's head
(:func:`rufacts.entities.org_lead_nouns.body_nouns`: institutions, descriptors, bodies) says the
noun opens the organization's name; its lower-case genitive words (adjectives and nouns, "и"
between like ones, ending in a noun) are the rest of the name. Not at a sentence's start (any
word is capitalized there), not where a tagger's span already covers a word of it, not where a
capitalized word goes on right after it (a place or a person the other rules join: "Фонду
развития Москвы"), not after a capitalized adjective (the tagger's name goes on there). Read
by :mod:`rufacts.components.entities` after the institutions.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .geo import lemma_positions
from .institutions import opens_sentence
from .org_lead_nouns import body_nouns
from .org_members import _people
from .role_phrase import is_role_word
from .doc_words import morph_values

MAX_COMPLEMENT = 4  # "развития отечественной детской анимации"


def _genitive_word(token: Token) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(token, "Case")


def _complement_end(doc: Doc, k: int) -> int:
    stop, words = k + 1, 0
    while stop < len(doc) and words < MAX_COMPLEMENT:
        if _genitive_word(doc[stop]):
            words += 1
            stop += 1
        elif doc[stop].lower_ == "и" and doc[stop - 1].pos_ == "NOUN" and stop > k + 1 \
                and stop + 1 < len(doc) and _genitive_word(doc[stop + 1]):
            stop += 1
        else:
            break
    while stop > k + 1 and doc[stop - 1].pos_ != "NOUN":
        stop -= 1
    return stop


def _dative_word(token: Token, pos: str) -> bool:
    return token.is_lower and token.pos_ == pos and "Dat" in morph_values(token, "Case")


def _capital_complement_end(doc: Doc, k: int) -> int:
    """The end of a complement right after the head that the genitive rule does not take: an acronym
    alone ("Корпорацию МСП"), a republic by its name ("Прокуратуре Республики Бурятия", "Республики
    Саха (Якутия)"), "по" and a dative with its genitives ("Агентству по страхованию вкладов"); k + 1
    where none. A word in capitals after the acronym is none ("Фонду ЖКХ Москвы" is left to others)."""
    nxt = k + 1
    if nxt >= len(doc):
        return nxt
    word = doc[nxt]
    if word.is_upper and word.is_alpha and 2 <= len(word.text) <= 6:
        after = doc[nxt + 1] if nxt + 1 < len(doc) else None
        return nxt + 1 if after is None or not (after.is_alpha and after.text[:1].isupper()) else k + 1
    if word.lower_ == "по" and nxt + 2 < len(doc) and _dative_word(doc[nxt + 1], "ADJ") \
            and _dative_word(doc[nxt + 2], "NOUN"):  # "Суда по интеллектуальным правам" (no second "по")
        return _complement_end(doc, nxt + 2)
    if word.lower_ == "по" and nxt + 1 < len(doc) and _dative_word(doc[nxt + 1], "NOUN"):
        # "Организацию по запрещению химического оружия"
        end = max(_complement_end(doc, nxt + 1), _remit_end(doc, nxt))  # "по контролю за лекарствами"
        return end if end > nxt + 2 else k + 1  # a word after the dative: not "Движение по турам"
    if word.text == "Республики" and nxt + 1 < len(doc) and doc[nxt + 1].is_alpha and doc[nxt + 1].is_title:
        end = nxt + 2
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_title and doc[end + 2].text == ")":
            end += 3
        return end
    return k + 1


def _remit_end(doc: Doc, i: int) -> int:
    """End of the "по" remit at ``doc[i]`` read as a body's
    (:func:`rufacts.entities.bodies.grow_complements`: "по контролю за лекарствами и продуктами
    питания"), with its sphere ("по надзору в сфере связи")."""
    from .bodies import grow_complements
    from .org_list_tails import sphere_end

    end = grow_complements(doc, i, {})[0]
    return (sphere_end(doc, end) or end) if end > i + 1 else end  # "по надзору" + "в сфере связи"


def _open_alone(doc: Doc, k: int) -> bool:
    """The tagger's one word "Гильдией", "Суда", a common noun that needs the rest of its name (its
    members in the genitive or a "по" remit): not
    a body's own word ("Госдумы", "Минобороны": the analyzer's organization), nor one after a body
    of a remit or a post, whose "по" phrase it is ("комитет Думы по бюджету")."""
    if any("Orgn" in p.tag.grammemes for p in get_morph().parse(doc[k].text)):
        return False
    before = doc[k - 1] if k else None
    return before is None or not (is_role_word(before) or folded_lemma(before) in load_list("remit_body_heads.txt"))


def capital_head_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each capitalized head noun with its genitive complement."""
    lone = {s.start for s in spans if s.label_ == "ORG" and len(s) == 1 and _open_alone(doc, s.start)}
    taken = {i for s in spans for i in range(s.start, s.end) if not (s.start in lone and len(s) == 1)}
    heads = body_nouns()
    found = []
    for k in lemma_positions(doc, heads.__contains__):  # the head noun first: a few words of the doc
        token = doc[k]
        if k in taken or token.pos_ not in ("NOUN", "PROPN") or not token.is_title or not token.is_alpha \
                or "Plur" in morph_values(token, "Number") \
                or opens_sentence(doc, k) or doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ in ("ADJ", "PROPN"):
            continue
        end = _complement_end(doc, k)
        if end == k + 1:
            end = _capital_complement_end(doc, k)
        elif end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            continue  # "Фонду развития Москвы": left to the descriptor rules
        elif k in lone and not _people(doc[end - 1]):
            continue  # the tagger's "Гильдией" + its members ("российских адвокатов"), not "в Сети" + "контрафактных материалов"
        if end == k + 1 or any(i in taken for i in range(k, end)):
            continue
        found.append(Span(doc, k, end, label="ORG"))
        taken.update(range(k, end))
    if not found:
        return spans
    grown = {s.start for s in found}
    spans = [s for s in spans if not (len(s) == 1 and s.start in grown and s.label_ == "ORG")]
    return sorted(spans + found, key=lambda s: (s.start, -s.end))
