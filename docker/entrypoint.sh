#!/bin/sh
# Container entrypoint. Runs as root only long enough to delegate a cgroup subtree to the unprivileged
# "judge" user, then drops every privilege and starts the service as that user.
set -eu

delegate() { mkdir -p "$1" && chown -R judge:judge "$1"; }

if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
    # cgroup v2 (needs --cgroupns=private and a writable cgroup mount): the service lives in /judge/service,
    # its workers in /judge/judge-<pid>/..., so every move stays inside the delegated /judge subtree.
    mkdir -p /sys/fs/cgroup/judge/service
    echo $$ > /sys/fs/cgroup/judge/service/cgroup.procs
    for pid in $(cat /sys/fs/cgroup/cgroup.procs); do echo "$pid" > /sys/fs/cgroup/judge/service/cgroup.procs 2>/dev/null || true; done
    echo "+memory +pids" > /sys/fs/cgroup/cgroup.subtree_control
    echo "+memory +pids" > /sys/fs/cgroup/judge/cgroup.subtree_control
    # Optional: with the cpu controller, runners warming up in the pool run at background priority.
    echo "+cpu" > /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null || true
    chown -R judge:judge /sys/fs/cgroup/judge
else
    # cgroup v1: a judge group in the memory and pids hierarchies.
    delegate /sys/fs/cgroup/memory/judge
    delegate /sys/fs/cgroup/pids/judge
    delegate /sys/fs/cgroup/cpu/judge 2>/dev/null || true   # optional: background priority for warming runners
fi
export Sandbox__CgroupParent=/judge

exec setpriv --reuid=judge --regid=judge --init-groups --inh-caps=-all --bounding-set=-all \
    dotnet /app/Judge.Api.dll "$@"
