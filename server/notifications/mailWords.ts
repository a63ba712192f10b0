import type { Locale } from '../../shared/i18n/locales.ts';

/**
 * The fixed words of Jointly's e-mails (notifications and sign-in links), in the recipient's
 * interface language (the one kept with their account; English without one). Names, titles and
 * quoted messages are the partners' own and are put in as they are.
 */
export interface MailWords {
  mention(actor: string, chapter: string): string;
  reply(actor: string, chapter: string): string;
  review(chapter: string): string;
  due(chapter: string, day: string): string;
  decisionDue(chapter: string, day: string, title: string): string;
  wrote(actor: string): string;
  reviewBody(actor: string): string;
  dueBody(day: string): string;
  decisionDueBody(day: string): string;
  openConversation: string;
  openDecision: string;
  openChapter: string;
  footer(accountUrl: string): string;
  digestSubject(count: number): string;
  digestIntro: string;
  signInSubject: string;
  signInText(url: string, minutes: number): string;
  verifySubject: string;
  verifyText(url: string, minutes: number): string;
}

const EN: MailWords = {
  mention: (a, c) => `${a} mentioned you in ${c}`,
  reply: (a, c) => `${a} replied in a conversation on ${c}`,
  review: (c) => `Your sign-off is requested: ${c} is in review`,
  due: (c, d) => `${c} is due on ${d}`,
  decisionDue: (c, d, t) => `A decision on ${c} is due on ${d}: “${t}”`,
  wrote: (a) => `${a} wrote:`,
  reviewBody: (a) => `${a} put the chapter in review. Please read it and sign it off for your institution.`,
  dueBody: (d) => `The chapter is due on ${d} and is not agreed yet.`,
  decisionDueBody: (d) => `Your partner owns this decision, due on ${d}, and it is not taken yet.`,
  openConversation: 'Open the conversation',
  openDecision: 'Open the decision',
  openChapter: 'Open the chapter',
  footer: (u) => `You get these e-mails from Jointly. To choose how often (right away, once a day or never), open your account page: ${u}`,
  digestSubject: (n) => `Jointly: ${n === 1 ? '1 update' : `${n} updates`} for you`,
  digestIntro: 'What happened since yesterday:',
  signInSubject: 'Your Jointly sign-in link',
  signInText: (u, m) =>
    `Open this link to sign in to Jointly:\n\n${u}\n\nIt works once, within ${m} minutes. If you did not ask for it, ignore this e-mail.`,
  verifySubject: 'Confirm your e-mail address for Jointly',
  verifyText: (u, m) =>
    `Open this link to sign in to Jointly with this address from now on:\n\n${u}\n\nIt works once, within ${m} minutes. If you did not ask for it, ignore this e-mail.`,
};

const FR: MailWords = {
  mention: (a, c) => `${a} vous a mentionné dans ${c}`,
  reply: (a, c) => `${a} a répondu dans une conversation sur ${c}`,
  review: (c) => `Votre validation est demandée : ${c} est en relecture`,
  due: (c, d) => `${c} est à rendre le ${d}`,
  decisionDue: (c, d, t) => `Une décision sur ${c} est attendue pour le ${d} : « ${t} »`,
  wrote: (a) => `${a} a écrit :`,
  reviewBody: (a) => `${a} a mis le chapitre en relecture. Lisez-le et validez-le pour votre établissement.`,
  dueBody: (d) => `Le chapitre est à rendre le ${d} et n’est pas encore arrêté.`,
  decisionDueBody: (d) => `Votre partenaire est responsable de cette décision, attendue pour le ${d}, et elle n’est pas encore prise.`,
  openConversation: 'Ouvrir la conversation',
  openDecision: 'Ouvrir la décision',
  openChapter: 'Ouvrir le chapitre',
  footer: (u) =>
    `Vous recevez ces e-mails de Jointly. Pour choisir leur fréquence (tout de suite, une fois par jour ou jamais), ouvrez la page de votre compte : ${u}`,
  digestSubject: (n) => `Jointly : ${n === 1 ? '1 nouveauté' : `${n} nouveautés`} pour vous`,
  digestIntro: 'Ce qui s’est passé depuis hier :',
  signInSubject: 'Votre lien de connexion à Jointly',
  signInText: (u, m) =>
    `Ouvrez ce lien pour vous connecter à Jointly :\n\n${u}\n\nIl ne sert qu’une fois, dans les ${m} minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail.`,
  verifySubject: 'Confirmez votre adresse e-mail pour Jointly',
  verifyText: (u, m) =>
    `Ouvrez ce lien pour vous connecter désormais à Jointly avec cette adresse :\n\n${u}\n\nIl ne sert qu’une fois, dans les ${m} minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail.`,
};

const DE: MailWords = {
  mention: (a, c) => `${a} hat Sie in ${c} erwähnt`,
  reply: (a, c) => `${a} hat in einer Unterhaltung zu ${c} geantwortet`,
  review: (c) => `Ihre Freigabe wird erbeten: ${c} ist in Prüfung`,
  due: (c, d) => `${c} ist am ${d} fällig`,
  decisionDue: (c, d, t) => `Eine Entscheidung zu ${c} ist am ${d} fällig: „${t}“`,
  wrote: (a) => `${a} schrieb:`,
  reviewBody: (a) => `${a} hat das Kapitel in Prüfung gegeben. Bitte lesen Sie es und geben Sie es für Ihre Einrichtung frei.`,
  dueBody: (d) => `Das Kapitel ist am ${d} fällig und noch nicht vereinbart.`,
  decisionDueBody: (d) => `Ihr Partner verantwortet diese Entscheidung, fällig am ${d}, und sie ist noch nicht getroffen.`,
  openConversation: 'Unterhaltung öffnen',
  openDecision: 'Entscheidung öffnen',
  openChapter: 'Kapitel öffnen',
  footer: (u) => `Sie erhalten diese E-Mails von Jointly. Wie oft (sofort, einmal am Tag oder nie), wählen Sie auf Ihrer Kontoseite: ${u}`,
  digestSubject: (n) => `Jointly: ${n === 1 ? '1 Neuigkeit' : `${n} Neuigkeiten`} für Sie`,
  digestIntro: 'Was seit gestern geschehen ist:',
  signInSubject: 'Ihr Anmeldelink für Jointly',
  signInText: (u, m) =>
    `Öffnen Sie diesen Link, um sich bei Jointly anzumelden:\n\n${u}\n\nEr funktioniert einmal, innerhalb von ${m} Minuten. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`,
  verifySubject: 'Bestätigen Sie Ihre E-Mail-Adresse für Jointly',
  verifyText: (u, m) =>
    `Öffnen Sie diesen Link, um sich künftig mit dieser Adresse bei Jointly anzumelden:\n\n${u}\n\nEr funktioniert einmal, innerhalb von ${m} Minuten. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`,
};

const ES: MailWords = {
  mention: (a, c) => `${a} le ha mencionado en ${c}`,
  reply: (a, c) => `${a} ha respondido en una conversación sobre ${c}`,
  review: (c) => `Se solicita su visto bueno: ${c} está en revisión`,
  due: (c, d) => `${c} vence el ${d}`,
  decisionDue: (c, d, t) => `Una decisión sobre ${c} vence el ${d}: «${t}»`,
  wrote: (a) => `${a} escribió:`,
  reviewBody: (a) => `${a} ha puesto el capítulo en revisión. Léalo y dé su visto bueno en nombre de su institución.`,
  dueBody: (d) => `El capítulo vence el ${d} y aún no está acordado.`,
  decisionDueBody: (d) => `Su socio es responsable de esta decisión, que vence el ${d}, y aún no se ha tomado.`,
  openConversation: 'Abrir la conversación',
  openDecision: 'Abrir la decisión',
  openChapter: 'Abrir el capítulo',
  footer: (u) =>
    `Recibe estos correos de Jointly. Para elegir con qué frecuencia (al momento, una vez al día o nunca), abra la página de su cuenta: ${u}`,
  digestSubject: (n) => `Jointly: ${n === 1 ? '1 novedad' : `${n} novedades`} para usted`,
  digestIntro: 'Lo que ha pasado desde ayer:',
  signInSubject: 'Su enlace de acceso a Jointly',
  signInText: (u, m) =>
    `Abra este enlace para iniciar sesión en Jointly:\n\n${u}\n\nFunciona una vez, en los próximos ${m} minutos. Si no lo ha pedido, ignore este correo.`,
  verifySubject: 'Confirme su dirección de correo para Jointly',
  verifyText: (u, m) =>
    `Abra este enlace para iniciar sesión en Jointly con esta dirección a partir de ahora:\n\n${u}\n\nFunciona una vez, en los próximos ${m} minutos. Si no lo ha pedido, ignore este correo.`,
};

const NL: MailWords = {
  mention: (a, c) => `${a} noemde je in ${c}`,
  reply: (a, c) => `${a} reageerde in een gesprek over ${c}`,
  review: (c) => `Je akkoord wordt gevraagd: ${c} ligt ter review`,
  due: (c, d) => `${c} moet af zijn op ${d}`,
  decisionDue: (c, d, t) => `Een besluit over ${c} moet genomen zijn op ${d}: “${t}”`,
  wrote: (a) => `${a} schreef:`,
  reviewBody: (a) => `${a} heeft het hoofdstuk ter review gelegd. Lees het en geef akkoord namens je instelling.`,
  dueBody: (d) => `Het hoofdstuk moet af zijn op ${d} en is nog niet vastgesteld.`,
  decisionDueBody: (d) => `Je partner is eigenaar van dit besluit, dat op ${d} genomen moet zijn, en het is nog niet genomen.`,
  openConversation: 'Open het gesprek',
  openDecision: 'Open het besluit',
  openChapter: 'Open het hoofdstuk',
  footer: (u) => `Je krijgt deze e-mails van Jointly. Kies hoe vaak (meteen, één keer per dag of nooit) op je accountpagina: ${u}`,
  digestSubject: (n) => `Jointly: ${n === 1 ? '1 nieuwtje' : `${n} nieuwtjes`} voor je`,
  digestIntro: 'Wat er sinds gisteren is gebeurd:',
  signInSubject: 'Je inloglink voor Jointly',
  signInText: (u, m) =>
    `Open deze link om in te loggen bij Jointly:\n\n${u}\n\nHij werkt één keer, binnen ${m} minuten. Heb je er niet om gevraagd, negeer deze e-mail dan.`,
  verifySubject: 'Bevestig je e-mailadres voor Jointly',
  verifyText: (u, m) =>
    `Open deze link om voortaan met dit adres in te loggen bij Jointly:\n\n${u}\n\nHij werkt één keer, binnen ${m} minuten. Heb je er niet om gevraagd, negeer deze e-mail dan.`,
};

export const MAIL_WORDS: Record<Locale, MailWords> = { en: EN, fr: FR, de: DE, es: ES, nl: NL };
