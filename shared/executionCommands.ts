import { z } from './zod.ts';
import { ID_PATTERN } from './names.ts';
import { requiredText } from './api.ts';

/** Bodies and parameters of the approval and execution commands (docs/API.md, "Agreement"), validated by the server. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');

export const RecordApproval = z.object({
  partnerId: z.string().regex(ID_PATTERN),
  body: requiredText(120),
  date: isoDate,
  reference: requiredText(120),
});
export type RecordApproval = z.infer<typeof RecordApproval>;

/** The query of a signed-copy upload (the body is the PDF itself). */
export const SignatureDetails = z.object({
  signedOn: isoDate,
  signatoryName: requiredText(120),
});
export type SignatureDetails = z.infer<typeof SignatureDetails>;

/**
 * Executing the agreement. While the readiness before signing lists open points (a mandatory clause
 * missing, a chapter it rests on not agreed by every partner, a partner without a signatory) the
 * server refuses with `agreement-not-ready` and those points as `details`, unless the coordinator
 * has seen them and executes anyway.
 */
export const ExecuteAgreement = z.object({ despiteOpenPoints: z.boolean().optional() });
export type ExecuteAgreement = z.infer<typeof ExecuteAgreement>;

/** Largest signed PDF accepted. */
export const MAX_SIGNED_PDF_BYTES = 20 * 1024 * 1024;
