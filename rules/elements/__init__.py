"""Thể thức rules: the elements of a document (VB1xx)."""
