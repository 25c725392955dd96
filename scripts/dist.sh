#!/usr/bin/env bash
# Makes the distribution that needs no JDK and no build (run by `./mvnw package`, see docs/install.md):
#
#   target/godwit-<version>-<os>-<arch>.tar.gz
#     godwit-<version>/bin/godwit       the launcher (the `godwit` script of the checkout)
#     godwit-<version>/lib/godwit.jar   the jar, with its dependencies
#     godwit-<version>/runtime/         a jlink runtime of only the modules the jar needs (jdeps)
#     godwit-<version>/example/         a small project (the launcher's training run reads it)
#
# The runtime is the build JDK's version. On Java 24 and later the tarball carries the AOT cache of a
# training run (it stays valid wherever the tarball is unpacked); on 17 to 23 it carries the runtime's
# default CDS archive of the JDK's classes, and the launcher adds the application's archive on the first
# run (a Java 17 archive is valid for one location only).
#
# Usage: scripts/dist.sh VERSION TARGET-DIR [JDK-HOME]. Without jdeps or jlink (a JRE) it says so and
# makes nothing; GODWIT_DIST=off skips it.
set -euo pipefail
version=$1
target=$2
jdk=${3:-${JAVA_HOME:-}}
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "${GODWIT_DIST:-}" = off ]; then
  echo "GODWIT_DIST=off: no distribution"
  exit 0
fi
if [ -z "$jdk" ] || [ ! -x "$jdk/bin/jlink" ] || [ ! -x "$jdk/bin/jdeps" ]; then
  echo "warning: no jlink/jdeps in '$jdk' (a JRE?): no distribution tarball" >&2
  exit 0
fi
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) os=$(uname -s | tr '[:upper:]' '[:lower:]') ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac
name="godwit-$version"
tarball="$target/$name-$os-$arch.tar.gz"
stage="$target/dist"
rm -rf "$stage" "$tarball"
mkdir -p "$stage/$name/bin" "$stage/$name/lib"
dir="$stage/$name"

# the modules: what jdeps finds in the jar (its dependencies are inside it), the multi-release classes
# read as the build JDK's version
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
modules=$("$jdk/bin/jdeps" --multi-release "$major" --ignore-missing-deps --print-module-deps "$target/godwit.jar" \
  | tail -n 1)
echo "runtime modules: $modules"
case "$major" in
  17 | 18 | 19 | 20) compress=--compress=2 ;;
  *) compress=--compress=zip-6 ;;
esac
"$jdk/bin/jlink" --add-modules "$modules" --output "$dir/runtime" --strip-debug --no-header-files --no-man-pages \
  "$compress" --generate-cds-archive
# the archive for heaps over 32 GB: a lint run never has one
rm -f "$dir"/runtime/lib/server/classes_nocoops.jsa

cp "$target/godwit.jar" "$dir/lib/godwit.jar"
cp "$root/godwit" "$dir/bin/godwit"
chmod 755 "$dir/bin/godwit"
cp -r "$root/testdata/example" "$dir/example"
cp "$root/README.md" "$dir/README.md"
[ -f "$root/LICENSE" ] && cp "$root/LICENSE" "$dir/LICENSE"

# the training run; on 17-23 its archive is valid for this folder only, so it is left out
"$dir/bin/godwit" --version
if [ "$major" -lt 24 ]; then
  rm -f "$dir"/lib/*.jsa
fi
tar -C "$stage" -czf "$tarball" "$name"
echo "Built $tarball ($(du -k "$tarball" | cut -f1) KB)"
