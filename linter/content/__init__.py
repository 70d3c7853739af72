"""The content layer: what a draft says, beyond how it looks.

- ``nlp``: spaCy's Vietnamese class (pyvi segmentation) and the matchers, loaded lazily;
- ``deadlines``: deadline expressions and their normal form;
- ``tasks``: task extraction (the "six clears" of Kết luận 226-KL/TW) and the task table;
- ``meetings``: what a meeting document says about the meeting (KL 226, mục 2.2);
- ``copy``: copy detection against the higher-level document.

Importing this package loads nothing heavy; spaCy is imported on first use.
"""

from __future__ import annotations


def clear_caches(*, syllables: bool = True) -> None:
    """Forget what the content layer keeps between checks (analyses, part-of-speech tags,
    leads, finished tasks, the copy check's units): the next check of any text is cold.
    ``syllables=False`` keeps the per-syllable tables, which depend on no document (see
    ``nlp.clear_caches``)."""
    from linter.content import copy, nlp, pos, tasks

    nlp.clear_caches(syllables=syllables)
    pos.tags.cache_clear()
    tasks.clear_caches()
    copy.clear_caches()
