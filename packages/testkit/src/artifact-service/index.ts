export {
  startArtifactService,
  type ArtifactClientEnv,
  type ArtifactRecord,
  type ArtifactService,
  type ArtifactServiceOptions,
  type SeedOptions,
} from './artifact-service.js';
export { createRuntimeToken, backendIdsFromToken, type BackendIds } from './runtime-token.js';
export { createZip, type ZipEntries } from './zip-writer.js';
export type { StoredBlob } from './blob-store.js';
