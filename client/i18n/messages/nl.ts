import type { Translation } from './en.ts';

export const nl: Translation = {
  'app.opening': 'Jointly wordt geopend…',
  'app.noConsortium.title': 'Dit consortium bestaat niet',
  'app.noConsortium.body': 'Dit adres leidt niet naar een consortium. Controleer de link of open je uitnodigingslink opnieuw.',
  'app.badInvite.title': 'Deze uitnodigingslink is niet meer geldig',
  'app.badInvite.body': 'Een deel van de link lijkt te ontbreken of is gewijzigd. Vraag je coördinator om een nieuwe.',
  'app.notFound.title': 'Pagina niet gevonden',
  'app.notFound.body': 'Controleer de link of open je uitnodigingslink opnieuw.',
  'documentLanguage.label': 'Taal van exports',
  'documentLanguage.hint':
    'Exports gebruiken deze taal voor hun vaste teksten: inhoudsopgave, paginanummers, akkoordtabellen en handtekeningblokken. Uw eigen tekst wordt nooit vertaald.',
  'documentLanguage.saved': 'Exports gebruiken nu deze taal: {language}.',
  'documentLanguage.only': 'Exports gebruiken deze taal voor hun vaste teksten: {language}. Alleen coördinatoren kunnen dit wijzigen.',
};
