// Helpers shared by the journeys: console errors, hydration, prices on cards, mailed links.
import { expect, Page, ConsoleMessage } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

export async function hydrated(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/** Prices on the cards of the main product grid, in fen. */
export async function gridPrices(page: Page): Promise<number[]> {
  const texts = await page.locator('.listing-main .product-card .price-now').allTextContents();
  return texts.map((t) => Math.round(parseFloat(t.replace(/[¥,]/g, '')) * 100));
}

/** A MIME message's parts decoded (base64, quoted-printable) as a mail program shows them. */
export function readable(message: string): string {
  return message
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/Content-Transfer-Encoding: base64/i.test(head)) {
        return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      }
      return body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    })
    .join('\n');
}

/** The link to `page` (`verify`, `reset`) in the newest such mail to `to` in the shop's mail
 *  folder (the `.eml` files the server's mail worker writes when no SMTP server is set). */
export async function mailedLink(to: string, page = 'verify'): Promise<string> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let link = '';
  await expect(async () => {
    const mails = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort() : [];
    const texts = mails
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .filter((m) => m.includes(`To: ${to}`))
      .map(readable);
    const pattern = new RegExp(`https?://[^\\s"<]+/account/${page}\\?token=[0-9a-f]{64}`);
    const found = texts.filter((t) => pattern.test(t)).at(-1)?.match(pattern);
    expect(found, `a ${page} mail to ${to}`).toBeTruthy();
    link = found![0];
  }).toPass({ timeout: 15_000 });
  return link;
}


/** The administrator account the server created and printed on its first start. */
export function firstAdministrator(): { email: string; password: string } {
  const log = fs.readFileSync(path.join(process.env.E2E_DATA_DIR ?? '', 'server.log'), 'utf8');
  const email = log.match(/e-mail:\s+(\S+)/)?.[1];
  const password = log.match(/password:\s+(\S+)/)?.[1];
  expect(email && password, 'the first-start administrator in the server output').toBeTruthy();
  return { email: email!, password: password! };
}
