// DOCKER_HOST -> dockerode connection options. Pure: the caller hands over the environment,
// so dockerode never reads process.env on its own.
export interface DockerConnection {
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** What to show the user (no credentials ever live here). */
  display: string;
}

export function dockerConnection(dockerHost: string | undefined): DockerConnection {
  const value = dockerHost?.trim() || 'unix:///var/run/docker.sock';
  if (value.startsWith('unix://')) return { socketPath: value.slice('unix://'.length), display: value };
  const m = /^(tcp|http|https):\/\/([^:/]+)(?::(\d+))?/.exec(value);
  if (m) {
    const protocol = m[1] === 'https' ? 'https' : 'http';
    return { host: m[2], port: m[3] ? Number(m[3]) : 2375, protocol, display: value };
  }
  return { socketPath: value, display: value };
}
