#!/usr/bin/env bash
# Runs every test: installs what is missing (bubblewrap), then builds and tests the whole solution.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec dotnet test Judge.sln -c Release "$@"
