#!/usr/bin/env bash
# GitHub Action: fails the job with Godwit's exit code (1 findings at or above fail-on, 2 usage or
# configuration error) after the SARIF upload has run.
set -euo pipefail
code="${GODWIT_EXIT_CODE:-2}"
case "$code" in
  0) echo "Godwit: no finding at or above fail-on" ;;
  1) echo "Godwit: findings at or above fail-on (see the annotations, the job summary or code scanning)"; exit 1 ;;
  *) echo "Godwit could not check the migrations (exit code $code): see the 'Check migrations' step"; exit 2 ;;
esac
