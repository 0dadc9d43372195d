#!/usr/bin/env bash
# Restarts the private dockerd of one test engine (scripts/engine/start.sh's layout), for the one
# test that must leave an engine it damaged on purpose as it found it. Only that engine's own pid.
set -euo pipefail
name=$1 port=$2
pidfile=/run/layercache-$name/dockerd.pid
[ -f "$pidfile" ] || { echo "no private engine $name ($pidfile)" >&2; exit 1; }
pid=$(cat "$pidfile")
kill -TERM "$pid"
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
cd "$(dirname "$0")/.."
LAYERCACHE_ENGINE_NAME=$name LAYERCACHE_REGISTRY_PORT=$port LAYERCACHE_FORCE_PRIVATE_ENGINE=1 bash scripts/engine/start.sh >/dev/null
