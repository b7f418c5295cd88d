/** Helpers shared by the moderation tests: temp knowledge folders, sources, a logger that records, a tiny file server. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

export const SHIPPED_KNOWLEDGE = path.resolve('knowledge');

const made: string[] = [];

/** A temporary knowledge folder with the given files, optionally on top of a copy of knowledge/. */
export async function tempDir(files: Record<string, string | Uint8Array> = {}, { shipped = false } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-mod-'));
  made.push(dir);
  // The shipped sources and aliases only: not caches or other dot-files.
  if (shipped) {
    for (const e of await readdir(SHIPPED_KNOWLEDGE, { withFileTypes: true })) {
      if (e.isFile() && !e.name.startsWith('.')) await copyFile(path.join(SHIPPED_KNOWLEDGE, e.name), path.join(dir, e.name));
    }
  }
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

export async function cleanupTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A valid source file: front matter (overridable) and a body. */
export function sourceText(body: string, meta: Record<string, string> = {}): string {
  const fields = { id: 'test-source', title: 'A test source', publisher: 'Test Wire', url: 'https://example.org/story', published: '2024-10-01', language: 'en', ...meta };
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}\n`;
}

/** A pino logger that keeps its lines for assertions. */
export function recordingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

export interface FileServer {
  host: string;
  url(p: string): string;
  requests: string[];
  close(): Promise<void>;
}

/** A loopback HTTP server; `handler` answers each request. */
export async function fileServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<FileServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return {
    host,
    url: (p) => `http://${host}${p}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until `check` is true (polling), or fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
