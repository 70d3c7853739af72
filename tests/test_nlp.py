"""The NLP layer's matcher Doc: syllables no pattern names stand for one placeholder word."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.content import nlp


def _actor_texts(text: str) -> list[str]:
    return [a.text for a in nlp.analyse(text).actors]


def test_names_of_unseen_syllables_are_still_found_as_actors() -> None:
    # "Xơrêđăng" and "Kơtum" are in no lexicon: the name continuation comes from the per-token
    # flags (capitalised syllables), not from the words spaCy sees
    actors = _actor_texts("Ủy ban nhân dân xã Xơrêđăng Kơtum chủ trì tổ chức thực hiện.")
    assert actors == ["Ủy ban nhân dân xã Xơrêđăng Kơtum"]


def test_lexicon_phrases_match_among_placeholder_words() -> None:
    a = nlp.analyse("Đề nghị Sở Nội vụ chủ trì, phối hợp Quỹ Zyxwa báo cáo trước ngày 30/6/2026.")
    assert [h.text for h in a.of("LEADV")] == ["chủ trì"]
    assert [h.text for h in a.of("COORD")] == ["phối hợp"]
    assert "Sở Nội vụ" in [x.text for x in a.actors]


def test_the_vocabulary_does_not_grow_with_new_words() -> None:
    # the matchers and the flag values are made on first use, by a text of the same shape
    nlp.analyse("Bà Hjkl Poiu nộp 987.654 đồng cho Hợp tác xã Mnbv trước ngày 8/8/2030.")
    vocab = nlp.get_nlp().vocab
    before = (len(vocab), len(vocab.strings))
    nlp.analyse("Ông Qwerty Asdfgh nộp 123.456.789 đồng cho Hợp tác xã Zxcvbn trước ngày 7/7/2031.")
    assert (len(vocab), len(vocab.strings)) == before


def test_the_placeholder_sign_in_a_text_changes_nothing() -> None:
    plain = nlp.analyse("Sở Y tế chủ trì thực hiện.")
    marked = nlp.analyse("Sở Y tế chủ trì\u2063 thực hiện.")
    assert [x.text for x in marked.actors] == [x.text for x in plain.actors] == ["Sở Y tế"]
    assert [h.text for h in marked.of("LEADV")] == ["chủ trì"]


def _real_lines(shared_dir: Path) -> list[str]:
    files = sorted((shared_dir / "corpus_real" / "text").glob("*.txt"))
    files += sorted((shared_dir / "samples").glob("*.txt"))
    assert len(files) > 40, "../shared/corpus_real/text and ../shared/samples are needed"
    lines = []
    for path in files:
        lines += [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines


def test_the_segmentation_labels_are_crfsuites_on_real_text(shared_dir: Path) -> None:
    """pyvi's CRF scored from its weights (linter.content.crf) gives crfsuite's labels, on every
    line of the real texts (tens of thousands of syllables)."""
    model = nlp._crf()
    assert model is not None
    tokenizer, tagger, bi, tri = nlp._pyvi()
    syllables = 0
    for line in _real_lines(shared_dir):
        words = [s for s in tokenizer.pyvi_sylabelize_with_ws(line) if not s.isspace()]
        expected = [label == "I_W" for label in tagger.tag(nlp._features(words, bi, tri))]
        assert model.continues(words, nlp._word_features, bi, tri) == expected, line
        syllables += len(words)
    assert syllables > 100_000


def test_the_words_are_spacys_vietnamese_tokens(shared_dir: Path) -> None:
    """The syllable tokens, grouped by word, are the words of spaCy's Vietnamese tokenizer
    (pyvi), with or without crfsuite."""
    lines = _real_lines(shared_dir)[::25]
    tokenizer = nlp.get_nlp().tokenizer

    def words(text: str) -> list[str]:
        groups: dict[int, list[nlp.Tok]] = {}
        for t in nlp._segment(text):
            groups.setdefault(t.word, []).append(t)
        return [text[g[0].start : g[-1].end] for g in groups.values()]

    expected = [[t.text for t in tokenizer(x) if not t.is_space] for x in lines]
    assert [words(x) for x in lines] == expected
    nlp._crf.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(nlp.crf.Model, "read", lambda path: (_ for _ in ()).throw(ValueError()))
            assert nlp._crf() is None  # crfsuite tags
            assert [words(x) for x in lines] == expected
    finally:
        nlp._crf.cache_clear()


def test_a_file_that_is_not_a_crfsuite_model_is_refused(tmp_path: Path) -> None:
    for data in (b"", b"lCRF" + b"\0" * 60, b"PK\x03\x04" * 40):
        path = tmp_path / "model.crfsuite"
        path.write_bytes(data)
        with pytest.raises(ValueError):
            nlp.crf.Model.read(path)


def test_the_pieces_are_those_of_spacys_syllabiser(shared_dir: Path) -> None:
    """``_PYVI_PIECE`` and ``_pyvi_pieces`` find the non-space pieces of spaCy's
    ``pyvi_sylabelize_with_ws`` at the same offsets (they only leave out the whitespace pieces)."""
    tokenizer = nlp.get_nlp().tokenizer
    odd = [
        "  ThS. Nguyễn  Văn A -> Tp. Hồ Chí Minh ==> http://x.vn/a?b=1 a.b@c.vn 1.000,5 ... >>",
        "\u00a0Sở\tNội\u2003vụ\n(30/6/2026) – “chủ trì”; UBND. Mr.X Mrs.Y Dr.Z Ms.W",
        "a_b 12_34 12_34ab x__1 ² ½ 1.000.000đ ĐT.741 TP. HCM abc://d a+b@c.d.e é́ \u200b",
    ]
    for line in _real_lines(shared_dir) + odd:
        expected = []
        at = 0
        for seg in tokenizer.pyvi_sylabelize_with_ws(line):
            if not seg.isspace():
                expected.append((at, seg))
            at += len(seg)
        assert [(m.start(), m.group()) for m in nlp._PYVI_PIECE.finditer(line)] == expected, line
        words, starts = nlp._pyvi_pieces(line)
        assert list(zip(starts, words, strict=True)) == expected, line


def test_the_old_tone_pattern_finds_what_the_plain_alternation_finds(shared_dir: Path) -> None:
    """``_OLD_RE`` (character sets, look-behind after the pair) matches where the plain
    alternation of every pair after a look-behind does, on the real texts and on every pair in
    every case after each kind of character."""
    import re

    pairs = list(nlp._OLD_TONES)
    pairs += [k.upper() for k in nlp._OLD_TONES] + [k.capitalize() for k in nlp._OLD_TONES]
    plain = re.compile(r"(?<![qQ])(" + "|".join(pairs) + r")(?!\w)")
    probes = []
    for k in [*pairs, "oÀ", "uÝ", "oa", "uy", "óa", "ủy"]:
        for before in ("", " ", "q", "Q", "h", "Ư", "1"):
            for after in ("", " ", "n", "ng", ".", "Ó"):
                probes.append(before + k + after)
    for line in _real_lines(shared_dir) + probes:
        assert [m.span() for m in nlp._OLD_RE.finditer(line)] == [
            m.span() for m in plain.finditer(line)
        ], line


def test_a_head_cut_short_is_no_body():
    # "cơ quan thường trực": "thường trực" is a standalone head, but "trực" ends no name of its
    # own here; what is left of the head ("thường") names no body
    a = nlp.analyse("Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh chỉ đạo thực hiện.")
    assert [x.text for x in a.actors] == ["Ủy ban nhân dân tỉnh"]
