import type { GitHubClient } from './octokit.js';

import { carriesDigest, carriesMarker, stickyCommentBody, type CommentMode } from '@testpipe/core';

// The marker lives in core, shared with the GitLab note: re-exported here for existing importers.
export { commentMarker } from '@testpipe/core';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Distinguishes several reports on one PR: one comment per marker. */
  marker: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'recreated' | 'skipped';
  commentId?: number;
  url?: string;
}

export interface StickyCommentOptions {
  mode?: CommentMode;
  /** The token's login when already known (saves the identity call). */
  login?: string;
  /** A digest of what matters in the body: an existing comment with the same digest is left alone. */
  digest?: string;
  /** When false, only an existing comment is updated (e.g. `comment: on-failure` on a passing run). */
  createIfMissing?: boolean;
}

interface ListedComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

/**
 * The login that comments made with this token are authored by. The default GITHUB_TOKEN is an
 * installation token: GET /user is forbidden for it, but GraphQL `viewer` answers for every kind of token.
 */
export async function tokenIdentity(octokit: GitHubClient): Promise<string> {
  const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
  return viewer.login;
}

async function findOurComments(octokit: GitHubClient, target: StickyCommentTarget, login: string) {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) as ListedComment[];
  return comments
    .filter((c) => c.user?.login === login && carriesMarker(c.body, target.marker))
    .sort((a, b) => a.id - b.id);
}

/**
 * Creates or updates the ONE comment carrying `target.marker` on a PR, authored by the token's identity.
 * Race-safe: after creating, it re-reads and removes the others. When two jobs created at once, `update`
 * keeps the oldest comment (carrying the latest body into it) and `recreate` keeps the newest.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: StickyCommentTarget,
  body: string,
  options: StickyCommentOptions = {},
): Promise<StickyCommentResult> {
  const mode = options.mode ?? 'update';
  const identity = options.login ?? (await tokenIdentity(octokit));
  const fullBody = stickyCommentBody(target.marker, body, options.digest);
  const { owner, repo, issueNumber } = target;
  const existing = await findOurComments(octokit, target, identity);
  const newest = existing[existing.length - 1];
  if (newest && carriesDigest(newest.body, options.digest)) {
    return { action: 'unchanged', commentId: newest.id, url: newest.html_url };
  }
  if (existing.length === 0 && options.createIfMissing === false) return { action: 'skipped' };

  if (mode === 'update' && existing.length > 0) {
    const [keep, ...extra] = existing as [ListedComment, ...ListedComment[]];
    await deleteComments(octokit, target, extra);
    if (keep.body === fullBody) return { action: 'unchanged', commentId: keep.id, url: keep.html_url };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: fullBody });
    return { action: 'updated', commentId: data.id, url: data.html_url };
  }
  if (mode === 'recreate') await deleteComments(octokit, target, existing);
  if (mode === 'hide-previous') await hideComments(octokit, existing);

  const { data: created } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: fullBody,
  });
  const action = existing.length > 0 ? 'recreated' : 'created';
  if (mode === 'hide-previous') return { action, commentId: created.id, url: created.html_url };

  const after = await findOurComments(octokit, target, identity);
  if (mode === 'recreate') {
    // The newest comment's job re-reads after every other one was created, so it removes them all.
    const newest = after.reduce<ListedComment>((a, b) => (b.id > a.id ? b : a), created as ListedComment);
    await deleteComments(
      octokit,
      target,
      after.filter((c) => c.id !== newest.id),
    );
    return { action, commentId: newest.id, url: newest.html_url };
  }
  // Another job may have created its comment at the same moment: keep the oldest, carry our body into it.
  const survivor = after[0];
  if (!survivor || survivor.id === created.id) {
    await deleteComments(octokit, target, after.slice(1));
    return { action, commentId: created.id, url: created.html_url };
  }
  await deleteComments(
    octokit,
    target,
    after.filter((c) => c.id !== survivor.id),
  );
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: survivor.id, body: fullBody });
  return { action: 'updated', commentId: data.id, url: data.html_url };
}

async function deleteComments(octokit: GitHubClient, target: StickyCommentTarget, comments: ListedComment[]) {
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
    } catch (error) {
      // Already deleted by the concurrent job that raced with us.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
}

async function hideComments(octokit: GitHubClient, comments: ListedComment[]) {
  for (const comment of comments) {
    await octokit.graphql(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { clientMutationId } }',
      { id: comment.node_id },
    );
  }
}
