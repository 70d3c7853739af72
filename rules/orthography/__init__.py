"""VB3xx: chính tả, dấu câu, Unicode, legacy fonts."""
