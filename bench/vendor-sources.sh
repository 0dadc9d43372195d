#!/usr/bin/env bash
# Fetches the fixture's third-party C libraries once: the upstream sources of Debian's own
# source packages (zlib, zstd, lua), through apt-get source with a private deb-src list made from
# the mirror apt already uses. Unpacks each into DEST/<name>. Reruns find them and do nothing.
#   usage: vendor-sources.sh DEST
set -euo pipefail
DEST=$1
SOURCES=/etc/apt/sources.list.d/debian.sources
PACKAGES=(zlib:zlib libzstd:zstd lua5.4:lua)

log() { printf '[bench vendor] %s\n' "$*" >&2; }
missing=0
for pair in "${PACKAGES[@]}"; do [ -d "$DEST/${pair#*:}" ] || missing=1; done
[ $missing = 1 ] || exit 0

APT=$(realpath -m "$DEST/../apt")
mkdir -p "$APT/lists/partial" "$APT/archives/partial" "$APT/sources" "$DEST"
# The first stanza of apt's own list, as deb-src: same mirror, suites and key.
awk 'BEGIN{RS=""; ORS="\n\n"} NR==1 {sub(/Types: deb/, "Types: deb-src"); print}' "$SOURCES" > "$APT/sources/debian-src.sources"
apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$APT/sources"
  -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache::Archives=$APT/archives" -o "APT::Sandbox::User=root")
log "apt-get update (deb-src index, once)"
apt-get "${apt_opts[@]}" update -q >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pair in "${PACKAGES[@]}"; do
  pkg=${pair%%:*} name=${pair#*:}
  [ -d "$DEST/$name" ] && continue
  (cd "$work" && apt-get "${apt_opts[@]}" source --download-only -q "$pkg" >&2)
  orig=$(ls "$work"/${pkg}_*.orig.tar.* | head -1)
  mkdir -p "$DEST/$name"
  tar -xf "$orig" -C "$DEST/$name" --strip-components=1
  log "unpacked $(basename "$orig") -> $DEST/$name"
done
