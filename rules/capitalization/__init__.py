"""VB4xx: viết hoa (Phụ lục II)."""
