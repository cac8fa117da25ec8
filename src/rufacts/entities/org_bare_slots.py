"""A one-word quoted name with no descriptor before it, in the case its slot in the clause allows
(used by :func:`rufacts.components.entities.group_named`): "«Росатом» строит станцию" is Росатом,
not the instrumental of a "Росат"; "«Алроса» сократила добычу" is Алроса, not the genitive of an
"Алрос" the dictionary holds; "подали «Дамате», «Эфко» и «Астон»" keeps Дамате, not the locative
of a "Дамат". pymorphy3 reads such a name, a word it lacks or knows by another paradigm, as an
oblique form of something else; the clause says which cases the slot takes:

- the subject before its verb: a clause opens (or a time expression ends: "В этом году «Алроса»
  увеличит") right before the name (or the list of quoted names it stands in) and a finite verb that agrees with it follows ("«Росатом» справится",
  "«Мегафон» и «МТС» договорились"): the nominative alone;
- the subject or object after its verb: a finite verb right before the name (or list) and the
  clause ending right after it ("Как сообщает «Алроса»,", "подали «Дамате», «Эфко» и «Астон»."):
  the nominative or the accusative;
- any slot without a preposition before the name or its list: no locative ("стали «Черкизово»,
  «Приосколье» и «Дамате»"), the one case Russian uses only after a preposition; an adjective
  right before the name says nothing of the slot ("На воткинском «Приборе»": the preposition stands
  before the adjective; "саратовского «Автодора»": the case is the adjective's, which an unknown
  name's guessed readings need not share).

In a verb's slot a word that also reads as a dative or an instrumental says nothing ("«Газпрому»
удаётся", "уступил «Ростову»": a verb governs those). Else, where the word has a reading in the
subject's or object's case and one of those is a nominative singular, the name stands as written;
where no reading of it (person-name guesses aside) is in a case the slot allows, it stands as
written too: a name the analyzer can read only in a case the slot refuses is no declined form.
Else None, and the other rules decide ("обязал «Победу»": an accusative, Победа).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .quotes import OPENING_QUOTES, QUOTES

CLOSING = frozenset("»“”\"")
JOINS = frozenset({",", "и", "или"})
PERSONAL = frozenset({"Name", "Surn", "Patr"})
NAME_POS = frozenset({"NOUN", "ADJF", "PRTF"})
CLAUSE_WORDS = frozenset({"что", "как", "и", "а", "но", "однако", "если", "когда", "пока", "хотя",
                          "причём", "причем", "поэтому", "тогда", "также", "уже", "ещё", "еще",
                          "временем"})  # "Тем временем «Росатом» продолжает"
CLAUSE_ENDS = frozenset({",", ".", "!", "?", ";", ":", "—", "–", ")"})
ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
NOT_LOCATIVE = ALL_CASES - {"loct"}
GOVERNED = frozenset({"datv", "ablt"})  # cases a verb governs besides the accusative


def _word(text: str) -> bool:
    return all(part.isalpha() for part in text.split("-")) and text[:1].isupper() and not text.isupper()


def list_ends(doc, i: int, j: int) -> tuple[int, int, int]:
    """(first opening quote, last closing quote, members) of the list of quoted names joined by
    "," / "и" / "или" that the name quoted at ``i``..``j`` stands in ("«Х», «Y» и «Z»"); a run
    joined by commas alone is no list ("По данным «Интерфакса», «Росатом» построит": two clauses'
    names), and the name stands alone: (i, j, 1)."""
    first, last, joins = i, j, []
    while first >= 3 and doc[first - 1].lower_ in JOINS and doc[first - 2].text in CLOSING:
        k = first - 3
        while k >= 0 and doc[k].text not in OPENING_QUOTES and first - k < 8:
            k -= 1
        if k < 0 or doc[k].text not in OPENING_QUOTES:
            break
        joins.append(doc[first - 1].lower_)
        first = k
    while last + 2 < len(doc) and doc[last + 1].lower_ in JOINS and doc[last + 2].text in OPENING_QUOTES:
        k = last + 3
        while k < len(doc) and doc[k].text not in CLOSING and k - last < 8:
            k += 1
        if k >= len(doc) or doc[k].text not in CLOSING:
            break
        joins.append(doc[last + 1].lower_)
        last = k
    if not joins or all(join == "," for join in joins):
        return i, j, 1
    return first, last, len(joins) + 1


def _verb(morph: Morph, token, plural: bool) -> bool:
    """A finite verb a subject of that number agrees with: a past in "-л"/"-ла" (a plural
    one for ``plural``), or a present or future of the third person."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    for p in morph.parse(token.lower_):
        tag = p.tag
        if tag.POS != "VERB" or "Impe" in tag.grammemes or tag.mood != "indc":
            continue
        if tag.number != ("plur" if plural else "sing"):
            continue
        if tag.tense == "past" and (plural or tag.gender in ("masc", "femn")):
            return True
        if tag.tense in ("pres", "futr") and tag.person == "3per":
            return True
    return False


def _clause_opens(token) -> bool:
    return token is None or token.is_sent_end or token.text in CLAUSE_ENDS or token.lower_ in CLAUSE_WORDS \
        or token.pos_ in ("SCONJ", "CCONJ", "ADV", "PRON", "DET")  # "Теперь", "При этом", "Сам «Росатом»"


def _after_date(doc, i: int) -> bool:
    """A time expression (``doc.spans["dates"]``) ends right before ``i``: "В этом году «Алроса»
    увеличит", "Летом «Аэрофлот» откроет" (a clause's adverbial, the subject after it)."""
    return any(d.end == i for d in doc.spans.get("dates", ()))


def _before(doc, i: int):
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k] if k >= 0 else None


def _after(doc, j: int):
    k = j + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return doc[k] if k < len(doc) else None


def _past_adverbs(doc, j: int):
    """The word after the closing quote ``doc[j]`` past up to two adverbs or particles between the
    subject and its verb ("«Ормеда» ранее сообщала", "«Алроса» не увеличит"); None at the end."""
    k, skipped = j + 1, 0
    while k < len(doc) and (doc[k].is_space or doc[k].pos_ in ("ADV", "PART") and doc[k].is_alpha and skipped < 2):
        skipped += not doc[k].is_space
        k += 1
    return doc[k] if k < len(doc) else None


def slot_cases(morph: Morph, doc, i: int, j: int) -> tuple[frozenset[str], bool]:
    """(cases the slot of the name quoted at ``i``..``j`` allows, whether it is a subject's before
    its verb); all cases where nothing is known."""
    first, last, members = list_ends(doc, i, j)
    before, after = _before(doc, first), _after(doc, last)
    if before is not None and before.pos_ in ("ADP", "ADJ"):  # "в «Дикси»"; "На воткинском «Приборе»"
        return ALL_CASES, False
    if (_clause_opens(before) or _after_date(doc, first)) and after is not None:
        plural = members > 1 or any(p.tag.case == "nomn" and p.tag.number == "plur"
                                    for p in morph.parse(doc[i + 1].text))
        if _verb(morph, _past_adverbs(doc, last), plural):
            return frozenset({"nomn"}), True
    ends = after is None or after.text in CLAUSE_ENDS
    if ends and before is not None and (_verb(morph, before, plural=False) or _verb(morph, before, plural=True)):
        return frozenset({"nomn", "accs"}), False
    return NOT_LOCATIVE, False


def slot_name(morph: Morph, span: Span) -> str | None:
    """The one-word quoted name of ``span`` as written where its slot (:func:`slot_cases`)
    refuses every reading of it but the nominative's; None else."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    if len(words) != 1 or not _word(words[0].text):
        return None
    doc = span.doc
    i, j = words[0].i - 1, words[0].i + 1
    if i < 0 or j >= len(doc) or doc[i].text not in OPENING_QUOTES or doc[j].text not in CLOSING:
        return None
    word = words[0].text
    cases, subject = slot_cases(morph, doc, i, j)
    if cases == ALL_CASES:
        return None
    readings = [p for p in morph.parse(word) if p.tag.POS in NAME_POS and not PERSONAL & p.tag.grammemes]
    if cases != NOT_LOCATIVE and any(p.tag.case in GOVERNED for p in readings):
        return None  # "«Газпрому» удаётся", "уступил «Ростову»": a verb's dative or instrumental
    fitting = [p for p in readings if p.tag.case in cases]
    if readings and not fitting or cases != NOT_LOCATIVE and any(
            p.tag.case == "nomn" and p.tag.number == "sing" for p in fitting):
        return word
    return None
