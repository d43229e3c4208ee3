// The newsletter in real Chromium, on a desktop and a phone: subscribe from the home page's
// box → the confirmation mail's link → confirm → the welcome mail's unsubscribe link →
// unsubscribe; the footer's box on another page; a member subscribes and leaves in the account.
import { test, expect, Browser } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { watchErrors, hydrated, readable } from './helpers';

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

/** The newest link matching `pattern` in a mail to `to` in the shop's mail folder. */
async function mailed(to: string, pattern: RegExp): Promise<string> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let link = '';
  await expect(async () => {
    const mails = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort() : [];
    const found = mails
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .filter((m) => m.includes(`To: ${to}`))
      .map(readable)
      .map((t) => t.match(pattern))
      .filter((m) => m)
      .at(-1);
    expect(found, `a mail to ${to} with ${pattern}`).toBeTruthy();
    link = found![0];
  }).toPass({ timeout: 15_000 });
  return link;
}

/** The same address on this test's server. */
function local(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

for (const device of viewports) {
  test(`subscribe, confirm and unsubscribe on a ${device.name}`, async ({ browser }: { browser: Browser }) => {
    const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const email = `reader-${device.name}-${Date.now()}@example.com`;
    await page.goto('/');
    await hydrated(page);
    const box = page.locator('.newsletter-box[data-form="home"]');
    await box.getByPlaceholder('电子邮箱').fill(email);
    await box.getByRole('button', { name: '订阅' }).click();
    await expect(box.locator('.newsletter-note')).toContainText('请查收确认邮件');

    const confirm = await mailed(email, /https?:\/\/[^\s"<]+\/newsletter\/confirm\?token=[0-9a-f]{64}/);
    await page.goto(local(confirm));
    await hydrated(page);
    await page.getByRole('button', { name: '确认订阅' }).click();
    await expect(page.locator('.form-done')).toContainText('订阅成功');

    const leave = await mailed(email, /https?:\/\/[^\s"<]+\/newsletter\/unsubscribe\?token=\d+\.[0-9a-f]{64}/);
    await page.goto(local(leave));
    await hydrated(page);
    await page.getByRole('button', { name: '退订' }).click();
    await expect(page.locator('.form-done')).toContainText('已退订');
    // The link spent: opening it again still works (unsubscribing is idempotent) …
    // … but a tampered one is refused with a message.
    await page.goto(local(leave).replace(/[0-9a-f]{4}$/, '0000'));
    await hydrated(page);
    await page.getByRole('button', { name: '退订' }).click();
    await expect(page.locator('.newsletter-page .form-alert')).toHaveText('链接无效，请使用邮件中的完整链接');

    if (device.isMobile) {
      await page.goto('/');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    // The tampered link's refusal answers 400, which the browser logs.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  });
}

test('the footer box works without JavaScript and a member manages it in the account', async ({ browser }: { browser: Browser }) => {
  const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const p = await plain.newPage();
  await p.goto('/cart');
  const email = `footer-${Date.now()}@example.com`;
  const footer = p.locator('.newsletter-box[data-form="footer"]');
  await footer.getByPlaceholder('E-mail').fill(email);
  await footer.getByRole('button', { name: 'Subscribe' }).click();
  await mailed(email, /\/newsletter\/confirm\?token=[0-9a-f]{64}/);
  await plain.close();

  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const member = `member-news-${Date.now()}@example.com`;
  const registered = await page.request.post('/api/account/register', {
    form: { email: member, password: 'correct horse battery', name: 'Reader' },
    headers: { 'Sec-Fetch-Site': 'same-origin' },
  });
  expect(registered.ok()).toBe(true);
  await page.goto('/account/newsletter');
  await hydrated(page);
  await expect(page.locator('.newsletter-state')).toHaveText('You do not receive our newsletter.');
  await page.locator('.account-newsletter').getByRole('button', { name: 'Subscribe' }).click();
  // Not verified yet: the confirmation mail is the opt-in.
  await expect(page.locator('.newsletter-state')).toHaveAttribute('data-state', 'pending');
  await mailed(member, /\/newsletter\/confirm\?token=[0-9a-f]{64}/);
  await page.locator('.account-newsletter').getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.locator('.newsletter-state')).toHaveAttribute('data-state', 'unsubscribed');
  expect(errors).toEqual([]);
  await context.close();
});
