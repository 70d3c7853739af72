"""Part-of-speech tags of pyvi's tagger, for the few clauses the task rules cannot read alone.

pyvi ships a CRF part-of-speech tagger (``pyvi.ViPosTagger``, VLSP tag set: N noun, Np proper
noun, Nc classifier, V verb, A adjective, R adverb, E preposition, C conjunction, M numeral, L
determiner, P pronoun, F punctuation …) beside the word segmenter the NLP layer uses. Its model
is loaded with pyvi's package, which the NLP layer has already imported (importing the tagger
then costs about 10 ms); a clause of twenty words is tagged in about 0.5 ms.

Measured on the labelled task sentences (491 leads found in their sentence, round eight): the
noun phrase "from the lead's first word up to the first word tagged V" equals the labelled lead
for 38% of them; most errors are verbs inside a name or a qualifier ("cơ_quan đăng_ký",
"Bên nhận bảo_đảm", "cấp ủy cấp dưới" tagged "cấp/V", "Thường_trực/V cấp_ủy"). The task layer
therefore uses the tags only to find the predicate of a clause whose subject it already reads by
structure, with corrections of its own (:func:`linter.content.tasks._pos_subject`).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def _tagger() -> Any:
    from pyvi import ViPosTagger

    return ViPosTagger


@lru_cache(maxsize=1024)
def tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """One tag per word; a word of several syllables is written with "_" between them, as pyvi
    writes it ("Cấp_ủy", "bàn_giao")."""
    if not words:
        return ()
    return tuple(_tagger().postagging_tokens(list(words))[1])
