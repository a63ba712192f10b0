import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import type { JSONContent } from '@tiptap/core';
import { renderDocx } from '../../server/export/docx.ts';
import { CHAPTERS } from '../../shared/chapters.ts';
import { fixtureModel, HOSTILE } from '../utils/exportFixture.ts';

async function read(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const { value: text } = await mammoth.extractRawText({ buffer });
  return { html, text };
}

/** The parts of the DOCX package (a ZIP), read from its central directory. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return parts;
}

const h1s = (html: string) => [...html.matchAll(/<h1>(?:<a id="[^"]*"><\/a>)*(.*?)<\/h1>/g)].map((m) => m[1]);
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('DOCX export: one chapter (shared vision)', async () => {
  const bytes = await renderDocx(fixtureModel('vision'));
  const { html, text } = await read(bytes);

  it('is a ZIP package (starts with "PK")', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(unzip(bytes).has('word/document.xml')).toBe(true);
  });

  it('uses Liberation Sans 11 pt with paragraph and line spacing', () => {
    const styles = unzip(bytes).get('word/styles.xml')!;
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
    expect(defaults).toContain('w:ascii="Liberation Sans"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(defaults).toMatch(/<w:spacing w:after="120" w:line="276"/);
  });

  it('has a title page with consortium, title, programme, partners, date and version', () => {
    const titlePage = text.slice(0, text.indexOf('8. Shared vision'));
    for (const s of [
      'Digital Skills Alliance',
      'Shared vision',
      'Applied Data Literacy',
      'University of Northbridge',
      'Universitat del Mar',
      'Baltic Technical University',
      '28 November 2026',
    ]) {
      expect(titlePage).toContain(s);
    }
    expect(titlePage).toContain('Netherlands');
    // A version number people understand, with the date; the fingerprint only as a small reference.
    expect(titlePage).toContain(`Version ${fixtureModel('vision').revision} · 28 November 2026`);
    expect(titlePage).toContain(`Reference ${fixtureModel('vision').version}`);
    expect(titlePage).not.toMatch(/Version [0-9a-z]*[a-z][0-9a-z]*\b/);
  });

  it('renders the chapter heading, details line and sub-headings', () => {
    expect(h1s(html)).toEqual(['8. Shared vision']);
    expect(html).toMatch(/<h2>(<a id="[^"]*"><\/a>)*Purpose and learners served<\/h2>/);
    expect(html).toMatch(/<h2>(<a id="[^"]*"><\/a>)*Guiding principles<\/h2>/);
    expect(text).toContain('Status: In review');
    expect(text).toContain('Lead: Universitat del Mar');
    expect(text).not.toContain('Due:');
  });

  it('keeps bold, italic, lists and non-Latin text', () => {
    expect(html).toContain('<strong>working professionals</strong>');
    expect(html).toContain('<em>green skills</em>');
    expect(html).toContain('<ul><li>Flexible online study</li><li>Stackable units</li></ul>');
    expect(html).toContain('<ol><li>First principle</li><li>Second principle</li></ol>');
    expect(text).toContain('Łódź, Győr, Čech, Ελληνικά');
  });

  it('writes the table with a header row of <th> and body rows of <td>', () => {
    const table = html.match(/<table>.*?<\/table>/)![0];
    expect(table).toContain('<thead><tr><th><p>Unit</p></th><th><p>ECTS</p></th></tr></thead>');
    expect(table).toContain(
      '<tbody><tr><td><p>Data literacy</p></td><td><p>5</p></td></tr><tr><td><p>Sustainability</p></td><td><p>6</p></td></tr></tbody>',
    );
  });

  it('links only to safe targets and keeps hostile text inert', () => {
    expect(hrefs(html)).toEqual(['https://eadtu.eu/']);
    expect(html).toContain('<a href="https://eadtu.eu/">the EADTU site</a>');
    expect(html).toContain(' and this unsafe link.');
    // The only "javascript:" is the literal text of the hostile paragraph, never a link target.
    expect(html.match(/javascript:/g)).toHaveLength(1);
    expect(text).toContain(HOSTILE);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    const parts = unzip(bytes);
    const rels = parts.get('word/_rels/document.xml.rels')!;
    expect(rels).toContain('Target="https://eadtu.eu/"');
    expect(rels).not.toContain('javascript');
    for (const [name, xml] of parts) if (name !== 'word/document.xml') expect(xml, name).not.toContain('javascript');
    expect(parts.get('word/document.xml')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('adds a sign-off table with every partner, the signer, and a stale mark for changed text', () => {
    const tables = html.match(/<table>.*?<\/table>/g)!;
    const signoff = tables.find((t) => t.includes('Signed by'))!;
    expect(signoff).toContain('<th><p>Partner</p></th><th><p>Signed by</p></th><th><p>Date</p></th>');
    const rows = signoff.split('<tr>').slice(2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('University of Northbridge');
    expect(rows[0]).toContain('Anna de Vries');
    // The date is one unbreakable piece (no-break spaces), so its narrow column does not wrap it.
    expect(rows[0]).toContain('20\u00a0November\u00a02026');
    expect(rows[0]).toContain('Current');
    expect(rows[1]).toContain('Jordi Puig');
    expect(rows[1]).toContain('Text changed since');
    expect(rows[2]).toBe('<td><p>Baltic Technical University</p></td><td></td><td></td><td></td></tr></tbody></table>');
  });

  it('has no table of contents and no comments appendix unless asked', () => {
    expect(text).not.toContain('Contents');
    expect(text).not.toContain('Open comments');
  });
});

describe('DOCX export: consortium agreement', async () => {
  const { html, text } = await read(await renderDocx(fixtureModel('agreement')));

  it('numbers the clauses', () => {
    expect(h1s(html)).toEqual(['19. Consortium agreement']);
    expect(html).toMatch(/<h2>(<a id="[^"]*"><\/a>)*1\. Parties and purpose<\/h2>/);
    expect(html).toMatch(/<h3>(<a id="[^"]*"><\/a>)*1\.1 Definitions<\/h3>/);
    expect(html).toMatch(/<h2>(<a id="[^"]*"><\/a>)*2\. Governance<\/h2>/);
  });

  it('ends with a signature block per partner', () => {
    const signatures = text.slice(text.indexOf('Signatures'));
    expect(text.indexOf('Signatures')).toBeGreaterThan(text.indexOf('A steering committee meets twice a year.'));
    for (const s of [
      'University of Northbridge',
      'Prof. Pieter Jansen',
      'Rector',
      'Universitat del Mar',
      'Dra. Laura Vidal',
      'Vice-Rector for Education',
      'Baltic Technical University',
      'Prof. Tomas Petrauskas',
    ]) {
      expect(signatures).toContain(s);
    }
    expect(signatures.match(/Signature: _{5,}/g)).toHaveLength(3);
    expect(signatures.match(/Date: _{5,}/g)).toHaveLength(3);
  });

  it('writes "—" for a partner without a signatory', async () => {
    const model = fixtureModel('agreement');
    model.consortium.partners = [{ ...model.consortium.partners[0]!, signatoryName: '', signatoryRole: '' }];
    const { text } = await read(await renderDocx(model));
    expect(text).toContain('Signatory: —');
    expect(text).toContain('Role: —');
  });
});

describe('DOCX export: whole dossier', async () => {
  const bytes = await renderDocx(fixtureModel(undefined, true));
  const { html, text } = await read(bytes);

  it('has a table of contents with page numbers', () => {
    expect(text).toContain('Contents');
    const xml = unzip(bytes).get('word/document.xml')!;
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(text).toMatch(/1\. The micro-credential concept\t1\n/);
    expect(text).toMatch(/8\. Shared vision\t8\n/);
    expect(text).toMatch(/Purpose and learners served\t8\n/);
  });

  it('has all 19 chapters as Heading 1, in order, then the comments appendix', () => {
    const expected = CHAPTERS.map((c) => `${c.number}. ${c.title}`);
    expect(expected).toHaveLength(19);
    expect(h1s(html)).toEqual([...expected, 'Open comments']);
    expect(text).toContain('No content yet.');
  });

  it('lists open comment threads with chapter, quote and messages', () => {
    const appendix = text.slice(text.lastIndexOf('Open comments'));
    expect(appendix).toContain('Shared vision');
    expect(appendix).toContain('“green skills”');
    expect(appendix).toContain('Quinn QA · Baltic Technical University · 22 November 2026');
    expect(appendix).toContain('Which skills exactly? <b>bold?</b>');
    expect(html).toContain('Which skills exactly? &lt;b&gt;bold?&lt;/b&gt;');
  });

  it('numbers body pages "Page X of Y" in a footer; the title page has none', () => {
    const parts = unzip(bytes);
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(1);
    expect(footers[0]![1]).toContain('SECTIONPAGES');
    expect(footers[0]![1]).toContain('Page ');
    const sections = parts.get('word/document.xml')!.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toContain('footerReference');
    expect(sections[2]).toContain('footerReference');
  });
});

describe('DOCX export: other blocks', () => {
  const t = (text: string, marks?: string[]): JSONContent => ({
    type: 'text',
    text,
    ...(marks ? { marks: marks.map((type) => ({ type })) } : {}),
  });
  const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
  const li = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });

  it('writes marks, breaks, nested lists, restarted numbering, quotes, code and rules', async () => {
    const model = fixtureModel('vision');
    model.chapters[0]!.signoffs = [];
    model.chapters[0]!.blocks = [
      p(
        t('a'),
        t('struck', ['strike']),
        t('under', ['underline']),
        t('mono', ['code']),
        { type: 'hardBreak' },
        t('next line'),
        t('mail', []),
      ),
      { type: 'bulletList', content: [li(p(t('outer')), { type: 'orderedList', attrs: { start: 1 }, content: [li(p(t('inner')))] })] },
      { type: 'orderedList', attrs: { start: 1 }, content: [li(p(t('one')))] },
      { type: 'orderedList', attrs: { start: 1 }, content: [li(p(t('again')))] },
      { type: 'orderedList', attrs: { start: 4 }, content: [li(p(t('four')))] },
      { type: 'blockquote', content: [p(t('quoted'))] },
      { type: 'codeBlock', content: [t('if (a < b) {\n  go();\n}')] },
      { type: 'horizontalRule' },
    ];
    const bytes = await renderDocx(model);
    const { html, text } = await read(bytes);
    expect(html).toContain('<s>struck</s>');
    expect(html).toContain('<br />next line');
    expect(html).toContain('<ul><li>outer<ol><li>inner</li></ol></li></ul>');
    expect(text).toContain('quoted');
    expect(html).toContain('if (a &lt; b) {<br />  go();<br />}');
    expect(text).not.toContain('Sign-off');
    const xml = unzip(bytes).get('word/document.xml')!;
    expect(xml).toContain('<w:u w:val="single"/>');
    expect(xml).toMatch(/<w:r><w:rPr><w:rFonts w:ascii="Liberation Mono"(?:(?!<\/w:r>).)*<w:t xml:space="preserve">mono<\/w:t>/);
    // Each numbered list is its own instance, so numbering restarts at 1 (or at its start).
    const numIds = (word: string) => xml.match(new RegExp(`<w:numId w:val="(\\d+)"/>(?:(?!</w:p>).)*>${word}<`))?.[1];
    const ids = ['inner', 'one', 'again', 'four'].map(numIds);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(4);
    const numbering = unzip(bytes).get('word/numbering.xml')!;
    expect(numbering).toContain('<w:start w:val="4"/>');
    expect(xml).toContain('w:val="Quote"');
    expect(xml).toContain('w:val="Code"');
    expect(xml).toContain('w:val="Rule"');
  });

  it('drops characters XML cannot carry and keeps untrusted names inert', async () => {
    const model = fixtureModel('vision');
    model.consortium = { ...model.consortium, name: 'Evil <w:p> & "Co"\u0001\uFFFF' };
    model.chapters[0]!.blocks = [p(t('ctrl\u0000\u0008\uFFFE text'))];
    const bytes = await renderDocx(model);
    const { text } = await read(bytes);
    expect(text).toContain('Evil <w:p> & "Co"');
    expect(text).toContain('ctrl text');
    const xml = unzip(bytes).get('word/document.xml')!;
    expect(xml).toContain('Evil &lt;w:p&gt; &amp;');
    // eslint-disable-next-line no-control-regex -- the point is to find control characters Word refuses
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFE\uFFFF]/);
  });
});
