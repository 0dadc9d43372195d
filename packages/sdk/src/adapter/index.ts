// @layercache/sdk/adapter: the kit every CI adapter is built from. An adapter is its platform's facts
// (env -> options, options -> outputs) and an entry point; reading the env, naming errors by the
// platform's variables, checking, building or baking and the exit codes live here, once.
export { EnvReader, parseBoolean, printable, splitList, definedOnly, TRUE_WORDS, FALSE_WORDS, type Env, type SecretInput } from './env-reader.js';
export { variableFor, renameIssues, renamedError, renamed, renamedSync, type OptionNames } from './option-names.js';
export { streamLog, type AdapterIo, type AdapterLog, type Writer } from './io.js';
export { bakeOutputs, serviceVariablePart, type BakeOutputName } from './bake-outputs.js';
export { sharedCacheSettings, type SharedCacheSettings } from './cache-settings.js';
export { sharedBakeOptions, setInBake, ignoredInBakeWarning, type SharedBakeOptions } from './bake-env.js';
export { runAdapter, reportFailure, type CiAdapter, type RunContext, type RunSeams } from './runner.js';
export { writeTextFile } from './write-file.js';
/** Former backend names (`harness` -> `s3`), for an adapter that decides by the chosen backend. */
export { resolveBackendAlias } from '../backends/aliases.js';
export type { AdapterContract, ContractScenario } from './contract.js';
// The CLI's commands, for adapters that run them in-process (they live in cli/, outside the library).
export { pruneCommand as runPruneCommand, PRUNE_HELP } from '../cli/commands/prune.js';
export { runBakeCommand } from '../cli/commands/bake.js';
export { runLintCommand, parseLintArgs, LINT_HELP, type LintCommandIO } from '../cli/commands/lint.js';
export { checkAll, checkOutputPaths, outputPathIssues, writeOutput, type OutputPath } from '../options/check-outputs.js';
export { looksLikePlaceholder } from './placeholder.js';
export { csvFields } from './csv-fields.js';
export { prefixedEntries } from './prefixed-entries.js';
export { metricVariables, type MetricName } from './metric-variables.js';
export { writeOutputFiles, type OutputFile } from './output-files.js';
export { bakeReportJson } from './bake-report-json.js';
export { readOptionTable, optionNames, withTable, type OptionTable, type OptionField, type FieldKind } from './option-table.js';
export { withEngineDelta, readEngineRecords, engineDelta, parseDiskUsage, type EngineDelta } from './engine-records.js';
export { buildReportJson } from './build-report-json.js';
export { takeInlineS3Keys, type CacheEntryList, type InlineS3Keys } from './inline-s3-keys.js';
