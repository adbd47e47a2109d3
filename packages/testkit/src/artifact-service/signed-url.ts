import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Blob permissions in SAS notation: c(reate) w(rite) for uploads, r(ead) for downloads. */
export type BlobPermissions = 'cw' | 'r';

export interface SignedUrlOptions {
  /** Content-Disposition the blob server answers a download with (Azure's `rscd`). */
  contentDisposition?: string;
  lifetimeSeconds?: number;
}

export type SignatureCheck = { ok: true; permissions: string } | { ok: false; reason: string };

const SAS_VERSION = '2024-11-04';
const DEFAULT_LIFETIME_SECONDS = 60 * 60;

/** Signs and checks blob URLs the way an Azure SAS does: an HMAC over path, permissions and expiry. */
export class BlobUrlSigner {
  private readonly key = randomBytes(32);

  sign(origin: string, blobPath: string, permissions: BlobPermissions, options: SignedUrlOptions = {}): string {
    const lifetime = options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS;
    const expiry = new Date(Date.now() + lifetime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const url = new URL(blobPath, origin);
    url.searchParams.set('sv', SAS_VERSION);
    url.searchParams.set('sr', 'b');
    url.searchParams.set('sp', permissions);
    url.searchParams.set('se', expiry);
    if (options.contentDisposition !== undefined) url.searchParams.set('rscd', options.contentDisposition);
    url.searchParams.set('sig', this.signature(url.pathname, url.searchParams));
    return url.toString();
  }

  check(pathname: string, query: URLSearchParams, now = new Date()): SignatureCheck {
    const sig = query.get('sig');
    const permissions = query.get('sp');
    const expiry = query.get('se');
    if (sig === null || permissions === null || expiry === null) {
      return { ok: false, reason: 'The request is not signed: sig, sp and se are required.' };
    }
    const expected = Buffer.from(this.signature(pathname, query));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: 'Signature did not match.' };
    }
    if (!(Date.parse(expiry) > now.getTime())) return { ok: false, reason: 'Signed expiry time has passed.' };
    return { ok: true, permissions };
  }

  // Over the decoded path: the Azure SDK re-escapes URL paths (e.g. ' becomes %27) before sending them.
  private signature(pathname: string, query: URLSearchParams): string {
    const signed = [
      safeDecode(pathname),
      query.get('sp'),
      query.get('se'),
      query.get('sv'),
      query.get('rscd') ?? '',
    ].join('\n');
    return createHmac('sha256', this.key).update(signed).digest('base64');
  }
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
