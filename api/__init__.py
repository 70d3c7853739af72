"""The HTTP service: the checks behind FastAPI (``lint serve``), plus the add-in's static files."""
