#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, start Neo4j, run the whole suite.
#
# Steps: a virtualenv in .venv with argkg and its dev extras; the Node tools of package.json
# (`npm ci`, when node_modules is missing); Debian's nodejs and npm for it, chromium and a CJK font
# for the browser tests, Java 17 and Maven for Neo4j (only what is missing; needs root or
# sudo); the local Neo4j server assembled
# from Maven Central (`argkg neo4j start`); then ruff (lint and format), mypy and pytest. Neo4j is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
export ARGKG_TEST_NEO4J_DATA=${ARGKG_TEST_NEO4J_DATA:-${TMPDIR:-/tmp}/argkg-test-neo4j}

step() { printf '\n== %s\n' "$*"; }

# The tests read the shared corpus (the reference article, annotations, microtexts): from
# $ARGKG_CORPUS, else from shared/corpus beside the repository, as the project lays it out.
corpus=${ARGKG_CORPUS:-$(cd .. && pwd)/shared/corpus}
if [ ! -f "$corpus/000_91da3ad19ea60206.txt" ]; then
  echo "scripts/test.sh: no shared corpus at $corpus; set ARGKG_CORPUS to the folder that holds it" >&2
  exit 2
fi

step "python environment (.venv)"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[dev,distributed]'

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'noto sans cjk' || missing+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  step "Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ]; then
  step "node tools (npm ci: the Argdown CLI the Argdown export is checked with)"
  npm ci --no-audit --no-fund --silent
fi

step "neo4j (assembled from Maven Central, data in $ARGKG_TEST_NEO4J_DATA)"
stop_neo4j() { .venv/bin/argkg --data "$ARGKG_TEST_NEO4J_DATA" neo4j stop || true; }
trap stop_neo4j EXIT
.venv/bin/argkg --data "$ARGKG_TEST_NEO4J_DATA" neo4j start

step "ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
step "mypy"
mkdir -p build/mypy-path && ln -sfn ../.. build/mypy-path/argkg
.venv/bin/mypy
step "pytest"
.venv/bin/pytest "$@"
