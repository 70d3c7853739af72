"""Content rules (VB7xx): Kết luận 226-KL/TW — six clears, copy of the parent, reports."""
