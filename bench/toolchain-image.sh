#!/usr/bin/env bash
# Makes the fixture's toolchain base image once: Debian (minbase + gcc + make) built locally with
# debootstrap from the mirror this machine's apt already uses, imported and pushed to the bench
# registry. Reruns find it there and do nothing. Prints the image reference.
#   usage: toolchain-image.sh REGISTRY (host:port)
set -euo pipefail
REGISTRY=$1
REF=$REGISTRY/bench/toolchain:bookworm
SOURCES=/etc/apt/sources.list.d/debian.sources

log() { printf '[bench toolchain] %s\n' "$*" >&2; }

if curl -fsS -o /dev/null "http://$REGISTRY/v2/bench/toolchain/manifests/bookworm" \
     -H 'Accept: application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'; then
  echo "$REF"; exit 0
fi

# The mirror and suite come from apt's own configuration (first deb822 stanza), never hard-coded.
MIRROR=$(awk '/^URIs:/ {print $2; exit}' "$SOURCES")
SUITE=$(awk '/^Suites:/ {print $2; exit}' "$SOURCES")
KEYRING=$(awk '/^Signed-By:/ {print $2; exit}' "$SOURCES")
[ -n "$MIRROR" ] && [ -n "$SUITE" ] || { log "cannot read URIs/Suites from $SOURCES"; exit 1; }
command -v debootstrap >/dev/null || { log "installing debootstrap"; apt-get install -y -q debootstrap >&2; }

ROOTFS=$(mktemp -d /var/tmp/bench-rootfs.XXXXXX)
trap 'rm -rf "$ROOTFS"' EXIT
log "debootstrap $SUITE from $MIRROR (a few minutes, once)"
debootstrap --variant=minbase --include=gcc,libc6-dev,make --keyring="$KEYRING" \
  "$SUITE" "$ROOTFS" "$MIRROR" >&2
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/*
tar -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["/bin/bash"]' - "$REF" >/dev/null
docker push -q "$REF" >/dev/null
docker image rm "$REF" >/dev/null
log "pushed $REF"
echo "$REF"
