/**
 * Notifications as people meet them, against a real SMTP server: Jordi picks how he wants e-mails
 * on his account page; Anna mentions him in a comment in her browser; the e-mail arrives once and
 * its link opens the dossier on that very conversation in Jordi's browser. Anna gets no e-mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openAs } from '../utils/browser.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { mailText, startSmtpCapture, type SmtpCapture } from '../utils/smtpCapture.ts';
import {
  ANNA,
  JORDI,
  closeAll,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  requireBuiltClient,
  screenshot,
  selectPhrase,
  signInUrl,
  typeInto,
  type OpenPage,
} from '../utils/e2e.ts';

let ts: TestServer;
let smtp: SmtpCapture;
let browser: Browser;
const open: OpenPage[] = [];

beforeAll(async () => {
  requireBuiltClient();
  smtp = await startSmtpCapture();
  ts = await startTestServer({ smtpUrl: smtp.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeAll(open);
  await browser?.close();
  await ts?.stop();
  await smtp?.stop();
});

const KEY = 'curriculum';
const panel = (page: Page) => page.getByTestId('thread-panel');

describe('e-mail notifications', () => {
  it('choose on the account page; a mention arrives once and its link opens the conversation', async () => {
    const cid = await newConsortium(ts.server, 'notify');
    for (const p of [ANNA, JORDI]) await ts.server.services.accounts.setEmail(p.userId, `${p.userId}@uni.example`, p.name);

    // Jordi's account page: "Right away" is chosen; he tries "Once a day", then goes back.
    const jordi = await openAs(browser, await signInUrl(ts.server, cid, JORDI));
    open.push({ person: JORDI, ...jordi });
    await jordi.page.goto(`${ts.server.url}/account`);
    const choice = jordi.page.getByTestId('notify-choice');
    await expect.poll(() => choice.getByLabel(/Right away/).isChecked()).toBe(true);
    await choice.getByLabel(/Once a day/).check();
    await expect.poll(() => choice.getByRole('status').innerText()).toBe('Saved.');
    expect((await ts.server.storage.accounts.get(JORDI.userId))?.notify).toBe('daily');
    await screenshot(jordi.page, 'notify-account');
    await choice.getByLabel(/Right away/).check();
    await poll(async () => (await ts.server.storage.accounts.get(JORDI.userId))?.notify).toBe('immediately');

    // Anna writes, selects a phrase and mentions Jordi in a comment.
    const anna = await openDossier(browser, ts.server, cid, ANNA);
    open.push(anna);
    await anna.page.locator(`[data-chapter-link="${KEY}"]`).click();
    await typeInto(anna.page, paragraph(anna.page, KEY, 0), 'Learners complete five modules of six credits each.');
    await expectSaved(anna.page);
    await selectPhrase(anna.page, KEY, 'five modules');
    await anna.page.getByTestId('add-comment').click();
    const composer = panel(anna.page).locator('form.composer');
    await composer.getByLabel('Comment').fill('@Jordi Puig, are these the modules we agreed?');
    await composer.getByRole('button', { name: 'Comment' }).click();

    const mail = mailText(await smtp.mailTo(`${JORDI.userId}@uni.example`));
    expect(mail).toContain('Anna de Vries mentioned you in “Joint curriculum”');
    const link = /Open the conversation: (\S+)/.exec(mail)![1]!;
    const threadId = /#thread-(.+)$/.exec(link)![1]!;
    await ts.server.services.notifications!.deliver();
    expect(smtp.mails.filter((m) => m.to.includes(`${JORDI.userId}@uni.example`))).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.includes(`${ANNA.userId}@uni.example`))).toHaveLength(0);

    // Jordi opens the link: the dossier, with that conversation chosen in the comments panel.
    await jordi.page.goto(link);
    const card = panel(jordi.page).locator(`[data-thread-card="${threadId}"]`);
    await poll(() => card.getAttribute('class'), { timeout: 20_000 }).toContain('active');
    expect(await card.locator('.message-text').innerText()).toContain('are these the modules we agreed?');
    await screenshot(jordi.page, 'notify-link-opened');
    expect(jordi.errors).toEqual([]);
  });
});

describe('an e-mailed sign-in link from an invitation', () => {
  it('a person with an account asks for a link on the invitation page, opens it in the mail, and joins as herself', async () => {
    const cid = await newConsortium(ts.server, 'maillink');
    const lena = { userId: 'lena-mail', name: 'Lena Brandt' };
    await ts.server.services.accounts.setEmail(lena.userId, 'lena@uni.example', lena.name);
    const { code } = await ts.server.services.invites.create({ ...ANNA, consortiumId: cid }, cid, {
      role: 'editor',
      partnerId: 'mar',
      label: '',
      maxUses: 10,
    });

    // A browser that has never seen Jointly: the invitation offers an e-mailed link to the account she has.
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    open.push({ person: ANNA, context, page, errors });
    await page.goto(`${ts.server.url}/join/${code}`);
    const form = page.getByTestId('email-link-form');
    await form.getByLabel('The e-mail address of your account').fill('lena@uni.example');
    await form.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await poll(() => page.getByTestId('email-link-sent').innerText()).toContain('lena@uni.example');
    await screenshot(page, 'join-email-link-sent');

    // The link in the mail brings her back to the invitation, signed in as herself.
    const link = smtp.linkIn(await smtp.mailTo('lena@uni.example'));
    await page.goto(link);
    await poll(() => new URL(page.url()).pathname).toBe(`/join/${code}`);
    await poll(() => page.locator('.join-form').innerText()).toContain('You are signed in as Lena Brandt');
    await page.getByRole('button', { name: 'Join' }).click();
    await poll(() => new URL(page.url()).pathname).toBe(`/c/${cid}`);
    const members = (await ts.server.storage.members.list(cid)).filter((m) => m.name === 'Lena Brandt');
    expect(members.map((m) => m.userId)).toEqual([lena.userId]);

    // The link was for one use: opened again, it says so and offers a new one.
    await page.goto(link);
    await page.getByRole('link', { name: /new link/i }).waitFor();
    expect(errors).toEqual([]);
  });
});
