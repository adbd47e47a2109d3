import { checkAnnotationJson, checkRunJson } from './github-objects.js';
import {
  GitHubHttpError,
  notFound,
  numberParam,
  repositoryOf,
  timestamp,
  type HandlerContext,
  type ServedRoute,
} from './handler-kit.js';
import { paginate } from './pagination.js';
import type { CheckRunAnnotationRecord, CheckRunRecord, RepositoryState } from './state.js';

type JsonObject = Record<string, unknown>;

function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function annotationRecords(output: JsonObject | undefined): CheckRunAnnotationRecord[] {
  const annotations = (output?.annotations as JsonObject[] | undefined) ?? [];
  return annotations.map((annotation) => ({
    path: String(annotation.path),
    startLine: Number(annotation.start_line),
    endLine: Number(annotation.end_line),
    startColumn: optionalNumber(annotation.start_column),
    endColumn: optionalNumber(annotation.end_column),
    annotationLevel: annotation.annotation_level as CheckRunAnnotationRecord['annotationLevel'],
    message: String(annotation.message),
    title: optionalString(annotation.title),
    rawDetails: optionalString(annotation.raw_details),
  }));
}

// Only GitHub Apps (the GITHUB_TOKEN is one) may write check runs; a personal access token gets 403.
function requireAppToken(context: HandlerContext): void {
  if (context.tokenKind === 'user') throw new GitHubHttpError(403, 'You must authenticate via a GitHub App.');
}

/** Applies the members a create or update request sets, with GitHub's status/conclusion rules. */
function applyCheckRunChanges(context: HandlerContext, checkRun: CheckRunRecord): void {
  const body = context.body;
  if (typeof body.name === 'string') checkRun.name = body.name;
  if (typeof body.details_url === 'string') checkRun.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') checkRun.externalId = body.external_id;
  if (typeof body.started_at === 'string') checkRun.startedAt = body.started_at;
  if (typeof body.status === 'string') checkRun.status = body.status;
  if (typeof body.conclusion === 'string') {
    checkRun.conclusion = body.conclusion;
    checkRun.status = 'completed';
  }
  if (checkRun.status === 'completed') {
    if (checkRun.conclusion === null) {
      throw new GitHubHttpError(422, 'Invalid request.\n\n"conclusion" is required when "status" is "completed".');
    }
    checkRun.completedAt = typeof body.completed_at === 'string' ? body.completed_at : timestamp(context);
  }
  const output = body.output as JsonObject | undefined;
  if (output !== undefined) {
    checkRun.output = {
      title: optionalString(output.title) ?? checkRun.output.title,
      summary: optionalString(output.summary) ?? checkRun.output.summary,
      text: optionalString(output.text) ?? checkRun.output.text,
    };
    const annotations = annotationRecords(output);
    checkRun.annotations.push(...annotations);
    checkRun.annotationBatchSizes.push(annotations.length);
  }
}

function requireCheckRun(context: HandlerContext): { repository: RepositoryState; checkRun: CheckRunRecord } {
  const repository = repositoryOf(context);
  const checkRun = repository.checkRuns.get(numberParam(context, 'check_run_id'));
  if (checkRun === undefined) throw notFound();
  return { repository, checkRun };
}

/** A ref may be a SHA or a branch (`main`, `heads/main`): branches resolve through known PRs and runs. */
function shasForRef(repository: RepositoryState, ref: string): Set<string> {
  const branch = ref.replace(/^(refs\/)?heads\//, '');
  const shas = new Set<string>([ref]);
  for (const pull of repository.pullRequests.values()) if (pull.head.ref === branch) shas.add(pull.head.sha);
  for (const run of repository.workflowRuns.values()) if (run.headBranch === branch) shas.add(run.headSha);
  return shas;
}

export const checkRunRoutes: ServedRoute[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/check-runs',
    handler: (context) => {
      requireAppToken(context);
      const repository = repositoryOf(context);
      const checkRun: CheckRunRecord = {
        id: context.state.nextId(),
        name: String(context.body.name),
        headSha: String(context.body.head_sha),
        status: 'queued',
        conclusion: null,
        startedAt: timestamp(context),
        completedAt: null,
        externalId: null,
        detailsUrl: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        annotationBatchSizes: [],
        createdBy: context.actor,
      };
      applyCheckRunChanges(context, checkRun);
      repository.checkRuns.set(checkRun.id, checkRun);
      return { status: 201, body: checkRunJson(context.bases, repository.repository, checkRun) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    handler: (context) => {
      const { repository, checkRun } = requireCheckRun(context);
      return { status: 200, body: checkRunJson(context.bases, repository.repository, checkRun) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    handler: (context) => {
      requireAppToken(context);
      const { repository, checkRun } = requireCheckRun(context);
      const before = structuredClone(checkRun);
      try {
        applyCheckRunChanges(context, checkRun);
      } catch (error) {
        Object.assign(checkRun, before);
        throw error;
      }
      return { status: 200, body: checkRunJson(context.bases, repository.repository, checkRun) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    handler: (context) => {
      const { repository, checkRun } = requireCheckRun(context);
      const page = paginate(checkRun.annotations, context.requestUrl, context.query);
      return {
        status: 200,
        body: page.items.map((annotation) =>
          checkAnnotationJson(context.bases, repository.repository, checkRun.headSha, annotation),
        ),
        headers: page.link === undefined ? undefined : { link: page.link },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    multiSegmentParams: ['ref'],
    handler: (context) => {
      const repository = repositoryOf(context);
      const shas = shasForRef(repository, String(context.params.ref));
      const { check_name: checkName, status, filter = 'latest' } = context.query;
      let runs = [...repository.checkRuns.values()]
        .filter((run) => shas.has(run.headSha))
        .filter((run) => checkName === undefined || run.name === checkName)
        .filter((run) => status === undefined || run.status === status)
        .sort((a, b) => b.id - a.id);
      if (filter === 'latest') {
        const seen = new Set<string>();
        runs = runs.filter((run) => !seen.has(run.name) && seen.add(run.name) !== undefined);
      }
      const page = paginate(runs, context.requestUrl, context.query);
      return {
        status: 200,
        body: {
          total_count: runs.length,
          check_runs: page.items.map((run) => checkRunJson(context.bases, repository.repository, run)),
        },
        headers: page.link === undefined ? undefined : { link: page.link },
      };
    },
  },
];
