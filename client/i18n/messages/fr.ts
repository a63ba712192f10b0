import type { Translation } from './en.ts';

export const fr: Translation = {
  'app.opening': 'Ouverture de Jointly…',
  'app.noConsortium.title': 'Consortium introuvable',
  'app.noConsortium.body': 'Cette adresse ne mène à aucun consortium. Vérifiez le lien ou rouvrez votre lien d’invitation.',
  'app.badInvite.title': 'Ce lien d’invitation n’est plus valable',
  'app.badInvite.body': 'Une partie du lien semble manquer ou avoir été modifiée. Demandez-en un nouveau à votre coordinateur.',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.body': 'Vérifiez le lien ou rouvrez votre lien d’invitation.',
};
