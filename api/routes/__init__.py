"""The API's routers: health, lint (+ fix), documents (inspect, tasks), rules, corpus."""
