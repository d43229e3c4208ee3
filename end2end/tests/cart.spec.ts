// The cart in real Chromium, on a desktop and a phone: add a variant from the product page
// (the header's count changes without a reload), change the quantity, save it for later and
// move it back, remove it; a guest's cart joins the member's cart at log-in.
import { test, expect, Browser } from '@playwright/test';
import { watchErrors, hydrated } from './helpers';

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

for (const device of viewports) {
  test(`cart on a ${device.name}`, async ({ browser }: { browser: Browser }) => {
    const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/class/tailored-business-shirts');
    await hydrated(page);
    await page.locator('.listing-main .product-card a.product-card-name').first().click();
    await expect(page.locator('h1.product-name')).toBeVisible();
    await hydrated(page);
    const name = (await page.locator('h1.product-name').textContent())!.trim();
    const count = page.getByTestId('cart-count');
    await expect(count).toBeHidden();

    await page.getByRole('button', { name: '增加' }).click();
    await page.locator('.add-to-cart').click();
    await expect(page.locator('.variant-picker .cart-note')).toContainText('已加入购物车');
    await expect(count).toHaveText('2'); // no reload

    await page.locator('.variant-picker .cart-note a[href="/cart"]').click();
    await expect(page).toHaveURL(/\/cart$/);
    await hydrated(page);
    const line = page.locator('.cart-lines:not(.cart-saved) .cart-line');
    await expect(line).toHaveCount(1);
    await expect(line.locator('.cart-line-name')).toHaveText(name);
    const unit = await line.locator('.cart-line-price').textContent();
    await line.getByLabel('数量').fill('3');
    await line.getByRole('button', { name: '更新' }).click();
    await expect(count).toHaveText('3');
    await expect(page.getByTestId('cart-totals')).toContainText('商品 (3)');

    // A quantity of more than 99 is refused with a message; nothing changes.
    await line.getByLabel('数量').evaluate((e: HTMLInputElement) => e.removeAttribute('max'));
    await line.getByLabel('数量').fill('150');
    await line.getByRole('button', { name: '更新' }).click();
    await expect(page.getByRole('alert')).toHaveText('数量须在 1 到 99 之间');
    await expect(count).toHaveText('3');

    await line.getByRole('button', { name: '稍后购买' }).click();
    await expect(page.locator('.cart-saved .cart-line')).toHaveCount(1);
    await expect(count).toBeHidden();
    await expect(page.locator('.cart-page .form-alert')).toHaveText(''); // the refusal was for the earlier action
    await page.locator('.cart-saved .cart-line').getByRole('button', { name: '移回购物车' }).click();
    await expect(line).toHaveCount(1);
    await expect(count).toHaveText('3');
    // The header follows the latest action, whichever form it came from.
    await line.getByLabel('数量').fill('2');
    await line.getByRole('button', { name: '更新' }).click();
    await expect(count).toHaveText('2');
    expect(unit).toBeTruthy();

    // Log in: the guest's cart joins the member's.
    const email = `cart-${device.name}-${Date.now()}@example.com`;
    const registered = await page.request.post('/api/account/register', {
      form: { email, password: 'correct horse battery', name: '购物' },
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(registered.ok()).toBe(true);
    await page.goto('/cart');
    await hydrated(page);
    await expect(page.locator('.cart-lines:not(.cart-saved) .cart-line')).toHaveCount(1);
    await page.locator('.cart-line').getByRole('button', { name: '删除' }).click();
    await expect(page.getByText('购物车是空的。')).toBeVisible();
    await expect(count).toBeHidden();

    if (device.isMobile) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    // The refused quantity answers 400, which the browser logs; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  });
}

// Quick add from a listing card: the card opens its sizes, one tap adds a piece, and the
// header's count changes without a reload. Without JavaScript the card points to the product page.
for (const device of viewports) {
  test(`quick add from a listing on a ${device.name}`, async ({ browser }: { browser: Browser }) => {
    const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/class/tailored-business-shirts');
    await hydrated(page);
    const card = page.locator('.listing-main .product-card:not(.sold-out)').first();
    const name = (await card.locator('a.product-card-name').textContent())!.trim();
    const count = page.getByTestId('cart-count');
    await expect(count).toBeHidden();
    await card.locator('.quick-add summary').click();
    const options = card.locator('.quick-add-option');
    await expect(options.first()).toBeVisible();
    expect(await options.count()).toBeGreaterThan(1);
    const option = card.locator('.quick-add-option:not([disabled])').first();
    const label = (await option.locator('span').first().textContent())!.trim();
    expect(label).toContain(' / ');
    await option.click();
    await expect(card.locator('.quick-add .cart-note')).toContainText('已加入购物车');
    await expect(count).toHaveText('1'); // no reload
    await option.click();
    await expect(count).toHaveText('2');

    await card.locator('.quick-add .cart-note a[href="/cart"]').click();
    await expect(page).toHaveURL(/\/cart$/);
    const line = page.locator('.cart-lines:not(.cart-saved) .cart-line');
    await expect(line).toHaveCount(1);
    await expect(line.locator('.cart-line-name')).toHaveText(name);
    await expect(line).toContainText(label.split(' / ')[1]);
    if (device.isMobile) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('quick add without JavaScript points to the product page', async ({ browser }: { browser: Browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/class/tailored-business-shirts');
  const card = page.locator('.listing-main .product-card:not(.sold-out)').first();
  const slug = await card.locator('a.product-card-name').getAttribute('href');
  await card.locator('.quick-add summary').click();
  const link = card.locator('.quick-add-panel a');
  await expect(link).toHaveText('在商品页选择颜色和尺码');
  await expect(link).toHaveAttribute('href', slug!);
  await context.close();
});
