import { afterEach, describe, expect, it } from 'vitest';
import { AttachmentError, checkAttachmentUrl, downloadAttachment, fetchTextAttachment, looksLikeText } from '../../src/moderation/attachment.js';
import { fileServer, type FileServer } from './helpers.js';

const servers: FileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const TEXT = '---\nid: a\n---\nHello, Haïti — “quotes”.\n';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** Serves: /ok.md, /big (Content-Length), /stream (chunked, endless-ish), /png, /latin1, /redirect-out, /redirect-in, /missing. */
async function serve(): Promise<FileServer> {
  let self: FileServer | null = null;
  const server = await fileServer((req, res) => {
    switch (req.url) {
      case '/ok.md':
        res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' }).end(TEXT);
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000));
        return;
      case '/stream': {
        // No Content-Length: only the bytes actually read can tell.
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const tick = () => {
          if (res.destroyed || sent > 10_000_000) return res.end();
          sent += 1000;
          res.write('y'.repeat(1000), () => setImmediate(tick));
        };
        tick();
        return;
      }
      case '/png':
        res.writeHead(200, { 'content-type': 'text/plain' }).end(PNG);
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.from('caf\xe9\n', 'latin1'));
        return;
      case '/redirect-out':
        res.writeHead(302, { location: 'http://127.0.0.2:9/evil.md' }).end();
        return;
      case '/redirect-in':
        res.writeHead(302, { location: self!.url('/ok.md') }).end();
        return;
      default:
        res.writeHead(404).end();
    }
  });
  self = server;
  servers.push(server);
  return server;
}

const errorOf = async (p: Promise<unknown>): Promise<AttachmentError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AttachmentError) return err;
    throw err;
  }
  throw new Error('expected an AttachmentError');
};

describe('downloadAttachment', () => {
  it('downloads UTF-8 text from an allowed host', async () => {
    const s = await serve();
    const { bytes, text } = await fetchTextAttachment(s.url('/ok.md'), { allowedHosts: [s.host], maxBytes: 1000, declaredSize: Buffer.byteLength(TEXT) });
    expect(text).toBe(TEXT);
    expect(Buffer.from(bytes).toString('utf8')).toBe(TEXT);
  });

  it('refuses a host outside the allow-list without connecting to it', async () => {
    const s = await serve();
    const other = await serve();
    const err = await errorOf(downloadAttachment(other.url('/ok.md'), { allowedHosts: [s.host, 'cdn.discordapp.com'], maxBytes: 1000 }));
    expect(err.code).toBe('host');
    expect(other.requests).toEqual([]);
  });

  it('matches the host exactly: same name, other port or a suffix is refused', () => {
    expect(() => checkAttachmentUrl('https://cdn.discordapp.com/a/b.md', ['cdn.discordapp.com'])).not.toThrow();
    for (const url of [
      'https://cdn.discordapp.com:8443/a.md',
      'https://evil.cdn.discordapp.com/a.md',
      'https://cdn.discordapp.com.evil.net/a.md',
      'https://cdn.discordapp.com@evil.net/a.md',
      'https://user:pw@cdn.discordapp.com/a.md',
    ]) {
      expect(() => checkAttachmentUrl(url, ['cdn.discordapp.com']), url).toThrow(AttachmentError);
    }
  });

  it('allows plain http on loopback only', () => {
    expect(() => checkAttachmentUrl('http://cdn.discordapp.com/a.md', ['cdn.discordapp.com'])).toThrow(/https/);
    expect(() => checkAttachmentUrl('http://127.0.0.1:8080/a.md', ['127.0.0.1:8080'])).not.toThrow();
    expect(() => checkAttachmentUrl('file:///etc/passwd', [''])).toThrow(AttachmentError);
    expect(() => checkAttachmentUrl('not a url', ['x'])).toThrow(AttachmentError);
  });

  it('refuses by declared size before downloading anything', async () => {
    const s = await serve();
    const err = await errorOf(downloadAttachment(s.url('/ok.md'), { allowedHosts: [s.host], maxBytes: 10, declaredSize: 11 }));
    expect(err.code).toBe('too-big');
    expect(s.requests).toEqual([]);
  });

  it('refuses by Content-Length when the declared size lies', async () => {
    const s = await serve();
    const err = await errorOf(downloadAttachment(s.url('/big'), { allowedHosts: [s.host], maxBytes: 4999, declaredSize: 10 }));
    expect(err.code).toBe('too-big');
  });

  it('stops reading a stream as soon as it passes the cap', async () => {
    const s = await serve();
    const started = Date.now();
    const err = await errorOf(downloadAttachment(s.url('/stream'), { allowedHosts: [s.host], maxBytes: 50_000, declaredSize: 100 }));
    expect(err.code).toBe('too-big');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('accepts exactly the cap', async () => {
    const s = await serve();
    const bytes = await downloadAttachment(s.url('/big'), { allowedHosts: [s.host], maxBytes: 5000 });
    expect(bytes.byteLength).toBe(5000);
  });

  it('refuses binary data and other encodings, with the line', async () => {
    const s = await serve();
    const png = await errorOf(fetchTextAttachment(s.url('/png'), { allowedHosts: [s.host], maxBytes: 1000, name: 'logo.md' }));
    expect(png.code).toBe('not-text');
    expect(png.problem).toMatchObject({ file: 'logo.md', line: 3 }) // the NUL after the PNG signature's two line feeds;
    const latin = await errorOf(fetchTextAttachment(s.url('/latin1'), { allowedHosts: [s.host], maxBytes: 1000 }));
    expect(latin.code).toBe('not-text');
  });

  it('checks the host of every redirect', async () => {
    const s = await serve();
    const out = await errorOf(downloadAttachment(s.url('/redirect-out'), { allowedHosts: [s.host], maxBytes: 1000 }));
    expect(out.code).toBe('host');
    const bytes = await downloadAttachment(s.url('/redirect-in'), { allowedHosts: [s.host], maxBytes: 1000 });
    expect(Buffer.from(bytes).toString()).toBe(TEXT);
  });

  it('reports an HTTP error', async () => {
    const s = await serve();
    expect((await errorOf(downloadAttachment(s.url('/missing'), { allowedHosts: [s.host], maxBytes: 1000 }))).code).toBe('http');
  });
});

describe('looksLikeText', () => {
  it.each([
    ['notes.md', 'text/markdown; charset=utf-8', true],
    ['notes.txt', null, true],
    ['notes.MD', undefined, true],
    ['notes', 'text/plain', true],
    ['notes.md', 'application/octet-stream', true],
    ['picture.png', 'image/png', false],
    ['notes.md', 'image/png', false],
    ['report.pdf', 'application/pdf', false],
    ['report.pdf', null, false],
  ])('%s (%s) → %s', (name, type, expected) => {
    expect(looksLikeText(name, type)).toBe(expected);
  });
});
