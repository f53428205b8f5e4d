#!/usr/bin/env bash
# Runs every test: installs what is missing (bubblewrap, Node.js), builds and tests the whole solution, then
# the VS Code extension's tests, which start the Release build of the service that dotnet test just built.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --node
dotnet test Judge.sln -c Release "$@"
cd clients/vscode
npm ci --no-audit --no-fund
JUDGE_CONFIGURATION=Release npm test
