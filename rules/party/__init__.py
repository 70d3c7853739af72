"""Party-only rules (VB6xx): Quy định 66/399-QĐ/TW, Hướng dẫn 36/05-HD/VPTW."""
