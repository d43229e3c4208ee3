// Catalog journeys in real Chromium, on a desktop and a phone: class → filters, sort and page
// size in the URL (back button included) → product → variant stock → compare → recently
// viewed; the language switch keeps the page; filters without JavaScript; axe-core checks.
import { test, expect, Page, Browser } from '@playwright/test';
import { watchErrors, hydrated, gridPrices, otherThan } from './helpers';
import AxeBuilder from '@axe-core/playwright';

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

for (const device of viewports) {
  test(`shopping journey on a ${device.name}`, async ({ browser }: { browser: Browser }) => {
    const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Home → series → big class → small class, by links a shopper can see.
    await page.goto('/');
    await hydrated(page);
    await page.locator('.main-menu a[href="/series/tailored"]').click();
    await expect(page).toHaveURL(/\/series\/tailored$/);
    await page.locator('.chips a[href="/class/tailored-shirts"]').click();
    await expect(page.locator('.class-group').first()).toBeVisible();
    await page.locator('.class-group a[href="/class/tailored-business-shirts"]').first().click();
    await expect(page).toHaveURL(/\/class\/tailored-business-shirts$/);
    const total = await page.getByTestId('listing-count').textContent();

    // A filter ticks itself into the URL and narrows the count.
    await page.locator('#f-colour-white').check();
    await expect(page).toHaveURL(/colour=white/);
    await expect(page.locator('#f-colour-white')).toBeChecked();
    // (A count that is there and differs: while the new page loads there is no count at all.)
  await expect(page.getByTestId('listing-count')).toHaveText(otherThan(total!));

    // Sort by price, then 40 per page; both in the URL.
    await page.locator('.sort-links a', { hasText: '价格从低到高' }).click();
    await expect(page).toHaveURL(/sort=price_asc/);
    // The address changes at once; the sorted cards come with the link marked current.
    await expect(page.locator('.sort-links a[aria-current="true"]')).toHaveText('价格从低到高');
    const prices = await gridPrices(page);
    expect(prices.length).toBeGreaterThan(0);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
    await page.locator('.per-links a', { hasText: '40' }).click();
    await expect(page).toHaveURL(/per=40/);
    await expect(page.locator('.per-links a[aria-current="true"]')).toHaveText('40');

    // The back button steps back through the listing's states.
    await page.goBack();
    await expect(page).not.toHaveURL(/per=40/);
    await expect(page).toHaveURL(/sort=price_asc/);
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(page.locator('#f-colour-white')).toBeChecked();

    // Into a product; choosing another size asks the server for that variant's stock.
    const firstCard = page.locator('.listing-main .product-card').first();
    const comparedFromListing = await page.locator('.listing-main .product-card').nth(1).getAttribute('data-product');
    await firstCard.locator('a.product-card-name').click();
    await expect(page.locator('h1.product-name')).toBeVisible();
    await hydrated(page);
    const productUrl = page.url();
    const productName = await page.locator('h1.product-name').textContent();
    const sizes = page.locator('.size-option:not([disabled])');
    const before = await page.locator('.stock-live').getAttribute('data-sku');
    for (let i = 0; i < await sizes.count(); i++) {
      if ((await sizes.nth(i).getAttribute('aria-pressed')) !== 'true') {
        const answered = page.waitForResponse((r) => r.url().includes('/api/get_stock'));
        await sizes.nth(i).click();
        expect((await answered).status()).toBe(200);
        break;
      }
    }
    await expect(page.locator('.stock-live')).not.toHaveAttribute('data-sku', before!);
    await expect(page.locator('.stock-live')).toHaveText(/有货|仅剩|已售罄/);

    // Compare this product and one from the listing.
    await page.locator('.product-actions .compare-toggle').click();
    await expect(page.locator('.product-actions .compare-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.compare-bar-link')).toContainText('1/4');
    await page.goBack();
    await expect(page).toHaveURL(/\/class\/tailored-business-shirts/);
    await hydrated(page);
    const second = page.locator(`.listing-main .product-card[data-product="${comparedFromListing}"] .compare-toggle`);
    await second.click();
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.compare-bar-link')).toContainText('2/4');
    await page.locator('.compare-bar-link').click();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.locator('.compare-table thead th')).toHaveCount(2);
    await expect(page.locator('.compare-table')).toContainText(productName!.trim());

    // Recently viewed remembers the product on the next listing.
    await page.goto('/class/tailored-business-shirts');
    await expect(page.locator('.recently-viewed')).toContainText(productName!.trim());

    // The language switch keeps the page.
    await page.goto(productUrl);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(page.url()).toBe(productUrl);
    await expect(page.locator('.option-group legend').first()).toHaveText('Colour');
    await page.locator('.lang-switch a[hreflang="zh-CN"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    if (device.isMobile) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the gallery zooms and is driven by the keyboard', async ({ page }) => {
  await page.goto('/class/tailored-business-shirts');
  await page.locator('a.product-card-name').first().click();
  await hydrated(page);
  await page.locator('.gallery-zoom').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.zoom-bar span')).toHaveText(/^1 \//);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.locator('.zoom-bar span')).toHaveText(/^2 \//);
  await page.keyboard.press('+');
  await expect(dialog.locator('.zoom-stage')).toHaveClass(/zoomed/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.gallery-zoom')).toBeFocused();
  // Tabs: only the chosen panel shows once the page is live; arrows move between tabs.
  await page.locator('#tab-description').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tab-specifications')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#panel-specifications')).toBeVisible();
  await expect(page.locator('#panel-description')).toBeHidden();
});

test('filters work without JavaScript through the form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/class/tailored-business-shirts');
  await page.locator('#f-colour-white').check();
  await page.locator('input[name="max"]').fill('700');
  await page.locator('.filter-actions button').click();
  await expect(page).toHaveURL(/colour=white/);
  await expect(page).toHaveURL(/max=700/);
  await expect(page.locator('#f-colour-white')).toBeChecked();
  const prices = await page.locator('.listing-main .product-card .price-now').allTextContents();
  for (const p of prices) expect(parseFloat(p.replace(/[¥,]/g, ''))).toBeLessThanOrEqual(700);
  await context.close();
});

for (const path of ['/', '/class/tailored-business-shirts', 'product']) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    if (path === 'product') {
      await page.goto('/class/tailored-business-shirts');
      await page.locator('a.product-card-name').first().click();
    } else {
      await page.goto(path);
    }
    await hydrated(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}
