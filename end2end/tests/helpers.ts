// Helpers shared by the journeys: console errors, hydration, prices on cards, mailed links.
import { expect, Browser, Page, ConsoleMessage } from '@playwright/test';
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

/** A text pattern matching any text but `text` (for `toHaveText`, which waits for the element). */
export function otherThan(text: string): RegExp {
  return new RegExp(`^(?!${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$)`);
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

/** A new page signed in to the back office as the first-start administrator. */
export async function staffPage(browser: Browser): Promise<Page> {
  const staff = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const admin = firstAdministrator();
  await staff.goto('/admin/login');
  await hydrated(staff);
  await staff.getByLabel('电子邮箱').fill(admin.email);
  await staff.getByLabel('密码').fill(admin.password);
  await staff.getByRole('button', { name: '登录' }).click();
  await expect(staff).toHaveURL(/\/admin$/);
  return staff;
}

/** Registers a member in `page`'s browser (signed in afterwards); their address. */
export async function newMember(page: Page, name: string): Promise<string> {
  const email = `${name.replace(/\W/g, '') || 'member'}-${Date.now()}@example.com`;
  const registered = await page.request.post('/api/account/register', {
    form: { email, password: 'correct horse battery', name },
    headers: { 'Sec-Fetch-Site': 'same-origin' },
  });
  expect(registered.ok()).toBe(true);
  return email;
}

/** Fills the checkout form's delivery address. */
export async function fillAddress(page: Page) {
  await page.locator('#field-recipient').fill('张三');
  await page.locator('#field-phone').fill('13800138000');
  await page.locator('#field-region').fill('江苏省');
  await page.locator('#field-city').fill('南京市');
  await page.locator('#field-district').fill('鼓楼区');
  await page.locator('#field-street').fill('中山路 1 号');
  await page.locator('#field-postcode').fill('210008');
}

/** The signed-in shopper in `page` buys one of each product (cash on delivery) and staff carry
 *  the order to the door in the back office; the order's number. */
export async function buyAndReceive(browser: Browser, page: Page, products: string[]): Promise<string> {
  for (const product of products) {
    await page.goto(product);
    await hydrated(page);
    await page.locator('.add-to-cart').click();
    await expect(page.locator('.variant-picker .cart-note')).toBeVisible();
  }
  await page.goto('/cart');
  await hydrated(page);
  await page.locator('a.cart-checkout').click();
  await expect(page).toHaveURL(/\/checkout$/);
  await hydrated(page);
  await fillAddress(page);
  await page.locator('input[name=payment_method][value=cod]').check();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/orders\/\d{18}$/);
  const number = page.url().split('/').pop()!;

  const staff = await staffPage(browser);
  await staff.goto(`/admin/orders?number=${number}`);
  await hydrated(staff);
  const row = staff.locator(`tr[data-order="${number}"]`);
  await row.getByRole('button', { name: '开始备货' }).click();
  await expect(row.locator('.order-status')).toHaveText('备货中');
  await row.getByLabel('承运商').fill('顺丰速运');
  await row.getByLabel('运单号').fill(`SF${Date.now()}`);
  await row.getByRole('button', { name: '发货' }).click();
  await expect(row.locator('.order-status')).toHaveText('已发货');
  await row.getByRole('button', { name: '确认签收' }).click();
  await expect(row.locator('.order-status')).toHaveText('已签收');
  await staff.context().close();
  return number;
}
