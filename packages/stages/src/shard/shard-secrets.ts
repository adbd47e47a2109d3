// Keeps secrets out of everything a shard writes under results/<shard>/ (output.log, junit.xml, ctrf.json,
// attempts/, copied artifacts): the values the user lists in `redact` (--redact) and the values tests mask
// with `::add-mask::`, redacted by core's one function (Secrets), as the report stage does.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ingestFile, redactRun, RunBuilder, Secrets, type Logger } from '@testpipe/core';

/** Bytes read to tell a binary file (a screenshot) from text: a NUL among them means binary, left as is. */
const SNIFF_BYTES = 8192;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * The secrets of one shard. Each value is also known by its XML- and JSON-escaped forms, since the files
 * hold it that way (a `&` in a password is `&amp;` in junit.xml).
 */
export class ShardSecrets {
  private readonly secrets = new Secrets();

  constructor(
    values: readonly string[],
    log: Pick<Logger, 'warning'>,
    private readonly maskInLog?: (value: string) => void,
  ) {
    for (const value of values) {
      if (this.add(value) === 'too-short') {
        log.warning(
          `A value listed in "redact" has only ${value.trim().length} characters: it is not redacted, as text that ` +
            'short would be starred everywhere.',
        );
      }
    }
  }

  get size(): number {
    return this.secrets.size;
  }

  /** One line of output, redacted; a `::add-mask::` line first teaches its value. */
  redactLine(line: string): string {
    for (const value of this.secrets.addMaskedIn(line)) this.learned(value);
    return this.secrets.redact(line);
  }

  redact(text: string): string {
    return this.secrets.redact(text);
  }

  /** Values tests masked in the output the shard's JUnit kept (system-out, system-err). */
  async learnFromReport(junitPath: string): Promise<void> {
    const builder = new RunBuilder();
    builder.addFile(await ingestFile(junitPath, (record) => builder.add(record, { path: junitPath })));
    for (const value of redactRun(builder.build(), this.secrets)) this.learned(value);
  }

  private add(value: string): ReturnType<Secrets['add']> {
    const added = this.secrets.add(value);
    if (added !== 'added') return added;
    const trimmed = value.trim();
    this.secrets.add(trimmed.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!));
    this.secrets.add(JSON.stringify(trimmed).slice(1, -1));
    return added;
  }

  private learned(value: string): void {
    this.add(value);
    this.maskInLog?.(value);
  }
}

async function isText(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return !buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Rewrites `file` with every secret redacted, streaming whole lines (a secret never spans two reads, and
 * no file is held whole in memory). Returns whether it held any.
 */
async function redactFile(file: string, secrets: ShardSecrets): Promise<boolean> {
  const temporary = `${file}.redacting`;
  const output = createWriteStream(temporary);
  let changed = false;
  let carry = '';
  const write = (text: string): void => {
    const redacted = secrets.redact(text);
    if (redacted !== text) changed = true;
    output.write(redacted);
  };
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      const text = carry + (chunk as string);
      const end = text.lastIndexOf('\n') + 1;
      write(text.slice(0, end));
      carry = text.slice(end);
    }
    write(carry);
  } finally {
    output.end();
    await finished(output);
  }
  if (changed) await rename(temporary, file);
  else await rm(temporary, { force: true });
  return changed;
}

/**
 * Redacts every text file under the shard's results directory: run once the shard has written them all
 * and before they are uploaded. Learns the values masked in the shard's JUnit first.
 */
export async function redactResultFiles(
  resultsDir: string,
  secrets: ShardSecrets,
  junitPath: string | undefined,
): Promise<string[]> {
  if (junitPath) await secrets.learnFromReport(junitPath).catch(() => undefined);
  if (secrets.size === 0) return [];
  const redacted: string[] = [];
  for (const file of await filesUnder(resultsDir)) {
    if (!(await isText(file))) continue;
    if (await redactFile(file, secrets)) redacted.push(path.relative(resultsDir, file));
  }
  return redacted;
}
