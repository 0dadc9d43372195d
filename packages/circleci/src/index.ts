// @layercache/circleci: CircleCI environment -> @layercache/sdk options, and the layer-source report.
export { fromCircleEnv, ENV_FOR_OPTION, type Env } from './env.js';
export { prNumberFromUrl, pullRequestNumber } from './pull-request.js';
export { describeLayerSource, type LayerSource, type LayerSourceKind } from './layer-source.js';
export { stepOutputs, bashEnvLines, reportDocument, bakeStepOutputs, serviceDigestVariable } from './outputs.js';
export { fromCircleBakeEnv, ignoredInBake, isBake } from './bake-env.js';
export { main, circleciAdapter, type MainIo } from './main.js';
