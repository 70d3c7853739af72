"""Meeting rules (VB8xx): Kết luận 226-KL/TW, mục 2.2."""
