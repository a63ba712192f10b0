import type { Translation } from './en.ts';

export const fr: Translation = {
  'app.opening': 'Ouverture de Jointly…',
  'app.noConsortium.title': 'Consortium introuvable',
  'app.noConsortium.body': 'Cette adresse ne mène à aucun consortium. Vérifiez le lien ou rouvrez votre lien d’invitation.',
  'app.badInvite.title': 'Ce lien d’invitation n’est plus valable',
  'app.badInvite.body': 'Une partie du lien semble manquer ou avoir été modifiée. Demandez-en un nouveau à votre coordinateur.',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.body': 'Vérifiez le lien ou rouvrez votre lien d’invitation.',
  'a11y.skipToText': 'Aller au texte',
  'a11y.skipToContent': 'Aller au contenu',
  'a11y.editorLabel': 'Texte du dossier',
  'a11y.joined': '{name} ({partner}) a rejoint le dossier',
  'a11y.left': '{name} ({partner}) a quitté le dossier',
  'a11y.commentHighlight': 'Commentaire de {author} : {text}',
  'a11y.commentButton': 'Commenter le texte sélectionné (Ctrl+Alt+M)',
  'a11y.signoff.signed': 'validé',
  'a11y.signoff.stale': 'validé, mais le texte a changé depuis',
  'a11y.signoff.pending': 'pas encore validé',
};
