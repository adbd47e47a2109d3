import { issueCommentJson } from './github-objects.js';
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
import type { IssueCommentRecord, RepositoryState } from './state.js';

const COMMENT_BODY_LIMIT = 65_536;

function requireIssue(repository: RepositoryState, issueNumber: number): void {
  if (!repository.pullRequests.has(issueNumber) && !repository.issueNumbers.has(issueNumber)) throw notFound();
}

function requireComment(context: HandlerContext): { repository: RepositoryState; comment: IssueCommentRecord } {
  const repository = repositoryOf(context);
  const comment = repository.comments.get(numberParam(context, 'comment_id'));
  if (comment === undefined) throw notFound();
  return { repository, comment };
}

// GitHub refuses bodies of 65,536 characters or more with this 422.
function checkBodySize(body: string): void {
  if (body.length >= COMMENT_BODY_LIMIT) {
    throw new GitHubHttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
  }
}

export const issueCommentRoutes: ServedRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler: (context) => {
      const repository = repositoryOf(context);
      const issueNumber = numberParam(context, 'issue_number');
      requireIssue(repository, issueNumber);
      const since = typeof context.query.since === 'string' ? context.query.since : undefined;
      const comments = context.state
        .commentsOn(repository.repository.fullName, issueNumber)
        .filter((comment) => since === undefined || comment.updatedAt >= since);
      const page = paginate(comments, context.requestUrl, context.query);
      return {
        status: 200,
        body: page.items.map((comment) => issueCommentJson(context.bases, repository.repository, comment)),
        headers: page.link === undefined ? undefined : { link: page.link },
      };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler: (context) => {
      const repository = repositoryOf(context);
      const issueNumber = numberParam(context, 'issue_number');
      requireIssue(repository, issueNumber);
      const body = String(context.body.body);
      checkBodySize(body);
      const now = timestamp(context);
      const comment: IssueCommentRecord = {
        id: context.state.nextId(),
        issueNumber,
        body,
        user: context.actor,
        createdAt: now,
        updatedAt: now,
      };
      repository.comments.set(comment.id, comment);
      const json = issueCommentJson(context.bases, repository.repository, comment);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (context) => {
      const { repository, comment } = requireComment(context);
      return { status: 200, body: issueCommentJson(context.bases, repository.repository, comment) };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (context) => {
      const { repository, comment } = requireComment(context);
      const body = String(context.body.body);
      checkBodySize(body);
      comment.body = body;
      comment.updatedAt = timestamp(context);
      return { status: 200, body: issueCommentJson(context.bases, repository.repository, comment) };
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handler: (context) => {
      const { repository, comment } = requireComment(context);
      repository.comments.delete(comment.id);
      return { status: 204 };
    },
  },
];
