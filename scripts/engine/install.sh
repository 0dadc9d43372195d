#!/usr/bin/env bash
# Installs a Docker engine with BuildKit and buildx, a distribution registry and the
# small tools the tests use, on Debian bookworm. Idempotent: a machine that already
# has a reachable daemon with buildx is left alone (LAYERCACHE_USE_EXISTING_DOCKER=0 forces ours).
# LAYERCACHE_ENGINE_FLAVOR=docker26 (default): trixie's Docker 26.1 + buildx 0.13, installed with dpkg;
# docker28: forky's Docker 28.5 + buildx 0.29 + containerd 2.1, unpacked into a private directory.
set -euo pipefail

log() { printf '[layercache engine] %s\n' "$*" >&2; }

have_existing_engine() {
  [ "${LAYERCACHE_USE_EXISTING_DOCKER:-1}" = 1 ] || return 1
  command -v docker >/dev/null 2>&1 || return 1
  docker buildx version >/dev/null 2>&1 || return 1
  timeout 10 docker info >/dev/null 2>&1 || return 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

BOOKWORM_PACKAGES=(containerd runc tini iptables docker-registry busybox-static rsync skopeo)
# Docker 26 with buildx is not in bookworm; trixie's builds need only libc6 >= 2.34.
TRIXIE_PACKAGES=(docker.io docker-cli docker-buildx)

missing_bookworm_packages() {
  local pkg
  for pkg in "${BOOKWORM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

install_bookworm_packages() {
  local missing
  missing=$(missing_bookworm_packages)
  [ -z "$missing" ] && return 0
  log "apt-get install $missing"
  as_root apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# The mirror URI comes from the machine's own sources, so no host name lives in this repo.
debian_mirror_uri() {
  local file=/etc/apt/sources.list.d/debian.sources
  if [ -f "$file" ]; then
    awk '/^URIs:/ {print $2; exit}' "$file"
  else
    awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list
  fi
}

# Writes a deb822 sources file for SUITE into DIR and sets APT_OPTS to use only it, with state and cache
# directories of its own, so the machine's own apt state is left untouched.
private_apt() { # private_apt DIR SUITE
  local work=$1 suite=$2 mirror
  mirror=$(debian_mirror_uri)
  [ -n "$mirror" ] || { log "cannot find a Debian mirror URI in the apt sources"; exit 1; }
  chmod 755 "$work" # apt's download user must be able to write here
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$work/none"
  cat > "$work/$suite.sources" <<SRC
Types: deb
URIs: $mirror
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  APT_OPTS=(-o "Dir::Etc::SourceParts=$work/none" -o "Dir::Etc::SourceList=$work/$suite.sources"
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "APT::Get::List-Cleanup=0")
  log "apt-get update ($suite only, private lists)"
  apt-get "${APT_OPTS[@]}" update -qq
}

install_trixie_docker() {
  if dpkg-query -W -f='${Status}' docker-buildx 2>/dev/null | grep -q 'install ok installed' \
     && command -v dockerd >/dev/null 2>&1; then
    return 0
  fi
  local work
  work=$(mktemp -d)
  private_apt "$work" trixie
  log "fetching ${TRIXIE_PACKAGES[*]} from trixie"
  (cd "$work/debs" && apt-get "${APT_OPTS[@]}" download "${TRIXIE_PACKAGES[@]}" >/dev/null)
  log "installing $(ls "$work/debs" | tr '\n' ' ')"
  as_root dpkg -i --force-depends "$work"/debs/*.deb >/dev/null
  rm -rf "$work"
}

# Docker 28 from forky, unpacked (never installed) into a private directory: the suite's second engine.
# forky's builds need only libc6 >= 2.34, but its runc needs a newer libc, so bookworm's runc is used.
# Pinned upstream versions; the Debian revision is whatever forky carries for that version.
DOCKER28_DIR=${LAYERCACHE_DOCKER28_DIR:-/opt/layercache-engines/docker28}
DOCKER28_PINS=(docker.io=28.5.2 docker-cli=28.5.2 docker-buildx=0.29.1 containerd=2.1.9)

# Prints pkg=FULL_VERSION for a pin pkg=UPSTREAM, or fails naming the versions forky has now.
forky_version_of() { # forky_version_of PKG=UPSTREAM
  local pkg=${1%%=*} upstream=${1#*=} found
  found=$(apt-cache "${APT_OPTS[@]}" madison "$pkg" | awk -v up="$upstream" '{v=$3; sub(/^[0-9]+:/, "", v)}
    index(v, up "+") == 1 || index(v, up "-") == 1 {print $3; exit}')
  if [ -z "$found" ]; then
    log "forky no longer has $pkg $upstream (it has: $(apt-cache "${APT_OPTS[@]}" madison "$pkg" | awk '{print $3}' \
      | tr '\n' ' ')). Fix: update DOCKER28_PINS in scripts/engine/install.sh and the engine docs."
    exit 1
  fi
  echo "$pkg=$found"
}

install_forky_docker28() {
  local stamp="$DOCKER28_DIR/.layercache-pins"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${DOCKER28_PINS[*]}" ] && [ -x "$DOCKER28_DIR/usr/sbin/dockerd" ]; then
    return 0
  fi
  local work pin wanted=() deb
  work=$(mktemp -d)
  private_apt "$work" forky
  for pin in "${DOCKER28_PINS[@]}"; do wanted+=("$(forky_version_of "$pin")"); done
  log "fetching ${wanted[*]} from forky"
  (cd "$work/debs" && apt-get "${APT_OPTS[@]}" download "${wanted[@]}" >/dev/null 2>&1) \
    || { log "apt-get download ${wanted[*]} failed"; exit 1; }
  as_root rm -rf "$DOCKER28_DIR.new"
  as_root mkdir -p "$DOCKER28_DIR.new"
  for deb in "$work"/debs/*.deb; do as_root dpkg-deb -x "$deb" "$DOCKER28_DIR.new"; done
  echo "${DOCKER28_PINS[*]}" | as_root tee "$DOCKER28_DIR.new/.layercache-pins" >/dev/null
  as_root rm -rf "$DOCKER28_DIR"
  as_root mv "$DOCKER28_DIR.new" "$DOCKER28_DIR"
  rm -rf "$work"
  log "unpacked into $DOCKER28_DIR: $("$DOCKER28_DIR/usr/sbin/dockerd" --version)"
}

FLAVOR=${LAYERCACHE_ENGINE_FLAVOR:-docker26}
case "$FLAVOR" in
  docker26) ;;
  docker28) install_bookworm_packages; install_forky_docker28; exit 0 ;;
  *) log "unknown LAYERCACHE_ENGINE_FLAVOR=$FLAVOR. Fix: use docker26 or docker28"; exit 2 ;;
esac

if have_existing_engine; then
  log "using the existing Docker daemon with buildx ($(docker buildx version | head -1))"
  exit 0
fi
install_bookworm_packages
install_trixie_docker
log "ready: $(dockerd --version), buildx $(docker buildx version | awk '{print $2}')"
