import { CloseCode, describeClose } from '../../closeCodes.ts';
import type { Locale } from '../locales.ts';

type Other = Exclude<Locale, 'en'>;

/** Sync close sentences by close code; `{code}` stands for the number where no sentence fits. */
export const CLOSE_SENTENCES: Record<Other, Record<number | 'other', string>> = {
  fr: {
    [CloseCode.normal]: 'Connexion fermée.',
    [CloseCode.goingAway]: 'Le serveur redémarre.',
    [CloseCode.tooBig]: 'Un message dépassait la taille acceptée par le serveur.',
    [CloseCode.serverError]: 'Le serveur a rencontré une erreur interne.',
    [CloseCode.tryAgainLater]: 'Le serveur est occupé ; nouvel essai dans un instant.',
    [CloseCode.malformed]: 'Le serveur n’a pas pu lire un message de cette page.',
    [CloseCode.unauthenticated]: 'Votre connexion est absente ou a expiré. Rouvrez votre lien d’invitation.',
    [CloseCode.forbidden]: 'Vous n’avez pas accès à ce document.',
    [CloseCode.unknown]: 'Ce consortium ou ce document n’existe pas.',
    [CloseCode.tooMany]: 'Trop de connexions ou de messages ; petite pause avant de se reconnecter.',
    [CloseCode.slowConsumer]: 'La connexion était trop lente pour suivre et a été réinitialisée.',
    [CloseCode.membershipChanged]: 'Votre rôle dans ce consortium a changé ; reconnexion avec le nouveau rôle.',
    [CloseCode.frozen]: 'L’accord a été signé et ne peut plus être modifié ; vos modifications n’ont pas été enregistrées.',
    other: 'Connexion fermée (code {code}).',
  },
  de: {
    [CloseCode.normal]: 'Verbindung geschlossen.',
    [CloseCode.goingAway]: 'Der Server wird neu gestartet.',
    [CloseCode.tooBig]: 'Eine Nachricht war größer, als der Server annimmt.',
    [CloseCode.serverError]: 'Auf dem Server ist ein interner Fehler aufgetreten.',
    [CloseCode.tryAgainLater]: 'Der Server ist ausgelastet; gleich erfolgt ein neuer Versuch.',
    [CloseCode.malformed]: 'Der Server konnte eine Nachricht dieser Seite nicht lesen.',
    [CloseCode.unauthenticated]: 'Ihre Anmeldung fehlt oder ist abgelaufen. Öffnen Sie Ihren Einladungslink erneut.',
    [CloseCode.forbidden]: 'Sie haben keinen Zugriff auf dieses Dokument.',
    [CloseCode.unknown]: 'Dieses Konsortium oder Dokument gibt es nicht.',
    [CloseCode.tooMany]: 'Zu viele Verbindungen oder Nachrichten; kurze Pause vor dem erneuten Verbinden.',
    [CloseCode.slowConsumer]: 'Die Verbindung war zu langsam und wurde zurückgesetzt.',
    [CloseCode.membershipChanged]: 'Ihre Rolle in diesem Konsortium hat sich geändert; neue Verbindung mit der neuen Rolle.',
    [CloseCode.frozen]:
      'Die Vereinbarung wurde unterzeichnet und kann nicht mehr geändert werden; Ihre Änderungen wurden nicht gespeichert.',
    other: 'Verbindung geschlossen (Code {code}).',
  },
  es: {
    [CloseCode.normal]: 'Conexión cerrada.',
    [CloseCode.goingAway]: 'El servidor se está reiniciando.',
    [CloseCode.tooBig]: 'Un mensaje superaba el tamaño que acepta el servidor.',
    [CloseCode.serverError]: 'El servidor ha sufrido un error interno.',
    [CloseCode.tryAgainLater]: 'El servidor está ocupado; se volverá a intentar en breve.',
    [CloseCode.malformed]: 'El servidor no ha podido leer un mensaje de esta página.',
    [CloseCode.unauthenticated]: 'Falta su inicio de sesión o ha caducado. Vuelva a abrir su enlace de invitación.',
    [CloseCode.forbidden]: 'No tiene acceso a este documento.',
    [CloseCode.unknown]: 'Este consorcio o documento no existe.',
    [CloseCode.tooMany]: 'Demasiadas conexiones o mensajes; se espera un momento antes de reconectar.',
    [CloseCode.slowConsumer]: 'La conexión era demasiado lenta y se ha reiniciado.',
    [CloseCode.membershipChanged]: 'Su rol en este consorcio ha cambiado; reconectando con el nuevo rol.',
    [CloseCode.frozen]: 'El acuerdo se ha firmado y ya no se puede modificar; sus cambios no se han guardado.',
    other: 'Conexión cerrada (código {code}).',
  },
  nl: {
    [CloseCode.normal]: 'Verbinding gesloten.',
    [CloseCode.goingAway]: 'De server wordt opnieuw gestart.',
    [CloseCode.tooBig]: 'Een bericht was groter dan de server accepteert.',
    [CloseCode.serverError]: 'Er is een interne fout opgetreden op de server.',
    [CloseCode.tryAgainLater]: 'De server is druk; zo meteen volgt een nieuwe poging.',
    [CloseCode.malformed]: 'De server kon een bericht van deze pagina niet lezen.',
    [CloseCode.unauthenticated]: 'Je bent niet (meer) aangemeld. Open je uitnodigingslink opnieuw.',
    [CloseCode.forbidden]: 'Je hebt geen toegang tot dit document.',
    [CloseCode.unknown]: 'Dit consortium of document bestaat niet.',
    [CloseCode.tooMany]: 'Te veel verbindingen of berichten; even wachten voordat opnieuw wordt verbonden.',
    [CloseCode.slowConsumer]: 'De verbinding was te traag en is opnieuw opgezet.',
    [CloseCode.membershipChanged]: 'Je rol in dit consortium is gewijzigd; opnieuw verbinden met de nieuwe rol.',
    [CloseCode.frozen]: 'De overeenkomst is ondertekend en kan niet meer worden gewijzigd; je wijzigingen zijn niet opgeslagen.',
    other: 'Verbinding gesloten (code {code}).',
  },
};

/** A sentence a person can read for a sync close code, in their language. */
export function closeSentence(code: number, locale: Locale): string {
  if (locale === 'en') return describeClose(code);
  const table = CLOSE_SENTENCES[locale];
  return table[code] ?? table.other.replace('{code}', String(code));
}
