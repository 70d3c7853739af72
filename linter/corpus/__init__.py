"""The reference corpus: higher-level documents the copy check compares drafts with."""
