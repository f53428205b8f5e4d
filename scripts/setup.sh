#!/usr/bin/env bash
# Installs what Judge needs beyond the .NET 10 SDK: bubblewrap, for the sandbox; with --node also Node.js 18
# or newer and npm, for the VS Code extension's build and tests (node --test, fetch). Safe to run again.
set -euo pipefail

updated=false
apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "$* missing; install with: sudo apt-get install -y $*" >&2
        exit 1
    fi
    echo "Installing $*..."
    if [ "$updated" = false ]; then
        apt-get update -qq
        updated=true
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v bwrap >/dev/null 2>&1 || apt_install bubblewrap
bwrap --version

if [ "${1:-}" = --node ]; then
    command -v node >/dev/null 2>&1 || apt_install nodejs
    command -v npm >/dev/null 2>&1 || apt_install npm
    if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 18 ]; then
        echo "Node.js $(node --version) is too old: the VS Code extension's tests need 18 or newer." >&2
        exit 1
    fi
    echo "node $(node --version), npm $(npm --version)"
fi
