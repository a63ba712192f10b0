/** What kind of institution a partner is, and how it is identified (labels in English; translations in shared/i18n/content/terms.ts). */
export const PARTNER_TYPES = ['degree-awarding', 'non-awarding', 'employer', 'professional-body'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
export const PARTNER_TYPE_LABEL: Record<PartnerType, string> = {
  'degree-awarding': 'Degree-awarding university',
  'non-awarding': 'Non-awarding institution',
  employer: 'Employer',
  'professional-body': 'Professional body',
};

/** How an institution is identified: the EU participant code, the Erasmus code, or its national registration. */
export const PARTNER_IDENTIFIER_TYPES = ['pic', 'erasmus', 'national'] as const;
export type PartnerIdentifierType = (typeof PARTNER_IDENTIFIER_TYPES)[number];
export const PARTNER_IDENTIFIER_LABEL: Record<PartnerIdentifierType, string> = {
  pic: 'PIC (EU participant identification code)',
  erasmus: 'Erasmus code',
  national: 'National registration number',
};
