"""VB2xx: kỹ thuật trình bày (page, font, size, spacing, page numbers)."""
