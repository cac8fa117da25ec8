"""Case and gender cues of a person mention from a participle or a relative pronoun right after it and
a comma (read in :func:`rufacts.entities.names_group.group_persons`, weighed as an agreeing apposition,
:data:`rufacts.entities.name_solutions.AGREE`):

- a full participle in an oblique case agrees with the name in case and gender ("разыскивает Аминату
  Кулибали, пропавшую в Бамако": a woman's accusative, Амината; "вручил Фернанду Ребелу,
  возглавлявшему делегацию": a man's dative; a woman's form in -ей/-ой, any oblique case but the
  accusative, "о Кайсе Ярви, выигравшей": Кайса); ``"agree:<case>:<gender>"``; the participle may
  come after a span of time or an adverb ("поздравил И. П. Ступину, сорок лет проработавшую": hers), or an ordinal's instrumental ("первой прибывшая"); a
  nominative one only where it is a woman's and no feminine noun in the nominative stands before the
  name in its clause, which it may as well agree with ("Жена Ивана Петрова, возглавлявшая ..."; but
  "советник посольства Завьялова Н. И., курирующая вопросы энергетики": Завьялова, personforms41);
- the relative pronoun "который" gives the gender only, its case being its own clause's ("с Муанги
  Киаришу, которому президент поручил": a man's name); ``"agree:<case>:<gender>"`` for every case.
"""
from __future__ import annotations

from ..grammars.morph import UD_CASES
from .name_apposition import GENDERS
from .name_readings import CASES

RELATIVE_GENDERS = {"который": "masc", "которая": "femn", "которого": "masc", "которому": "masc",
                    "которым": "masc", "котором": "masc", "которой": "femn", "которую": "femn"}


DURATION_NOUNS = frozenset({"год", "лет", "месяц", "неделя", "день", "десятилетие", "век"})
# an ordinal's instrumental used as an adverb before the participle ("первой прибывшая на вызов": hers)
RANK_INSTRUMENTALS = frozenset({"первой", "первым", "последней", "последним", "единственной", "единственным"})
REACH = 3  # words of a span of time or an adverb between the comma and the participle


def _after_comma(span):
    """The token after the comma right after the mention (past a last initial's dot), or None."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "." and len(span[-1].text) == 1:
        i += 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    return doc[i + 1]


def _past_time(token):
    """The participle after a span of time or an adverb opening the apposition ("сорок лет
    проработавшую", "долго возглавлявшую", "много лет руководившей"), else ``token`` itself."""
    doc = token.doc
    i = token.i
    end = min(len(doc), i + REACH + 1)
    while i < end and (doc[i].pos_ in ("ADV", "NUM") or doc[i].lemma_ in DURATION_NOUNS or (
            doc[i].lower_ in RANK_INSTRUMENTALS and i + 1 < end)):
        i += 1
    if i == token.i or i >= end or doc[i].pos_ not in ("VERB", "ADJ"):
        return token
    return doc[i]


def _feminine_head_before(span) -> bool:
    """A feminine noun in the nominative before the mention in its clause (back to a verb or a
    punctuation mark), which a nominative participle after the name may agree with ("Жена Петрова")."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - 8) - 1, -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
        if token.pos_ == "NOUN" and "Nom" in token.morph.get("Case") and "Fem" in token.morph.get("Gender"):
            return True
    return False


def participle_cue(span) -> frozenset[str]:
    """{"agree:<case>:<gender>"} of a singular participle or "который" after the name and a comma."""
    token = _after_comma(span)
    if token is None:
        return frozenset()
    relative = RELATIVE_GENDERS.get(token.lower_)
    if relative is not None:
        return frozenset(f"agree:{c}:{relative}" for c in CASES)
    token = _past_time(token)
    morph = token.morph
    # (the tagger gives a participle as a verb with a case, often with no VerbForm)
    participle = "Part" in morph.get("VerbForm") or (token.pos_ == "VERB" and bool(morph.get("Case")))
    if token.pos_ not in ("VERB", "ADJ") or not participle \
            or "Short" in morph.get("Variant") or "Sing" not in morph.get("Number"):
        return frozenset()
    gender = GENDERS.get(next(iter(morph.get("Gender")), ""))
    cases = {UD_CASES.get(c) for c in morph.get("Case")} - {None}
    if "nomn" in cases and not (gender == "femn" and not _feminine_head_before(span)):
        cases.discard("nomn")
    if gender not in ("masc", "femn") or not cases:
        return frozenset()
    if gender == "masc" and cases & {"gent", "accs"}:
        cases |= {"gent", "accs"}  # an animate man's accusative is his genitive
    if gender == "femn" and token.lower_.endswith(("ей", "ой")):
        # a woman's oblique cases but the accusative share the form, of which the tagger gives one
        # ("о Кайсе Ярви, выигравшей чемпионат": the prepositional too)
        cases |= {"gent", "datv", "ablt", "loct"}
    return frozenset(f"agree:{c}:{gender}" for c in cases)
