// Search in real Chromium: the header box → results with the words marked → a filter and a sort
// (in the URL) → a product; a misspelling offers what was meant; nothing matching shows the
// closest products. No console errors along the way.
import { test, expect } from '@playwright/test';
import { watchErrors, hydrated, gridPrices, otherThan } from './helpers';

test('search from the header, filter, sort and open a product', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await hydrated(page);
  await page.locator('#site-search').fill('衬衫');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E8%A1%AC%E8%A1%AB/);
  await hydrated(page);
  await expect(page.locator('h1')).toContainText('衬衫');
  await expect(page.locator('.listing-main .product-card-name mark').first()).toHaveText('衬衫');
  await expect(page.locator('.sort-links a[aria-current="true"]')).toHaveText('最相关');
  const total = await page.getByTestId('listing-count').textContent();

  // A filter narrows the results and keeps the words searched.
  const box = page.locator('.filters input[type="checkbox"]').first();
  await box.check();
  await expect(page).toHaveURL(/q=%E8%A1%AC%E8%A1%AB.*&|q=%E8%A1%AC%E8%A1%AB&/);
  await expect(box).toBeChecked();
  // (A count that is there and differs: while the new page loads there is no count at all.)
  await expect(page.getByTestId('listing-count')).toHaveText(otherThan(total!));

  // Cheapest first, still within the search.
  await page.locator('.sort-links a', { hasText: '价格从低到高' }).click();
  await expect(page).toHaveURL(/sort=price_asc/);
  // The address changes at once; the sorted cards come with the link marked current.
  await expect(page.locator('.sort-links a[aria-current="true"]')).toHaveText('价格从低到高');
  await expect(page).toHaveURL(/q=/);
  const prices = await gridPrices(page);
  expect(prices.length).toBeGreaterThan(0);
  expect([...prices].sort((a, b) => a - b)).toEqual(prices);
  for (const name of await page.locator('.listing-main .product-card-name').allTextContents()) {
    expect(name).toMatch(/衬衫|衬衣/);
  }

  await page.locator('.listing-main .product-card-name').first().click();
  await expect(page).toHaveURL(/\/product\//);
  await expect(page.locator('h1')).toContainText(/衬衫|衬衣/);
  expect(errors).toEqual([]);
});

test('a misspelling offers what was meant; nothing matching offers the closest', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search?q=harrignton');
  await hydrated(page);
  const meant = page.getByTestId('did-you-mean').locator('a');
  await expect(meant).toHaveText('harrington');
  await meant.click();
  await expect(page).toHaveURL(/\/search\?q=harrington$/);
  await expect(page.locator('.listing-main .product-card')).not.toHaveCount(0);
  await expect(page.getByTestId('did-you-mean')).toHaveCount(0);

  await page.goto('/search?q=harrington%20zzqxv');
  await hydrated(page);
  await expect(page.locator('.empty-listing')).toBeVisible();
  await expect(page.locator('.empty-listing .product-card').first()).toContainText('哈灵顿');
  expect(errors).toEqual([]);
});
