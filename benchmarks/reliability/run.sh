#!/usr/bin/env bash
# Runs the reliability experiments of docs/operations.md against Redis processes they start
# themselves on free loopback ports (never the Redis on 6379), and prints each figure as a table
# row. Run from anywhere:
#   benchmarks/reliability/run.sh [count-durability [N]|lock-holder|cluster-failover|sentinel-failover|all]
# The Redis outage under the demo's load is demo-app/loadtest/redis-outage.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -q -B -pl benchmarks -am package -DskipTests
run() { java -cp benchmarks/target/benchmarks.jar "io.redweave.benchmarks.reliability.$1" "${@:2}"; }

what="${1:-all}"
case "$what" in
  count-durability) run CountDurability "${@:2}" ;;
  lock-holder) run LockHolderKilled ;;
  cluster-failover) run ClusterFailover ;;
  sentinel-failover) run SentinelFailover ;;
  all)
    run CountDurability
    run LockHolderKilled
    run ClusterFailover
    run SentinelFailover
    ;;
  *) echo "unknown experiment $what: count-durability, lock-holder, cluster-failover, sentinel-failover or all" >&2; exit 2 ;;
esac
