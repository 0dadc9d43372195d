// The Dockerfile table: Dockerfiles written to look like common real projects (Node, Python, Go,
// Java; good and bad), each with the build facts lintProject would read, and the exact set of
// rule ids `layercache lint` must report for it — nothing more, nothing less.
import type { LintOptions } from '../../src/lint/types.js';

export interface LintFixtureCase {
  /** File in this folder. */
  file: string;
  options: LintOptions;
  expected: string[];
}

const ignoresNode = '.git\nnode_modules\ndist\nbuild\n*.log\n';
const ignoresPython = '.git\n__pycache__\n*.pyc\n.venv\n';
const ignoresGo = '.git\nbin/\n*.md\n';
const ignoresJava = '.git\ntarget/\nbuild/\n.gradle/\n';

export const lintFixtureCases: LintFixtureCase[] = [
  // Node
  {
    file: 'node-express-naive.Dockerfile',
    options: { dockerignore: null, contextEntries: ['.git', 'node_modules', 'package.json', 'server.js'] },
    expected: ['copy-context-before-install', 'dockerignore-missing', 'floating-base-image', 'run-without-cache-mount'],
  },
  {
    file: 'node-multistage-good.Dockerfile',
    options: { dockerignore: ignoresNode, contextEntries: ['.git', 'node_modules', 'src', 'package.json'], backend: 'registry' },
    expected: [],
  },
  {
    file: 'node-react-nginx-inline.Dockerfile',
    options: { dockerignore: ignoresNode, contextEntries: ['.git', 'node_modules', 'src'], backend: 'inline' },
    expected: ['inline-cache-multi-stage'],
  },
  {
    file: 'node-private-registry-token.Dockerfile',
    options: { dockerignore: ignoresNode, contextEntries: ['.git', 'index.js', '.npmrc'] },
    expected: ['run-without-cache-mount', 'secret-build-arg'],
  },
  {
    file: 'node-pnpm-monorepo-good.Dockerfile',
    options: { dockerignore: '**/node_modules\n.git\n', contextEntries: ['.git', 'node_modules', 'apps', 'packages'], backend: 'registry' },
    expected: [],
  },
  {
    file: 'node-native-deps-heredoc-good.Dockerfile',
    options: { dockerignore: ignoresNode, contextEntries: ['.git', 'server.js'], backend: 'local' },
    expected: [],
  },
  // Python
  {
    file: 'python-flask-naive.Dockerfile',
    options: { dockerignore: null, contextEntries: ['.git', 'app.py', 'requirements.txt'] },
    expected: ['copy-context-before-install', 'dockerignore-missing', 'run-without-cache-mount'],
  },
  {
    file: 'python-poetry-good.Dockerfile',
    options: { dockerignore: null, contextEntries: ['.git', 'src', 'pyproject.toml'], backend: 'registry' },
    expected: [],
  },
  {
    file: 'python-django-apt.Dockerfile',
    options: { dockerignore: ignoresPython, contextEntries: ['.git', 'manage.py', 'mysite'] },
    expected: ['apt-update-separate-run', 'run-without-cache-mount', 'volatile-arg-before-run'],
  },
  {
    file: 'python-tini-remote-add.Dockerfile',
    options: { dockerignore: null, contextEntries: ['.git', 'app.py', 'requirements.txt'] },
    expected: ['add-remote-without-checksum', 'dockerignore-missing'],
  },
  {
    file: 'python-uv-good.Dockerfile',
    options: { dockerignore: ignoresPython, contextEntries: ['.git', '.venv', 'app.py'], backend: 'registry' },
    expected: [],
  },
  // Go
  {
    file: 'go-naive.Dockerfile',
    options: { dockerignore: ignoresGo, contextEntries: ['.git', 'main.go', 'go.mod'] },
    expected: ['copy-context-before-install', 'floating-base-image', 'run-without-cache-mount'],
  },
  {
    file: 'go-distroless-good.Dockerfile',
    options: { dockerignore: ignoresGo, contextEntries: ['.git', 'cmd', 'go.mod', 'go.sum'], backend: 'registry' },
    expected: [],
  },
  {
    file: 'go-private-modules-cachebust.Dockerfile',
    options: { dockerignore: ignoresGo, contextEntries: ['.git', 'main.go'], backend: 'registry' },
    expected: ['floating-base-image', 'run-without-cache-mount', 'secret-build-arg', 'volatile-arg-before-run'],
  },
  // Java
  {
    file: 'java-maven-naive.Dockerfile',
    options: { dockerignore: null, contextEntries: ['.git', 'pom.xml', 'src', 'target'] },
    expected: ['copy-context-before-install', 'dockerignore-missing', 'run-without-cache-mount'],
  },
  {
    file: 'java-maven-good.Dockerfile',
    options: { dockerignore: ignoresJava, contextEntries: ['.git', 'pom.xml', 'src'], backend: 'registry' },
    expected: [],
  },
  {
    file: 'java-gradle-spring-inline.Dockerfile',
    options: { dockerignore: '.gradle\nbuild\n', contextEntries: ['.git', '.gradle', 'build', 'src'], backend: 'inline' },
    expected: [
      'apt-update-separate-run',
      'context-not-ignored',
      'copy-context-before-install',
      'inline-cache-multi-stage',
      'run-without-cache-mount',
    ],
  },
  {
    file: 'java-gradle-good.Dockerfile',
    options: { dockerignore: ignoresJava, contextEntries: ['.git', 'gradle', 'gradlew', 'src'], backend: 'registry' },
    expected: [],
  },
];
