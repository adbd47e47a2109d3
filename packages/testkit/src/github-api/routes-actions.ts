import { artifactJson, workflowRunJson } from './github-objects.js';
import {
  GitHubHttpError,
  notFound,
  numberParam,
  repositoryOf,
  type HandlerContext,
  type ServedRoute,
} from './handler-kit.js';
import { paginate } from './pagination.js';
import type { WorkflowArtifactRecord, RepositoryState } from './state.js';

function listArtifacts(context: HandlerContext, repository: RepositoryState, artifacts: WorkflowArtifactRecord[]) {
  const name = context.query.name;
  const matching = artifacts.filter((artifact) => name === undefined || artifact.name === name);
  if (context.query.direction === 'asc') matching.sort((a, b) => a.id - b.id);
  else matching.sort((a, b) => b.id - a.id);
  const page = paginate(matching, context.requestUrl, context.query);
  return {
    status: 200,
    body: {
      total_count: matching.length,
      artifacts: page.items.map((artifact) =>
        artifactJson(context.bases, repository.repository, repository.workflowRuns.get(artifact.runId), artifact),
      ),
    },
    headers: page.link === undefined ? undefined : { link: page.link },
  };
}

const CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out',
]);

export const actionsRoutes: ServedRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs',
    handler: (context) => {
      const repository = repositoryOf(context);
      const { branch, event, status, head_sha: headSha, actor } = context.query;
      const runs = [...repository.workflowRuns.values()]
        .filter((run) => branch === undefined || run.headBranch === branch)
        .filter((run) => event === undefined || run.event === event)
        .filter((run) => headSha === undefined || run.headSha === headSha)
        .filter((run) => actor === undefined || run.actor.login === actor)
        // `status` accepts a status (`in_progress`) or a conclusion (`success`), as on GitHub.
        .filter(
          (run) => status === undefined || (CONCLUSIONS.has(String(status)) ? run.conclusion : run.status) === status,
        )
        .sort((a, b) => b.id - a.id);
      const page = paginate(runs, context.requestUrl, context.query);
      return {
        status: 200,
        body: {
          total_count: runs.length,
          workflow_runs: page.items.map((run) => workflowRunJson(context.bases, repository.repository, run)),
        },
        headers: page.link === undefined ? undefined : { link: page.link },
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    handler: (context) => {
      const repository = repositoryOf(context);
      const run = repository.workflowRuns.get(numberParam(context, 'run_id'));
      if (run === undefined) throw notFound();
      return { status: 200, body: workflowRunJson(context.bases, repository.repository, run) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    handler: (context) => {
      const repository = repositoryOf(context);
      const runId = numberParam(context, 'run_id');
      if (!repository.workflowRuns.has(runId)) throw notFound();
      const artifacts = [...repository.artifacts.values()].filter((artifact) => artifact.runId === runId);
      return listArtifacts(context, repository, artifacts);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/artifacts',
    handler: (context) => {
      const repository = repositoryOf(context);
      return listArtifacts(context, repository, [...repository.artifacts.values()]);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
    handler: (context) => {
      const repository = repositoryOf(context);
      const artifact = repository.artifacts.get(numberParam(context, 'artifact_id'));
      if (artifact === undefined) throw notFound();
      return {
        status: 200,
        body: artifactJson(context.bases, repository.repository, repository.workflowRuns.get(artifact.runId), artifact),
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    handler: (context) => {
      const repository = repositoryOf(context);
      const artifact = repository.artifacts.get(numberParam(context, 'artifact_id'));
      // GitHub accepts only `zip` and answers anything else as an unknown route.
      if (artifact === undefined || context.params.archive_format !== 'zip') throw notFound();
      if (artifact.expired) {
        throw new GitHubHttpError(410, 'Artifact has expired', 'https://docs.github.com/rest/actions/artifacts');
      }
      if (context.artifactZipUrlFor === undefined) {
        throw new Error('No artifact service is attached to the GitHub stand-in: call attachArtifactService first');
      }
      return { status: 302, headers: { location: context.artifactZipUrlFor(artifact.id) } };
    },
  },
];
