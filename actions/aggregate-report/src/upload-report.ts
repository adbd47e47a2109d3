import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Uploads the output directory as one artifact; the @actions/artifact client loads only here. */
export async function uploadReportArtifact(name: string, outputDir: string, retentionDays?: number): Promise<number> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const root = path.resolve(outputDir);
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
  return id ?? 0;
}
