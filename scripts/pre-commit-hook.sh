#!/usr/bin/env bash
# pre-commit hook: builds Godwit in pre-commit's clone of this repository on first use, then checks the
# staged migration files pre-commit passes (after any `args:` from .pre-commit-config.yaml). Each named
# file is reported alone, but the migrations before it in its folder are read too.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$here/target/godwit.jar" ]; then
  echo "godwit: building Godwit for pre-commit (first run only)..." >&2
  if ! (cd "$here" && ./mvnw -B -q -DskipTests -Dgodwit.dist.skip=true package) >&2; then
    echo "godwit: the build failed; the hook needs a JDK 17 or later on the PATH" >&2
    exit 2
  fi
fi
exec "$here/godwit" check "$@"
