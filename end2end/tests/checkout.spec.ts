// Checkout and orders in real Chromium, on a desktop and a phone: a guest buys with cash on
// delivery and looks the order up; a member pays by the sandbox card (approved) and sees the
// order paid in the account with the confirmation mail sent; a declined sandbox payment leaves
// the order waiting and can be paid again; bank transfer shows its instructions; cancelling
// before shipment gives the stock back.
import { test, expect, Page, Browser } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { watchErrors, hydrated, readable, fillAddress } from './helpers';

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

async function shopper(browser: Browser, device: (typeof viewports)[number]): Promise<Page> {
  const context = await browser.newContext({
    viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN',
  });
  return context.newPage();
}

/** Opens the first product of a class, adds one piece; the product's path and the variant's
 *  pieces available before. */
async function addToCart(page: Page, klass = 'tailored-business-shirts'): Promise<{ product: string; before: number }> {
  await page.goto(`/class/${klass}`);
  await hydrated(page);
  await page.locator('.listing-main .product-card a.product-card-name').first().click();
  await expect(page.locator('h1.product-name')).toBeVisible();
  await hydrated(page);
  const before = await available(page);
  await page.locator('.add-to-cart').click();
  await expect(page.locator('.variant-picker .cart-note')).toContainText('已加入购物车');
  return { product: new URL(page.url()).pathname, before };
}

/** Pieces of the chosen variant that can be sold, as the product page shows them. */
async function available(page: Page): Promise<number> {
  const level = page.getByTestId('stock').locator('[data-available]');
  await expect(level).toHaveCount(1);
  return Number(await level.getAttribute('data-available'));
}

async function checkout(page: Page) {
  await page.goto('/cart');
  await hydrated(page);
  await page.locator('a.cart-checkout').click();
  await expect(page).toHaveURL(/\/checkout$/);
  await hydrated(page);
}

function mailTo(to: string): string[] {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'mail');
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).filter((m) => m.includes(`To: ${to}`)).map(readable)
    : [];
}

for (const device of viewports) {
  test(`a guest pays on delivery and looks the order up (${device.name})`, async ({ browser }) => {
    const page = await shopper(browser, device);
    const errors = watchErrors(page);
    await addToCart(page);
    await checkout(page);
    const email = `guest-${device.name}-${Date.now()}@example.com`;
    // A bad phone is named beside its field; what was typed stays.
    await page.locator('#field-email').fill(email);
    await fillAddress(page);
    await page.locator('#field-phone').fill('12345');
    await page.locator('#field-note').fill('请工作日送达');
    await page.locator('input[name=payment_method][value=cod]').check();
    await page.getByRole('button', { name: '提交订单' }).click();
    await expect(page.locator('#field-phone-note')).not.toBeEmpty();
    await expect(page.locator('#field-street')).toHaveValue('中山路 1 号');
    await expect(page.locator('#field-note')).toHaveValue('请工作日送达');
    await page.locator('#field-phone').fill('13800138000');
    await page.getByRole('button', { name: '提交订单' }).click();
    await expect(page).toHaveURL(/\/orders\/\d{18}$/);
    await hydrated(page);
    const number = page.url().split('/').pop()!;
    await expect(page.locator('.order-thanks')).toBeVisible();
    await expect(page.locator('.order-facts .order-status')).toHaveText('货到付款已确认');
    await expect(page.locator('.order-note')).toContainText('请工作日送达');
    await expect(page.getByTestId('cart-count')).toBeHidden();

    // Anyone with the number and the e-mail finds it; a wrong pair finds nothing.
    const other = await shopper(browser, device);
    await other.goto(`/orders/lookup?number=${number}`);
    await hydrated(other);
    await other.locator('#lookup-contact').fill('wrong@example.com');
    await other.getByRole('button', { name: '查询' }).click();
    await expect(other.locator('.order-not-found')).toBeVisible();
    await other.locator('#lookup-contact').fill(email);
    await other.getByRole('button', { name: '查询' }).click();
    await expect(other.locator('.order-found .order-number')).toHaveText(number);
    await expect(other.locator('.order-found .order-payment')).toHaveText('货到付款');
    await expect(other.locator('.order-found .order-history li')).toHaveCount(2);
    await expect.poll(() => mailTo(email).length, { timeout: 15_000 }).toBeGreaterThan(0);
    if (device.isMobile) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    // The one refused submit (a bad phone) answers 400, which the browser logs.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
}

test('a member pays by the sandbox card, is declined once, pays again and sees it in the account', async ({ browser }) => {
  const page = await shopper(browser, viewports[0]);
  const errors = watchErrors(page);
  const email = `card-${Date.now()}@example.com`;
  const registered = await page.request.post('/api/account/register', {
    form: { email, password: 'correct horse battery', name: '卡' },
    headers: { 'Sec-Fetch-Site': 'same-origin' },
  });
  expect(registered.ok()).toBe(true);
  await addToCart(page);
  await checkout(page);
  await fillAddress(page);
  await page.locator('input[name=payment_method][value=card]').check();
  await expect(page.locator('.checkout-form')).toContainText('沙箱');
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/sandbox-gateway\/pi_sandbox_/);
  await hydrated(page);
  await expect(page.locator('.sandbox-banner')).toContainText('测试替身');

  await page.getByRole('button', { name: '拒绝付款' }).click();
  await expect(page).toHaveURL(/\/orders\/\d{18}$/);
  await hydrated(page);
  const number = page.url().split('/').pop()!;
  await expect(page.locator('.order-declined')).toBeVisible();
  await expect(page.locator('.order-facts .order-status')).toHaveText('待付款');

  await page.getByRole('button', { name: '去付款' }).click();
  await expect(page).toHaveURL(/\/sandbox-gateway\/pi_sandbox_/);
  await hydrated(page);
  await page.getByRole('button', { name: '批准付款' }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`));
  await expect(page.locator('.order-facts .order-status')).toHaveText('已付款');
  await expect(page.locator('.order-payment')).toContainText('已付款');

  await page.goto('/account/orders');
  await hydrated(page);
  const row = page.locator('.order-list tr', { hasText: number });
  await expect(row.locator('.order-status')).toHaveText('已付款');
  await expect.poll(() => mailTo(email).some((m) => m.includes(number)), { timeout: 15_000 }).toBe(true);
  expect(errors).toEqual([]);
});

test('bank transfer shows its instructions; cancelling before shipment gives the stock back', async ({ browser }) => {
  const page = await shopper(browser, viewports[1]);
  const errors = watchErrors(page);
  const { product, before } = await addToCart(page);
  await checkout(page);
  await page.locator('#field-email').fill(`bank-${Date.now()}@example.com`);
  await fillAddress(page);
  await page.locator('input[name=invoice_kind][value=company]').check();
  await page.locator('#field-invoice_title').fill('南京某某贸易有限公司');
  await page.locator('#field-invoice_tax_number').fill('91320100MA1XXXXX0X');
  await page.locator('input[name=payment_method][value=bank_transfer]').check();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/orders\/\d{18}$/);
  await hydrated(page);
  await expect(page.locator('.order-bank')).toContainText('转账');
  await expect(page.locator('.order-pay-by')).toBeVisible();
  await expect(page.locator('.order-facts')).toBeVisible();

  await page.goto(product);
  await hydrated(page);
  expect(await available(page)).toBe(before - 1);
  await page.goBack();
  await hydrated(page);
  await page.getByRole('button', { name: '取消订单' }).click();
  await expect(page.locator('.order-facts .order-status')).toHaveText('已取消');
  await expect(page.locator('.order-cancel-form')).toHaveCount(0);
  await page.goto(product);
  await hydrated(page);
  expect(await available(page)).toBe(before);
  expect(errors).toEqual([]);
});

test('the back office receives a transfer and ships; the inquiry shows carrier and tracking', async ({ browser }) => {
  const page = await shopper(browser, viewports[0]);
  const errors = watchErrors(page);
  const email = `ship-${Date.now()}@example.com`;
  await addToCart(page);
  await checkout(page);
  await page.locator('#field-email').fill(email);
  await fillAddress(page);
  await page.locator('input[name=payment_method][value=bank_transfer]').check();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/orders\/\d{18}$/);
  const number = page.url().split('/').pop()!;

  const staff = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const log = fs.readFileSync(path.join(process.env.E2E_DATA_DIR ?? '', 'server.log'), 'utf8');
  await staff.goto('/admin/login');
  await hydrated(staff);
  await staff.getByLabel('电子邮箱').fill(log.match(/e-mail:\s+(\S+)/)![1]);
  await staff.getByLabel('密码').fill(log.match(/password:\s+(\S+)/)![1]);
  await staff.getByRole('button', { name: '登录' }).click();
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto(`/admin/orders?number=${number}`);
  await hydrated(staff);
  const row = staff.locator(`tr[data-order="${number}"]`);
  await expect(row.locator('.order-status')).toHaveText('待付款');
  await row.getByRole('button', { name: '确认转账到账' }).click();
  await expect(row.locator('.order-status')).toHaveText('已付款');
  await row.getByRole('button', { name: '开始备货' }).click();
  await expect(row.locator('.order-status')).toHaveText('备货中');
  await row.getByLabel('承运商').fill('顺丰速运');
  await row.getByLabel('运单号').fill('SF1234567890');
  await row.getByRole('button', { name: '发货' }).click();
  await expect(row.locator('.order-status')).toHaveText('已发货');

  await page.goto(`/orders/lookup?number=${number}`);
  await hydrated(page);
  await page.locator('#lookup-contact').fill(email);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('.order-found .order-shipping')).toContainText('已发货');
  await expect(page.locator('.order-found .order-facts')).toContainText('SF1234567890');
  await expect(page.locator('.order-found .order-payment')).toContainText('已付款');
  await expect(page.locator('.order-found .order-history li')).toHaveCount(4);
  expect(errors).toEqual([]);
});
