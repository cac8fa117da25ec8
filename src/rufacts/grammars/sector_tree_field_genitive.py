"""A field's genitive the parser hung on the verb (issue 11, ninth session, w79): in "В
сфере народных художественных промыслов в Дагестане работают более 160 субъектов МСП"
slovnet reads "промыслов" as an ``obl`` of "работают", so "в сфере" has no inner phrase
and the count no sector. Set right before the rules read the tree
(:func:`rufacts.grammars.sector_tree.tree_counts`): a genitive noun with no preposition
right after a field noun (``field`` rows of ``sector_markers.tsv``: сфера, область,
отрасль ...) and its adjectives, hung elsewhere as an ``obl``, becomes the field's
``nmod`` (the parser hangs it on the verb or on a qualifier: "более")."""
from __future__ import annotations

from dataclasses import replace

from .sector_tree_nodes import Node, children
from .sector_words import lexicon


def field_genitives(nodes: list[Node]) -> list[Node]:
    """``nodes`` with a field's misplaced genitive set back under it (see above)."""
    fields = lexicon().fields
    kids = children(nodes)
    out = list(nodes)
    for field in nodes:
        if field.lemma.lower() not in fields or field.head == field.i or not any(
                k.dep == "case" for k in kids.get(field.i, ())):
            continue
        k = field.i + 1
        while k < len(nodes) and nodes[k].pos == "ADJ":
            k += 1
        noun = nodes[k] if k < len(nodes) else None
        if noun is None or noun.pos != "NOUN" or noun.case != "gent" \
                or noun.dep != "obl" or noun.head == field.i or field.head == noun.i \
                or any(c.dep == "case" for c in kids.get(noun.i, ())):
            continue
        out[noun.i] = replace(noun, head=field.i, dep="nmod")
    return out


__all__ = ["field_genitives"]
