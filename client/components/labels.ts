import {
  PARTNER_IDENTIFIER_LABEL,
  PARTNER_IDENTIFIER_TYPES,
  PARTNER_TYPE_LABEL,
  PARTNER_TYPES,
  type PartnerType,
} from '../../shared/api.ts';
import { ROLE_LABEL, ROLES, type Role } from '../../shared/roles.ts';
import type { MessageId } from '../i18n/messages/en.ts';
import { intlLocale } from './dates.ts';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] }));
/** The kinds of identifier; forms put their own "Not given" choice first. */
export const PARTNER_IDENTIFIER_CHOICES = PARTNER_IDENTIFIER_TYPES.map((type) => ({ value: type, label: PARTNER_IDENTIFIER_LABEL[type] }));
export const PARTNER_TYPE_OPTIONS = PARTNER_TYPES.map((type) => ({ value: type, label: PARTNER_TYPE_LABEL[type] }));

/** What each role may do, in one line, for hints next to role pickers. */
export const ROLE_HINT: Record<Role, MessageId> = {
  coordinator: 'role.hint.coordinator',
  editor: 'role.hint.editor',
  commenter: 'role.hint.commenter',
  viewer: 'role.hint.viewer',
};

export function partnerTypeLabel(type: string): string {
  return PARTNER_TYPE_LABEL[type as PartnerType] ?? type;
}

/** "NL" → "Netherlands" ("Pays-Bas" in French); unknown or empty codes come back as they are. */
export function countryName(code: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric' });
}
