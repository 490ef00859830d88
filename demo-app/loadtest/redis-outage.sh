#!/usr/bin/env bash
# Builds the demo and runs redis-outage.mjs: the cached music list under loadtest while the demo's
# Redis is killed and started again. Extra arguments go to the script (--down-at, --up-at,
# --seconds, --rps). Run from anywhere; needs redis-server on the PATH, Node 20 and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl demo-app -am package -DskipTests
node demo-app/loadtest/redis-outage.mjs --jar demo-app/target/redweave-demo.jar "$@"
