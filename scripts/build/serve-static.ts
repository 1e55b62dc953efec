/**
 * A small static server for e2e tests and the benchmark. It serves the built site (by default
 * dist-e2e/, the instrumented build of `npm run build:e2e`, with base './') under a sub-path, so tests prove the site works away from the host's root;
 * the generated weights at <base>models/ when the build lacks them; and test fixtures and fault
 * injection under /__test__/ (see scripts/testing/faults.ts and scripts/testing/testRoutes.ts).
 * Every response carries the cross-origin isolation headers (src/core/crossOriginIsolation.ts),
 * as a host set up as docs/using-it.md describes does; a request with the cookie `not-isolated=1` gets
 * none, as from a host that cannot send headers (the service worker's case).
 *
 *   tsx scripts/build/serve-static.ts [--port 4173] [--host 127.0.0.1] [--root dist-e2e] [--base /face-explorer/]
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FAULT_COOKIE,
  FAULT_HEADER,
  FAULT_KINDS,
  FaultRegistry,
  corrupt,
  faultMatches,
  parseFaultList,
  readCookie,
  truncate,
  type Fault,
} from '../testing/faults';
import { TestRoutes } from '../testing/testRoutes';
import { ISOLATION_HEADERS } from '../../src/core/crossOriginIsolation';

/** The cookie that asks for responses without the isolation headers (tests of the service worker's). */
export const NOT_ISOLATED_COOKIE = 'not-isolated';

/** The isolation headers, unless the request asks for a host without them. */
export function isolationHeaders(cookieHeader: string | undefined): Record<string, string> {
  return readCookie(cookieHeader, NOT_ISOLATED_COOKIE) === '1' ? {} : { ...ISOLATION_HEADERS };
}

const REPO = resolve(import.meta.dirname, '../..');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

export function mimeType(name: string): string {
  return MIME_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The built site; default dist-e2e/. */
  root?: string;
  /** The sub-path the site lives under, with slashes at both ends. */
  base?: string;
  /** Served at <base>models/ for files the build does not contain; default models/. */
  modelsDir?: string;
  log?: (line: string) => void;
}

export interface StaticServer {
  /** http://localhost:PORT<base> */
  url: string;
  origin: string;
  port: number;
  faults: FaultRegistry;
  close(): Promise<void>;
}

/** A path under a folder, or undefined for traversal attempts and missing files. */
function fileUnder(folder: string, rel: string): string | undefined {
  const path = normalize(join(folder, rel));
  if (path !== folder && !path.startsWith(folder + sep)) return undefined;
  if (!existsSync(path)) return undefined;
  if (statSync(path).isDirectory()) return fileUnder(folder, join(rel, 'index.html'));
  return path;
}

function requestFaults(req: IncomingMessage): Fault[] {
  const header = req.headers[FAULT_HEADER];
  const text = [readCookie(req.headers.cookie, FAULT_COOKIE), Array.isArray(header) ? header.join(',') : header];
  return parseFaultList(text.filter(Boolean).join(','));
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? join(REPO, 'dist-e2e'));
  const modelsDir = resolve(options.modelsDir ?? join(REPO, 'models'));
  const base = options.base ?? '/face-explorer/';
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const log = options.log ?? (() => {});
  if (!existsSync(join(root, 'index.html'))) log(`serve-static: ${root}/index.html is missing; run npm run build:e2e`);
  const faults = new FaultRegistry();
  const testRoutes = new TestRoutes();

  function send(req: IncomingMessage, res: ServerResponse, status: number, body: Uint8Array, type: string) {
    // The embed test's course page stands for an LMS elsewhere, which is not cross-origin isolated.
    const courseFrame = req.url?.startsWith('/__test__/embed-host') === true;
    // no-store: every load reaches the server, so faults and cleared faults apply at once.
    res.writeHead(status, {
      ...(courseFrame ? {} : isolationHeaders(req.headers.cookie)),
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
  const sendText = (req: IncomingMessage, res: ServerResponse, status: number, text: string) =>
    send(req, res, status, new TextEncoder().encode(text + '\n'), 'text/plain; charset=utf-8');

  function sendFile(req: IncomingMessage, res: ServerResponse, pathname: string, data: Uint8Array, name: string) {
    const fault = requestFaults(req).find((f) => faultMatches(f, pathname)) ?? faults.take(pathname);
    if (fault) log(`serve-static: fault ${fault.kind} on ${pathname}`);
    if (fault?.kind === '404') return sendText(req, res, 404, `Not found (injected): ${pathname}`);
    if (fault?.kind === '500') return sendText(req, res, 500, `Server error (injected): ${pathname}`);
    if (fault?.kind === 'drop') {
      // The connection breaks mid-download: full length promised, half sent, socket closed.
      res.writeHead(200, {
        ...isolationHeaders(req.headers.cookie),
        'Content-Type': mimeType(name),
        'Content-Length': data.length,
        'Cache-Control': 'no-store',
      });
      res.write(data.subarray(0, Math.floor(data.length / 2)), () => res.destroy());
      return;
    }
    const body = fault?.kind === 'corrupt' ? corrupt(data) : fault?.kind === 'truncate' ? truncate(data) : data;
    send(req, res, 200, body, mimeType(name));
  }

  function faultsEndpoint(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method === 'DELETE') faults.clear();
    else if (req.method === 'POST') {
      const kind = url.searchParams.get('kind') ?? '';
      const file = url.searchParams.get('file') ?? '';
      const times = url.searchParams.get('times');
      const [fault] = parseFaultList(`${kind}:${file}`);
      faults.add({ ...fault!, remaining: times === null ? undefined : Math.max(1, Number(times)) });
    } else if (req.method !== 'GET') return sendText(req, res, 405, 'use GET, POST or DELETE');
    send(req, res, 200, new TextEncoder().encode(JSON.stringify({ kinds: FAULT_KINDS, faults: faults.list() })), 'application/json');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname === '/__test__/faults') return faultsEndpoint(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'read-only server');
    if (pathname.startsWith('/__test__/')) {
      const file = await testRoutes.resolve(pathname.slice('/__test__/'.length));
      return file ? sendFile(req, res, pathname, file.data, file.name) : sendText(req, res, 404, `Not found: ${pathname}`);
    }
    if (pathname === '/' || pathname === base.slice(0, -1)) {
      res.writeHead(302, { ...isolationHeaders(req.headers.cookie), Location: base, 'Cache-Control': 'no-store' });
      return void res.end();
    }
    if (!pathname.startsWith(base)) return sendText(req, res, 404, `Not found: the site lives under ${base}`);
    const rel = pathname.slice(base.length) || 'index.html';
    const path = fileUnder(root, rel) ?? (rel.startsWith('models/') ? fileUnder(modelsDir, rel.slice('models/'.length)) : undefined);
    if (!path) {
      const hint = rel === 'index.html' ? ` (${root} has no index.html: run npm run build:e2e)` : '';
      return sendText(req, res, 404, `Not found: ${pathname}${hint}`);
    }
    sendFile(req, res, pathname, await readFile(path), path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log(`serve-static: ${req.url}: ${message}`);
      if (!res.headersSent) sendText(req, res, 500, message);
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', resolvePromise);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://localhost:${port}`;
  return {
    url: origin + base,
    origin,
    port,
    faults,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
      await testRoutes.close();
    },
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      root: { type: 'string' },
      base: { type: 'string' },
    },
  });
  const server = await startStaticServer({
    port: Number(values.port),
    host: values.host,
    root: values.root,
    base: values.base,
    log: console.log,
  });
  console.log(`serve-static: ${server.url} (test fixtures at ${server.origin}/__test__/)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
