// Storefront journeys in real Chromium: server rendering, hydration, a server function
// answering from the database, the language switch, a phone layout, and pages without JavaScript.
import { test, expect, Page, ConsoleMessage } from '@playwright/test';

/** Collects console errors and failed requests so a test can assert the page is clean. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`requestfailed: ${req.url()}`));
  return errors;
}

/** Waits until the wasm has hydrated the page (the frontend marks <html data-hydrated>). */
async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

async function firstProductUrl(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.locator('a.product-card-name').first().getAttribute('href');
  expect(href).toMatch(/^\/product\/[a-z0-9-]+$/);
  return href!;
}

test('home page renders both series with real products from the database', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Emporium/);
  // The blocks staff arranged: hot products, specials, class picks, ranking, brands, activities …
  expect(await page.locator('.showcase').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.ranking li')).toHaveCount(10);
  expect(await page.locator('.brand-showcase li').count()).toBeGreaterThan(3);
  expect(await page.locator('.activities li').count()).toBeGreaterThan(0);
  await expect(page.locator('.home-reviews .empty-state')).toBeVisible();
  const cards = page.locator('.product-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(16);
  await expect(cards.first().locator('.price-now')).toHaveText(/^¥[\d,]+\.\d{2}$/);
  await expect(page.locator('.carousel-slide').first()).toBeVisible();
  await expect(page.locator('footer .contact-email')).toHaveText(/@/);
  await waitForHydration(page);
  expect(errors).toEqual([]);
});

test('product page hydrates and the live-stock server function answers', async ({ page }) => {
  const errors = watchErrors(page);
  const url = await firstProductUrl(page);
  await page.goto(url);
  await expect(page.locator('h1.product-name')).not.toBeEmpty();
  await expect(page.locator('.product-price .price-now')).toHaveText(/^¥/);
  await waitForHydration(page);

  // Pick a size other than the one selected, then the colour/size whose SKU differs.
  const sizes = page.locator('.size-option:not([disabled])');
  const count = await sizes.count();
  expect(count).toBeGreaterThan(1);
  const before = await page.locator('.stock-live').getAttribute('data-sku');
  let target = sizes.nth(0);
  for (let i = 0; i < count; i++) {
    if ((await sizes.nth(i).getAttribute('aria-pressed')) !== 'true') { target = sizes.nth(i); break; }
  }
  const answered = page.waitForResponse((r) => r.url().includes('/api/get_stock') && r.request().method() === 'POST');
  await target.click();
  const response = await answered;
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(typeof body.available).toBe('number');
  const live = page.locator('.stock-live');
  await expect(live).toHaveAttribute('data-sku', String(body.sku_id));
  expect(String(body.sku_id)).not.toBe(before);
  await expect(live).toHaveAttribute('data-available', String(body.available));
  await expect(live).toHaveText(/有货|仅剩|已售罄|In stock|Only \d+ left|Sold out/);
  await expect(target).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('language switch changes the interface language and remembers it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.search-box button')).toHaveText('搜索');
  await page.locator('.lang-switch a[hreflang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.search-box button')).toHaveText('Search');
  await expect(page.locator('.showcase h2').first()).toContainText('Hot products');
  // Remembered on the next page, and product content is in English too.
  const url = await firstProductUrl(page);
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.option-group legend').first()).toHaveText('Colour');
  await expect(page.locator('h1.product-name')).toHaveText(/[A-Za-z]/);
  await page.locator('.lang-switch a[hreflang="zh-CN"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.option-group legend').first()).toHaveText('颜色');
});

test('a phone viewport gets a usable single-column layout', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.search-box input')).toBeVisible();
  await expect(page.locator('.main-menu')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  // Two product cards per row on a phone.
  const boxes = await page.locator('.product-card').evaluateAll((els) => els.slice(0, 3).map((e) => e.getBoundingClientRect().top));
  expect(boxes[0]).toBe(boxes[1]);
  expect(boxes[2]).toBeGreaterThan(boxes[0]);
  const url = await page.locator('a.product-card-name').first().getAttribute('href');
  await page.goto(url!);
  const buy = page.locator('.product-buy');
  await expect(buy).toBeVisible();
  const width = await buy.evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(390);
  await expect(page.locator('.size-option').first()).toBeVisible();
  await context.close();
});

test('pages are complete without JavaScript (server-side rendering)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.locator('.product-card').count()).toBeGreaterThanOrEqual(16);
  const href = await page.locator('a.product-card-name').first().getAttribute('href');
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1.product-name')).not.toBeEmpty();
  await expect(page.locator('.product-price .price-now')).toHaveText(/^¥/);
  expect(await page.locator('.colour-option').count()).toBeGreaterThan(0);
  await expect(page.locator('.stock-live')).toHaveText(/有货|仅剩|已售罄/);
  await expect(page.locator('.specs')).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('footer .contact-email')).toHaveText(/@/);
  // Class pages and paging links work as plain links.
  await page.locator('.breadcrumbs a').nth(1).click();
  await expect(page.locator('.listing-head h1')).not.toBeEmpty();
  await context.close();
});

test('an unknown product answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/product/no-such-product');
  expect(response?.status()).toBe(404);
  await expect(page.locator('.error-page h1')).toHaveText('页面不存在');
  await expect(page.locator('.error-page a')).toHaveAttribute('href', '/');
});
