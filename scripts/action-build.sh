#!/usr/bin/env bash
# GitHub Action: builds Godwit from the action's own checkout, once per job (a second use of the action
# in the same job finds the jar).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$here/target/godwit.jar" ]; then
  echo "Godwit is already built: $here/target/godwit.jar"
  exit 0
fi
cd "$here"
./mvnw -B -q -DskipTests package
echo "Built $here/target/godwit.jar"
