import type { Translation } from './en.ts';

export const de: Translation = {
  'app.opening': 'Jointly wird geöffnet…',
  'app.noConsortium.title': 'Dieses Konsortium gibt es nicht',
  'app.noConsortium.body': 'Diese Adresse führt zu keinem Konsortium. Prüfen Sie den Link oder öffnen Sie Ihren Einladungslink erneut.',
  'app.badInvite.title': 'Dieser Einladungslink ist nicht mehr gültig',
  'app.badInvite.body': 'Ein Teil des Links fehlt oder wurde verändert. Bitten Sie Ihre Koordination um einen neuen Link.',
  'app.notFound.title': 'Seite nicht gefunden',
  'app.notFound.body': 'Prüfen Sie den Link oder öffnen Sie Ihren Einladungslink erneut.',
  'documentLanguage.label': 'Sprache der Exporte',
  'documentLanguage.hint':
    'Exporte verwenden diese Sprache für ihre festen Bestandteile: Inhaltsverzeichnis, Seitenzahlen, Freigabetabellen und Unterschriftenblöcke. Ihr eigener Text wird nie übersetzt.',
  'documentLanguage.saved': 'Exporte verwenden jetzt diese Sprache: {language}.',
  'documentLanguage.only':
    'Exporte verwenden für ihre festen Bestandteile diese Sprache: {language}. Nur die Koordination kann sie ändern.',
};
