import { authenticatedUserJson, fullRepositoryJson, pullRequestJson, pullRequestSimpleJson } from './github-objects.js';
import {
  GitHubHttpError,
  notFound,
  numberParam,
  repositoryOf,
  type HandlerContext,
  type ServedRoute,
} from './handler-kit.js';
import { paginate } from './pagination.js';
import type { PullRequestRecord, RepositoryRecord, RepositoryState } from './state.js';

/** A fork PR's head lives in another repository; fall back to a record built from its name. */
function headRepositoryOf(context: HandlerContext, base: RepositoryState, pull: PullRequestRecord): RepositoryRecord {
  if (pull.head.repoFullName.toLowerCase() === base.repository.fullName.toLowerCase()) return base.repository;
  const [owner = '', name = ''] = pull.head.repoFullName.split('/');
  const known = context.state.repository(owner, name);
  if (known !== undefined) return known.repository;
  return {
    ...base.repository,
    id: base.repository.id + pull.id,
    owner: { login: owner, id: base.repository.owner.id + pull.id, type: 'User' },
    name,
    fullName: pull.head.repoFullName,
  };
}

function pullList(context: HandlerContext, repository: RepositoryState, pulls: PullRequestRecord[]) {
  const page = paginate(pulls, context.requestUrl, context.query);
  return {
    status: 200,
    body: page.items.map((pull) =>
      pullRequestSimpleJson(context.bases, repository.repository, headRepositoryOf(context, repository, pull), pull),
    ),
    headers: page.link === undefined ? undefined : { link: page.link },
  };
}

export const repositoryRoutes: ServedRoute[] = [
  {
    method: 'GET',
    path: '/user',
    handler: (context) => {
      // An installation token (the GITHUB_TOKEN) is not a user: GitHub answers 403 here.
      if (context.tokenKind !== 'user') throw new GitHubHttpError(403, 'Resource not accessible by integration');
      return { status: 200, body: authenticatedUserJson(context.bases, context.actor) };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    handler: (context) => ({ status: 200, body: fullRepositoryJson(context.bases, repositoryOf(context).repository) }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls',
    handler: (context) => {
      const repository = repositoryOf(context);
      const { state = 'open', head, base, direction } = context.query;
      const pulls = [...repository.pullRequests.values()]
        .filter((pull) => state === 'all' || pull.state === state)
        .filter((pull) => base === undefined || pull.base.ref === base)
        .filter((pull) => {
          if (head === undefined) return true;
          const [owner, ref] = String(head).split(':');
          return pull.head.ref === ref && pull.head.repoFullName.split('/')[0]?.toLowerCase() === owner?.toLowerCase();
        })
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      return pullList(context, repository, pulls);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler: (context) => {
      const repository = repositoryOf(context);
      const pull = repository.pullRequests.get(numberParam(context, 'pull_number'));
      if (pull === undefined) throw notFound();
      return {
        status: 200,
        body: pullRequestJson(context.bases, repository.repository, headRepositoryOf(context, repository, pull), pull),
      };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    handler: (context) => {
      const repository = repositoryOf(context);
      const sha = String(context.params.commit_sha);
      const pulls = [...repository.pullRequests.values()]
        .filter((pull) => pull.head.sha === sha)
        .sort((a, b) => b.number - a.number);
      return pullList(context, repository, pulls);
    },
  },
];
