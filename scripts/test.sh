#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, then run the whole test suite.
# This is the test command of the README and the only thing .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# The Word add-in's tests need Node.js packages and a real headless Chromium.
if [ -f word_addin/package.json ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "Chromium is missing: install Debian's 'chromium' package (sudo apt-get install chromium)." >&2
      exit 1
    fi
  fi
  (cd word_addin && npm ci --no-audit --no-fund --silent)
  (cd word_addin && npm test --silent)
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing the run." >&2
  exit 1
fi
exit "$status"
