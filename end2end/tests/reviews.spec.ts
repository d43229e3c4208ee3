// Product reviews in real Chromium: a member buys a shirt (cash on delivery), staff carry the
// order to the door in the back office, the member reviews it with five stars, text and a
// photo from the product page's reviews tab; the rating summary and its histogram show the
// review, and the class listing sorted by rating puts the shirt first.
import { test, expect } from '@playwright/test';
import { watchErrors, hydrated, firstAdministrator } from './helpers';

// A 1×1 PNG: a real picture the shop decodes, re-encodes and resizes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('a buyer reviews a delivered shirt with a photo; the summary and the rating sort follow', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const errors = watchErrors(page);
  const email = `review-${Date.now()}@example.com`;
  const registered = await page.request.post('/api/account/register', {
    form: { email, password: 'correct horse battery', name: '评价人' },
    headers: { 'Sec-Fetch-Site': 'same-origin' },
  });
  expect(registered.ok()).toBe(true);

  // Before buying, the reviews tab says how to earn a review.
  await page.goto('/class/tailored-business-shirts');
  await hydrated(page);
  await page.locator('.listing-main .product-card a.product-card-name').last().click();
  await expect(page.locator('h1.product-name')).toBeVisible();
  await hydrated(page);
  const product = new URL(page.url()).pathname;
  await page.locator('#tab-reviews').click();
  await expect(page.locator('#panel-reviews .review-standing')).toContainText('买过并收到');
  await page.locator('.add-to-cart').click();
  await expect(page.locator('.variant-picker .cart-note')).toContainText('已加入购物车');

  await page.goto('/cart');
  await hydrated(page);
  await page.locator('a.cart-checkout').click();
  await expect(page).toHaveURL(/\/checkout$/);
  await hydrated(page);
  await page.locator('#field-recipient').fill('张三');
  await page.locator('#field-phone').fill('13800138000');
  await page.locator('#field-region').fill('江苏省');
  await page.locator('#field-city').fill('南京市');
  await page.locator('#field-district').fill('鼓楼区');
  await page.locator('#field-street').fill('中山路 1 号');
  await page.locator('#field-postcode').fill('210008');
  await page.locator('input[name=payment_method][value=cod]').check();
  await page.getByRole('button', { name: '提交订单' }).click();
  await expect(page).toHaveURL(/\/orders\/\d{18}$/);
  const number = page.url().split('/').pop()!;

  // Staff process, ship and deliver it.
  const staff = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const admin = firstAdministrator();
  await staff.goto('/admin/login');
  await hydrated(staff);
  await staff.getByLabel('电子邮箱').fill(admin.email);
  await staff.getByLabel('密码').fill(admin.password);
  await staff.getByRole('button', { name: '登录' }).click();
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto(`/admin/orders?number=${number}`);
  await hydrated(staff);
  const row = staff.locator(`tr[data-order="${number}"]`);
  await row.getByRole('button', { name: '开始备货' }).click();
  await expect(row.locator('.order-status')).toHaveText('备货中');
  await row.getByLabel('承运商').fill('顺丰速运');
  await row.getByLabel('运单号').fill('SF1234567890');
  await row.getByRole('button', { name: '发货' }).click();
  await expect(row.locator('.order-status')).toHaveText('已发货');
  await row.getByRole('button', { name: '确认签收' }).click();
  await expect(row.locator('.order-status')).toHaveText('已签收');

  // The review: a refused one keeps the text, then five stars with a photo.
  await page.goto(product);
  await hydrated(page);
  await page.locator('#tab-reviews').click();
  const form = page.locator('#review-form');
  await form.locator('#review-body').fill('版型很好，面料挺括 <b>推荐</b>');
  await form.getByRole('button', { name: '发表评价' }).click();
  await expect(page.locator('#review-stars-note')).toHaveText('请选择 1 到 5 星');
  await expect(page.locator('#review-body')).toHaveValue('版型很好，面料挺括 <b>推荐</b>');
  await page.locator('#review-stars').selectOption('5');
  await page.locator('#review-photos').setInputFiles({ name: 'shirt.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: '发表评价' }).click();
  await expect(page.locator('#panel-reviews .form-done')).toContainText('感谢您的评价');
  await expect(page.locator('#panel-reviews .rating-average')).toContainText('5.0 分（1 条评价）');
  const five = page.locator('.rating-histogram tr', { hasText: '5 星' });
  await expect(five.locator('.bar-count')).toHaveText('1');
  const review = page.locator('.review-list .review').first();
  await expect(review.locator('.review-body')).toHaveText('版型很好，面料挺括 <b>推荐</b>');
  await expect(review.locator('.review-photos img')).toHaveAttribute('src', /^\/media\/reviews\/.+-s\.jpg$/);
  await expect(page.locator('#panel-reviews .review-standing')).toContainText('您已评价过');

  // The listing sorted by rating puts the reviewed shirt first.
  await page.goto('/class/tailored-business-shirts?sort=rating');
  await hydrated(page);
  await expect(page.locator('.listing-main .product-card a.product-card-name').first()).toHaveAttribute('href', product);
  expect(errors).toEqual([]);
});
