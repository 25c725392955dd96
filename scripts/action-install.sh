#!/usr/bin/env bash
# GitHub Action: installs Godwit's distribution (a jlink runtime inside, so no setup-java, and the job's
# JAVA_HOME and PATH are left alone). See docs/install.md.
#
#   action-install.sh locate   outputs `key` and `dir`: the cache key of the distribution and the folder
#                              it is unpacked to (the next step restores that folder from the cache)
#   action-install.sh install  unless the cache restored it: downloads GODWIT_DISTRIBUTION_URL, or
#                              builds the distribution from the action's own checkout with a JDK of the
#                              runner; unpacks it into GODWIT_DIST_DIR; outputs `godwit`, the launcher
#
# The key is the URL, or the hash of the action's sources: one build per version of the action, shared
# by every job and workflow of the repository through actions/cache.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
output="${GITHUB_OUTPUT:-/dev/null}"
url="${GODWIT_DISTRIBUTION_URL:-}"
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac

locate() {
  local digest
  if [ -n "$url" ]; then
    digest=$(printf '%s' "$url" | sha256sum | cut -c1-20)
    key="godwit-dist-linux-$arch-url-$digest"
  else
    local sources=() p
    for p in pom.xml godwit mvnw .mvn scripts src/main rules; do
      if [ -e "$here/$p" ]; then sources+=("$p"); fi
    done
    digest=$(cd "$here" && find "${sources[@]}" -type f | LC_ALL=C sort | xargs -r -d '\n' sha256sum | sha256sum \
      | cut -c1-20)
    key="godwit-dist-linux-$arch-$digest"
  fi
  dir="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}}/godwit/$key"
  echo "Godwit distribution: $key"
  {
    echo "key=$key"
    echo "dir=$dir"
  } >> "$output"
}

# The JDK to build with: JAVA_HOME_<version>_<arch> of the runner (GODWIT_BUILD_JAVA, else the newest
# from 17 up), else JAVA_HOME, else the `java` on the PATH. Only the build sees it.
build_jdk() {
  local suffix wanted v best=0 home=""
  suffix=X64
  [ "$arch" = aarch64 ] && suffix=ARM64
  wanted="${GODWIT_BUILD_JAVA:-}"
  if [ -n "$wanted" ]; then
    if [[ ! "$wanted" =~ ^[0-9]+$ ]]; then
      echo "::error title=godwit::the java-version input must be a major version such as 17 or 21" >&2
      return 1
    fi
    v="JAVA_HOME_${wanted}_${suffix}"
    if [ -n "${!v:-}" ]; then
      printf '%s' "${!v}"
      return 0
    fi
    echo "::warning title=godwit::the runner has no Java $wanted ($v is not set); building with another" >&2
  fi
  while IFS='=' read -r name value; do
    if [[ "$name" =~ ^JAVA_HOME_([0-9]+)_${suffix}$ ]]; then
      v=${BASH_REMATCH[1]}
      if [ "$v" -ge 17 ] && [ "$v" -gt "$best" ] && [ -x "$value/bin/jlink" ]; then
        best=$v
        home=$value
      fi
    fi
  done < <(env)
  if [ -z "$home" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jlink" ]; then home=$JAVA_HOME; fi
  if [ -z "$home" ] && command -v javac > /dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  if [ -z "$home" ]; then
    echo "::error title=godwit::no JDK 17+ on this runner to build Godwit with: install one, or set distribution-url" >&2
    return 1
  fi
  printf '%s' "$home"
}

install() {
  local dir="${GODWIT_DIST_DIR:?the locate step gives the folder}" tarball work jdk
  if [ -x "$dir/bin/godwit" ] && [ -f "$dir/lib/godwit.jar" ]; then
    echo "Godwit is installed (from the cache): $dir"
  else
    work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/godwit-install.$$"
    mkdir -p "$work"
    if [ -n "$url" ]; then
      echo "Downloading $url"
      tarball="$work/godwit.tar.gz"
      curl -fsSL --retry 3 -o "$tarball" "$url"
    else
      jdk=$(build_jdk)
      echo "Building the Godwit distribution with $jdk (once per version of the action; then cached)"
      (cd "$here" && JAVA_HOME="$jdk" ./mvnw -B -q -DskipTests -Dgodwit.cds.skip=true package)
      tarball=$(compgen -G "$here/target/godwit-*-linux-$arch.tar.gz" | head -n 1 || true)
      if [ -z "$tarball" ]; then
        echo "::error title=godwit::the build made no distribution tarball (see target/dist.log)" >&2
        return 1
      fi
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -xzf "$tarball" -C "$dir" --strip-components=1
    rm -rf "$work"
    if [ ! -x "$dir/bin/godwit" ]; then
      echo "::error title=godwit::$tarball is not a Godwit distribution (no bin/godwit)" >&2
      return 1
    fi
    echo "Installed Godwit in $dir"
  fi
  # the first run makes the start-up archive where the tarball has none (Java 17-23); the cache keeps it
  "$dir/bin/godwit" --version
  echo "godwit=$dir/bin/godwit" >> "$output"
}

case "${1:-}" in
  locate) locate ;;
  install) install ;;
  *)
    echo "usage: $0 locate|install" >&2
    exit 2
    ;;
esac
