"""One test module per rule module (tests/rules/test_<slug>.py)."""
