// The sticky merge-request note: ONE note per report name on a GitLab merge request, authored by the
// token's user and found by its marker line, edited in place on every run.
import { carriesDigest, carriesMarker, stickyCommentBody, type CommentMode } from '@testpipe/core';
import type { GitLabApi } from './gitlab-api.js';

/** GitLab refuses longer notes. */
export const GITLAB_NOTE_LIMIT_CHARS = 1_000_000;
/** The notes read at most (100 per page): a merge request with more is refused rather than given a duplicate. */
const MAX_NOTE_PAGES = 100;
const NOTES_ROUTE = '/projects/:id/merge_requests/:iid/notes';

export interface MergeRequestTarget {
  /** CI_PROJECT_ID (numeric) or the project's path (`group/project`); encoded here. */
  projectId: string;
  mergeRequestIid: number;
  /** `commentMarker(reportName)`: the note's first line. */
  marker: string;
}

export interface NoteUpsertOptions {
  mode?: CommentMode;
  /** A digest of what matters in the body: our note carrying the same digest is left alone. */
  digest?: string;
  /** When false, only an existing note is updated (`on-failure` on a passing run). */
  createIfMissing?: boolean;
  /** The token's user id when already known (saves `GET /user`). */
  userId?: number;
}

export interface NoteUpsertResult {
  action: 'created' | 'updated' | 'unchanged' | 'recreated' | 'skipped';
  noteId?: number;
}

interface ListedNote {
  id: number;
  body?: string;
  system?: boolean;
  author?: { id: number; username?: string } | null;
}

function notesPath(target: MergeRequestTarget): string {
  return `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequestIid}/notes`;
}

function subjectOf(target: MergeRequestTarget): string {
  return `merge request !${target.mergeRequestIid} of project ${target.projectId}`;
}

/** The id of the user the token acts as: only notes it authored are ever edited. */
export async function gitlabTokenUserId(api: GitLabApi): Promise<number> {
  const { data } = await api.request<{ id: number }>({
    method: 'GET',
    path: '/user',
    route: '/user',
    subject: 'the token user',
  });
  return data.id;
}

/** Every user note of the merge request, oldest first, following `X-Next-Page`. */
async function listNotes(api: GitLabApi, target: MergeRequestTarget): Promise<ListedNote[]> {
  const notes: ListedNote[] = [];
  let page = '';
  for (let pages = 0; ; pages++) {
    if (pages === MAX_NOTE_PAGES) {
      throw new Error(
        `${subjectOf(target)} has more than ${MAX_NOTE_PAGES * 100} notes; testpipe did not read them all, so it posted none.`,
      );
    }
    const { data, headers } = await api.request<ListedNote[]>({
      method: 'GET',
      path: `${notesPath(target)}?per_page=100&sort=asc${page ? `&page=${page}` : ''}`,
      route: NOTES_ROUTE,
      subject: subjectOf(target),
    });
    if (!Array.isArray(data))
      throw new Error(`GitLab listed the notes of ${subjectOf(target)} as something other than a list.`);
    notes.push(...data);
    page = headers.get('x-next-page')?.trim() ?? '';
    if (!/^\d+$/.test(page)) return notes.filter((note) => note.system !== true);
  }
}

async function findOurNotes(api: GitLabApi, target: MergeRequestTarget, userId: number): Promise<ListedNote[]> {
  const notes = await listNotes(api, target);
  return notes
    .filter((note) => note.author?.id === userId && carriesMarker(note.body, target.marker))
    .sort((a, b) => a.id - b.id);
}

async function writeNote(
  api: GitLabApi,
  target: MergeRequestTarget,
  body: string,
  noteId?: number,
): Promise<ListedNote> {
  const { data } = await api.request<ListedNote>({
    method: noteId === undefined ? 'POST' : 'PUT',
    path: noteId === undefined ? notesPath(target) : `${notesPath(target)}/${noteId}`,
    route: noteId === undefined ? NOTES_ROUTE : `${NOTES_ROUTE}/:note_id`,
    subject: subjectOf(target),
    body: { body },
  });
  return data;
}

async function deleteNotes(api: GitLabApi, target: MergeRequestTarget, notes: ListedNote[]): Promise<void> {
  for (const note of notes) {
    await api.request({
      method: 'DELETE',
      path: `${notesPath(target)}/${note.id}`,
      route: `${NOTES_ROUTE}/:note_id`,
      subject: subjectOf(target),
    });
  }
}

/**
 * Creates or updates the ONE note carrying `target.marker` on a merge request, authored by the token's
 * user. `update` (and `hide-previous`: GitLab cannot collapse a note) edits the oldest of ours and
 * removes any others a concurrent job left; `recreate` removes ours and posts a new one at the bottom.
 */
export async function upsertMergeRequestNote(
  api: GitLabApi,
  target: MergeRequestTarget,
  body: string,
  options: NoteUpsertOptions = {},
): Promise<NoteUpsertResult> {
  const fullBody = stickyCommentBody(target.marker, body, options.digest);
  if (fullBody.length > GITLAB_NOTE_LIMIT_CHARS) {
    throw new Error(`The note has ${fullBody.length} characters; GitLab accepts at most ${GITLAB_NOTE_LIMIT_CHARS}.`);
  }
  const userId = options.userId ?? (await gitlabTokenUserId(api));
  const ours = await findOurNotes(api, target, userId);
  const newest = ours[ours.length - 1];
  if (newest && carriesDigest(newest.body, options.digest)) {
    return { action: 'unchanged', noteId: newest.id };
  }
  if (ours.length === 0) {
    if (options.createIfMissing === false) return { action: 'skipped' };
    return { action: 'created', noteId: (await writeNote(api, target, fullBody)).id };
  }
  if (options.mode === 'recreate') {
    await deleteNotes(api, target, ours);
    return { action: 'recreated', noteId: (await writeNote(api, target, fullBody)).id };
  }
  const [keep, ...extra] = ours as [ListedNote, ...ListedNote[]];
  await deleteNotes(api, target, extra);
  if (keep.body === fullBody) return { action: 'unchanged', noteId: keep.id };
  return { action: 'updated', noteId: (await writeNote(api, target, fullBody, keep.id)).id };
}
