// Where images and registry caches live, from Semaphore's variables and those of its earlier
// Docker caching guide (Classic docs, "Docker Layer Caching"):
//   DOCKER_IMAGE_NAME  e.g. my-project_${BRANCH_NAME}
//   REGISTRY_URL + REGISTRY_PORT  -> the registry address "$REGISTRY_URL:$REGISTRY_PORT"
//   image tag  ${REVISION}_${SEMAPHORE_BUILD_NUMBER}
// plus Semaphore's private registry: SEMAPHORE_REGISTRY_URL / _USERNAME / _PASSWORD.
import type { BuildOptionsInput } from '@layercache/sdk';
import type { EnvReader } from '@layercache/sdk/adapter';

/** Variables a Classic image name may end with (`my-project_${BRANCH_NAME}`). */
export const BRANCH_VARIABLES = [
  'BRANCH_NAME',
  'SEMAPHORE_GIT_WORKING_BRANCH',
  'SEMAPHORE_GIT_PR_BRANCH',
  'SEMAPHORE_GIT_BRANCH',
];

type RegistryAuth = NonNullable<BuildOptionsInput['registryAuth']>[number];

export interface ImageSettings {
  /** Image repository without a tag, e.g. registry.example.com:5000/my-project_main. */
  repository?: string;
  /** Full image references to tag the build with. */
  tags: string[];
  /** Registry repository for cache refs (the SDK adds one tag per branch). */
  cacheRef?: string;
  /** Which variable each value came from, for error messages. */
  sources: { tags: string; cacheRef: string };
}

/** "https://host:5000/" -> "host:5000": image references carry no scheme. */
export function registryHost(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
}

/** REGISTRY_URL[:REGISTRY_PORT], as the Classic guide joined them, else Semaphore's registry. */
export function registryAddress(env: EnvReader): { address: string; source: string } | undefined {
  const url = env.get('REGISTRY_URL');
  if (url !== undefined) {
    const port = env.get('REGISTRY_PORT');
    if (port !== undefined && !/^\d{1,5}$/.test(port))
      env.fail('REGISTRY_PORT', `must be a port number, got "${port}"`, 'e.g. REGISTRY_PORT=5000');
    const host = registryHost(url);
    return { address: port !== undefined && !/:\d+$/.test(host) ? `${host}:${port}` : host, source: 'REGISTRY_URL' };
  }
  const semaphoreUrl = env.get('SEMAPHORE_REGISTRY_URL');
  return semaphoreUrl !== undefined
    ? { address: registryHost(semaphoreUrl), source: 'SEMAPHORE_REGISTRY_URL' }
    : undefined;
}

/**
 * The cache repository shared by every branch. A Classic image name that ends in the branch
 * (`my-project_${BRANCH_NAME}`) gets that suffix dropped, or no branch could fall back to another.
 */
export function sharedImageName(imageName: string, branches: Array<string | undefined>): string {
  for (const branch of branches) {
    if (!branch) continue;
    for (const separator of ['_', '-', '/']) {
      const suffix = `${separator}${branch}`;
      if (imageName.length > suffix.length && imageName.endsWith(suffix)) return imageName.slice(0, -suffix.length);
    }
  }
  return imageName;
}

export function imageSettings(env: EnvReader): ImageSettings {
  const registry = registryAddress(env);
  const explicitImage = env.get('LAYERCACHE_IMAGE');
  const imageName = env.get('DOCKER_IMAGE_NAME');
  let repository: string | undefined;
  let repositorySource = 'LAYERCACHE_IMAGE';
  if (explicitImage !== undefined) repository = explicitImage;
  else if (imageName !== undefined) {
    repository = registry ? `${registry.address}/${imageName}` : imageName;
    repositorySource = 'DOCKER_IMAGE_NAME';
  }

  // LAYERCACHE_TAGS="," is an explicit empty list: no default tag.
  const explicitTags = env.get('LAYERCACHE_TAGS') === undefined ? undefined : env.list('LAYERCACHE_TAGS');
  let tags: string[] = [];
  let tagSource = 'LAYERCACHE_TAGS';
  if (explicitTags !== undefined) tags = explicitTags;
  else if (repository !== undefined) {
    tags = [`${repository}:${classicImageTag(env)}`];
    tagSource = repositorySource;
  }

  const explicitCacheRef = env.get('LAYERCACHE_CACHE_REF');
  let cacheRef: string | undefined = explicitCacheRef;
  let cacheRefSource = 'LAYERCACHE_CACHE_REF';
  if (cacheRef === undefined && explicitImage !== undefined) {
    cacheRef = `${explicitImage}/cache`;
    cacheRefSource = 'LAYERCACHE_IMAGE';
  } else if (cacheRef === undefined && imageName !== undefined && registry !== undefined) {
    cacheRef = `${registry.address}/${sharedImageName(
      imageName,
      BRANCH_VARIABLES.map((name) => env.get(name)),
    )}/cache`;
    cacheRefSource = 'DOCKER_IMAGE_NAME';
  } else if (cacheRef === undefined && registry?.source === 'SEMAPHORE_REGISTRY_URL') {
    const project = projectRepositoryName(env.get('SEMAPHORE_PROJECT_NAME'));
    if (project) {
      cacheRef = `${registry.address}/${project}/cache`;
      cacheRefSource = 'SEMAPHORE_REGISTRY_URL';
    }
  }
  return { repository, tags, cacheRef, sources: { tags: tagSource, cacheRef: cacheRefSource } };
}

/**
 * The Classic guide's tag `${REVISION}_${SEMAPHORE_BUILD_NUMBER}`; on Semaphore 2 the same form
 * from SEMAPHORE_GIT_SHA and SEMAPHORE_WORKFLOW_NUMBER, which it exports instead.
 */
function classicImageTag(env: EnvReader): string {
  const revision = env.first('REVISION', 'SEMAPHORE_GIT_SHA');
  const build = env.first('SEMAPHORE_BUILD_NUMBER', 'SEMAPHORE_WORKFLOW_NUMBER');
  if (revision === undefined)
    env.fail(
      'REVISION',
      'is not set, so the default image tag ${REVISION}_${SEMAPHORE_BUILD_NUMBER} cannot be made',
      'set REVISION (or SEMAPHORE_GIT_SHA), or give LAYERCACHE_TAGS',
    );
  if (build === undefined)
    env.fail(
      'SEMAPHORE_BUILD_NUMBER',
      'is not set, so the default image tag ${REVISION}_${SEMAPHORE_BUILD_NUMBER} cannot be made',
      'set SEMAPHORE_BUILD_NUMBER (or SEMAPHORE_WORKFLOW_NUMBER), or give LAYERCACHE_TAGS',
    );
  return `${revision?.value ?? 'unknown'}_${build?.value ?? '0'}`;
}

/** A project name like "My Project" as a repository path component: "my-project". */
function projectRepositoryName(name: string | undefined): string | undefined {
  const slug = name
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? slug : undefined;
}

/** Semaphore's private registry login, when all three variables are present. */
export function semaphoreRegistryAuth(env: EnvReader): RegistryAuth[] {
  const url = env.get('SEMAPHORE_REGISTRY_URL');
  const username = env.get('SEMAPHORE_REGISTRY_USERNAME');
  const password = env.get('SEMAPHORE_REGISTRY_PASSWORD');
  const given = [url, username, password].filter((v) => v !== undefined).length;
  if (given === 0) return [];
  if (given < 3) {
    const missing = [
      ['SEMAPHORE_REGISTRY_URL', url],
      ['SEMAPHORE_REGISTRY_USERNAME', username],
      ['SEMAPHORE_REGISTRY_PASSWORD', password],
    ]
      .filter(([, v]) => v === undefined)
      .map(([name]) => name as string);
    // Only the URL is harmless alone (a public registry); credentials without a URL or half a login are not.
    if (!(url !== undefined && username === undefined && password === undefined)) {
      for (const name of missing)
        env.fail(
          name,
          'is not set while the other Semaphore registry variables are',
          'set SEMAPHORE_REGISTRY_URL, _USERNAME and _PASSWORD together',
        );
    }
    return [];
  }
  return [{ registry: registryHost(url!), username: username!, password: password! }];
}
