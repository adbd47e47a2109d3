export * from './defaults.js';
export * from './plan/index.js';
export * from './shard/index.js';
export * from './report/index.js';
export * from './pipeline-config/index.js';
export * from './runners/index.js';
export * from './notify/index.js';
export * from './seed/index.js';
