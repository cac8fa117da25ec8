"""A lone surname the tagger missed as the subject of its clause (read by
:func:`rufacts.entities.names_missed.missed_names`): a capitalized word the dictionary knows as a
surname only, whose nominative agrees in gender with a full participle in the nominative after a comma
("Шубина, руководившая школой 27 лет, ушла на пенсию") or with a past-tense verb in the singular right
after it ("Шубина ушла на пенсию", "Кадырбеков возглавил фонд"). Many such surnames open their
sentence, where the tagger trusts capitals least; the agreement of a woman's -ина/-ова with a
feminine form (or a man's -ин/-ов with a masculine one) is the evidence. Not after a preposition (an
oblique case: the other rules'). Also a headline's speaker before a colon ("Головачёв: терминал
заработает в марте": :func:`speaker_before_colon`)."""
from __future__ import annotations

from ..grammars.morph import Morph
from .name_subject_clause import nominative_participle_gender
from .name_verb_forms import past_singular


def lone_surname_subject(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it)."""
    token = doc[i]
    if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 4 \
            or (i > 0 and doc[i - 1].pos_ == "ADP") or not morph.is_known(token.text):
        return False
    parses = morph.parse(token.text)
    if not parses or not all("Surn" in p.tag.grammemes for p in parses):
        return False
    genders = {p.tag.gender for p in parses if p.tag.case == "nomn" and "sing" in p.tag.grammemes}
    cue = _agreeing_form(doc, i)
    return cue is not None and cue in genders


def _agreeing_form(doc, i: int) -> str | None:
    """The gender of a nominative singular participle after a comma, or of a past singular verb right
    after the word; None where neither follows."""
    if i + 2 < len(doc) and doc[i + 1].text == ",":
        return nominative_participle_gender(doc[i + 2])
    if i + 1 < len(doc):
        return next((g for g in ("masc", "femn") if past_singular(doc[i + 1], (g,))), None)
    return None


# a Russian surname's nominative endings: a word the dictionary does not know reads so ("Силуанов:")
NOMINATIVE_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий",
                           "ская", "цкая")


def speaker_before_colon(doc, i: int, morph: Morph) -> bool:
    """A lone surname opening its sentence before a colon, the news headline's speaker ("Головачёв:
    терминал заработает в марте", "Набиуллина: ставка останется прежней"): a word the dictionary knows
    as a surname only, in the nominative singular, or one it does not know in a Russian surname's
    nominative ending."""
    token = doc[i]
    if not (i == 0 or token.is_sent_start) or i + 1 >= len(doc) or doc[i + 1].text != ":" \
            or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 4:
        return False
    if not morph.is_known(token.text):
        return token.lower_.endswith(NOMINATIVE_SURNAME_ENDS)
    parses = morph.parse(token.text)
    return all("Surn" in p.tag.grammemes for p in parses) \
        and any(p.tag.case == "nomn" and "sing" in p.tag.grammemes for p in parses)
