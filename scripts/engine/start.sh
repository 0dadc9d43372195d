#!/usr/bin/env bash
# Starts (idempotently) what the tests and the demo build against:
#   - a Docker daemon on a private socket, data root and exec root (unless an existing
#     daemon with buildx is reachable and LAYERCACHE_USE_EXISTING_DOCKER is not 0),
#   - a distribution v2 registry on 127.0.0.1,
#   - a busybox base image, made locally and pushed to that registry (nothing is pulled
#     from the internet).
# Several engines can run side by side: LAYERCACHE_ENGINE_NAME names one, and
# LAYERCACHE_REGISTRY_PORT gives its registry a port of its own. LAYERCACHE_ENGINE_FLAVOR picks the
# engine: docker26 (default, the installed Docker 26.1 + buildx 0.13) or docker28 (forky's Docker 28.5 +
# buildx 0.29 + containerd 2.1, unpacked by install.sh into a private directory; always a private engine).
# Writes the variables to use to "$STATE/env" and prints its path on stdout.
set -euo pipefail

NAME=${LAYERCACHE_ENGINE_NAME:-main}
PORT=${LAYERCACHE_REGISTRY_PORT:-5055}
STATE=${LAYERCACHE_ENGINE_STATE:-/var/lib/layercache-engine/$NAME}
RUN_DIR=/run/layercache-$NAME # short: unix socket paths are limited to 108 bytes
FLAVOR=${LAYERCACHE_ENGINE_FLAVOR:-docker26}
DOCKER28_DIR=${LAYERCACHE_DOCKER28_DIR:-/opt/layercache-engines/docker28}
TLS_PORT=$((PORT + 1000))  # dockerd's TLS listener (client certificates required)
TCP_PORT=$((PORT + 2000))  # plain TCP to the same daemon (tcp-proxy.mjs)
TLS_DIR=$STATE/tls         # the DOCKER_TLS_CERTDIR layout of docker:dind: ca/, server/, client/
mkdir -p "$STATE" "$RUN_DIR"

log() { printf '[layercache engine:%s] %s\n' "$NAME" "$*" >&2; }
here=$(cd "$(dirname "$0")" && pwd)

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what=$2; shift 2
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then log "timed out waiting for $what"; return 1; fi
    sleep 0.2
  done
}

existing_engine() {
  [ "${LAYERCACHE_USE_EXISTING_DOCKER:-1}" = 1 ] && [ -z "${LAYERCACHE_FORCE_PRIVATE_ENGINE:-}" ] || return 1
  [ "$NAME" = main ] && [ "$FLAVOR" = docker26 ] || return 1 # extra engines and docker28 are always private
  docker buildx version >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1
}

# docker28's clients: forky's docker CLI first on PATH, and its buildx found through DOCKER_CONFIG/cli-plugins
# (which the docker CLI searches before the system's plugin directories, where buildx 0.13 lives).
use_docker28_clients() {
  mkdir -p "$STATE/bin" "$STATE/docker-config/cli-plugins"
  ln -sfn "$DOCKER28_DIR/usr/bin/docker" "$STATE/bin/docker"
  ln -sfn "$DOCKER28_DIR/usr/libexec/docker/cli-plugins/docker-buildx" "$STATE/docker-config/cli-plugins/docker-buildx"
  export PATH="$STATE/bin:$PATH" DOCKER_CONFIG="$STATE/docker-config"
}

# The dockerd to start: docker28's runs with forky's containerd (and its shim) first on PATH; runc stays
# bookworm's (/usr/sbin/runc), as forky's needs a newer libc.
dockerd_command() {
  if [ "$FLAVOR" = docker28 ]; then
    echo env "PATH=$DOCKER28_DIR/usr/bin:$DOCKER28_DIR/usr/sbin:$PATH" "$DOCKER28_DIR/usr/sbin/dockerd"
  else
    echo dockerd
  fi
}

# "docker 28.5.2 / buildx 0.29.1": the label test summaries print for the parts run on this engine.
engine_label() {
  local engine buildx
  engine=$(docker version --format '{{.Server.Version}}' 2>/dev/null | sed 's/+.*//')
  buildx=$(docker buildx version 2>/dev/null | awk '{print $2}' | sed 's/^v//; s/+.*//')
  echo "docker ${engine:-unknown} / buildx ${buildx:-unknown}"
}

# CA, a server certificate for 127.0.0.1 (IP SAN) and a client certificate, made once with openssl,
# laid out as docker:dind does under DOCKER_TLS_CERTDIR: server/ for dockerd, client/ for docker.
make_tls_certs() {
  [ -s "$TLS_DIR/client/key.pem" ] && return 0
  log "making TLS certificates in $TLS_DIR"
  mkdir -p "$TLS_DIR/ca" "$TLS_DIR/server" "$TLS_DIR/client"
  local days=3650
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$TLS_DIR/ca/key.pem" 2>/dev/null
  openssl req -x509 -new -key "$TLS_DIR/ca/key.pem" -subj "/CN=layercache test CA $NAME" -days $days \
    -out "$TLS_DIR/ca/cert.pem" 2>/dev/null
  local who
  for who in server client; do
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$TLS_DIR/$who/key.pem" 2>/dev/null
    openssl req -new -key "$TLS_DIR/$who/key.pem" -subj "/CN=layercache-$who" -out "$TLS_DIR/$who/csr.pem" 2>/dev/null
    if [ $who = server ]; then
      printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$TLS_DIR/$who/ext.cnf"
    else
      printf 'extendedKeyUsage=clientAuth\n' > "$TLS_DIR/$who/ext.cnf"
    fi
    openssl x509 -req -in "$TLS_DIR/$who/csr.pem" -CA "$TLS_DIR/ca/cert.pem" -CAkey "$TLS_DIR/ca/key.pem" \
      -CAcreateserial -days $days -extfile "$TLS_DIR/$who/ext.cnf" -out "$TLS_DIR/$who/cert.pem" 2>/dev/null
    cp "$TLS_DIR/ca/cert.pem" "$TLS_DIR/$who/ca.pem"
    rm -f "$TLS_DIR/$who/csr.pem" "$TLS_DIR/$who/ext.cnf"
  done
  chmod 600 "$TLS_DIR"/*/key.pem
}

# The TLS listener answers with the client certificate (the env file exports it only then).
tls_listener_up() {
  DOCKER_HOST=tcp://127.0.0.1:$TLS_PORT DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=$TLS_DIR/client \
    timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

start_tcp_proxy() {
  if curl -fsS "http://127.0.0.1:$TCP_PORT/_ping" >/dev/null 2>&1; then return 0; fi
  log "plain TCP on 127.0.0.1:$TCP_PORT"
  nohup node "$here/tcp-proxy.mjs" "$TCP_PORT" "$RUN_DIR/docker.sock" > "$STATE/tcp-proxy.log" 2>&1 &
  echo $! > "$RUN_DIR/tcp-proxy.pid"
  wait_for 10 tcp-proxy curl -fsS "http://127.0.0.1:$TCP_PORT/_ping"
}

start_private_dockerd() {
  export DOCKER_HOST="unix://$RUN_DIR/docker.sock"
  if timeout 5 docker info >/dev/null 2>&1; then
    tls_listener_up || log "dockerd runs without the TLS listener on $TLS_PORT: stop it (kill \$(cat $RUN_DIR/dockerd.pid)) and rerun to get one"
    return 0
  fi
  make_tls_certs
  cat > "$STATE/daemon.json" <<JSON
{"features":{"containerd-snapshotter":true},"iptables":false,"ip6tables":false,"bridge":"none"}
JSON
  log "starting dockerd on $DOCKER_HOST"
  # shellcheck disable=SC2046 # dockerd_command prints words without spaces inside them
  nohup $(dockerd_command) --config-file "$STATE/daemon.json" --host "$DOCKER_HOST" --host "tcp://127.0.0.1:$TLS_PORT" \
    --tlsverify --tlscacert "$TLS_DIR/server/ca.pem" --tlscert "$TLS_DIR/server/cert.pem" --tlskey "$TLS_DIR/server/key.pem" \
    --data-root "$STATE/docker" --exec-root "$RUN_DIR/exec" --pidfile "$RUN_DIR/dockerd.pid" \
    > "$STATE/dockerd.log" 2>&1 &
  wait_for 60 dockerd docker info || { tail -20 "$STATE/dockerd.log" >&2; exit 1; }
}

start_registry() {
  local addr=127.0.0.1:$PORT
  if curl -fsS "http://$addr/v2/" >/dev/null 2>&1; then return 0; fi
  mkdir -p "$STATE/registry"
  cat > "$STATE/registry.yml" <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $STATE/registry
  delete:
    enabled: true
http:
  addr: $addr
YML
  log "starting registry on $addr"
  nohup docker-registry serve "$STATE/registry.yml" > "$STATE/registry.log" 2>&1 &
  echo $! > "$RUN_DIR/registry.pid"
  wait_for 30 registry curl -fsS "http://$addr/v2/" || { tail -20 "$STATE/registry.log" >&2; exit 1; }
}

# A busybox image made from the host's busybox-static: the base every fixture builds FROM.
push_base_image() {
  local ref=127.0.0.1:$PORT/layercache/busybox:1
  if curl -fsS "http://127.0.0.1:$PORT/v2/layercache/busybox/manifests/1" \
       -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' \
       >/dev/null 2>&1; then
    echo "$ref"; return 0
  fi
  local rootfs
  rootfs=$(mktemp -d)
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/root"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' > "$rootfs/etc/passwd"
  echo 'root:x:0:' > "$rootfs/etc/group"
  tar -C "$rootfs" -c . | docker import --change 'ENV PATH=/bin' --change 'CMD ["/bin/sh"]' - "$ref" >/dev/null
  docker push -q "$ref" >/dev/null
  rm -rf "$rootfs"
  log "pushed base image $ref"
  echo "$ref"
}

private=1
if existing_engine; then
  private=0
  log "using the existing Docker daemon"
  DOCKER_HOST=${DOCKER_HOST:-}
else
  LAYERCACHE_ENGINE_FLAVOR=$FLAVOR bash "$here/install.sh"
  [ "$FLAVOR" != docker28 ] || use_docker28_clients
  start_private_dockerd
  start_tcp_proxy || log "no plain TCP endpoint (see $STATE/tcp-proxy.log)"
fi
start_registry
BASE=$(push_base_image)

cat > "$STATE/env" <<ENV
export DOCKER_HOST=${DOCKER_HOST}
export LAYERCACHE_TEST_REGISTRY=127.0.0.1:$PORT
export LAYERCACHE_TEST_BASE_IMAGE=$BASE
export LAYERCACHE_ENGINE_STATE=$STATE
export LAYERCACHE_TEST_ENGINE="$(engine_label)"
ENV
if [ "$FLAVOR" = docker28 ]; then
  printf 'export DOCKER_CONFIG=%s\nexport PATH=%s/bin:$PATH\n' "$DOCKER_CONFIG" "$STATE" >> "$STATE/env"
fi
[ -n "${DOCKER_HOST}" ] || sed -i '/^export DOCKER_HOST=$/d' "$STATE/env"
# Extra endpoints of a private engine (an existing daemon has none: those tests skip and say why).
if [ $private = 1 ] && tls_listener_up; then
  cat >> "$STATE/env" <<ENV
export LAYERCACHE_TEST_TLS_HOST=tcp://127.0.0.1:$TLS_PORT
export LAYERCACHE_TEST_TLS_CERTDIR=$TLS_DIR
export LAYERCACHE_TEST_TLS_CERT_PATH=$TLS_DIR/client
ENV
  if curl -fsS "http://127.0.0.1:$TCP_PORT/_ping" >/dev/null 2>&1; then
    echo "export LAYERCACHE_TEST_TCP_HOST=tcp://127.0.0.1:$TCP_PORT" >> "$STATE/env"
  fi
fi
echo "$STATE/env"
