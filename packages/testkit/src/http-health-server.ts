// Loopback servers for health-check tests: HTTP answering a scripted sequence of statuses, a TCP proxy that
// can open late, and free-port lookup.
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer, type AddressInfo, type Server as TcpServer } from 'node:net';

export interface ScriptedHttpServer {
  url: string;
  port: number;
  /** Requests received so far. */
  requests(): number;
  close(): Promise<void>;
}

/** Answers request n with statuses[n] (the last one repeats) and `body`. */
export async function startScriptedHttpServer(options: {
  host?: string;
  statuses: number[];
  body?: string;
  contentType?: string;
}): Promise<ScriptedHttpServer> {
  let count = 0;
  const server: Server = createHttpServer((_request, response) => {
    const status = options.statuses[Math.min(count, options.statuses.length - 1)]!;
    count++;
    response.writeHead(status, { 'content-type': options.contentType ?? 'text/plain' });
    response.end(options.body ?? `status ${status}`);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on (probed, then released). */
export function freeLoopbackPort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Forwards `listenPort` on `host` to `targetPort` on 127.0.0.1: a server "starting late" when opened late. */
export async function startTcpProxy(options: {
  host?: string;
  listenPort: number;
  targetPort: number;
}): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: TcpServer = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: options.targetPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listenPort, options.host ?? '127.0.0.1', () => resolve());
  });
  return {
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
