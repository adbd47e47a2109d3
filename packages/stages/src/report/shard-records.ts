// The shard.json each run-matrix shard leaves beside its junit.xml: read for every directory a report
// came from. A missing one is normal (reports not written by a shard); an unreadable one is a warning.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readShardRecord, SHARD_RECORD_FILE, type Logger, type ShardRecord } from '@testpipe/core';

export async function readShardRecords(reportPaths: readonly string[], log: Logger): Promise<ShardRecord[]> {
  const records: ShardRecord[] = [];
  const seen = new Set<string>();
  for (const directory of new Set(reportPaths.map((file) => path.dirname(file)))) {
    const file = path.join(directory, SHARD_RECORD_FILE);
    const exists = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!exists) continue;
    try {
      const record = await readShardRecord(file);
      if (seen.has(record.shard)) continue; // the same shard downloaded twice
      seen.add(record.shard);
      records.push(record);
    } catch (error) {
      log.warning(`${file} was not used for shard durations: ${(error as Error).message}`);
    }
  }
  return records;
}
