import { useEffect, useState } from 'react';
import { DOSSIER_FRAGMENT, DocumentName } from '../../shared/names.ts';
import { chapterVersion, chapterVersions } from '../../shared/chapterVersion.ts';
import {
  readThreads,
  readWorkflow,
  readSignoffs,
  roots,
  type Thread,
  type ChapterWorkflow,
  type SignOff,
} from '../../shared/discussion.ts';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import { readDecisions, type Decision } from '../../shared/decisions.ts';
import type { CollabSession } from '../collab/session.ts';
import { takeSession } from '../collab/earlySessions.ts';
import * as Y from 'yjs';

import { EMPTY_EXECUTION, readExecutionView, type ExecutionView } from './executionView.ts';

export interface DiscussionView {
  threads: Thread[];
  workflow: Record<string, ChapterWorkflow>;
  signoffs: Record<string, SignOff[]>;
  /** Thread id → how many messages this person has seen. */
  reads: Map<string, number>;
  /** Every chapter's decisions, in chapter order. */
  decisions: Decision[];
  /** The agreement's approvals, Agreed reasons, executions and signed copies. */
  execution: ExecutionView;
}

const EMPTY: DiscussionView = { threads: [], workflow: {}, signoffs: {}, reads: new Map(), decisions: [], execution: EMPTY_EXECUTION };

/**
 * The discussion document, read live (the server writes it; pages only read). With `start` false it
 * is not asked for yet: the dossier passes "idle once its text is drawn", so that the threads,
 * workflow and sign-offs (and the comment highlights drawn from them) arrive just after the text
 * instead of competing with it (21 alternating loads: editable in 0.94x the time). Once started it
 * stays open.
 */
export function useDiscussion(consortiumId: string, userId: string, start = true): { session?: CollabSession; view: DiscussionView } {
  const [session, setSession] = useState<CollabSession>();
  const [view, setView] = useState<DiscussionView>(EMPTY);
  const [started, setStarted] = useState(start);
  if (start && !started) setStarted(true);
  useEffect(() => {
    if (!started) return;
    const s = takeSession(consortiumId, DocumentName.discussion, { canWrite: false });
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
  }, [consortiumId, userId, started]);
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
  return { threads: readThreads(doc), workflow, signoffs, reads, decisions: readDecisions(doc), execution: readExecutionView(doc) };
}

/**
 * Current chapter versions of the dossier (for stale sign-offs). Only the chapters an update touched
 * are hashed again, a moment after typing pauses, and the map changes only when a version did.
 */
export function useChapterVersions(doc: Y.Doc | undefined): Map<string, string> {
  const [versions, setVersions] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!doc) return;
    const fragment = doc.getXmlFragment(DOSSIER_FRAGMENT);
    const dirty = new Set<Y.XmlElement>();
    let all = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recompute = () => {
      const changed = all
        ? chapterVersions(doc)
        : new Map([...dirty].map((c) => [String(c.getAttribute('key')), chapterVersion(c)] as const));
      const replaceAll = all;
      all = false;
      dirty.clear();
      setVersions((previous) => {
        if (!replaceAll && [...changed].every(([key, version]) => previous.get(key) === version)) return previous;
        return replaceAll ? changed : new Map([...previous, ...changed]);
      });
    };
    const observe = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) {
        const chapter = topLevelOf(fragment, event.target);
        if (chapter instanceof Y.XmlElement && chapter.nodeName === 'chapter') dirty.add(chapter);
        else all = true; // chapters themselves added or removed (a seed, a remote fix-up)
      }
      clearTimeout(timer);
      timer = setTimeout(recompute, 150);
    };
    fragment.observeDeep(observe);
    recompute();
    return () => {
      clearTimeout(timer);
      fragment.unobserveDeep(observe);
    };
  }, [doc]);
  return versions;
}

/** The child of `fragment` that contains `type` (itself when it is one), or undefined for the fragment. */
function topLevelOf(fragment: Y.XmlFragment, type: Y.AbstractType<unknown>): Y.AbstractType<unknown> | undefined {
  let current: Y.AbstractType<unknown> | null = type;
  while (current && current.parent !== fragment) current = current.parent as Y.AbstractType<unknown> | null;
  return current ?? undefined;
}

export function unreadIn(thread: Thread, view: DiscussionView, userId: string): number {
  const seen = view.reads.get(thread.id) ?? 0;
  return thread.messages.slice(seen).filter((m) => m.author.userId !== userId && !m.deleted).length;
}
