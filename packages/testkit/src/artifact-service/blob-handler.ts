import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidBlockListError, type BlobStore, type BlockReference, type StoredBlob } from './blob-store.js';
import type { BlobUrlSigner } from './signed-url.js';

const STORAGE_VERSION = '2025-11-05';

class BlobServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function baseHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': STORAGE_VERSION, date: new Date().toUTCString() };
}

function blobHeaders(blob: StoredBlob): Record<string, string> {
  return { etag: blob.etag, 'last-modified': blob.lastModified.toUTCString() };
}

function sendBlobError(response: ServerResponse, error: BlobServiceError): void {
  const requestId = randomUUID();
  const body =
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
  response.writeHead(error.status, {
    ...baseHeaders(),
    'x-ms-request-id': requestId,
    'x-ms-error-code': error.code,
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Rejects bodies the fake would otherwise store wrong: a short body, a bad MD5, or CRC64 structured messages. */
function checkUploadBody(request: IncomingMessage, body: Buffer): void {
  if (header(request, 'x-ms-structured-body') !== undefined) {
    throw new BlobServiceError(
      400,
      'UnsupportedHeader',
      'Structured message bodies are not supported by this stand-in.',
    );
  }
  const declared = header(request, 'content-length');
  if (declared !== undefined && Number(declared) !== body.length) {
    throw new BlobServiceError(400, 'InvalidHeaderValue', 'Content-Length does not match the body.');
  }
  const md5 = header(request, 'content-md5');
  if (md5 !== undefined && md5 !== createHash('md5').update(body).digest('base64')) {
    throw new BlobServiceError(400, 'Md5Mismatch', 'The MD5 value specified in the request did not match the body.');
  }
}

/** Reads `<Latest>`, `<Committed>` and `<Uncommitted>` entries of a Put Block List body, in order. */
function parseBlockList(xml: string): BlockReference[] {
  if (!/<BlockList>/.test(xml)) throw new BlobServiceError(400, 'InvalidXmlDocument', 'XML specified is not valid.');
  return [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((match) => ({
    kind: match[1] as BlockReference['kind'],
    id: match[2] ?? '',
  }));
}

interface ByteRange {
  start: number;
  end: number;
}

/** Parses `bytes=start-end` or `bytes=start-` (from x-ms-range, else Range); undefined means the whole blob. */
function requestedRange(request: IncomingMessage, size: number): ByteRange | undefined {
  const value = header(request, 'x-ms-range') ?? header(request, 'range');
  if (value === undefined) return undefined;
  const match = /^bytes=(\d+)-(\d*)$/.exec(value.trim());
  if (match === null) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' || match[2] === undefined ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) {
    throw new BlobServiceError(
      416,
      'InvalidRange',
      'The range specified is invalid for the current size of the resource.',
    );
  }
  return { start, end };
}

function sendBlob(request: IncomingMessage, response: ServerResponse, blob: StoredBlob, query: URLSearchParams) {
  const size = blob.content.length;
  const range = requestedRange(request, size);
  const headers: Record<string, string | number> = {
    ...baseHeaders(),
    ...blobHeaders(blob),
    'content-type': query.get('rsct') ?? blob.contentType,
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-lease-status': 'unlocked',
    'x-ms-lease-state': 'available',
    'x-ms-server-encrypted': 'true',
    'x-ms-creation-time': blob.lastModified.toUTCString(),
  };
  const disposition = query.get('rscd');
  if (disposition !== null) headers['content-disposition'] = disposition;
  const body = range === undefined ? blob.content : blob.content.subarray(range.start, range.end + 1);
  if (range === undefined) {
    headers['content-md5'] = blob.contentMd5;
  } else {
    headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
    headers['x-ms-blob-content-md5'] = blob.contentMd5;
  }
  headers['content-length'] = body.length;
  response.writeHead(range === undefined ? 200 : 206, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function putBlob(request: IncomingMessage, response: ServerResponse, store: BlobStore, path: string, body: Buffer) {
  const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
  const contentType = header(request, 'x-ms-blob-content-type') ?? 'application/octet-stream';
  const comp = query.get('comp');
  if (comp === 'block') {
    const blockId = query.get('blockid');
    if (blockId === null || blockId === '')
      throw new BlobServiceError(400, 'InvalidQueryParameterValue', 'blockid is required.');
    checkUploadBody(request, body);
    store.stageBlock(path, blockId, body);
    const md5 = createHash('md5').update(body).digest('base64');
    response.writeHead(201, {
      ...baseHeaders(),
      'content-md5': md5,
      'x-ms-request-server-encrypted': 'true',
      'content-length': 0,
    });
    response.end();
    return;
  }
  if (comp === 'blocklist') {
    let blob: StoredBlob;
    try {
      blob = store.commitBlockList(path, parseBlockList(body.toString('utf8')), contentType);
    } catch (error) {
      if (error instanceof InvalidBlockListError) throw new BlobServiceError(400, 'InvalidBlockList', error.message);
      throw error;
    }
    response.writeHead(201, {
      ...baseHeaders(),
      ...blobHeaders(blob),
      'x-ms-request-server-encrypted': 'true',
      'content-length': 0,
    });
    response.end();
    return;
  }
  if (comp !== null) throw new BlobServiceError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported.`);
  if (header(request, 'x-ms-blob-type') !== 'BlockBlob') {
    throw new BlobServiceError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob.');
  }
  checkUploadBody(request, body);
  const blob = store.put(path, body, contentType);
  response.writeHead(201, {
    ...baseHeaders(),
    ...blobHeaders(blob),
    'content-md5': blob.contentMd5,
    'x-ms-request-server-encrypted': 'true',
    'content-length': 0,
  });
  response.end();
}

/** Serves the Azure Blob REST calls the artifact client makes against a signed URL: Put Block, Put Block List, Put Blob, Get Blob, Get Blob Properties. */
export function handleBlobRequest(
  store: BlobStore,
  signer: BlobUrlSigner,
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
): void {
  try {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const signature = signer.check(url.pathname, url.searchParams);
    if (!signature.ok) {
      throw new BlobServiceError(
        403,
        'AuthenticationFailed',
        `Server failed to authenticate the request. ${signature.reason}`,
      );
    }
    const path = decodeURIComponent(url.pathname);
    if (request.method === 'PUT') {
      if (!signature.permissions.includes('w')) {
        throw new BlobServiceError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to write.');
      }
      putBlob(request, response, store, path, body);
      return;
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (!signature.permissions.includes('r')) {
        throw new BlobServiceError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to read.');
      }
      const blob = store.get(path);
      if (blob === undefined) throw new BlobServiceError(404, 'BlobNotFound', 'The specified blob does not exist.');
      sendBlob(request, response, blob, url.searchParams);
      return;
    }
    throw new BlobServiceError(405, 'UnsupportedHttpVerb', `The resource doesn't support ${request.method ?? ''}.`);
  } catch (error) {
    if (error instanceof BlobServiceError) {
      sendBlobError(response, error);
      return;
    }
    sendBlobError(
      response,
      new BlobServiceError(400, 'InvalidInput', error instanceof Error ? error.message : String(error)),
    );
  }
}
