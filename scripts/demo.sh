#!/usr/bin/env bash
# Install the linter on a fresh machine and check a sample draft shipped in the repo.
set -uo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv || exit 2
fi
.venv/bin/python -m pip install --quiet --upgrade pip || exit 2
.venv/bin/python -m pip install --quiet -e . || exit 2

sample=${1:-corpus/samples/state_quyet_dinh_co_loi.docx}
echo "\$ lint $sample"
.venv/bin/lint "$sample"
