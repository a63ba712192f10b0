import type { Translation } from './en.ts';

export const nl: Translation = {
  'app.opening': 'Jointly wordt geopend…',
  'app.noConsortium.title': 'Dit consortium bestaat niet',
  'app.noConsortium.body': 'Dit adres leidt niet naar een consortium. Controleer de link of open je uitnodigingslink opnieuw.',
  'app.badInvite.title': 'Deze uitnodigingslink is niet meer geldig',
  'app.badInvite.body': 'Een deel van de link lijkt te ontbreken of is gewijzigd. Vraag je coördinator om een nieuwe.',
  'app.notFound.title': 'Pagina niet gevonden',
  'app.notFound.body': 'Controleer de link of open je uitnodigingslink opnieuw.',
  'a11y.skipToText': 'Naar de tekst',
  'a11y.skipToContent': 'Naar de inhoud',
  'a11y.editorLabel': 'Tekst van het dossier',
  'a11y.joined': '{name} ({partner}) doet nu mee',
  'a11y.left': '{name} ({partner}) heeft het dossier verlaten',
  'a11y.commentHighlight': 'Opmerking van {author}: {text}',
  'a11y.commentButton': 'Reageer op de geselecteerde tekst (Ctrl+Alt+M)',
  'a11y.signoff.signed': 'goedgekeurd',
  'a11y.signoff.stale': 'goedgekeurd, maar de tekst is sindsdien gewijzigd',
  'a11y.signoff.pending': 'nog niet goedgekeurd',
};
