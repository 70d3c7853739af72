"""VB5xx: từ ngữ, viết tắt."""
