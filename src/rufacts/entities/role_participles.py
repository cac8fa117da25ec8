"""Position words that are participles used as nouns, and their instrumental complements
(w113): "командующий войсками Уральского округа", "заведующая кафедрой истории",
"управляющим делами администрации". The tagger reads "командующий", "заведующая" as verb forms
(lemma "командовать"), so the lexicon's noun lemma is looked for in the word's masculine
nominative singular; and these words govern the instrumental (``lexicons/role_ins_governors.txt``),
where other positions take the genitive ("директор завода")."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from ..lexicons import load_list
from .doc_words import morph_values


@lru_cache(maxsize=4_096)
def _masculine(word: str) -> tuple[str, ...]:
    from ..grammars.morph import get_morph

    out = []
    for p in get_morph().parse(word):
        if p.tag.POS in ("PRTF", "ADJF") and p.tag.number == "sing":
            form = p.inflect({"masc", "sing", "nomn"})
            if form is not None:
                out.append(form.word)
    return tuple(out)


def participle_position(token: Token, lemmas) -> Optional[str]:
    """The lexicon lemma a participle used as a noun stands for ("заведующая" -> "заведующий"),
    not an adjective of a noun after it in its case ("управляющей компании")."""
    if token.pos_ not in ("VERB", "ADJ") or not token.is_alpha or not morph_values(token, "Case"):
        return None
    found = next((w for w in _masculine(token.lower_) if w in lemmas), None)
    if found is None:
        return None
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and morph_values(nxt, "Case") == morph_values(token, "Case"):
        return None  # "управляющая компания": an adjective
    return found


def ins_complement(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a lowercase word of an instrumental complement governed by a
    position word of ``role_ins_governors.txt`` before it ("командующий войсками", "заведующий
    учебной частью")."""
    token = doc[i]
    if not (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")
            and "Ins" in morph_values(token, "Case")):
        return False
    governors = load_list("role_ins_governors.txt")
    for j in range(i - 1, max(-1, i - 4), -1):
        if any(w in governors for w in _masculine(doc[j].lower_)) or doc[j].lemma_ in governors:
            return True
        if not (doc[j].pos_ == "ADJ" and "Ins" in morph_values(doc[j], "Case")):
            return False
    return False


def keep_forms(doc: Doc, tokens: list[Token], words: list[str]) -> list[str]:
    """A role title's words (``words``, normalized to the nominative, one per token of
    ``tokens``) with an instrumental complement as written and a participle position word in
    its own nominative or the masculine ("заведующий кафедрой", not "заведующая кафедра")."""
    if len(words) != len(tokens):
        return words
    lemmas = None
    out = list(words)
    for k, token in enumerate(tokens):
        if ins_complement(doc, token.i):
            out[k] = token.text
        elif token.pos_ in ("VERB", "ADJ") and (any(ins_complement(doc, t.i) for t in tokens[k + 1:k + 2]) or (
                k == len(tokens) - 1 and token.i + 1 < len(doc) and ins_complement(doc, token.i + 1))):
            # (the complement after the title's last word: a unit named as the role's organization,
            # "заведующей отделением кардиологии" -> "заведующий" of "отделение кардиологии")
            if lemmas is None:
                from .role_phrase import role_lemmas

                lemmas = role_lemmas()
            found = participle_position(token, lemmas)
            if found is not None:
                out[k] = token.lower_ if morph_values(token, "Case") == ["Nom"] else found
    return out
