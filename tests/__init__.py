"""Tests for vblint; tests/build.py builds the .docx fixtures."""
