// Recognises the package managers and build tools a RUN invokes: which ecosystem, whether the
// command refreshes an index (`update`), installs dependencies (`install`) or builds code that
// fetches them on the way (`build`), and where each tool keeps the cache a cache mount should hold.

export type Ecosystem =
  | 'apt' | 'apk' | 'npm' | 'yarn' | 'pnpm' | 'pip' | 'poetry' | 'pipenv' | 'uv'
  | 'go' | 'maven' | 'gradle' | 'cargo';

export interface ToolUse {
  ecosystem: Ecosystem;
  action: 'update' | 'install' | 'build';
  /** Short display form, e.g. `npm ci`, `go mod download`. */
  command: string;
}

/** Cache directories of each tool (as root in the official images), for the cache-mount fix. */
export const CACHE_TARGETS: Record<Ecosystem, string[]> = {
  apt: ['/var/cache/apt', '/var/lib/apt'],
  apk: ['/etc/apk/cache'],
  npm: ['/root/.npm'],
  yarn: ['/usr/local/share/.cache/yarn'],
  pnpm: ['/root/.local/share/pnpm/store'],
  pip: ['/root/.cache/pip'],
  poetry: ['/root/.cache/pypoetry'],
  pipenv: ['/root/.cache/pipenv'],
  uv: ['/root/.cache/uv'],
  go: ['/go/pkg/mod', '/root/.cache/go-build'],
  maven: ['/root/.m2'],
  gradle: ['/root/.gradle'],
  cargo: ['/usr/local/cargo/registry'],
};

/** The files a dependency install needs, to copy before the rest of the context. */
export const MANIFESTS: Partial<Record<Ecosystem, string>> = {
  npm: 'package.json package-lock.json',
  yarn: 'package.json yarn.lock',
  pnpm: 'package.json pnpm-lock.yaml',
  pip: 'requirements.txt',
  poetry: 'pyproject.toml poetry.lock',
  pipenv: 'Pipfile Pipfile.lock',
  uv: 'pyproject.toml uv.lock',
  go: 'go.mod go.sum',
  maven: 'pom.xml',
  gradle: 'build.gradle settings.gradle gradle/',
  cargo: 'Cargo.toml Cargo.lock',
};

/** Identifies a simple command (words without `sudo`/assignments), or null for anything else. */
export function classifyCommand(words: string[]): ToolUse | null {
  const [tool, ...rest] = words;
  if (tool === undefined) return null;
  const name = basename(tool);
  const sub = rest.filter((w) => !w.startsWith('-'));
  const first = sub[0];
  const use = (ecosystem: Ecosystem, action: ToolUse['action'], command: string): ToolUse => ({ ecosystem, action, command });

  switch (name) {
    case 'apt-get':
    case 'apt':
    case 'aptitude':
      if (first === 'update') return use('apt', 'update', `${name} update`);
      if (first && ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep'].includes(first)) {
        return use('apt', 'install', `${name} ${first}`);
      }
      return null;
    case 'apk':
      if (first === 'update') return use('apk', 'update', 'apk update');
      if (first === 'add' || first === 'upgrade') return use('apk', 'install', `apk ${first}`);
      return null;
    case 'npm':
      return first && ['ci', 'install', 'i', 'add'].includes(first) ? use('npm', 'install', `npm ${first}`) : null;
    case 'yarn':
      return first === undefined || first === 'install' ? use('yarn', 'install', first ? 'yarn install' : 'yarn') : null;
    case 'pnpm':
      return first && ['install', 'i', 'fetch', 'add'].includes(first) ? use('pnpm', 'install', `pnpm ${first}`) : null;
    case 'pip':
    case 'pip3':
      return first === 'install' ? use('pip', 'install', `${name} install`) : null;
    case 'poetry':
      return first === 'install' ? use('poetry', 'install', 'poetry install') : null;
    case 'pipenv':
      return first === 'install' || first === 'sync' ? use('pipenv', 'install', `pipenv ${first}`) : null;
    case 'uv':
      if (first === 'sync') return use('uv', 'install', 'uv sync');
      if (first === 'pip' && sub[1] === 'install') return use('uv', 'install', 'uv pip install');
      return null;
    case 'go':
      if (first === 'mod' && sub[1] === 'download') return use('go', 'install', 'go mod download');
      if (first === 'get') return use('go', 'install', 'go get');
      if (first && ['build', 'install', 'test', 'vet'].includes(first)) return use('go', 'build', `go ${first}`);
      return null;
    case 'mvn':
    case 'mvnw':
      return use('maven', 'install', `${name}${first ? ` ${first}` : ''}`);
    case 'gradle':
    case 'gradlew':
      return use('gradle', 'install', `${name}${first ? ` ${first}` : ''}`);
    case 'cargo':
      return first && ['build', 'fetch', 'install', 'test', 'chef'].includes(first) ? use('cargo', 'install', `cargo ${first}`) : null;
    default:
      // `python -m pip install ...`
      if (/^python[0-9.]*$/.test(name) && rest[0] === '-m' && rest[1] === 'pip' && rest.slice(2).find((w) => !w.startsWith('-')) === 'install') {
        return use('pip', 'install', `${name} -m pip install`);
      }
      return null;
  }
}

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}
