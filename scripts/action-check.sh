#!/usr/bin/env bash
# GitHub Action: runs `godwit check` (GODWIT_BIN, the installed distribution's launcher) and hands its
# results to GitHub. Inputs arrive as GODWIT_* environment variables; nothing from the workflow is ever
# evaluated as shell code.
#
# - annotations: `--format github` prints workflow commands on standard output
# - job summary: `--format markdown`, appended to $GITHUB_STEP_SUMMARY
# - SARIF: `--format sarif --output $GODWIT_SARIF_FILE`, uploaded by the next step when upload-sarif is true
# - outputs: findings, errors, sarif-file, exit-code (the step itself always succeeds, so that the
#   SARIF upload runs; the last step of the action fails the job)
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/godwit.$$"
mkdir -p "$work"
output="${GITHUB_OUTPUT:-/dev/null}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
sarif="${GODWIT_SARIF_FILE:-godwit.sarif}"

args=(check --fail-on "${GODWIT_FAIL_ON:-error}"
  --format github
  --format sarif --output "$sarif"
  --format markdown --output "$work/summary.md"
  --format json --output "$work/result.json")
if [ -n "${GODWIT_PG_VERSION:-}" ]; then args+=(--pg-version "$GODWIT_PG_VERSION"); fi
if [ -n "${GODWIT_CONFIG:-}" ]; then args+=(--config "$GODWIT_CONFIG"); fi
if [ -n "${GODWIT_BASELINE:-}" ]; then args+=(--baseline "$GODWIT_BASELINE"); fi

changed="${GODWIT_CHANGED_ONLY:-auto}"
case "$changed" in
  auto) if [ -n "${GITHUB_BASE_REF:-}" ]; then changed=true; else changed=false; fi ;;
  true | false) ;;
  *)
    echo "::error title=godwit::the changed-only input must be true, false or auto"
    echo "exit-code=2" >> "$output"
    exit 0
    ;;
esac
if [ "$changed" = true ]; then
  if [ -z "${GITHUB_BASE_REF:-}" ]; then
    echo "::notice title=godwit::changed-only needs a pull request (GITHUB_BASE_REF is empty); checking every migration"
  else
    base=""
    for candidate in "origin/$GITHUB_BASE_REF" "$GITHUB_BASE_REF"; do
      if git rev-parse --verify --quiet "$candidate^{commit}" > /dev/null; then base="$candidate"; break; fi
    done
    if [ -z "$base" ]; then
      # actions/checkout fetches only the merge commit by default: fetch the base branch's tip too
      git fetch --no-tags --depth=1 origin "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" >&2 \
        && base="origin/$GITHUB_BASE_REF"
    fi
    if [ -n "$base" ]; then
      echo "Reporting only migrations changed against $base"
      args+=(--changed-since "$base")
    else
      echo "::warning title=godwit::cannot fetch the base branch; checking every migration"
    fi
  fi
fi

# args: extra options, split into words as xargs does (blanks and new lines separate; 'single' and
# "double" quotes group; a backslash escapes the next character) and never expanded, globbed or run
if [ -n "${GODWIT_ARGS:-}" ]; then
  if ! printf '%s\n' "$GODWIT_ARGS" | xargs -r printf '%s\0' > "$work/args" 2> "$work/args.err"; then
    echo "::error title=godwit::the args input cannot be split: $(cat "$work/args.err")"
    echo "exit-code=2" >> "$output"
    rm -rf "$work"
    exit 0
  fi
  while IFS= read -r -d '' word; do args+=("$word"); done < "$work/args"
fi

set -f # paths are split on white space, never globbed
# shellcheck disable=SC2206
paths=(${GODWIT_PATHS:-})
set +f
if [ "${#paths[@]}" -gt 0 ]; then args+=(-- "${paths[@]}"); fi

"${GODWIT_BIN:-$here/godwit}" "${args[@]}"
code=$?

count() { # the number after "name": in the summary object at the end of the JSON result
  grep -o "\"$1\": [0-9]*" "$work/result.json" 2> /dev/null | tail -n 1 | grep -o '[0-9]*$' || echo 0
}
errors=$(count errors)
warnings=$(count warnings)
notes=$(count notes)
findings=$((errors + warnings + notes))

if [ -f "$work/summary.md" ]; then
  cat "$work/summary.md" >> "$summary"
  if [ "$errors" -gt 10 ] || [ "$warnings" -gt 10 ] || [ "$notes" -gt 10 ]; then
    printf '\n> GitHub shows at most 10 annotations of each level per step: all %s findings are listed above and in the SARIF log.\n' \
      "$findings" >> "$summary"
  fi
fi
{
  echo "findings=$findings"
  echo "errors=$errors"
  if [ -f "$sarif" ]; then echo "sarif-file=$sarif"; else echo "sarif-file="; fi
  echo "exit-code=$code"
} >> "$output"
rm -rf "$work"
exit 0
