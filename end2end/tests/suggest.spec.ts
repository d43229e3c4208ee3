// Suggestions in the header search box, in real Chromium: typing offers products (thumbnail,
// price), classes and brands; the arrow keys move through them as a combobox should; Enter opens
// the one chosen; what was searched comes back as a recent search in this browser.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors, hydrated } from './helpers';

/** The home page, hydrated, with the focus in the search box. */
async function openSearchBox(page: Page) {
  const errors = watchErrors(page);
  await page.goto('/');
  await hydrated(page);
  const box = page.getByRole('combobox', { name: '搜索' });
  const list = page.getByRole('listbox', { name: '搜索建议' });
  await box.click();
  return { errors, box, list };
}

test('type, move through suggestions with the keyboard, open a product', async ({ page }) => {
  const { errors, box, list } = await openSearchBox(page);
  await box.pressSequentially('shir', { delay: 60 }); // English words find Chinese names too
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const products = list.getByRole('group', { name: '商品' }).getByRole('option');
  await expect(products.first()).toContainText(/衬衫|衬衣/);
  await expect(products.first()).toContainText('¥');
  await expect(products.first().locator('img')).toHaveCount(1);

  const options = list.getByRole('option');
  await box.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await box.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  const name = (await options.nth(0).locator('.suggest-name').textContent())!.trim();
  await expect(box).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('.search-box').analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
  expect(serious, 'the open combobox passes axe').toEqual([]);

  await box.press('Enter');
  await expect(page).toHaveURL(/\/product\//);
  await expect(page.locator('h1')).toContainText(name);
  await expect(list).toBeHidden();

  // What was typed is now a recent search, offered on an empty box, and can be cleared.
  await box.fill('');
  await box.blur();
  await box.focus();
  const recent = list.getByRole('group', { name: '最近搜索' });
  await expect(recent.getByRole('option', { name: 'shir', exact: true })).toBeVisible();
  await recent.getByRole('option', { name: '清除最近搜索' }).click();
  await expect(list.getByRole('group', { name: '最近搜索' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a class suggestion leads to its listing; Escape closes, Enter searches what was typed', async ({ page }) => {
  const { errors, box, list } = await openSearchBox(page);
  await box.pressSequentially('牛仔', { delay: 60 });
  const classes = list.getByRole('group', { name: '分类' }).getByRole('option');
  await expect(classes.first()).toContainText('牛仔');
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E7%89%9B%E4%BB%94$/);
  await expect(box).toHaveValue('牛仔');
  await expect(page.locator('.listing-main .product-card-name mark').first()).toHaveText('牛仔');

  await box.press('ArrowDown'); // reopens on the page searched
  await expect(list).toBeVisible();
  await list.getByRole('group', { name: '分类' }).getByRole('option').first().click();
  await expect(page).toHaveURL(/\/class\//);
  expect(errors).toEqual([]);
});
