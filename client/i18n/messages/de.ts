import type { Translation } from './en.ts';

export const de: Translation = {
  'app.opening': 'Jointly wird geöffnet…',
  'app.noConsortium.title': 'Dieses Konsortium gibt es nicht',
  'app.noConsortium.body': 'Diese Adresse führt zu keinem Konsortium. Prüfen Sie den Link oder öffnen Sie Ihren Einladungslink erneut.',
  'app.badInvite.title': 'Dieser Einladungslink ist nicht mehr gültig',
  'app.badInvite.body': 'Ein Teil des Links fehlt oder wurde verändert. Bitten Sie Ihre Koordination um einen neuen Link.',
  'app.notFound.title': 'Seite nicht gefunden',
  'app.notFound.body': 'Prüfen Sie den Link oder öffnen Sie Ihren Einladungslink erneut.',
  'a11y.skipToText': 'Zum Text springen',
  'a11y.skipToContent': 'Zum Inhalt springen',
  'a11y.editorLabel': 'Text des Dossiers',
  'a11y.joined': '{name} ({partner}) ist dazugekommen',
  'a11y.left': '{name} ({partner}) hat das Dossier verlassen',
  'a11y.commentHighlight': 'Kommentar von {author}: {text}',
  'a11y.commentButton': 'Markierten Text kommentieren (Strg+Alt+M)',
  'a11y.signoff.signed': 'freigegeben',
  'a11y.signoff.stale': 'freigegeben, aber der Text hat sich seitdem geändert',
  'a11y.signoff.pending': 'noch nicht freigegeben',
};
