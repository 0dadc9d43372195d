// The docker CLI's failure to reach the engine -> one EngineError that names the endpoint, where
// it came from and its TLS state, with the fix for that case. Pure, table-tested.
import { EngineError } from '../errors.js';
import { describeEndpoint, type DockerEndpoint } from './endpoint.js';

/** The fix for what docker said, given the endpoint it was dialling. */
export function unreachableFix(e: DockerEndpoint | undefined, said: string): string {
  const certHint =
    'DOCKER_CERT_PATH (the directory with ca.pem, cert.pem and key.pem; GitLab dind: ' +
    '$DOCKER_TLS_CERTDIR/client, e.g. /certs/client, shared with the service)';
  if (/HTTP request to an HTTPS server/i.test(said)) {
    return `this port speaks TLS: set DOCKER_TLS_VERIFY=1 and ${certHint}`;
  }
  if (
    /could not read (CA|certificate|key)|open .*\.pem: no such file|no such file.*\.pem/i.test(said) ||
    (e?.tls && e.tls.missing.length > 0)
  ) {
    const missing = e?.tls?.missing.length
      ? `${e.tls.missing.join(', ')} missing from ${e.tls.certDir}`
      : 'certificate files missing';
    return `TLS is on but ${missing}: set ${certHint}${
      e?.context !== 'default' && e
        ? `, or re-create docker context "${e.context}" with --docker ca=…,cert=…,key=…`
        : ''
    }`;
  }
  if (/certificate required|bad certificate|unknown certificate/i.test(said)) {
    return (
      `the daemon wants a client certificate signed by its CA: point ${certHint} at ` +
      `this daemon's client certificates`
    );
  }
  if (
    /unknown authority|failed to verify certificate|certificate is not valid|certificate is valid for|x509/i.test(said)
  ) {
    return `the daemon's certificate does not verify against ${
      e?.tls ? `${e.tls.certDir}/ca.pem` : 'ca.pem'
    }: use this daemon's CA and the host name or IP its certificate names (DOCKER_CERT_PATH, DOCKER_HOST)`;
  }
  if (/first record does not look like a TLS handshake|server gave HTTP response to HTTPS client/i.test(said)) {
    return (
      "this port speaks plain HTTP, not TLS: use the daemon's TLS port (2376 for " +
      'docker:dind) or unset DOCKER_TLS_VERIFY and DOCKER_TLS'
    );
  }
  if (e?.scheme === 'ssh' || /\bssh\b/i.test(said)) {
    return (
      'check that "ssh USER@HOST docker system dial-stdio" works here: the key in ' +
      'ssh-agent or ~/.ssh, the host in known_hosts, docker on the remote PATH'
    );
  }
  if (/permission denied/i.test(said)) {
    return (
      'the socket is not writable by this user: add it to the docker group, or run the ' +
      'job as a user that may use Docker'
    );
  }
  if (e?.tls) {
    return (
      'nothing answers there: start the daemon (GitLab: a docker:dind service with ' +
      'alias docker; CircleCI: setup_remote_docker) and check the host and port; the ' +
      'TLS settings look complete'
    );
  }
  if (e?.scheme === 'tcp')
    return (
      'start Docker, or set DOCKER_HOST to a running daemon (a docker:dind service ' +
      'answers on tcp://docker:2376 with TLS, tcp://docker:2375 without)'
    );
  return (
    'start Docker, or set DOCKER_HOST to a running daemon (e.g. ' +
    'unix:///var/run/docker.sock, or tcp://docker:2376 with a docker:dind service)'
  );
}

export function unreachableError(e: DockerEndpoint | undefined, said: string): EngineError {
  const where = e
    ? describeEndpoint(e)
    : 'the endpoint of the inherited environment (DOCKER_HOST or the current docker context)';
  const fix = unreachableFix(e, said);
  return new EngineError(
    `[layercache] the Docker daemon is not reachable at ${where} (${said || 'docker info failed'}). Fix: ${fix}.`
  );
}
