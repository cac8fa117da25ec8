"""Shared pieces of the sector-tagger experiment: the gold split, the tokens (rufacts' own
sector tokenizer, ``grammars.sector_words.tokenize``: razdel with digit groups joined) and
the readings of a token span the rules use (``count_value``, ``object_lemma``). The readings
the pipeline uses too (``value_of``, ``object_of``, ``words_spaces``, ``lemma_norm``,
``make_doc``) live in the package: ``rufacts.grammars.sector_learned_assembly`` and
``rufacts.components.sector_learned``."""
from __future__ import annotations

import glob
import json
import os

from rufacts.components.sector_learned import make_doc  # noqa: F401  (train.py)
from rufacts.grammars.morph import get_morph
from rufacts.grammars.sector_learned_assembly import LABELS, lemma_norm, object_of  # noqa: F401
from rufacts.grammars.sector_learned_assembly import value_of, words_spaces  # noqa: F401
from rufacts.grammars.sector_number_tokens import is_scale
from rufacts.grammars.sector_words import forms, tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, "tests", "gold")
EVAL_FILES = ("sectors-news-blind-15.jsonl", "sectors-news-16.jsonl")


#: never trained on: the round-16 files, written after the model (scored once, by the lead)
NOT_TRAINED = ("blind-16", "news-17")


def _forbidden(name: str) -> bool:
    return any(part in name for part in NOT_TRAINED)


def train_files() -> list[str]:
    """Every sector gold file but the two evaluation files and the round-16 files."""
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(GOLD, "sectors*.jsonl")))
    return [n for n in names if n not in EVAL_FILES and not _forbidden(n)]


def read(name: str) -> list[dict]:
    path = name if os.path.sep in name else os.path.join(GOLD, name)
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def morph():
    return get_morph()


def tokens(text: str) -> list:
    """yargy tokens with character offsets, the tokens the sector rules read."""
    return tokenize(morph(), text)


def lemmas(token) -> set[str]:
    out = {token.value.lower().replace("ё", "е")}
    for f in forms(token):
        out.add(f.normalized.replace("ё", "е"))
    return out


def number_start(token) -> bool:
    """A token a count can begin with: digits, or a word read alone as a number."""
    if token.type == "INT" or token.value[:1].isdigit():
        return True
    return value_of([token]) is not None


def number_span_ok(toks: list) -> bool:
    """Every token of a count span is a number word, digits, a scale word or its dot."""
    return number_start(toks[0]) and all(
        t.value == "." or number_start(t) or is_scale(t) for t in toks[1:])
