/**
 * The REST API's request bodies and responses, as zod schemas shared by the server (validation)
 * and the client (types). Every error response is an `ErrorBody`.
 */
import { LOCALES, type Locale } from './i18n/locales.ts';
import { z } from './zod.ts';
import { ID_PATTERN } from './names.ts';
import { ROLES } from './roles.ts';
import { PARTNER_IDENTIFIER_TYPES, PARTNER_TYPES } from './partnerKinds.ts';

/**
 * Control, zero-width and bidi-override characters: invisible, and able to disguise a name (an RTL
 * override turns "Univ‮fdp.exe" around). Stripped from every display text, as cleanName does for people's names.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const visible = () => z.string().transform((s) => s.replace(INVISIBLE, ''));
const text = (max: number) => visible().pipe(z.string().trim().max(max));
const required = (max: number) => visible().pipe(z.string().trim().min(1, 'Please fill this in.').max(max));
/** A display text that must be given: invisible characters stripped, trimmed, at most `max` characters. */
export const requiredText = required;

/**
 * The body of every error response. `code` is a stable word (`invalid`, `forbidden`, `unknown-partner`,
 * `last-coordinator`, …; docs/API.md); `details` is there for `invalid`: `[{ path, message }]` per field.
 */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

// The partner kinds live in a module without zod: the dossier page needs their labels, not the schemas.
export { PARTNER_TYPES, PARTNER_TYPE_LABEL, PARTNER_IDENTIFIER_TYPES, PARTNER_IDENTIFIER_LABEL } from './partnerKinds.ts';
export type { PartnerType, PartnerIdentifierType } from './partnerKinds.ts';

/** A partner's fields without defaults: a change (PATCH) names only what it changes. */
const partnerFields = {
  name: required(160),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Please use the two-letter country code, e.g. NL for the Netherlands.')
    .or(z.literal('')),
  type: z.enum(PARTNER_TYPES),
  contactName: text(120),
  contactEmail: z.email('Please enter an e-mail address, like name@university.eu.').max(200).or(z.literal('')),
  signatoryName: text(120),
  signatoryRole: text(120),
  /**
   * The legal details the ELM export and the supplements need. Optional, so records stored before
   * they existed stay valid; readers treat a missing one as not given.
   */
  /** The institution's official legal name; `name` is how people call it. */
  legalName: text(250).optional(),
  identifierType: z.enum(['', ...PARTNER_IDENTIFIER_TYPES]).optional(),
  identifier: text(60).optional(),
  /** Postal address in one text (street, postcode, city); the country is `country`. */
  address: text(300).optional(),
  website: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s]+$/i, 'Please enter a web address starting with https://.')
    .max(300)
    .or(z.literal(''))
    .optional(),
};

export const PartnerInput = z.object({
  ...partnerFields,
  country: partnerFields.country.default(''),
  type: partnerFields.type.default('degree-awarding'),
  contactName: partnerFields.contactName.default(''),
  contactEmail: partnerFields.contactEmail.default(''),
  signatoryName: partnerFields.signatoryName.default(''),
  signatoryRole: partnerFields.signatoryRole.default(''),
});
export type PartnerInput = z.infer<typeof PartnerInput>;
/** zod 4 fills defaults in even inside `.partial()`, which would blank every field a change leaves out. */
export const PartnerPatch = z.object(partnerFields).partial();

export interface Partner extends PartnerInput {
  id: string;
}

export interface Consortium {
  id: string;
  name: string;
  programmeTitle: string;
  /** Language of the exports' fixed labels (contents, page numbers, sign-off table); absent means English. */
  documentLanguage?: Locale;
  partners: Partner[];
  createdAt: string;
}

export const CreateConsortium = z.object({
  name: required(160),
  programmeTitle: text(200).default(''),
  /** Optional; derived from the name when missing. */
  id: z.string().regex(ID_PATTERN, 'Please use only lowercase letters, digits and dashes.').optional(),
  coordinatorName: required(80),
  partner: PartnerInput,
});
export type CreateConsortium = z.infer<typeof CreateConsortium>;

export const UpdateConsortium = z.object({
  name: required(160).optional(),
  programmeTitle: text(200).optional(),
  documentLanguage: z.enum(LOCALES, 'Please choose one of the languages Jointly offers: en, fr, de, es or nl.').optional(),
});

export const Role = z.enum(ROLES);

export interface Member {
  userId: string;
  name: string;
  partnerId: string;
  role: z.infer<typeof Role>;
  joinedAt: string;
  /** The partner this person may record institutional approvals for, if a coordinator allowed it. */
  approvesFor?: string | null;
}

export const UpdateMember = z.object({ role: Role.optional(), partnerId: z.string().regex(ID_PATTERN).optional() });
/** Who may record institutional approvals for which partner (null: nobody's). */
export const SetApprover = z.object({ approvesFor: z.string().regex(ID_PATTERN).nullable() });

/** Merge the member in the path (a duplicate) into the member `into`: the same person under two user ids. */
export const MergeMember = z.object({ into: z.string().min(1, 'Choose the member this person really is.').max(200) });

export const CreateInvite = z.object({
  role: Role,
  partnerId: z.string().regex(ID_PATTERN),
  label: text(120).default(''),
  /** Days until the link stops working; none means it does not expire. */
  expiresInDays: z.number().int().min(1).max(365).optional(),
  /** How many people may join with it; none means unlimited. */
  maxUses: z.number().int().min(1).max(1000).optional(),
});
export type CreateInvite = z.infer<typeof CreateInvite>;

export interface Invite {
  id: string;
  role: z.infer<typeof Role>;
  partnerId: string;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
}

/** What the join page shows before someone accepts. */
export interface InvitePreview {
  consortiumName: string;
  programmeTitle: string;
  partnerName: string;
  role: z.infer<typeof Role>;
}

export const AcceptInvite = z.object({ name: required(80) });

export interface Membership {
  consortiumId: string;
  consortiumName: string;
  partnerName: string;
  role: z.infer<typeof Role>;
}

export interface MeResponse {
  identity: { userId: string; name: string; consortiumId: string; partnerId: string; role: z.infer<typeof Role> };
  memberships: Membership[];
  /** The interface language kept with the person's account, or null when they chose none. */
  locale: Locale | null;
}

/**
 * `GET /api/me?signedOut=answer` (SIGNED_OUT_ANSWER): a page that only wants to know whether anyone
 * is signed in asks this way and hears "nobody" as an answer (200) rather than a 401, which every
 * browser logs to the console as a failed request on each signed-out visit. `refused` is the error
 * the plain form sends.
 */
export interface SignedOutAnswer {
  identity: null;
  refused: ErrorBody['error'] & { status: number };
}

export const SwitchConsortium = z.object({ consortiumId: z.string().regex(ID_PATTERN) });

/** Slug for a consortium id from its name ("Green Skills for Europe" → "green-skills-for-europe"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'consortium';
}
