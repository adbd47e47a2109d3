export const id = 878;
export const ids = [878];
export const modules = {

/***/ 9878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_REQUEST: () => (/* reexport */ ANNOTATIONS_PER_REQUEST),
  DEFAULT_RETRY_POLICY: () => (/* reexport */ DEFAULT_RETRY_POLICY),
  GitHubRateLimitError: () => (/* reexport */ GitHubRateLimitError),
  MAX_BASE_RUNS_INSPECTED: () => (/* reexport */ MAX_BASE_RUNS_INSPECTED),
  actionsLogger: () => (/* reexport */ actionsLogger),
  commentMarker: () => (/* reexport */ src/* commentMarker */.Ql),
  createArtifactStore: () => (/* reexport */ createArtifactStore),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  createGitHubCodeHost: () => (/* reexport */ createGitHubCodeHost),
  describeRequestCounter: () => (/* reexport */ describeRequestCounter),
  findBaseReport: () => (/* reexport */ findBaseReport),
  findPullRequestForRun: () => (/* reexport */ findPullRequestForRun),
  lazyGitHubClient: () => (/* reexport */ lazyGitHubClient),
  memoryStateProvider: () => (/* reexport */ memoryStateProvider),
  publishCheckRun: () => (/* reexport */ publishCheckRun),
  readBooleanInput: () => (/* reexport */ inputs/* readBooleanInput */.z1),
  readDurationInput: () => (/* reexport */ inputs/* readDurationInput */.zG),
  readEnumInput: () => (/* reexport */ inputs/* readEnumInput */.Uf),
  readIntegerInput: () => (/* reexport */ inputs/* readIntegerInput */.Z9),
  readListInput: () => (/* reexport */ inputs/* readListInput */.fq),
  readNumberInput: () => (/* reexport */ inputs/* readNumberInput */.SO),
  readOptionalInput: () => (/* reexport */ inputs/* readOptionalInput */.Xc),
  readRequiredInput: () => (/* reexport */ inputs/* readRequiredInput */.MH),
  readRunContext: () => (/* reexport */ readRunContext),
  readSecretInput: () => (/* reexport */ inputs/* readSecretInput */.NL),
  runnerStateProvider: () => (/* reexport */ runnerStateProvider),
  splitRepository: () => (/* reexport */ splitRepository),
  tokenIdentity: () => (/* reexport */ tokenIdentity),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment)
});

// EXTERNAL MODULE: ./packages/github/src/inputs.ts + 1 modules
var inputs = __webpack_require__(25541);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./packages/github/src/state-provider.ts
// Main and post steps share what the post step needs (what to tear down, where) through a StateProvider:
// the runner's GITHUB_STATE (saveState in main, STATE_* in post), or a null variant for a standalone run.

/** The runner's state: main's saveState reaches post as STATE_<name>. */
const runnerStateProvider = {
    save: (name, value) => core.saveState(name, JSON.stringify(value)),
    read(name) {
        const value = core.getState(name);
        if (value === '')
            return undefined;
        try {
            return JSON.parse(value);
        }
        catch {
            return undefined;
        }
    },
};
/** For a step without a post step, or the CLI: saves in memory, so one process can still read it back. */
function memoryStateProvider() {
    const saved = new Map();
    return {
        save: (name, value) => void saved.set(name, JSON.stringify(value)),
        read: (name) => {
            const value = saved.get(name);
            return value === undefined ? undefined : JSON.parse(value);
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/src/logger.ts

/** The Logger port bound to the runner's log: warnings and errors become annotations, groups fold. */
const actionsLogger = {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (name, body) => core.group(name, body),
};

// EXTERNAL MODULE: ./packages/core/src/index.ts + 140 modules
var src = __webpack_require__(35423);
;// CONCATENATED MODULE: ./packages/github/src/request-retry.ts
// How every GitHub request is retried, one policy for the whole client: 5xx with a growing back-off,
// rate limits as GitHub's REST documentation says ("Rate limits for the REST API": wait `retry-after`
// seconds; with `x-ratelimit-remaining: 0` wait until `x-ratelimit-reset`; otherwise wait at least a
// minute, longer on each repeat; give up after a bounded number of retries). Every wait goes through
// the Clock port, so tests wait for nothing.

const DEFAULT_RETRY_POLICY = {
    maxRetries: 4,
    maxRateLimitWaitMs: 10 * 60_000,
    writeIntervalMs: 1000,
};
/** GitHub's floor for a secondary rate limit that names no wait. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
/** A request GitHub kept rate-limiting after every wait it asked for: the step says so, never "forbidden". */
class GitHubRateLimitError extends Error {
    status;
    response;
    constructor(cause, detail) {
        super(`GitHub rate limit: ${detail} (${cause.message})`);
        this.name = 'GitHubRateLimitError';
        this.status = cause.status ?? 429;
        this.response = cause.response;
    }
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** How long GitHub asks us to wait before retry number `repeat + 1` of a rate-limited request. */
function rateLimitWaitMs(error, repeat, nowMs) {
    const retryAfter = Number(header(error, 'retry-after'));
    if (header(error, 'retry-after') !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return retryAfter * 1000 * 2 ** repeat;
    }
    const reset = Number(header(error, 'x-ratelimit-reset'));
    if (header(error, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset)) {
        // One second past the reset, so the retry lands after it.
        return Math.max(0, reset * 1000 - nowMs) + 1000;
    }
    return SECONDARY_LIMIT_WAIT_MS * 2 ** repeat;
}
function isServerError(error) {
    return (error.status ?? 0) >= 500;
}
function isWrite(options) {
    const method = (options.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD')
        return false;
    if (!(options.url ?? '').endsWith('/graphql'))
        return true;
    return /^\s*mutation\b/.test(typeof options.query === 'string' ? options.query : '');
}
/** A GraphQL answer of 200 whose errors say RATE_LIMITED, as a rate-limit error. */
function graphqlRateLimit(response) {
    const errors = response.data?.errors;
    const limited = errors?.find((error) => error.type === 'RATE_LIMITED');
    return limited ? { status: 429, message: limited.message ?? 'GraphQL rate limit', response } : undefined;
}
function seconds(ms) {
    return `${Math.ceil(ms / 1000)} s`;
}
/**
 * Wraps a client's request function with the policy. One instance per client: the rate-limit budget,
 * the pause a rate limit imposes on every request, and the write pacing are shared by its requests.
 */
function retryingRequest(policy, clock, log) {
    let pausedUntil = 0;
    let nextWriteAt = 0;
    let rateLimitWaitedMs = 0;
    async function waitForTurn(options) {
        let until = pausedUntil;
        if (isWrite(options)) {
            until = Math.max(until, nextWriteAt);
            nextWriteAt = Math.max(clock.now(), until) + policy.writeIntervalMs;
        }
        const wait = until - clock.now();
        if (wait > 0)
            await clock.sleep(wait);
    }
    return async (request, options) => {
        const route = `${options.method ?? 'GET'} ${options.url ?? ''}`;
        let rateLimitRepeats = 0;
        for (let retry = 0;; retry++) {
            await waitForTurn(options);
            let error;
            try {
                const response = await request(options);
                const limited = graphqlRateLimit(response);
                if (!limited)
                    return response;
                error = limited;
            }
            catch (thrown) {
                error = thrown;
            }
            const again = retry < policy.maxRetries;
            if ((0,src/* isRateLimited */.aX)(error)) {
                const wait = rateLimitWaitMs(error, rateLimitRepeats++, clock.now());
                const budgetLeft = policy.maxRateLimitWaitMs - rateLimitWaitedMs;
                if (!again) {
                    throw new GitHubRateLimitError(error, `${route} was still limited after ${policy.maxRetries} retries`);
                }
                if (wait > budgetLeft) {
                    throw new GitHubRateLimitError(error, `${route} asks to wait ${seconds(wait)}, more than the ${seconds(budgetLeft)} left of this step's rate-limit allowance`);
                }
                log?.warning(`GitHub rate limit on ${route}; retrying in ${seconds(wait)} (retry ${retry + 1} of ${policy.maxRetries}).`);
                rateLimitWaitedMs += wait;
                pausedUntil = Math.max(pausedUntil, clock.now() + wait);
                continue;
            }
            if (!isServerError(error) || !again)
                throw error;
            const wait = (retry + 1) ** 2 * 1000;
            log?.debug(`GitHub answered ${error.status} on ${route}; retrying in ${seconds(wait)}.`);
            await clock.sleep(wait);
        }
    };
}

;// CONCATENATED MODULE: ./packages/github/src/octokit.ts


/**
 * An Octokit that retries 5xx and waits out rate limits as GitHub asks (request-retry.ts), counting
 * every request it sends, retries included. Octokit is loaded here, on first use, so a step that never
 * calls the API never pays for loading it.
 */
async function createGitHubClient(token, options = {}) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const log = options.log;
    const counter = { total: 0, byRoute: new Map() };
    // Counted at the fetch level so that every retry is counted too.
    const countingFetch = (input, init) => {
        const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        const route = `${init?.method ?? 'GET'} ${url.pathname}`;
        counter.total += 1;
        counter.byRoute.set(route, (counter.byRoute.get(route) ?? 0) + 1);
        log?.debug(`GitHub API call ${counter.total}: ${route}`);
        return fetch(input, init);
    };
    const octokit = getOctokit(token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        request: { fetch: countingFetch },
    });
    const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const retrying = retryingRequest(policy, options.clock ?? src/* systemClock */.VZ, log);
    octokit.hook.wrap('request', (request, requestOptions) => retrying(request, requestOptions));
    return { octokit, counter };
}
/** "GitHub API calls: 3 (GET /repos/o/r/issues/1/comments ×1, ...)" for the debug log. */
function describeRequestCounter(counter) {
    return `GitHub API calls: ${counter.total} (${[...counter.byRoute].map(([route, n]) => `${route} ×${n}`).join(', ')})`;
}

;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts

// The marker lives in core, shared with the GitLab note: re-exported here for existing importers.

/**
 * The login that comments made with this token are authored by. The default GITHUB_TOKEN is an
 * installation token: GET /user is forbidden for it, but GraphQL `viewer` answers for every kind of token.
 */
async function tokenIdentity(octokit) {
    const { viewer } = await octokit.graphql('query { viewer { login } }');
    return viewer.login;
}
async function findOurComments(octokit, target, login) {
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    }));
    return comments
        .filter((c) => c.user?.login === login && (0,src/* carriesMarker */.GN)(c.body, target.marker))
        .sort((a, b) => a.id - b.id);
}
/**
 * Creates or updates the ONE comment carrying `target.marker` on a PR, authored by the token's identity.
 * Race-safe: after creating, it re-reads and removes the others. When two jobs created at once, `update`
 * keeps the oldest comment (carrying the latest body into it) and `recreate` keeps the newest.
 */
async function upsertStickyComment(octokit, target, body, options = {}) {
    const mode = options.mode ?? 'update';
    const identity = options.login ?? (await tokenIdentity(octokit));
    const fullBody = (0,src/* stickyCommentBody */.XY)(target.marker, body, options.digest);
    const { owner, repo, issueNumber } = target;
    const existing = await findOurComments(octokit, target, identity);
    const newest = existing[existing.length - 1];
    if (newest && (0,src/* carriesDigest */.UH)(newest.body, options.digest)) {
        return { action: 'unchanged', commentId: newest.id, url: newest.html_url };
    }
    if (existing.length === 0 && options.createIfMissing === false)
        return { action: 'skipped' };
    if (mode === 'update' && existing.length > 0) {
        const [keep, ...extra] = existing;
        await deleteComments(octokit, target, extra);
        if (keep.body === fullBody)
            return { action: 'unchanged', commentId: keep.id, url: keep.html_url };
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: fullBody });
        return { action: 'updated', commentId: data.id, url: data.html_url };
    }
    if (mode === 'recreate')
        await deleteComments(octokit, target, existing);
    if (mode === 'hide-previous')
        await hideComments(octokit, existing);
    const { data: created } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body: fullBody,
    });
    const action = existing.length > 0 ? 'recreated' : 'created';
    if (mode === 'hide-previous')
        return { action, commentId: created.id, url: created.html_url };
    const after = await findOurComments(octokit, target, identity);
    if (mode === 'recreate') {
        // The newest comment's job re-reads after every other one was created, so it removes them all.
        const newest = after.reduce((a, b) => (b.id > a.id ? b : a), created);
        await deleteComments(octokit, target, after.filter((c) => c.id !== newest.id));
        return { action, commentId: newest.id, url: newest.html_url };
    }
    // Another job may have created its comment at the same moment: keep the oldest, carry our body into it.
    const survivor = after[0];
    if (!survivor || survivor.id === created.id) {
        await deleteComments(octokit, target, after.slice(1));
        return { action, commentId: created.id, url: created.html_url };
    }
    await deleteComments(octokit, target, after.filter((c) => c.id !== survivor.id));
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: survivor.id, body: fullBody });
    return { action: 'updated', commentId: data.id, url: data.html_url };
}
async function deleteComments(octokit, target, comments) {
    for (const comment of comments) {
        try {
            await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
        }
        catch (error) {
            // Already deleted by the concurrent job that raced with us.
            if (error.status !== 404)
                throw error;
        }
    }
}
async function hideComments(octokit, comments) {
    for (const comment of comments) {
        await octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { clientMutationId } }', { id: comment.node_id });
    }
}

;// CONCATENATED MODULE: ./packages/github/src/check-run.ts

/** GitHub accepts at most 50 annotations per create/update request; more are appended by updates. */
const ANNOTATIONS_PER_REQUEST = 50;
const MAX_TEXT = 65_535;
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function normaliseAnnotation(annotation) {
    return {
        ...annotation,
        message: clip(annotation.message || 'failed', MAX_TEXT),
        title: annotation.title === undefined ? undefined : clip(annotation.title, 255),
        raw_details: annotation.raw_details === undefined ? undefined : clip(annotation.raw_details, MAX_TEXT),
    };
}
/** Creates a completed check run and delivers its annotations, 50 per request, saying which batches failed. */
async function publishCheckRun(octokit, request) {
    const annotations = request.annotations.map(normaliseAnnotation);
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (batch) => ({
        title: clip(request.title, 255),
        summary: clip(request.summary, MAX_TEXT),
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const { data } = await octokit.rest.checks.create({
        owner: request.owner,
        repo: request.repo,
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
        output: output(batches[0]),
    });
    // The run exists from here on: a failing batch is reported, never a lost check run.
    let annotationsSent = batches[0]?.length ?? 0;
    const failedBatches = [];
    let firstFailure;
    for (const [index, batch] of batches.entries()) {
        if (index === 0)
            continue;
        // After GitHub gave up on a rate limit, more requests would only be limited too.
        if (firstFailure !== undefined && (0,src/* isRateLimited */.aX)(firstFailure)) {
            failedBatches.push(index + 1);
            continue;
        }
        try {
            await octokit.rest.checks.update({
                owner: request.owner,
                repo: request.repo,
                check_run_id: data.id,
                output: output(batch),
            });
            annotationsSent += batch.length;
        }
        catch (error) {
            failedBatches.push(index + 1);
            firstFailure ??= error;
        }
    }
    return {
        id: data.id,
        url: data.html_url ?? '',
        annotationsSent,
        requests: Math.max(1, batches.length),
        ...(failedBatches.length > 0 && {
            undelivered: {
                annotationsDelivered: annotationsSent,
                annotationsTotal: annotations.length,
                failedBatches,
                reason: firstFailure instanceof Error ? firstFailure.message : String(firstFailure),
            },
        }),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/github/src/artifact-store.ts
// The one @actions/artifact client of testpipe: the ArtifactStore port bound to GitHub's artifact service.
// @actions/artifact is ESM-only and heavy, so it is loaded on the first call that needs it.


/** Splits `owner/name`, the form GITHUB_REPOSITORY and the inputs use. */
function splitRepository(repository) {
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new Error(`A repository is "owner/name", got "${repository}"`);
    return { owner, repo };
}
async function artifactClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 90956));
    return new DefaultArtifactClient();
}
/** How @actions/artifact is told to read another run of the repository. */
function findBy(options, runId) {
    if (runId === undefined)
        return undefined;
    const { owner, repo } = splitRepository(options.repository);
    return { token: options.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo };
}
async function filesUnder(directory) {
    return (await (0,promises_.readdir)(directory, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => external_node_path_default().join(entry.parentPath, entry.name));
}
function createArtifactStore(options) {
    return {
        async downloadFromThisRun(name, directory) {
            const { DefaultArtifactClient, ArtifactNotFoundError } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 90956));
            const client = new DefaultArtifactClient();
            try {
                const { artifact } = await client.getArtifact(name);
                const { downloadPath } = await client.downloadArtifact(artifact.id, { path: directory });
                return downloadPath ?? directory;
            }
            catch (error) {
                if (error instanceof ArtifactNotFoundError)
                    return undefined;
                throw error;
            }
        },
        async downloadLatest(name, directory) {
            if (!options.octokit)
                throw new Error('Reading artifacts of earlier runs needs a GitHub token.');
            const octokit = await options.octokit();
            const repository = splitRepository(options.repository);
            const { data } = await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 20 });
            const newest = data.artifacts
                .filter((artifact) => !artifact.expired && artifact.workflow_run?.id)
                .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)[0];
            const runId = newest?.workflow_run?.id;
            if (!newest || !runId)
                return undefined;
            const client = await artifactClient();
            const { downloadPath } = await client.downloadArtifact(newest.id, {
                path: directory,
                findBy: findBy(options, runId),
            });
            return { runId, path: downloadPath ?? directory };
        },
        async uploadDirectory(name, directory, upload = {}) {
            const client = await artifactClient();
            const { id } = await client.uploadArtifact(name, await filesUnder(directory), upload.root ?? directory, upload.retentionDays ? { retentionDays: upload.retentionDays } : {});
            return id ?? 0;
        },
        async list(runId) {
            const client = await artifactClient();
            const by = findBy(options, runId);
            const { artifacts } = await client.listArtifacts(by === undefined ? { latest: true } : { latest: true, findBy: by });
            return artifacts.map((artifact) => ({ name: artifact.name, id: artifact.id }));
        },
        async download(id, directory, runId) {
            const client = await artifactClient();
            const by = findBy(options, runId);
            await client.downloadArtifact(id, by === undefined ? { path: directory } : { path: directory, findBy: by });
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/src/find-base-report.ts




/** How many of the newest runs on the base branch are asked for the report artifact. */
const MAX_BASE_RUNS_INSPECTED = 10;
/**
 * Conclusions of runs whose report is whole: a failed run still uploaded its report (tests failed);
 * a cancelled or timed-out one may have stopped halfway.
 */
const REPORTING_CONCLUSIONS = new Set(['success', 'failure', 'neutral']);
async function candidateRuns(octokit, input) {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
        owner: input.owner,
        repo: input.repo,
        branch: input.branch,
        status: 'completed',
        per_page: 50,
    });
    return (data.workflow_runs
        .filter((run) => run.id !== input.excludeRunId && REPORTING_CONCLUSIONS.has(run.conclusion ?? ''))
        .map((run) => ({ id: run.id, event: run.event, createdAt: run.created_at }))
        // Pushes first (what the branch is), then scheduled or manual runs; newest first within each.
        .sort((a, b) => Number(b.event === 'push') - Number(a.event === 'push') ||
        b.createdAt.localeCompare(a.createdAt) ||
        b.id - a.id)
        .slice(0, MAX_BASE_RUNS_INSPECTED));
}
/**
 * Finds the report of the newest completed run on the base branch that still has an unexpired
 * report artifact, downloads it and returns its ctrf-report.json; otherwise says why there is none.
 */
async function findBaseReport(octokit, input) {
    const where = `${input.owner}/${input.repo}@${input.branch}`;
    let runs;
    try {
        runs = await candidateRuns(octokit, input);
    }
    catch (error) {
        return { unavailable: `the workflow runs of ${where} could not be listed: ${error.message}` };
    }
    if (runs.length === 0)
        return { unavailable: `no completed workflow run on ${where}` };
    let found;
    try {
        found = await newestReportArtifact(octokit, input, runs);
    }
    catch (error) {
        return { unavailable: `the artifacts of ${where} could not be listed: ${error.message}` };
    }
    if ('artifactId' in found)
        return downloadBaseReport(input, found.runId, found.artifactId);
    return {
        unavailable: found.expiredIn === undefined
            ? `none of the ${runs.length} latest completed runs on ${where} has a "${input.artifactName}" artifact`
            : `the "${input.artifactName}" artifact of run ${found.expiredIn} on ${where} has expired, and no newer run has one`,
    };
}
/** The first run (in the given order) with an unexpired report artifact, or the newest run whose one expired. */
async function newestReportArtifact(octokit, input, runs) {
    let expiredIn;
    for (const run of runs) {
        const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
            owner: input.owner,
            repo: input.repo,
            run_id: run.id,
            name: input.artifactName,
        });
        const named = data.artifacts.filter((artifact) => artifact.name === input.artifactName);
        const artifact = named.find((candidate) => !candidate.expired);
        if (artifact !== undefined)
            return { runId: run.id, artifactId: artifact.id };
        if (named.length > 0)
            expiredIn ??= run.id;
    }
    return { expiredIn };
}
async function downloadBaseReport(input, runId, artifactId) {
    const directory = external_node_path_default().join(input.downloadDir, `base-report-${runId}`);
    try {
        await (0,promises_.mkdir)(directory, { recursive: true });
        await createArtifactStore({ token: input.token, repository: `${input.owner}/${input.repo}` }).download(artifactId, directory, runId);
    }
    catch (error) {
        return {
            unavailable: `the "${input.artifactName}" artifact of run ${runId} could not be downloaded: ${error.message}`,
        };
    }
    const { paths } = await (0,src/* expandReportPaths */.bJ)(['.'], { cwd: directory });
    const found = paths.find((file) => external_node_path_default().basename(file) === src/* CTRF_REPORT_FILE */.Ke);
    const ctrfPath = found === undefined ? undefined : external_node_path_default().resolve(directory, found);
    if (ctrfPath === undefined) {
        return { unavailable: `the "${input.artifactName}" artifact of run ${runId} holds no ${src/* CTRF_REPORT_FILE */.Ke}` };
    }
    return { runId, artifactId, ctrfPath };
}

;// CONCATENATED MODULE: ./packages/github/src/find-pull-request.ts
/**
 * The pull request a workflow run tested, for the workflow_run companion that comments on fork
 * PRs. A fork PR's run has an empty `pull_requests`, so the head commit's PRs and then the open
 * PRs from its head branch are asked in turn.
 */
async function findPullRequestForRun(octokit, location) {
    const { owner, repo, runId } = location;
    const { data: run } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
    // `pull_requests` can list PRs of another repository (a run in a fork): keep this repository's.
    const own = (run.pull_requests ?? []).find((pull) => pull.base.repo.id === run.repository.id);
    if (own !== undefined)
        return { number: own.number, baseRef: own.base.ref, foundBy: 'run' };
    const { data: commitPulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: run.head_sha,
    });
    const byCommit = commitPulls.find((pull) => pull.state === 'open' && pull.head.sha === run.head_sha) ??
        commitPulls.find((pull) => pull.state === 'open');
    if (byCommit !== undefined)
        return { number: byCommit.number, baseRef: byCommit.base.ref, foundBy: 'head-commit' };
    const headOwner = run.head_repository?.owner.login ?? run.repository.owner.login;
    if (!run.head_branch)
        return undefined;
    const { data: branchPulls } = await octokit.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        head: `${headOwner}:${run.head_branch}`,
    });
    const byBranch = branchPulls[0];
    return byBranch === undefined
        ? undefined
        : { number: byBranch.number, baseRef: byBranch.base.ref, foundBy: 'head-branch' };
}

;// CONCATENATED MODULE: ./packages/github/src/code-host.ts






/** One Octokit per step, made when first asked for. */
function lazyGitHubClient(connection) {
    let client;
    let counter;
    return {
        octokit: async () => {
            client ??= createGitHubClient(connection.token, {
                baseUrl: connection.apiUrl,
                log: connection.log,
                clock: connection.clock,
            });
            const made = await client;
            counter = made.counter;
            return made.octokit;
        },
        counter: () => counter,
    };
}
function createGitHubCodeHost(connection, client = lazyGitHubClient(connection)) {
    const { owner, repo } = splitRepository(connection.repository);
    return {
        async findPullRequestForRun(runId) {
            return findPullRequestForRun(await client.octokit(), { owner, repo, runId });
        },
        async findBaseReport(request) {
            const found = await findBaseReport(await client.octokit(), {
                ...request,
                owner,
                repo,
                token: connection.token,
            });
            return 'unavailable' in found ? found : { runId: found.runId, ctrfPath: found.ctrfPath };
        },
        async upsertComment(request) {
            const target = { owner, repo, issueNumber: request.issueNumber, marker: (0,src/* commentMarker */.Ql)(request.reportName) };
            return upsertStickyComment(await client.octokit(), target, request.body, {
                mode: request.mode,
                digest: request.digest,
                createIfMissing: request.createIfMissing,
            });
        },
        async publishCheckRun(request) {
            const { url, undelivered } = await publishCheckRun(await client.octokit(), { ...request, owner, repo });
            return { url, undelivered };
        },
        describeApiCalls() {
            const counter = client.counter();
            return counter ? describeRequestCounter(counter) : 'GitHub API calls: 0';
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/github/src/run-context.ts

/** Reads the runner's environment and event payload (GITHUB_EVENT_PATH) once. */
function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const pr = payload.pull_request;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = Number(env.GITHUB_RUN_ID ?? 0);
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        runId,
        headSha: pr?.head.sha ?? payload.workflow_run?.head_sha ?? env.GITHUB_SHA ?? '',
        pullRequest: pr
            ? {
                number: pr.number,
                baseRef: pr.base.ref,
                fromFork: Boolean(pr.head.repo?.fork) || pr.head.repo?.full_name !== `${owner}/${repo}`,
            }
            : undefined,
        triggeringRun: payload.workflow_run
            ? {
                id: payload.workflow_run.id,
                headSha: payload.workflow_run.head_sha,
                headBranch: payload.workflow_run.head_branch,
            }
            : undefined,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    };
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts














/***/ })

};
