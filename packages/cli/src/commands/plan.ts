// `testpipe plan`: the run-matrix plan step as a dry run. It calls the same runPlan as the action's plan
// mode and `testpipe run`, so the shards, tests and matrix it prints are the ones they would use.
import { describePrediction, estimateIsUnknown, TIMINGS_FILE, type ShardPlan } from '@testpipe/core';
import type { PlanResult } from '@testpipe/stages';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Command } from '../commands.js';
import { unknownOptionError } from '../did-you-mean.js';
import { OptionCursor } from '../option-cursor.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: testpipe plan [options]

A dry run of the plan: reads testpipe.yml, discovers every suite's tests and splits them into shards balanced
with the timings of an earlier run, then prints each shard's tests and predicted time, and the matrix the
run-matrix action would output. Runs no test and writes no file (discovery runs the runners' list commands).

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --timings FILE         timings.json to plan with (default: testpipe-out/report/timings.json of an earlier
                         \`testpipe run\`, when there is one)
  --shards N|auto        shards per suite, overriding each suite's shards (1 to 256, or auto)
  --suite NAME...        plan only these suites (repeatable, or comma-separated)
  --json                 print {"plan", "matrix", "shardCount"} as JSON; progress lines go to stderr

Exit codes: 0 planned; 2 unusable arguments or config, or a runner's list command that cannot run or fails.`;

/** Where `testpipe run` keeps the timings it plans the next run with (its default --out). */
const RUN_TIMINGS_FILE = path.join('testpipe-out', 'report', TIMINGS_FILE);

interface PlanArgs {
  config: string;
  timings?: string;
  shards?: number | 'auto';
  suites: string[];
  json: boolean;
}

function parseShards(raw: string): number | 'auto' {
  if (raw === 'auto') return 'auto';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--shards must be auto or a whole number from 1 to 256, got "${raw}".`);
  return n;
}

/** `testpipe plan` arguments, validated. Throws UsageError naming the bad option. */
export function parsePlanArgs(args: readonly string[]): PlanArgs {
  const parsed: PlanArgs = { config: 'testpipe.yml', suites: [], json: false };
  for (const cursor = new OptionCursor(args); cursor.next();) {
    const { flag } = cursor;
    const value = () => cursor.value();
    if (flag === '--config') parsed.config = value();
    else if (flag === '--timings') parsed.timings = value();
    else if (flag === '--shards') parsed.shards = parseShards(value());
    else if (flag === '--json') parsed.json = true;
    else if (flag === '--suite') {
      for (const name of cursor.names()) if (!parsed.suites.includes(name)) parsed.suites.push(name);
    } else if (cursor.isOption) throw unknownOptionError(flag, USAGE);
    else throw new UsageError(`unexpected argument "${cursor.arg}"; name suites with --suite.`);
  }
  return parsed;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One suite for a terminal: its shards, each with its predicted time and every test it runs. */
function suiteText(suite: ShardPlan, whyEmpty: string | undefined): string[] {
  if (suite.shards.length === 0) return [`${suite.suite}: nothing to run: ${whyEmpty ?? suite.reason ?? 'no tests'}`];
  const [one, many] = suite.granularity === 'test' ? ['test', 'tests'] : ['test file', 'test files'];
  const known = estimateIsUnknown(suite) ? '' : `, ${Math.round(suite.knownShare * 100)} % with known timings`;
  const lines = [
    `${suite.suite}: ${plural(suite.shards.length, 'shard', 'shards')}, predicted ${describePrediction(suite, suite.makespanMs)}${known}`,
  ];
  if (suite.reason) lines.push(`  (${suite.reason})`);
  for (const shard of suite.shards) {
    lines.push(
      `  ${shard.name}: ${plural(shard.units.length, one, many)}, predicted ${describePrediction(suite, shard.predictedMs)}`,
    );
    for (const unit of shard.units) lines.push(`    ${unit}`);
  }
  return lines;
}

function planText(result: PlanResult, whyEmpty: (suite: string) => string | undefined): string {
  const { plan, matrix, reason } = result;
  const shards = plan.suites.reduce((count, suite) => count + suite.shards.length, 0);
  return [
    `Plan ${plan.planHash.slice(0, 12)} (dry run, nothing was run): ${plural(shards, 'shard', 'shards')} of ` +
      `${plural(plan.suites.length, 'suite', 'suites')}`,
    '',
    ...plan.suites.flatMap((suite) => suiteText(suite, whyEmpty(suite.suite))),
    '',
    `Matrix (the run-matrix action's matrix output)${reason ? `, nothing to run: ${reason}` : ''}:`,
    JSON.stringify(matrix),
  ].join('\n');
}

/** --timings, else the timings of the last `testpipe run` here, as `testpipe run` itself would plan. */
function timingsFile(args: PlanArgs): string | undefined {
  if (args.timings) return path.resolve(args.timings);
  return existsSync(RUN_TIMINGS_FILE) ? path.resolve(RUN_TIMINGS_FILE) : undefined;
}

async function planDryRun(args: PlanArgs, debug: boolean): Promise<number> {
  // The stage loads only once the arguments are usable.
  const [{ runPlan, emptyDiscoveryReason }, { terminalLogger }] = await Promise.all([
    import('@testpipe/stages'),
    import('../terminal-logger.js'),
  ]);
  // runPlan keeps plan.json in its work directory; a dry run keeps nothing.
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-plan-'));
  try {
    const result = await runPlan(
      {
        configFile: args.config,
        rootDir: process.cwd(),
        suites: args.suites,
        shards: args.shards,
        timingsFile: timingsFile(args),
        workDir,
        timingsAdvice: `Pass --timings with the timings.json of an earlier run (\`testpipe run\` writes ${RUN_TIMINGS_FILE}).`,
      },
      { logger: terminalLogger({ info: args.json ? process.stderr : process.stdout, debug }) },
    );
    // A suite that found nothing says where it looked, when its config says (a glob that matches no file).
    const whyEmpty = (name: string): string | undefined => {
      const suite = result.config.suites.find((s) => s.name === name);
      return suite && emptyDiscoveryReason(suite, path.resolve(suite.workingDirectory));
    };
    const output = args.json
      ? JSON.stringify(
          {
            plan: result.plan,
            matrix: result.matrix,
            shardCount: result.shardCount,
            ...(result.reason && { reason: result.reason }),
          },
          null,
          2,
        )
      : `\n${planText(result, whyEmpty)}`;
    process.stdout.write(`${output}\n`);
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export const planCommand: Command = {
  name: 'plan',
  usage: USAGE,
  run: (args, options) => planDryRun(parsePlanArgs(args), options.debug),
};
