#!/usr/bin/env bash
# Starts Judge: installs what is missing (bubblewrap), then serves the API.
#   ./start.sh                                  http://localhost:5000
#   ./start.sh --urls http://0.0.0.0:8080       another address
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec dotnet run --project src/Judge.Api -c Release -- "$@"
