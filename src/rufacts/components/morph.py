"""pymorphy3 morphology on spaCy tokens: lemma, POS, and UD-style features.

The analysis of a word form is context-free (pymorphy3's most probable
parse), computed once per distinct form and cached.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..grammars.hyphen_pair import hyphen_pair
from ..grammars.morph import Morph

# OpenCorpora part of speech -> Universal POS
POS_MAP = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB",
    "INFN": "VERB", "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM",
    "ADVB": "ADV", "NPRO": "PRON", "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ",
    "PRCL": "PART", "INTJ": "INTJ",
}
# OpenCorpora grammeme -> (UD feature, value)
FEATS = {
    "nomn": ("Case", "Nom"), "gent": ("Case", "Gen"), "datv": ("Case", "Dat"),
    "accs": ("Case", "Acc"), "ablt": ("Case", "Ins"), "loct": ("Case", "Loc"),
    "voct": ("Case", "Voc"), "gen2": ("Case", "Par"), "loc2": ("Case", "Loc"),
    "acc2": ("Case", "Acc"),
    "sing": ("Number", "Sing"), "plur": ("Number", "Plur"),
    "masc": ("Gender", "Masc"), "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"),
    "anim": ("Animacy", "Anim"), "inan": ("Animacy", "Inan"),
}


def _shape_pos(word: str) -> str:
    if word.isspace():
        return "SPACE"
    if any(c.isdigit() for c in word):
        return "NUM"
    if not any(c.isalnum() for c in word):
        return "PUNCT"
    return "X"


class MorphTagger:
    """Sets ``token.lemma_``, ``token.pos_`` and ``token.morph`` from pymorphy3."""

    def __init__(self, nlp: Language, name: str, morph: Morph) -> None:
        self.name = name
        self.morph = morph
        self.analyze = lru_cache(maxsize=25_000)(self._analyze)

    def _analyze(self, word: str) -> tuple[str, str, str]:
        shape = _shape_pos(word)
        if shape in ("SPACE", "PUNCT", "NUM") or not any(c.isalpha() for c in word):
            return word, shape, ""
        parse = self.morph.parse(word)[0]
        tag = parse.tag
        if tag.POS is None:  # LATN, UNKN, ROMN...
            return word.lower(), "PROPN" if word[:1].isupper() else "X", ""
        pos = POS_MAP.get(tag.POS, "X")
        if pos == "NOUN" and ({"Name", "Surn", "Patr", "Geox", "Orgn"} & tag.grammemes):
            pos = "PROPN"
        feats = sorted({FEATS[g] for g in tag.grammemes if g in FEATS})
        lemma = parse.normal_form
        if pos == "NOUN" and "-" in word and not self.morph.is_known(word):  # "доме-интернате": дом-интернат
            lemma = hyphen_pair(self.morph, word, tag.case) or lemma
        return lemma, pos, "|".join(f"{k}={v}" for k, v in feats)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma, pos, feats = self.analyze(token.text)
            token.lemma_ = lemma
            token.pos_ = pos
            if feats:
                token.set_morph(feats)
        return doc


@Language.factory(
    "rufacts_morph",
    assigns=["token.lemma", "token.pos", "token.morph"],
    default_config={"morph": {"@misc": "rufacts.morph.v1"}},
)
def make_morph(nlp: Language, name: str, morph: Morph) -> MorphTagger:
    return MorphTagger(nlp, name, morph)
