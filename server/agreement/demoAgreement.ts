import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import { clauseJson } from '../../shared/agreement/clauses.ts';

/** The demo's agreement, assembled from the library: every mandatory clause and a few optional ones. */
const DEMO_CLAUSES: [string, string?][] = [
  ['parties'],
  ['purpose'],
  ['governance', 'board'],
  ['roles'],
  ['admission', 'joint'],
  ['examinations', 'joint-award'],
  ['language'],
  ['quality'],
  ['data-protection', 'joint-controllers'],
  ['intellectual-property', 'creator-owns'],
  ['finances'],
  ['liability'],
  ['withdrawal'],
  ['disputes', 'escalation'],
  ['governing-law'],
  ['duration'],
  ['signatures'],
];

/** ProseMirror JSON as y-tiptap stores it: elements with attributes, runs of text as XmlText. */
function toYXml(node: JSONContent): Y.XmlElement {
  const el = new Y.XmlElement(node.type ?? 'paragraph');
  for (const [k, v] of Object.entries(node.attrs ?? {})) el.setAttribute(k, v as string);
  const children: (Y.XmlElement | Y.XmlText)[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const last = children.at(-1);
      if (last instanceof Y.XmlText) last.insert(last.length, child.text ?? '');
      else children.push(new Y.XmlText(child.text ?? ''));
    } else children.push(toYXml(child));
  }
  el.insert(0, children);
  return el;
}

/** Replaces the seeded agreement chapter's prompts with the demo's clauses (inside the caller's transaction). */
export function writeDemoAgreement(doc: Y.Doc): void {
  const chapter = doc
    .getXmlFragment(DOSSIER_FRAGMENT)
    .toArray()
    .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute('key') === 'agreement');
  if (!chapter) return;
  chapter.delete(0, chapter.length);
  chapter.insert(
    0,
    DEMO_CLAUSES.map(([type, variant]) => toYXml(clauseJson(type, variant))),
  );
}
