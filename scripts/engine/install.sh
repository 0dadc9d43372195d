#!/usr/bin/env bash
# Installs a Docker engine with BuildKit and buildx, a distribution registry and the
# small tools the tests use, on Debian bookworm. Idempotent: a machine that already
# has a reachable daemon with buildx is left alone (LAYERCACHE_USE_EXISTING_DOCKER=0 forces ours).
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

install_trixie_docker() {
  if dpkg-query -W -f='${Status}' docker-buildx 2>/dev/null | grep -q 'install ok installed' \
     && command -v dockerd >/dev/null 2>&1; then
    return 0
  fi
  local work mirror
  work=$(mktemp -d)
  chmod 755 "$work" # apt's download user must be able to write here
  mirror=$(debian_mirror_uri)
  [ -n "$mirror" ] || { log "cannot find a Debian mirror URI in the apt sources"; exit 1; }
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
  cat > "$work/trixie.sources" <<SRC
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  # Separate state and cache directories leave the machine's own apt state untouched.
  local apt_opts=(-o "Dir::Etc::SourceParts=$work/none" -o "Dir::Etc::SourceList=$work/trixie.sources" -o "Dir::State::Lists=$work/lists"
    -o "Dir::Cache=$work/cache" -o "APT::Get::List-Cleanup=0")
  mkdir -p "$work/none"
  log "fetching ${TRIXIE_PACKAGES[*]} from trixie"
  apt-get "${apt_opts[@]}" update -qq
  (cd "$work/debs" && apt-get "${apt_opts[@]}" download "${TRIXIE_PACKAGES[@]}" >/dev/null)
  log "installing $(ls "$work/debs" | tr '\n' ' ')"
  as_root dpkg -i --force-depends "$work"/debs/*.deb >/dev/null
  rm -rf "$work"
}

if have_existing_engine; then
  log "using the existing Docker daemon with buildx ($(docker buildx version | head -1))"
  exit 0
fi
install_bookworm_packages
install_trixie_docker
log "ready: $(dockerd --version), buildx $(docker buildx version | awk '{print $2}')"
