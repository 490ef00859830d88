#!/usr/bin/env bash
# Builds the demo, starts it on a fresh data directory (embedded Redis, H2), runs the load
# comparison into docs/performance.md, and stops the demo again. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${PORT:-8000}"
data="$(mktemp -d)"
./mvnw -q -B -pl demo-app -am package -DskipTests
DATA_DIR="$data" PORT="$port" java -jar demo-app/target/redweave-demo.jar > "$data/demo.log" 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null; wait "$demo" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/health" > /dev/null; then break; fi
  if ! kill -0 "$demo" 2>/dev/null; then cat "$data/demo.log"; exit 1; fi
  sleep 1
done
node demo-app/loadtest/compare.mjs --url "http://127.0.0.1:$port" --docs docs --pid "$demo"
