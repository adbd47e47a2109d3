/** A failure the stand-in answers instead of serving the request. */
export type Fault =
  | { kind: 'server-error'; status: 500 | 502 | 503 }
  /** Primary rate limit: `x-ratelimit-remaining: 0`, reset after `retryAfterSeconds`. */
  | { kind: 'rate-limit'; retryAfterSeconds: number; status?: 403 | 429 }
  /** Secondary (abuse) rate limit: "You have exceeded a secondary rate limit", with `retry-after` when given. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number; status?: 403 | 429 };

/** Route key as used everywhere in the stand-in: `METHOD /path/{template}`, e.g. `POST /graphql`. */
export type RouteKey = string;

export interface FaultRatio {
  /** 0..1: the share of matching requests that fail. */
  ratio: number;
  /** Seed of the deterministic random source, so a run repeats exactly. */
  seed: number;
  fault: Fault;
  route?: RouteKey;
}

/** mulberry32: a tiny seeded PRNG, deterministic across runs and platforms. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ScriptedFaults {
  route?: RouteKey;
  /** Matching requests still to let through before the queue starts. */
  skip: number;
  queue: Fault[];
}

interface RandomFaults {
  route?: RouteKey;
  ratio: number;
  fault: Fault;
  random: () => number;
}

/** Decides, request by request, whether to answer with a fault: scripted queues first, then ratios. */
export class FaultPlan {
  private scripted: ScriptedFaults[] = [];
  private random: RandomFaults[] = [];

  /**
   * After `skip` more requests matching `route` (all routes when omitted) succeed, the next
   * `faults.length` matching requests get these faults, in order.
   */
  enqueue(faults: Fault[], route?: RouteKey, skip = 0): void {
    this.scripted.push({ route, skip, queue: [...faults] });
  }

  failRatio(options: FaultRatio): void {
    if (!(options.ratio >= 0 && options.ratio <= 1))
      throw new Error(`Fault ratio must be within 0..1, got ${options.ratio}`);
    this.random.push({
      route: options.route,
      ratio: options.ratio,
      fault: options.fault,
      random: seededRandom(options.seed),
    });
  }

  clear(): void {
    this.scripted = [];
    this.random = [];
  }

  pendingScriptedFaults(): number {
    return this.scripted.reduce((total, entry) => total + entry.queue.length, 0);
  }

  next(route: RouteKey): Fault | undefined {
    for (const entry of this.scripted) {
      if (entry.queue.length === 0 || (entry.route !== undefined && entry.route !== route)) continue;
      if (entry.skip > 0) {
        entry.skip -= 1;
        continue;
      }
      return entry.queue.shift();
    }
    for (const entry of this.random) {
      if (entry.route !== undefined && entry.route !== route) continue;
      if (entry.random() < entry.ratio) return entry.fault;
    }
    return undefined;
  }
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: { message: string; documentation_url: string };
}

/** What GitHub answers for each fault kind (headers the Octokit retry and throttling plugins read). */
export function faultResponse(fault: Fault, nowSeconds: number): FaultResponse {
  switch (fault.kind) {
    case 'server-error':
      return {
        status: fault.status,
        headers: {},
        body: {
          message: fault.status === 503 ? 'Service Unavailable' : fault.status === 502 ? 'Bad Gateway' : 'Server Error',
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    case 'rate-limit':
      return {
        status: fault.status ?? 429,
        headers: {
          'retry-after': String(fault.retryAfterSeconds),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(nowSeconds + fault.retryAfterSeconds),
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        },
      };
    case 'secondary-rate-limit':
      return {
        status: fault.status ?? 403,
        headers: fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      };
  }
}
