// Where images and registry caches live, from Semaphore's variables and those of its earlier
// Docker caching guide (Classic docs, "Docker Layer Caching"):
//   DOCKER_IMAGE_NAME  e.g. my-project_${BRANCH_NAME}
//   REGISTRY_URL + REGISTRY_PORT  -> the registry address "$REGISTRY_URL:$REGISTRY_PORT"
//   image tag  ${REVISION}_${SEMAPHORE_BUILD_NUMBER}
// plus Semaphore's private registry: SEMAPHORE_REGISTRY_URL / _USERNAME / _PASSWORD.
import type { BuildOptionsInput } from '@layercache/sdk';
import type { EnvReader } from '@layercache/sdk/adapter';

type RegistryAuth = NonNullable<BuildOptionsInput['registryAuth']>[number];
/** A value and the variable it was made from, so the SDK's errors name that variable. */
type Sourced<T> = { name: string; value: T };

/** Variables a Classic image name may end with (`my-project_${BRANCH_NAME}`). */
const BRANCH_VARIABLES = ['BRANCH_NAME', 'SEMAPHORE_GIT_WORKING_BRANCH', 'SEMAPHORE_GIT_PR_BRANCH',
  'SEMAPHORE_GIT_BRANCH'];
/** The Classic guide's tag parts, each with the variable Semaphore 2 exports instead. */
const TAG_PARTS = [
  ['REVISION', 'SEMAPHORE_GIT_SHA'],
  ['SEMAPHORE_BUILD_NUMBER', 'SEMAPHORE_WORKFLOW_NUMBER'],
] as const;
const LOGIN = ['SEMAPHORE_REGISTRY_URL', 'SEMAPHORE_REGISTRY_USERNAME', 'SEMAPHORE_REGISTRY_PASSWORD'] as const;

/** The image references to tag, and the registry repository of the cache (the SDK adds one tag per branch). */
export function imageSettings(env: EnvReader): { tags: Sourced<string[]>; cacheRef?: Sourced<string> } {
  const registry = registryAddress(env);
  const image = env.first('LAYERCACHE_IMAGE', 'DOCKER_IMAGE_NAME');
  return { tags: tagsOf(env, image, registry), cacheRef: cacheRefOf(env, image, registry) };
}

/** LAYERCACHE_TAGS ("," is an explicit empty list), else the image with the Classic default tag. */
function tagsOf(env: EnvReader, image?: Sourced<string>, registry?: Sourced<string>): Sourced<string[]> {
  if (env.get('LAYERCACHE_TAGS') !== undefined || image === undefined)
    return { name: 'LAYERCACHE_TAGS', value: env.list('LAYERCACHE_TAGS') };
  const repository = image.name === 'DOCKER_IMAGE_NAME' && registry ? `${registry.value}/${image.value}` : image.value;
  return { name: image.name, value: [`${repository}:${classicImageTag(env)}`] };
}

function cacheRefOf(env: EnvReader, image?: Sourced<string>, registry?: Sourced<string>): Sourced<string> | undefined {
  const explicit = env.first('LAYERCACHE_CACHE_REF');
  if (explicit !== undefined) return explicit;
  if (image?.name === 'LAYERCACHE_IMAGE') return { name: image.name, value: `${image.value}/cache` };
  if (registry === undefined) return undefined;
  if (image !== undefined)
    return { name: image.name, value: `${registry.value}/${sharedImageName(env, image.value)}/cache` };
  const project = projectRepositoryName(env.get('SEMAPHORE_PROJECT_NAME'));
  if (registry.name !== 'SEMAPHORE_REGISTRY_URL' || project === undefined) return undefined;
  return { name: registry.name, value: `${registry.value}/${project}/cache` };
}

/** "https://host:5000/" -> "host:5000": image references carry no scheme. */
function registryHost(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
}

/** REGISTRY_URL[:REGISTRY_PORT], as the Classic guide joined them, else Semaphore's registry. */
function registryAddress(env: EnvReader): Sourced<string> | undefined {
  const url = env.first('REGISTRY_URL', 'SEMAPHORE_REGISTRY_URL');
  if (url === undefined) return undefined;
  const host = registryHost(url.value);
  const port = url.name === 'REGISTRY_URL' ? env.get('REGISTRY_PORT') : undefined;
  if (port !== undefined && !/^\d{1,5}$/.test(port))
    env.fail('REGISTRY_PORT', `must be a port number, got "${port}"`, 'e.g. REGISTRY_PORT=5000');
  return { name: url.name, value: port !== undefined && !/:\d+$/.test(host) ? `${host}:${port}` : host };
}

/**
 * The cache repository shared by every branch. A Classic image name that ends in the branch
 * (`my-project_${BRANCH_NAME}`) gets that suffix dropped, or no branch could fall back to another.
 */
export function sharedImageName(env: EnvReader, imageName: string): string {
  const branches = BRANCH_VARIABLES.flatMap((name) => env.get(name) ?? []);
  const suffix = branches
    .flatMap((branch) => ['_', '-', '/'].map((separator) => `${separator}${branch}`))
    .find((s) => imageName.length > s.length && imageName.endsWith(s));
  return suffix === undefined ? imageName : imageName.slice(0, -suffix.length);
}

/** The Classic guide's tag `${REVISION}_${SEMAPHORE_BUILD_NUMBER}`, or its Semaphore 2 form. */
function classicImageTag(env: EnvReader): string {
  const [revision, build] = TAG_PARTS.map(([classic, current]) => {
    const part = env.first(classic, current);
    if (part === undefined) {
      const why = 'is not set, so the default image tag ${REVISION}_${SEMAPHORE_BUILD_NUMBER} cannot be made';
      env.fail(classic, why, `set ${classic} (or ${current}), or give LAYERCACHE_TAGS`);
    }
    return part?.value;
  });
  return `${revision ?? 'unknown'}_${build ?? '0'}`;
}

/** A project name like "My Project" as a repository path component: "my-project". */
function projectRepositoryName(name: string | undefined): string | undefined {
  return name?.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || undefined;
}

/** Semaphore's private registry login, when all three variables are present. */
export function semaphoreRegistryAuth(env: EnvReader): RegistryAuth[] {
  const [url, username, password] = LOGIN.map((name) => env.get(name));
  if (url !== undefined && username !== undefined && password !== undefined)
    return [{ registry: registryHost(url), username, password }];
  // Only the URL is harmless alone (a public registry); credentials without a URL or half a login are not.
  if (username === undefined && password === undefined) return [];
  for (const name of LOGIN.filter((n) => env.get(n) === undefined))
    env.fail(name, 'is not set while the other Semaphore registry variables are',
      'set SEMAPHORE_REGISTRY_URL, _USERNAME and _PASSWORD together');
  return [];
}
