import { z } from './zod.ts';
import { CHAPTER_KEYS } from './chapterTypes.ts';
import { DECISION_STATES } from './decisions.ts';

/**
 * The bodies of the decision commands (docs/API.md), validated by the server. Apart from
 * shared/decisions.ts so that the pages, which only read decisions, do not download zod.
 */

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD, e.g. 2027-03-15.')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'This is not a real date.',
  );
const Title = z.string().trim().min(1, 'Say what has to be decided.').max(300);
const emptyIsNull = (v: string | null | undefined) => (v === '' ? null : v);

export const UpdateDecision = z
  .object({
    state: z.enum(DECISION_STATES).optional(),
    text: z.string().trim().max(4000).optional(),
    owner: z.string().max(64).nullable().optional().transform(emptyIsNull),
    due: Day.nullable().optional(),
    thread: z.uuid('Link a comment thread by its id.').nullable().optional(),
    title: Title.optional(),
  })
  .strict();
export type UpdateDecision = z.infer<typeof UpdateDecision>;

export const CreateDecision = z
  .object({
    chapter: z.enum(CHAPTER_KEYS),
    title: Title,
    owner: z.string().max(64).nullable().optional().transform(emptyIsNull),
    due: Day.nullable().optional(),
  })
  .strict();
export type CreateDecision = z.infer<typeof CreateDecision>;
