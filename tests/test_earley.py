"""rufacts.grammars.earley builds yargy's chart at less cost: the same matches as
yargy's own Earley parser, in the same order, with the same facts."""
from __future__ import annotations

from rufacts import _compat

_compat.install()

from yargy import Parser  # noqa: E402
from yargy.tokenizer import MorphTokenizer  # noqa: E402

from rufacts.grammars.dates import DATE  # noqa: E402
from rufacts.grammars.earley import FastParser  # noqa: E402

TEXTS = [
    "Соглашение было подписано 11 декабря 2015 года в Москве, а 12.12.2015 вступило в силу.",
    "В 2016-м году выручка выросла; к декабрю 2017 г. и 1 января 2018 — снова.",
    "Отчёт за 2015-12-11 опубликован 3 марта; встреча 5-го мая 2019-го года.",
    "Номер 1.11.12.2015 не дата, а 31 февраля 2015 года не бывает.",
]


def _matches(parser, text: str) -> list[tuple]:
    return [(m.span, [t.value for t in m.tokens], repr(m.fact)) for m in parser.extract(text)]


def test_fast_parser_gives_yargys_matches_in_yargys_order():
    tokenizer = MorphTokenizer()
    stock, fast = Parser(DATE, tokenizer=tokenizer), FastParser(DATE, tokenizer)
    for text in TEXTS:
        expected = _matches(stock, text)
        assert expected  # every text has dates: the comparison is not vacuous
        assert _matches(fast, text) == expected
        assert _matches(fast, text) == expected  # again, with its caches filled


def test_fast_parser_chart_keeps_yargys_live_states():
    """Column by column the same states as yargy's chart, in the same order,
    less the predicted ones that never move: their first token predicate fails on
    the next token (or there is none), or their first term is a rule none of whose
    first terms, followed down, matches nothing or takes the next token."""
    from yargy.rule.bnf import is_rule

    tokenizer = MorphTokenizer()
    stock, fast = Parser(DATE, tokenizer=tokenizer), FastParser(DATE, tokenizer)

    def can_begin(rule, token) -> bool:
        seen, todo = {id(rule)}, [rule]
        while todo:
            for production in todo.pop().productions:
                if not production.terms:
                    return True  # an optional part: matches nothing
                first = production.terms[0]
                if not is_rule(first):
                    if token is not None and first(token):
                        return True
                elif id(first) not in seen:
                    seen.add(id(first))
                    todo.append(first)
        return False

    def dead(state, token) -> bool:
        terms = state.production.terms
        if state.dot_index or not terms:
            return False
        if is_rule(terms[0]):
            return not can_begin(terms[0], token)
        return token is None or not terms[0](token)

    def states(chart, drop_dead: bool) -> list[list[tuple]]:
        out = []
        for i, column in enumerate(chart.columns):
            token = chart.columns[i + 1].token if i + 1 < len(chart.columns) else None
            row = []
            for s in column.states:
                if drop_dead and dead(s, token):
                    continue
                row.append((s.rule.label, str(s.production), s.dot_index,  # each parser has its own rules
                            s.start_column.index, s.stop_column.index, len(s.node.children)))
            out.append(row)
        return out

    for text in TEXTS:
        assert states(fast.chart(text), False) == states(stock.chart(text), True)
        assert sum(map(len, states(fast.chart(text), False))) \
            < sum(map(len, states(stock.chart(text), False))) / 2  # most were dead
