import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { waitFor } from './waitFor.ts';

export interface CapturedMail {
  to: string[];
  raw: string;
}

export interface SmtpCapture {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  mails: CapturedMail[];
  /** Waits for the n-th mail (1-based) to `to` and returns it. */
  mailTo(to: string, n?: number): Promise<CapturedMail>;
  /** The /signin?code=… link in a mail. */
  linkIn(mail: CapturedMail): string;
  stop(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (no TLS, no auth) that keeps every message it is given. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    mailTo: async (to, n = 1) => (await waitFor(() => mails.filter((m) => m.to.includes(to))[n - 1], { message: `mail #${n} to ${to}` }))!,
    linkIn(mail) {
      // Bodies may be quoted-printable: unfold soft line breaks and decode "=3D" before looking for the link.
      const text = mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      const link = /https?:\/\/\S+\/signin\?code=[A-Za-z0-9_-]{43}/.exec(text)?.[0];
      if (!link) throw new Error(`no sign-in link in mail:\n${mail.raw}`);
      return link;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mail's text as a person reads it: quoted-printable soft breaks unfolded and =XX bytes decoded as UTF-8. */
export function mailText(mail: CapturedMail): string {
  const body = mail.raw.replace(/=\r?\n/g, '');
  return decodeURIComponent(body.replace(/%/g, '%25').replace(/=([0-9A-F]{2})/g, '%$1'));
}
