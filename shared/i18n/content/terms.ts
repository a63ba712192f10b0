/** Labels of chapter statuses, roles and partner kinds in the reader's language ("approved" means each partner's own institutional bodies approved the text). */
import { PARTNER_IDENTIFIER_LABEL, PARTNER_TYPE_LABEL } from '../../partnerKinds.ts';
import { STATUS_GUIDANCE, STATUS_LABEL } from '../../discussion.ts';
import { ROLE_HINT, ROLE_LABEL } from '../../roles.ts';
import { labelLookup } from './contentPack.ts';

export const statusLabel = labelLookup(STATUS_LABEL, 'statusLabels');
export const statusHint = labelLookup(STATUS_GUIDANCE, 'statusHints');
export const roleLabel = labelLookup(ROLE_LABEL, 'roleLabels');
export const roleHint = labelLookup(ROLE_HINT, 'roleHints');
export const partnerTypeName = labelLookup(PARTNER_TYPE_LABEL, 'partnerTypes');
export const identifierLabel = labelLookup(PARTNER_IDENTIFIER_LABEL, 'identifiers');
