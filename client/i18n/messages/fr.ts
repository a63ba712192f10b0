import type { Translation } from './en.ts';

export const fr: Translation = {
  'app.opening': 'Ouverture de Jointly…',
  'app.noConsortium.title': 'Consortium introuvable',
  'app.noConsortium.body': 'Cette adresse ne mène à aucun consortium. Vérifiez le lien ou rouvrez votre lien d’invitation.',
  'app.badInvite.title': 'Ce lien d’invitation n’est plus valable',
  'app.badInvite.body': 'Une partie du lien semble manquer ou avoir été modifiée. Demandez-en un nouveau à votre coordinateur.',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.body': 'Vérifiez le lien ou rouvrez votre lien d’invitation.',
  'documentLanguage.label': 'Langue des exports',
  'documentLanguage.hint':
    'Les exports utilisent cette langue pour leurs mentions fixes : table des matières, numéros de page, tableaux de validation et blocs de signature. Votre propre texte n’est jamais traduit.',
  'documentLanguage.saved': 'Les exports utiliseront désormais : {language}.',
  'documentLanguage.only':
    'Les exports utilisent la langue suivante pour leurs mentions fixes : {language}. Seuls les coordinateurs peuvent la modifier.',
};
