import type * as Y from 'yjs';
import { CHAPTER_KEYS } from '../../shared/chapterTypes.ts';
import {
  frozenExecution,
  readAgreedReason,
  readApprovals,
  readExecutions,
  readSignatures,
  type AgreedReason,
  type ExecutionSummary,
  type InstitutionalApproval,
  type SignatureSummary,
} from '../../shared/execution.ts';

/** What the pages show of approvals and the executed agreement, read from the discussion document. */
export interface ExecutionView {
  approvals: Record<string, InstitutionalApproval[]>;
  agreedReasons: Record<string, AgreedReason>;
  executions: ExecutionSummary[];
  /** The execution in force (the agreement is read-only), or null. */
  frozen: ExecutionSummary | null;
  /** Execution number → its signed copies. */
  signatures: Record<number, SignatureSummary[]>;
}

export const EMPTY_EXECUTION: ExecutionView = { approvals: {}, agreedReasons: {}, executions: [], frozen: null, signatures: {} };

export function readExecutionView(doc: Y.Doc): ExecutionView {
  const approvals: ExecutionView['approvals'] = {};
  const agreedReasons: ExecutionView['agreedReasons'] = {};
  for (const key of CHAPTER_KEYS) {
    approvals[key] = readApprovals(doc, key);
    const reason = readAgreedReason(doc, key);
    if (reason) agreedReasons[key] = reason;
  }
  const executions = readExecutions(doc);
  const signatures: ExecutionView['signatures'] = {};
  for (const e of executions) signatures[e.number] = readSignatures(doc, e.number);
  return { approvals, agreedReasons, executions, frozen: frozenExecution(doc), signatures };
}
