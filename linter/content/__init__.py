"""The content layer: what a draft says, beyond how it looks.

- ``nlp``: spaCy's Vietnamese class (pyvi segmentation) and the matchers, loaded lazily;
- ``deadlines``: deadline expressions and their normal form;
- ``tasks``: task extraction (the "six clears" of Kết luận 226-KL/TW) and the task table;
- ``meetings``: what a meeting document says about the meeting (KL 226, mục 2.2);
- ``copy``: copy detection against the higher-level document.

Importing this package loads nothing heavy; spaCy is imported on first use.
"""
