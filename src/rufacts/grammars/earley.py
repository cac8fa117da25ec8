"""An Earley parser for yargy grammars that predicts less and handles optional parts.

:class:`AnchoredParser` is a drop-in :class:`yargy.Parser` (``extract``,
``findall`` and ``match`` work unchanged) for grammars run over many short
windows of text, such as :mod:`rufacts.grammars.amounts`.
"""
from __future__ import annotations

from typing import Callable

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy import Parser  # noqa: E402
from yargy.parser import Chart, State  # noqa: E402
from yargy.rule.bnf import is_rule  # noqa: E402
from yargy.tree import Node  # noqa: E402

__all__ = ["AnchoredParser"]


class AnchoredParser(Parser):
    """yargy's Earley parser with two changes.

    * The root rule is predicted only before the tokens for which ``starts(token)``
      is true (for amounts: a number, a number word, a qualifier, a currency
      sign), not before every token; and a production is not predicted when its
      first token predicate fails on the next token. The chart stays small.
    * Optional parts work after a part of varying length ("15 миллионов" then an
      optional dot, then "рублей"). Plain Earley, as in yargy 0.16, completes an
      empty rule only for the states already waiting for it, so a state that
      reaches the rule later in the same column never moves past it; here such a
      state is moved past every empty completion of that rule in the column.
    """

    def __init__(self, rule, tokenizer, starts: Callable[[object], bool]) -> None:
        super().__init__(rule, tokenizer=tokenizer)
        self.starts = starts

    def chart(self, text, all=True):  # noqa: A002 - yargy's signature
        tokens = self.tagger(self.tokenizer(text))
        chart = Chart(tokens)
        for column, next_column in chart:
            if next_column is not None and self.starts(next_column.token):
                self.predict(column, next_column, self.rule)
            empty: dict[int, list] = {}  # id(rule) -> its empty completions in this column
            for state in column:
                if state.completed:
                    if state.start_column is column:
                        empty.setdefault(id(state.rule), []).append(state)
                    self.complete(column, state)
                    continue
                next_term = state.next_term
                if is_rule(next_term):
                    self.predict(column, next_column, next_term)
                    for done in empty.get(id(next_term), ()):
                        column.append(State(
                            state.rule, state.production, state.dot_index + 1,
                            state.start_column, column, state.node.attached(done.node),
                        ))
                elif next_column:
                    self.scan(next_column, next_term, state)
        return chart

    def predict(self, column, next_column, rule):
        """yargy's prediction, minus the productions whose first term is a token
        predicate that the next token fails (they could never be scanned)."""
        if next_column is None:
            return super().predict(column, next_column, rule)
        token = next_column.token
        for index, production in enumerate(rule.predict(token)):
            terms = production.terms
            if terms and not is_rule(terms[0]) and not terms[0](token):
                continue
            node = Node(rule, production, rank=index, children=[])
            column.append(State(rule, production, 0, column, column, node))
