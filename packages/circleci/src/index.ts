// @layercache/circleci: CircleCI environment -> @layercache/sdk options, and the layer-source report.
export { fromCircleEnv, ENV_FOR_OPTION, prNumberFromUrl, pullRequestNumber, type Env } from './env.js';
export { stepOutputs, bashEnvLines, reportDocument, bakeStepOutputs, serviceDigestVariable } from './outputs.js';
export { describeLayerSource, type LayerSource, type LayerSourceKind } from './outputs.js';
export { fromCircleBakeEnv, ignoredInBake, isBake } from './env.js';
export { main, circleciAdapter } from './main.js';
