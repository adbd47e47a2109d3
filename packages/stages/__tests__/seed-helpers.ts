// Shared by the seed-*.test.ts files: a memory logger and the stage's ports.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secrets, systemClock, type Logger } from '@testpipe/core';

export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    group: (name, body) => (lines.push(`## ${name}`), body()),
  };
}

export function ports() {
  return { logger: memoryLogger(), clock: systemClock, secrets: new Secrets() };
}

/** A temp dir holding `files` (relative path → content). */
export async function tempFiles(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'testpipe-seed-test-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}
