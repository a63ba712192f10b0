import { PARTNER_IDENTIFIER_TYPES, PARTNER_TYPES, type PartnerType } from '../../shared/partnerKinds.ts';
import { identifierLabel, partnerTypeName, roleLabel } from '../../shared/i18n/content/terms.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import type { MessageId } from '../i18n/messages/en.ts';
import { intlLocale } from './dates.ts';

export const roleOptions = (locale: Locale) => ROLES.map((role) => ({ value: role, label: roleLabel(role, locale) }));
/** The kinds of identifier; forms put their own "Not given" choice first. */
export const identifierChoices = (locale: Locale) =>
  PARTNER_IDENTIFIER_TYPES.map((type) => ({ value: type, label: identifierLabel(type, locale) }));
export const partnerTypeOptions = (locale: Locale) => PARTNER_TYPES.map((type) => ({ value: type, label: partnerTypeName(type, locale) }));

/** What each role may do, in one line, for hints next to role pickers. */
export const ROLE_HINT: Record<Role, MessageId> = {
  coordinator: 'role.hint.coordinator',
  editor: 'role.hint.editor',
  commenter: 'role.hint.commenter',
  viewer: 'role.hint.viewer',
};

/** A partner's type in the reader's language; a type this version does not know comes back as it is. */
export function partnerTypeLabel(type: string, locale: Locale): string {
  return (PARTNER_TYPES as readonly string[]).includes(type) ? partnerTypeName(type as PartnerType, locale) : type;
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
