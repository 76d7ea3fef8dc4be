#!/bin/bash
# Records what the real kubectl prints for one command against the demo cluster, for the reference tests
# (src/test/resources/kubectl-on-demo). Needs kubectl on PATH and a packaged jar (./mvnw package -DskipTests).
# usage: dev/kubectl-reference.sh NAME kubectl-args...   writes NAME.txt and prints the case line for cases.txt
set -euo pipefail
name=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
javac -cp "$root/target/kubernetes-remediation-mcp.jar" -d "$work" "$root/dev/DemoServe.java"
# the demo's clock is fixed a few seconds ahead; kubectl runs as that second starts, so its ages match
java -cp "$root/target/kubernetes-remediation-mcp.jar:$work" DemoServe 6 > "$work/serve" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/serve" ] && break; sleep 0.1; done
read -r url at < "$work/serve"
export KUBECONFIG=/dev/null
kubectl --server "$url" --cache-dir "$work/cache" api-resources > /dev/null 2>&1 # warm the discovery cache
target=$(date -d "$at" +%s)
while [ "$(date +%s)" -lt "$target" ]; do sleep 0.02; done
set +e
kubectl --server "$url" --cache-dir "$work/cache" "$@" > "$name.txt" 2> "$name.err"
echo "rc=$?" >> "$name.err"
set -e
echo "$name|$at|$*"
