export { ConfigError, variableProblem, type ConfigProblem } from './config-error.js';
export { defaultConfigFile, readConfigFile, type FileConfig } from './config-file.js';
export {
  databaseUrlForms,
  defaultDatabaseUrl,
  parseDatabaseUrl,
  type DatabaseTarget,
} from './database-url.js';
export {
  rulePackEntries,
  rulePackFor,
  ruleSettings,
  type LocalDeadline,
  type RulePackEntry,
  type RuleSetting,
} from './rule-pack.js';
export {
  rulePackInputProblems,
  rulePackInputSchema,
  type RulePackInput,
} from './rule-pack-input.js';
export { readOrExit } from './read-or-exit.js';
export {
  readEditorServerConfig,
  type EditorServerConfig,
  readServerConfig,
  type Environment,
  type ServerConfig,
} from './read-server-config.js';
export { serverAddress } from './server-address.js';
export { acceptedForms, serverEnvSchema, type ServerVariable } from './server-env.js';
export { defaultPasswordMinLength, passwordWeakness } from './password-policy.js';
