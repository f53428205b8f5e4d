#!/usr/bin/env bash
# The two commands a newcomer needs:
#   ./judge.sh start [--urls http://127.0.0.1:5000]   install what is missing, then run the service
#   ./judge.sh test                                    install what is missing, then run every test
set -euo pipefail
cd "$(dirname "$0")"

command="${1:-}"
shift || true
case "$command" in
    start)
        bash scripts/setup.sh
        exec dotnet run --project src/Judge.Api -c Release -- "$@"
        ;;
    test)
        bash scripts/setup.sh
        exec dotnet test Judge.sln -c Release "$@"
        ;;
    *)
        echo "usage: ./judge.sh start [--urls URL] | ./judge.sh test" >&2
        exit 2
        ;;
esac
