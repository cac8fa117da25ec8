"""A quoted name with no descriptor (a foreign club's, as a rule) read by the case its slot in the
clause gives and its last letters, not by the analyzer's guess of an unknown word's paradigm.

The analyzer guesses a masculine for most unknown words: "«Форте»" the locative of a "Форт",
"«Новаре»" of a "Новар", and a dictionary word's paradigm wins over the slot ("«Локомотиве»" can be
nothing but a locomotive's locative). The slot often says more:

- a slot that takes neither the dative nor the locative (a preposition governing the genitive, the
  accusative or the instrumental: "за «Катовице»", "у «Подхале»"; "в"/"на"
  after a word of a move, ``lexicons/org_motion_words.txt``: "перешёл в «Форте»", "переход в
  «Бари»"): a name in "-е" is no declined form of a Russian-like noun (its accusative ends in -у or is
  its nominative, its genitive in -а/-ы/-и, its instrumental in -ом/-ой), it stands as written;
- a dative slot with no preposition (right after a verb governing a dative,
  ``lexicons/org_dative_verbs.txt``: "принёс «Локомотиве» победу", "обошёлся «Нови-Пазару» в ...";
  or opening the clause before a verb whose experiencer is a dative, ``lexicons/org_dative_after_
  verbs.txt`` and the person lists it names: "«Новаре» не хватило", "«Славену» достанется"): no
  locative, so "-е" after a consonant is the dative of a noun in -а and "-у" after a consonant a
  masculine's dative (hyphenated names decline their last part: "Нови-Пазару" -> Нови-Пазар); each
  capitalized word of a two-word name declines alike ("«Спартаку Суботице»" -> Спартак Суботица);
- a name of two or more words each in "-е", the last unknown to the dictionary ("в «Злате
  Моравце»"): a Russian attribute is never in "-е" in an oblique case (-ой, -ом, -ей, -ем), so the
  first word is no declined adjective but a foreign one agreeing with an undeclined noun: the name
  stands as written, not "Злата Моравце".

Used by :func:`rufacts.components.entities.group_named` before the slot readers of ``org_case``.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..grammars.letters import CONSONANTS
from ..grammars.morph import Morph
from ..lexicons import load_list
from .org_turkic_names import turkic_hyphen
from .quotes import OPENING_QUOTES, QUOTES

NOT_GOVERNED = frozenset({"datv", "loct"})
MOTION_PREPS = frozenset({"в", "во", "на"})
CLAUSE_OPENERS = frozenset({",", "—", "–", ":", ";", "что", "и", "а", "но", "однако"})


@lru_cache(maxsize=1)
def _dative_before() -> frozenset[str]:
    """Lemmas of the verbs right before a dative object."""
    return load_list("org_dative_verbs.txt") | load_list("org_latin_dative_verbs.txt")


@lru_cache(maxsize=1)
def _dative_after() -> frozenset[str]:
    """Lemmas of the verbs after a dative experiencer opening their clause."""
    return load_list("org_dative_after_verbs.txt") | load_list("name_dative_experiencer_verbs.txt") \
        | load_list("org_impersonal_verbs.txt")


def _lemma(token) -> str:
    return token.lemma_.lower().replace("ё", "е")


def _quoted_words(span: Span):
    """The span's words where the span is exactly a quoted name of capitalized words of letters
    (hyphenated parts too), else None."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    if not words or words[0].i < 1 or doc[words[0].i - 1].text not in OPENING_QUOTES \
            or words[-1].i + 1 >= len(doc) or doc[words[-1].i + 1].text not in QUOTES:
        return None
    if len(words) > 3 or not all(w.text[:1].isupper() and not w.text.isupper()
                                 and all(p.isalpha() for p in w.text.split("-")) for w in words):
        return None
    return words


def _moved_into(doc, prep: int) -> bool:
    """A word of a move (``lexicons/org_motion_words.txt``) at most two words before the preposition
    at ``prep``, within its clause."""
    motion = load_list("org_motion_words.txt")
    for k in range(prep - 1, max(prep - 4, -1), -1):
        token = doc[k]
        if token.is_punct:
            return False
        if _lemma(token) in motion or token.lower_ in motion:
            return True
    return False


def _slot(span: Span, first) -> tuple[str, ...]:
    """The cases the slot of the quoted name starting at token ``first`` allows, () where unknown."""
    from .org_case import slot_cases  # (org_case imports helpers this module's callers share)
    doc = span.doc
    q = first.i - 1  # the opening quote
    before = doc[q - 1] if q >= 1 else None
    if before is not None and before.lower_ in MOTION_PREPS and _moved_into(doc, q - 1):
        return ("accs",)
    if before is not None and before.pos_ in ("VERB", "AUX") and before.is_lower \
            and _lemma(before) in _dative_before():
        return ("datv",)
    opening = before is None or before.is_sent_end or before.text in CLAUSE_OPENERS or before.is_punct \
        and before.text not in QUOTES
    if opening:
        end = span.end + 1  # past the closing quote
        if end < len(doc) and doc[end].lower_ == "не":
            end += 1
        if end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and _lemma(doc[end]) in _dative_after():
            return ("datv",)
        return ()
    if before is None or before.pos_ != "ADP":
        return ()  # a noun before says little ("агрокомпании «Серра Верде»": apposed; "в интервью «Афише»")
    return slot_cases(span)


def _dative_word(morph: Morph, word: str) -> str | None:
    """The nominative of one word read as a dative with no preposition: "-у" after a consonant drops
    (the last part of a hyphenated word: "Нови-Пазару"), "-е" after a consonant goes to "-а" (a
    dictionary word too, where it has no dative reading of its own: "Локомотиве"); None else."""
    head, _, last = word.rpartition("-")
    if len(last) < 4 or last[-2].lower() not in CONSONANTS:
        return None
    if last.endswith("у"):
        nominative = last[:-1]
        if morph.is_known(last.lower()) and not any(p.tag.case == "datv" and p.normal_form == nominative.lower()
                                                     for p in morph.parse(last)):
            return None  # "«Агентству»": a neuter's dative, the dictionary's
    elif last.endswith("е") and not last.endswith(("ие", "ее")):
        if morph.is_known(last.lower()) and any(p.tag.case == "datv" and p.tag.POS == "NOUN"
                                                 for p in morph.parse(last)):
            return None  # "«Звезде»": the dictionary's own dative says which noun
        nominative = last[:-1] + "а"
    else:
        return None
    if head:  # "Вологде-Чевакате": a first part in the same ending declines with it ("Нови-" stands)
        parts = [part[:-1] + nominative[-1] if part[-1:] == last[-1] and len(part) > 2
                 and part[-2].lower() in CONSONANTS and last.endswith("е") else part for part in head.split("-")]
        return "-".join([*parts, nominative])
    return nominative


VELARS_HUSHING = frozenset("гкхжчшщ")


def _fleeting(stem: str) -> str:
    """A masculine stem ending in a consonant and "ц" has lost the "е" of its nominative
    ("Тршинц-ем", "Сосновц-а": Тршинец, Сосновец)."""
    if len(stem) > 3 and stem.endswith("ц") and stem[-2].lower() in CONSONANTS:
        return stem[:-1] + "ец"
    return stem


def _genitive_or_instrumental(word: str, cases) -> str | None:
    """The nominative of an unknown word in the genitive or the instrumental: "-ы" and "-и" after a
    velar or a hushing consonant of a noun in -а ("Фоджи" -> Фоджа), "-а" and "-ом"/"-ем" of a
    masculine ("Гурника", "Тршинцем"), "-ой" of a noun in -а ("Энтеллой"); a word in "-е" stands, and
    so does one in another consonant (a foreign attribute: "Виртус"; a town after its club's word:
    "Руха Хожув"); None else."""
    low = word.lower()
    if len(low) >= 4 and low[-2] in CONSONANTS and "gent" in cases and "ablt" not in cases:  # ("с": the
        # instrumental far likelier, "Сделку с «Сумида Кэнки»" no genitive)
        if low.endswith("ы") or low.endswith("и") and low[-2] in VELARS_HUSHING:
            return word[:-1] + "а"
        if low.endswith("а") and not (low[-2] == "к" and low[-3] in CONSONANTS):  # ("Ружомберка": -ок)
            return _fleeting(word[:-1])
    if len(low) >= 5 and low[-3] in CONSONANTS and "ablt" in cases:
        if low.endswith("ой"):
            return word[:-2] + "а"
        if low.endswith(("ом", "ем")) and (low[-2] == "о" or low[-3] in "цжшчщ"):
            return _fleeting(word[:-2])
    if low.endswith("е") or low[-1] in CONSONANTS:
        return word  # (a one-word name standing so changes nothing, and the other rules decide)
    return None


def slot_ending_name(morph: Morph, span: Span) -> str | None:
    """The nominative of a quoted name its slot and endings give (see the module's doc); None where
    the rule says nothing."""
    words = _quoted_words(span)
    if words is None:
        return None
    texts = [w.text for w in words]
    if len(texts) > 1 and all(t.endswith("е") for t in texts) and not morph.is_known(texts[-1].lower()):
        return " ".join(texts)  # "в «Злате Моравце»"
    cases = _slot(span, words[0])
    if not cases:
        return None
    last = texts[-1]
    if not NOT_GOVERNED & set(cases):
        if set(cases) <= {"gent", "ablt"} and not any(morph.is_known(part.lower()) for t in texts for part in t.split("-")) \
                and not any(turkic_hyphen(t) for t in texts):  # ("с «Мерекой»": Мереке, org_turkic_names)
            out = [_genitive_or_instrumental(t, cases) for t in texts]
            if all(out) and out != texts:
                return " ".join(out)  # "«Гурника Забже»", "с «Виртус Энтеллой»"
        return " ".join(texts) if last.endswith("е") and len(last) > 3 else None
    if cases == ("datv",) and len(texts) <= 2:
        out = [_dative_word(morph, t) for t in texts]
        return " ".join(out) if all(out) else None
    return None
