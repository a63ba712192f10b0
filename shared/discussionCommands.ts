import { z } from './zod.ts';
import { CHAPTER_KEYS } from './chapterTypes.ts';
import { CHAPTER_STATUSES } from './discussion.ts';
import { requiredText } from './api.ts';

/**
 * The bodies of the discussion commands (docs/API.md), validated by the server. Apart from
 * shared/discussion.ts so that the pages, which only read the discussion, do not download zod.
 */

const RelPos = z.record(z.string(), z.unknown()).refine((v) => JSON.stringify(v).length < 400, 'anchor too large');

export const CreateThread = z.object({
  chapter: z.enum(CHAPTER_KEYS),
  anchor: z.object({ from: RelPos, to: RelPos }),
  quote: z.string().max(500).default(''),
  text: z.string().trim().min(1, 'Write a comment').max(5000),
});
export type CreateThread = z.infer<typeof CreateThread>;
export const PostMessage = z.object({ text: z.string().trim().min(1, 'Write a reply').max(5000) });
export const ResolveThread = z.object({ resolved: z.boolean() });
export const UpdateChapter = z.object({
  lead: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v)),
  status: z.enum(CHAPTER_STATUSES).optional(),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
    .nullable()
    .optional(),
  /** Why the chapter is Agreed although not every partner's sign-off is current (the Agreed gate). */
  reason: requiredText(500).optional(),
});
