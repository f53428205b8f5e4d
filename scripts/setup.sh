#!/usr/bin/env bash
# Installs what Judge needs beyond the .NET 10 SDK: bubblewrap, for the sandbox. Safe to run again.
set -euo pipefail

if ! command -v bwrap >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "bubblewrap is missing; install it with: sudo apt-get install -y bubblewrap" >&2
        exit 1
    fi
    echo "Installing bubblewrap..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
fi
bwrap --version
