"""A quoted name in the dative opening its sentence before an impersonal verb of an obligation,
a success, a lack or a threat (``lexicons/org_impersonal_verbs.txt``) is an organization, its
experiencer: "«Снежной королеве» пришлось закрыть половину магазинов", "«Детскому миру» предстоит
сменить владельца", "«Аэрофлоту» не удалось". Used by :func:`rufacts.entities.quoted.slot` beside
its impersonal plural ("«Зелёной альтернативе» отказали").

The verb is one of acting, followed by the infinitive of the act ("пришлось закрыть"; not
"«Союзу» предстоит стыковка", a ship's or a spacecraft's), and no noun of a work, a show or an
event stands in the sentence (``lexicons/quoted_title_cues.txt``, ``work_title_heads.txt``,
``event_heads.txt``, ``quoted_work_companions.txt``: "«Лебединому озеру» пришлось уступить место
опере" is a ballet). A name with a word the dictionary knows only as a person's name or surname in the dative is a
ship's or a work's named after someone ("«Адмиралу Нахимову» пришлось вернуться в порт"), no
organization ("Миру", "королеве" are common nouns too; an unknown coined word's guesses say nothing).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..grammars.morph import Morph
from ..lexicons import load_list
from .org_quoted_preps import PERSONAL, is_title_cue
BETWEEN = frozenset({"не", "ни", "уже", "ещё", "еще", "также", "тоже", "всё", "все", "вновь", "снова"})


def impersonal_after(doc: Doc, i: int, j: int, morph: Morph) -> bool:
    """Whether the verb after the closing quote ``doc[j]`` (a particle or two of
    :data:`BETWEEN` aside) is a singular impersonal verb of the lexicon, no verb a nominative
    of the name's could be the subject of: a neuter past ("пришлось") or a present or future
    (whose third person may be anyone's, the name's dative case decides), an infinitive right
    after it; no word of the quoted name ``doc[i+1:j]`` a person's, no title cue in the sentence."""
    k = j + 1
    while k < len(doc) and k - j <= 2 and doc[k].lower_ in BETWEEN:
        k += 1
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in load_list("org_impersonal_verbs.txt") \
            or "Plur" in verb.morph.get("Number") or verb.morph.get("Gender") not in ([], ["Neut"]):
        return False
    if k + 1 >= len(doc) or not any(p.tag.POS == "INFN" for p in morph.parse(doc[k + 1].lower_)):
        return False  # "пришлось закрыть": an act's infinitive after the verb
    return not any(_personal(morph, t.text) for t in doc[i + 1:j] if t.is_alpha) and not _titled(doc, i)


def _titled(doc: Doc, i: int) -> bool:
    """Whether a noun of a work, a show or an event stands in the sentence of ``doc[i]``."""
    return any(is_title_cue(t) for t in doc[i].sent if t.is_alpha)


def _personal(morph: Morph, word: str) -> bool:
    """A known word whose every noun reading in the dative is a person's ("Нахимову")."""
    datives = [p for p in morph.parse(word) if p.tag.POS == "NOUN" and p.tag.case == "datv"]
    return morph.is_known(word) and bool(datives) and all(PERSONAL & p.tag.grammemes for p in datives)
