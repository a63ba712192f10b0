import { useEffect, useState } from 'react';
import { DocumentName } from '../../shared/names.ts';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import { readThreads, readWorkflow, readSignoffs, roots, type Thread, type ChapterWorkflow, type SignOff } from '../../shared/discussion.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { openSession, type CollabSession } from '../collab/session.ts';
import type * as Y from 'yjs';

export interface DiscussionView {
  threads: Thread[];
  workflow: Record<string, ChapterWorkflow>;
  signoffs: Record<string, SignOff[]>;
  /** Thread id → how many messages this person has seen. */
  reads: Map<string, number>;
}

const EMPTY: DiscussionView = { threads: [], workflow: {}, signoffs: {}, reads: new Map() };

/** The discussion document, read live (the server writes it; pages only read). */
export function useDiscussion(consortiumId: string, userId: string): { session?: CollabSession; view: DiscussionView } {
  const [session, setSession] = useState<CollabSession>();
  const [view, setView] = useState<DiscussionView>(EMPTY);
  useEffect(() => {
    const s = openSession(consortiumId, DocumentName.discussion, { canWrite: false });
    setSession(s);
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView(readView(s.doc, userId)));
    };
    s.doc.on('update', read);
    read();
    return () => {
      cancelAnimationFrame(frame);
      s.doc.off('update', read);
      s.destroy();
    };
  }, [consortiumId, userId]);
  return { session, view };
}

function readView(doc: Y.Doc, userId: string): DiscussionView {
  const workflow: DiscussionView['workflow'] = {};
  const signoffs: DiscussionView['signoffs'] = {};
  for (const key of CHAPTER_KEYS) {
    workflow[key] = readWorkflow(doc, key);
    signoffs[key] = readSignoffs(doc, key);
  }
  const reads = new Map<string, number>();
  const prefix = `${userId}/`;
  roots(doc).reads.forEach((count, key) => {
    if (key.startsWith(prefix)) reads.set(key.slice(prefix.length), count);
  });
  return { threads: readThreads(doc), workflow, signoffs, reads };
}

/** Current chapter versions of the dossier, recomputed as it changes (for stale sign-offs). */
export function useChapterVersions(doc: Y.Doc | undefined): Map<string, string> {
  const [versions, setVersions] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersions(chapterVersions(doc)), 150);
    };
    doc.on('update', read);
    setVersions(chapterVersions(doc));
    return () => {
      clearTimeout(timer);
      doc.off('update', read);
    };
  }, [doc]);
  return versions;
}

export function unreadIn(thread: Thread, view: DiscussionView, userId: string): number {
  const seen = view.reads.get(thread.id) ?? 0;
  return thread.messages.slice(seen).filter((m) => m.author.userId !== userId && !m.deleted).length;
}
