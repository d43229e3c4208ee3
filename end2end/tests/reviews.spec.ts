// Product reviews in real Chromium: a member buys a shirt (cash on delivery), staff carry the
// order to the door in the back office (helpers.ts), the member reviews it with five stars, text and a
// photo from the product page's reviews tab; the rating summary and its histogram show the
// review, and the class listing sorted by rating puts the shirt first. Two more shirts from the
// same order get the XSS suite's payloads (xss.ts) as reviews, shown as text to all.
import { test, expect } from '@playwright/test';
import { watchErrors, hydrated, newMember, buyAndReceive, staffPage } from './helpers';
import { batches, noDialogs, expectInert, texts } from './xss';

// A 1×1 PNG: a real picture the shop decodes, re-encodes and resizes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('a buyer reviews a delivered shirt with a photo; the summary and the rating sort follow', async ({ browser }) => {
  test.setTimeout(150_000);
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const errors = watchErrors(page);
  await newMember(page, '评价人');

  // Before buying, the reviews tab says how to earn a review.
  await page.goto('/class/tailored-business-shirts');
  await hydrated(page);
  const product = (await page.locator('.listing-main .product-card a.product-card-name').last().getAttribute('href'))!;
  const listing = page.url();
  await page.goto(product);
  await expect(page.locator('h1.product-name')).toBeVisible();
  await hydrated(page);
  await page.locator('#tab-reviews').click();
  await expect(page.locator('#panel-reviews .review-standing')).toContainText('买过并收到');
  await page.goto(listing);
  // Two more shirts of the class get the XSS suite's payloads as reviews (below).
  const others = (await page.locator('.listing-main .product-card a.product-card-name').evaluateAll(
    (links) => links.map((a) => a.getAttribute('href') ?? ''),
  )).filter((href) => href && href !== product).slice(0, 2);
  expect(others).toHaveLength(2);
  await buyAndReceive(browser, page, [product, ...others]);

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

  // The XSS suite as reviews: shown as text on the product page and in moderation.
  const dialogs = noDialogs(page);
  const bodies = batches(1000);
  expect(bodies).toHaveLength(others.length);
  for (const [n, body] of bodies.entries()) {
    await page.goto(others[n]);
    await hydrated(page);
    await page.locator('#tab-reviews').click();
    await page.locator('#review-stars').selectOption('4');
    await page.locator('#review-body').fill(body);
    await page.getByRole('button', { name: '发表评价' }).click();
    await expect(page.locator('#panel-reviews .form-done')).toContainText('感谢您的评价');
    await expectInert(page, '#panel-reviews .review-list');
    expect(await texts(page, '.review-list .review-body')).toContain(body);
  }
  const staff = await staffPage(browser);
  const staffDialogs = noDialogs(staff);
  await staff.goto('/admin/reviews');
  await hydrated(staff);
  await expect(staff.locator('.review-queue')).toContainText("alert('xss1')");
  await expectInert(staff, '.review-queue');
  expect(dialogs).toEqual([]);
  expect(staffDialogs).toEqual([]);
  expect(errors).toEqual([]);
});
