// A member's whole journey in real Chromium, in one go: register (a bad phone named beside
// its field first) → the verification mail →
// verify → log out → as a guest, ask to keep a product → log in and land back on it → keep it,
// and another from a listing → favourites and browsing history pages → add an address → the
// security page → log out → reset the password by mail → log in with the new one.
import { test, expect } from '@playwright/test';
import { watchErrors, hydrated, mailedLink } from './helpers';

test('register, verify, keep favourites, add an address, reset the password', async ({ page }) => {
  const errors = watchErrors(page);
  const email = `journey-${Date.now()}@example.com`;

  await page.goto('/account/register');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('昵称').fill('小周');
  await page.getByLabel('密码').fill('correct horse battery');
  await page.getByLabel('手机号码').fill('12345');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.locator('#field-phone-note')).toHaveText(/号码格式不正确/);
  await expect(page.getByLabel('电子邮箱')).toHaveValue(email); // nothing typed is lost
  await page.getByLabel('手机号码').fill('139 1234 5678');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('.account-level')).toContainText('普通会员');
  await expect(page.locator('.account-level')).toContainText('银卡会员');

  const link = new URL(await mailedLink(email));
  await page.goto(link.pathname + link.search);
  await hydrated(page);
  await page.getByRole('button', { name: '确认我的邮箱' }).click();
  await expect(page.getByText('邮箱已验证')).toBeVisible();
  await page.getByRole('button', { name: '退出登录', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  // A guest looks at a shirt and asks to keep it: log in first, then back to the shirt.
  await page.goto('/class/tailored-business-shirts');
  await hydrated(page);
  const first = page.locator('.listing-main .product-card').first();
  const firstName = (await first.locator('a.product-card-name').textContent())!.trim();
  await first.locator('a.product-card-name').click();
  await expect(page.locator('h1.product-name')).toHaveText(firstName);
  await hydrated(page);
  const productUrl = new URL(page.url()).pathname;
  const keep = page.locator('.product-actions .favourite-toggle');
  await expect(keep).toHaveAttribute('aria-pressed', 'false');
  await keep.click();
  await expect(page).toHaveURL(/\/account\/login\?next=/);
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('correct horse battery');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(new RegExp(`${productUrl}$`));
  await hydrated(page);
  await page.locator('.product-actions .favourite-toggle').click();
  await expect(page.locator('.product-actions .favourite-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.product-actions .favourite-toggle')).toHaveText(/已收藏/);

  // Another from the listing's cards; both are on the favourites page, newest first.
  await page.goto('/class/tailored-business-shirts');
  await hydrated(page);
  const second = page.locator('.listing-main .product-card').nth(1);
  const secondName = (await second.locator('a.product-card-name').textContent())!.trim();
  await expect(page.locator('.listing-main .product-card').first().locator('.favourite-toggle')).toHaveAttribute('aria-pressed', 'true');
  await second.locator('.favourite-toggle').click();
  await expect(second.locator('.favourite-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/account/favourites');
  await hydrated(page);
  const kept = page.locator('.favourites .product-card-name');
  await expect(kept).toHaveText([secondName, firstName]);
  await page.locator('.favourites .product-card').first().locator('.favourite-toggle').click();
  await expect(kept).toHaveText([firstName]); // taken out, it leaves the page

  // The shirt viewed as a guest came along into the history.
  await page.getByRole('navigation', { name: '账户菜单' }).getByRole('link', { name: '浏览记录' }).click();
  await expect(page).toHaveURL(/\/account\/history$/);
  await expect(page.locator('.history .product-card-name', { hasText: firstName })).toBeVisible();

  // An address for checkout.
  await page.goto('/account/addresses');
  await hydrated(page);
  const form = page.locator('.address-form');
  await form.getByLabel('收货人').fill('周小川');
  await form.getByLabel('手机号码').fill('139 1234 5678');
  await form.getByLabel('省份').fill('上海市');
  await form.getByLabel('城市').fill('上海市');
  await form.getByLabel('区/县').fill('黄浦区');
  await form.getByLabel('详细地址').fill('南京东路 100 号 5 楼');
  await form.getByLabel('邮政编码').fill('200001');
  await form.getByRole('button', { name: '保存地址' }).click();
  await expect(page.locator('.address-card')).toHaveCount(1);

  // The security page marks this browser.
  await page.getByRole('navigation', { name: '账户菜单' }).getByRole('link', { name: '账户安全' }).click();
  await expect(page.locator('.sessions-table tr.this-browser')).toContainText('当前浏览器');
  await page.goto('/account');
  await hydrated(page);
  await page.getByRole('button', { name: '退出登录', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);

  // A forgotten password: reset by mail, then the new one logs in.
  await page.goto('/account/forgot');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByRole('button', { name: '发送重设链接' }).click();
  await expect(page.getByRole('status')).toHaveText(/如果该邮箱已注册/);
  const reset = new URL(await mailedLink(email, 'reset'));
  await page.goto(reset.pathname + reset.search);
  await hydrated(page);
  await page.getByLabel('新密码').fill('staple battery horse');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole('button', { name: '退出登录', exact: true }).click();
  // Logging out loads the home page; going on before it has would abort that load.
  await expect(page).toHaveURL(/\/$/);
  await hydrated(page);
  await page.goto('/account/login');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('staple battery horse');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('.account-email')).toHaveText(email);
  await page.goto('/account/favourites');
  await expect(page.locator('.favourites .product-card-name')).toHaveText([firstName]);

  // The refused registration answers 400, which the browser logs; nothing else may go wrong.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});
