import { describe, expect, it } from 'vitest';
import { composeSource } from '../../src/moderation/source-upload.js';
import { sourceText } from './helpers.js';

const BODY = 'The first paragraph of the story.\n\nThe second paragraph.\n';
const OPTIONS = { id: 'new-story-2024-10', title: 'A new story: with a colon', publisher: 'Wire', url: 'https://example.org/new', published: '2024-10-02' };

describe('composeSource', () => {
  it('takes the citation from the file’s front matter as it is', () => {
    const text = sourceText('Body text.', { id: 'from-file' });
    const r = composeSource('up.md', text, { id: 'ignored-option' });
    expect(r.ok && r.source.id).toBe('from-file');
    expect(r.ok && r.text).toBe(text);
    expect(r.ok && r.filled).toEqual([]);
    expect(r.ok && r.ignored).toEqual(['id']);
  });

  it('builds the front matter from the options when the file has none, language "en" by default', () => {
    const r = composeSource('up.txt', BODY, OPTIONS);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.source).toMatchObject({ ...OPTIONS, language: 'en' });
    expect(r.source.body).toBe(BODY);
    expect(r.filled).toEqual(['id', 'title', 'publisher', 'url', 'published', 'language']);
    expect(r.text.endsWith(BODY)).toBe(true);
  });

  it('fills only the fields the front matter lacks, keeping its comments', () => {
    const text = '---\n# kept comment\nid: partial\ntitle: Own title\n---\nBody.\n';
    const r = composeSource('up.md', text, OPTIONS);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.source).toMatchObject({ id: 'partial', title: 'Own title', publisher: 'Wire', url: OPTIONS.url, published: '2024-10-02', language: 'en' });
    expect(r.text).toContain('# kept comment');
    expect(r.filled).toEqual(['publisher', 'url', 'published', 'language']);
  });

  it('reports invalid front matter with the file’s name and line, as the loader does', () => {
    const r = composeSource('bad.md', '---\nid: ok-id\ntitle: T\npublisher: P\nurl: not-a-url\npublished: 2024-10-02\n---\nBody\n', {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ file: 'bad.md', line: 5, message: expect.stringContaining('url') })]);
  });

  it('refuses an id trying `../` through the schema', () => {
    const r = composeSource('x.md', BODY, { ...OPTIONS, id: '../../etc/passwd' });
    expect(!r.ok && r.problems[0]).toMatchObject({ message: expect.stringContaining('"id"') });
  });

  it('says what is missing when neither the file nor the options give it', () => {
    const r = composeSource('x.md', BODY, { id: 'only-id' });
    expect(!r.ok && r.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('title'), expect.stringContaining('publisher'), expect.stringContaining('url'), expect.stringContaining('published')]),
    );
  });

  it('refuses a file with nothing after the front matter', () => {
    const r = composeSource('x.md', '   \n', OPTIONS);
    expect(!r.ok && r.problems[0]!.message).toMatch(/no text/);
  });

  it('stores a CRLF upload with LF line endings (the loader would refuse CRLF front matter)', () => {
    const text = '---\r\nid: crlf-doc\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n';
    const r = composeSource('x.md', text, { publisher: 'P', url: 'https://e.org/', published: '2024-01-01' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.text).not.toContain('\r');
    expect(r.source.body).toBe('Line one.\nLine two.\n');
  });
});
