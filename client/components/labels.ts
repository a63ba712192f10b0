import {
  PARTNER_IDENTIFIER_LABEL,
  PARTNER_IDENTIFIER_TYPES,
  PARTNER_TYPE_LABEL,
  PARTNER_TYPES,
  type PartnerType,
} from '../../shared/api.ts';
import { ROLE_LABEL, ROLES } from '../../shared/roles.ts';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] }));
export const PARTNER_IDENTIFIER_OPTIONS = [
  { value: '', label: 'Not given' },
  ...PARTNER_IDENTIFIER_TYPES.map((type) => ({ value: type, label: PARTNER_IDENTIFIER_LABEL[type] })),
];
export const PARTNER_TYPE_OPTIONS = PARTNER_TYPES.map((type) => ({ value: type, label: PARTNER_TYPE_LABEL[type] }));

/** What each role may do, in one line, for hints next to role pickers (kept in shared/ so every language has it). */
export { ROLE_HINT } from '../../shared/roles.ts';

export function partnerTypeLabel(type: string): string {
  return PARTNER_TYPE_LABEL[type as PartnerType] ?? type;
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/** "NL" → "Netherlands"; unknown or empty codes come back as they are. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
