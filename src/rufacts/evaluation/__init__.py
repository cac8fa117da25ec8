"""Measuring: span scorers against gold files, entity clustering and roles, sector counts,
predictions, the natasha baseline and the speed benchmark (``rufacts eval``, ``rufacts bench``).

May import anything of rufacts except ``review``; nothing imports it but the CLI.
"""
