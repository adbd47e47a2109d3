export const id = 265;
export const ids = [265];
export const modules = {

/***/ 75265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_REQUEST: () => (/* reexport */ ANNOTATIONS_PER_REQUEST),
  MAX_BASE_RUNS_INSPECTED: () => (/* reexport */ MAX_BASE_RUNS_INSPECTED),
  actionsLogger: () => (/* reexport */ actionsLogger),
  commentMarker: () => (/* reexport */ commentMarker),
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

;// CONCATENATED MODULE: ./packages/github/src/octokit.ts
/**
 * An Octokit with @octokit/plugin-retry (5xx) and @octokit/plugin-throttling (429 with retry-after,
 * primary and secondary rate limits), counting every request it sends, retries included. Octokit is
 * loaded here, on first use, so a step that never calls the API never pays for loading it.
 */
async function createGitHubClient(token, options = {}) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const maxRetries = options.maxRetries ?? 4;
    const log = options.log;
    const counter = { total: 0, byRoute: new Map() };
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < maxRetries;
        log?.warning(`GitHub ${kind} on ${request.method} ${request.url}; ` +
            (again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries}).` : 'giving up.'));
        return again;
    };
    // Counted at the fetch level so that every retry the plugins make is counted too.
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
        retry: { retries: maxRetries },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
        },
    }, retry, throttling);
    return { octokit, counter };
}
/** "GitHub API calls: 3 (GET /repos/o/r/issues/1/comments ×1, ...)" for the debug log. */
function describeRequestCounter(counter) {
    return `GitHub API calls: ${counter.total} (${[...counter.byRoute].map(([route, n]) => `${route} ×${n}`).join(', ')})`;
}

;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts
function digestLine(digest) {
    return `<!-- testpipe-digest: ${digest} -->`;
}
/** The hidden HTML comment that marks our comment among all comments of a PR. */
function commentMarker(reportName) {
    return `<!-- testpipe-report: ${reportName.replace(/--/g, '- -')} -->`;
}
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
        .filter((c) => c.user?.login === login && (c.body ?? '').includes(target.marker))
        .sort((a, b) => a.id - b.id);
}
/**
 * Creates or updates the ONE comment carrying `target.marker` on a PR, authored by the token's identity.
 * Race-safe: after creating, it re-reads; when two jobs created at once, the oldest comment survives.
 */
async function upsertStickyComment(octokit, target, body, options = {}) {
    const mode = options.mode ?? 'update';
    const identity = options.login ?? (await tokenIdentity(octokit));
    const header = options.digest ? `${target.marker}\n${digestLine(options.digest)}` : target.marker;
    const fullBody = `${header}\n${body}`;
    const { owner, repo, issueNumber } = target;
    const existing = await findOurComments(octokit, target, identity);
    const newest = existing[existing.length - 1];
    if (options.digest && newest?.body?.includes(digestLine(options.digest))) {
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
    if (mode !== 'update')
        return { action, commentId: created.id, url: created.html_url };
    // Another job may have created its comment at the same moment: keep the oldest, carry our body into it.
    const after = await findOurComments(octokit, target, identity);
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
/** Creates a completed check run and delivers every annotation, 50 per request. */
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
    for (const batch of batches.slice(1)) {
        await octokit.rest.checks.update({
            owner: request.owner,
            repo: request.repo,
            check_run_id: data.id,
            output: output(batch),
        });
    }
    return {
        id: data.id,
        url: data.html_url ?? '',
        annotationsSent: annotations.length,
        requests: Math.max(1, batches.length),
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 80343));
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
            const { DefaultArtifactClient, ArtifactNotFoundError } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 80343));
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

// EXTERNAL MODULE: ./packages/core/src/index.ts + 111 modules
var src = __webpack_require__(94155);
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
            client ??= createGitHubClient(connection.token, { baseUrl: connection.apiUrl, log: connection.log });
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
            const target = { owner, repo, issueNumber: request.issueNumber, marker: commentMarker(request.reportName) };
            return upsertStickyComment(await client.octokit(), target, request.body, {
                mode: request.mode,
                digest: request.digest,
                createIfMissing: request.createIfMissing,
            });
        },
        async publishCheckRun(request) {
            return publishCheckRun(await client.octokit(), { ...request, owner, repo });
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
