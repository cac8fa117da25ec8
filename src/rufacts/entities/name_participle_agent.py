"""The agent of a full passive participle right before a name (read by
:func:`rufacts.entities.names_group.name_hints`): "хирурги, приглашённые Шимановским", "на счетах,
открытых Хортоном", "Спектакль, поставленный Марине Гюрджян".

A participial phrase after its head noun (a comma or the noun right before the participle) has its
agent in the instrumental; the name there is no object of the participle's verb, whose object is the
head noun, so the accusative ``lexicons/name_verbs.tsv`` gives the verb ("пригласить": accs) is no hint
(it read "Шимановским" as an accusative standing as written). A verb the lexicon lists without the
dative has no recipient either: the instrumental alone; else the instrumental or the dative
("приговор, вынесенный Вахе Саргсяну"). A participle that opens its phrase with no head before it
agrees with the name instead ("Разыскиваемого Ахмедова Р. Ш. задержали": the name's own attribute,
in its case) and is left to the verb's reading.
"""
from __future__ import annotations

from ..grammars.morph import Morph
from .doc_words import morph_values
from .name_case_cues import verb_cases

AGENT = frozenset({"ablt"})
AGENT_OR_RECIPIENT = frozenset({"ablt", "datv"})
HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})


def participle_agent(before, morph: Morph) -> frozenset[str] | None:
    """The cases of a name right after ``before`` where ``before`` is a full passive participle
    after its head (a comma or a noun before it); None else."""
    if before is None or not morph_values(before, "Case") or before.i == 0:
        return None  # the tagger gives a participle, no finite verb, a case
    head = before.doc[before.i - 1]
    if head.text != "," and head.pos_ not in HEAD_POS:
        return None
    if not any(p.tag.POS == "PRTF" and "pssv" in p.tag.grammemes for p in morph.parse(before.lower_)):
        return None
    listed = verb_cases().get(before.lemma_)
    return AGENT if listed and "datv" not in listed else AGENT_OR_RECIPIENT
