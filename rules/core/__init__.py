"""Rules about the document as a whole, independent of its family (VB0xx)."""
