/**
 * Downloads a moderator's attachment: only from allowed hosts, never more than
 * a size cap (the declared size, the Content-Length and the bytes actually read
 * are all checked), and only UTF-8 text.
 */
import path from 'node:path';
import { decodeUtf8 } from '../knowledge/loader.js';
import type { Problem } from '../knowledge/types.js';

export type AttachmentErrorCode = 'bad-url' | 'host' | 'too-big' | 'not-text' | 'http' | 'network';

/** Why an attachment was refused; `message` is meant for the moderator. */
export class AttachmentError extends Error {
  constructor(
    readonly code: AttachmentErrorCode,
    message: string,
    readonly problem?: Problem,
  ) {
    super(message);
    this.name = 'AttachmentError';
  }
}

export interface AttachmentLimits {
  /** Hosts (`name` or `name:port`, lower case) the file may come from; compared exactly with the URL's host. */
  allowedHosts: readonly string[];
  maxBytes: number;
  /** The size Discord declares for the attachment, checked before anything is downloaded. */
  declaredSize?: number | null | undefined;
  /** The attachment's file name, for messages. */
  name?: string | undefined;
  timeoutMs?: number;
  /** Redirects followed (each target's host is checked too). */
  maxRedirects?: number;
}

/** Extensions a source may be uploaded as. */
export const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt'];

/**
 * Whether an attachment's name and declared content type look like Markdown or
 * plain text (the bytes are checked after the download all the same).
 */
export function looksLikeText(name: string, contentType: string | null | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !type.startsWith('text/') && type !== 'application/octet-stream') return false;
  return TEXT_EXTENSIONS.includes(path.extname(name).toLowerCase()) || type.startsWith('text/');
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/;

/** Checks a URL against the allow-list: exact host (and port) match; https, or http on loopback only. */
export function checkAttachmentUrl(raw: string, allowedHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AttachmentError('bad-url', 'the attachment has no valid URL');
  }
  const host = url.host.toLowerCase();
  if (url.username !== '' || url.password !== '') throw new AttachmentError('bad-url', 'the attachment URL carries credentials');
  if (!allowedHosts.map((h) => h.toLowerCase()).includes(host)) {
    throw new AttachmentError('host', `attachments are only downloaded from ${allowedHosts.join(', ') || '(no host allowed)'}, not from ${host}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(host))) {
    throw new AttachmentError('bad-url', `attachments are only downloaded over https, not ${url.protocol.replace(':', '')}`);
  }
  return url;
}

function tooBig(maxBytes: number, what: string): AttachmentError {
  return new AttachmentError('too-big', `the file is larger than the ${formatBytes(maxBytes)} allowed (${what})`);
}

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${+(n / 1_000).toFixed(1)} kB`;
  return `${n} bytes`;
}

/**
 * Downloads the attachment's bytes, reading at most `maxBytes` (the stream is
 * cancelled as soon as more arrive). Throws {@link AttachmentError}.
 */
export async function downloadAttachment(rawUrl: string, limits: AttachmentLimits): Promise<Uint8Array> {
  const { allowedHosts, maxBytes, declaredSize, timeoutMs = 15_000, maxRedirects = 3 } = limits;
  if (declaredSize != null && declaredSize > maxBytes) throw tooBig(maxBytes, `it is ${formatBytes(declaredSize)}`);
  let url = checkAttachmentUrl(rawUrl, allowedHosts);
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  for (let hop = 0; ; hop++) {
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/markdown, text/plain;q=0.9, */*;q=0.1' } });
    } catch (err) {
      const reason = (err as Error).name === 'TimeoutError' ? 'it took too long' : 'the connection failed';
      throw new AttachmentError('network', `the attachment could not be downloaded (${reason})`);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel().catch(() => {});
      if (hop >= maxRedirects) throw new AttachmentError('http', 'the attachment URL redirects too many times');
      url = checkAttachmentUrl(new URL(location, url).toString(), allowedHosts);
      continue;
    }
    break;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new AttachmentError('http', `the attachment could not be downloaded (HTTP ${response.status})`);
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooBig(maxBytes, `it is ${formatBytes(length)}`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooBig(maxBytes, `more than ${formatBytes(maxBytes)} arrived`);
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof AttachmentError) throw err;
      throw new AttachmentError('network', 'the download was cut off');
    } finally {
      reader.releaseLock();
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}

/**
 * Downloads an attachment and decodes it as strict UTF-8 text (the loader's
 * rule): binary files and other encodings are refused with code `not-text`.
 */
export async function fetchTextAttachment(rawUrl: string, limits: AttachmentLimits): Promise<{ bytes: Uint8Array; text: string }> {
  const bytes = await downloadAttachment(rawUrl, limits);
  const name = limits.name ?? 'the attachment';
  const decoded = decodeUtf8(name, bytes);
  if (!decoded.ok) {
    throw new AttachmentError('not-text', `${name} is not UTF-8 text (line ${decoded.problem.line}): upload Markdown or plain text saved as UTF-8`, decoded.problem);
  }
  return { bytes, text: decoded.text };
}
