// Helpers shared by the catalog and search journeys.
import { expect, Page, ConsoleMessage } from '@playwright/test';

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
