// Env objects shared by the single-build and bake mapping tests: a push build and managed S3 settings.
export const PUSH = { DRONE_BUILD_EVENT: 'push', DRONE_BRANCH: 'feature/login', DRONE_REPO_BRANCH: 'main', DRONE_COMMIT_SHA: 'a1b2c3d4e5f6a7b8' };
export const S3 = {
  PLUGIN_CACHE_S3_ENDPOINT: 'https://s3.cache.harness.example',
  PLUGIN_CACHE_S3_BUCKET: 'dlc-bucket',
  PLUGIN_CACHE_S3_REGION: 'eu-west-1',
  PLUGIN_CACHE_S3_ACCESS_KEY: 'AKIAREALKEY0001',
  PLUGIN_CACHE_S3_SECRET_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
};
