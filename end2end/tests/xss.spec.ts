// The XSS suite: 35 hostile payloads (xss.ts) go through the real forms and are read back
// where shoppers and staff see them: guestbook posts (by a guest: the guestbook, a post's own
// page, moderation) and the feedback form (the staff inbox); reviews.spec.ts sends them as
// reviews. On every page no dialog opens, no element or handler from the payloads exists, and
// each text reads exactly as typed.
import { test, expect, Browser } from '@playwright/test';
import { hydrated, staffPage } from './helpers';
import { PAYLOADS, batches, noDialogs, expectInert, texts } from './xss';

test('hostile text in the guestbook stays text for shoppers and moderators', async ({ browser }: { browser: Browser }) => {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const dialogs = noDialogs(page);
  const marker = `Xg${Date.now().toString(36)}`;
  // As a guest: three posts, so that with the guestbook journey's two the address stays
  // within 5 guest posts an hour.
  const posts = batches(700);
  expect(posts).toHaveLength(3);
  const ids: string[] = [];
  const clock = Math.floor(Date.now() / 1000) - 60;
  for (const [n, body] of posts.entries()) {
    const written = await page.request.post('/api/guestbook/write', {
      form: {
        board: 'site',
        name: '坏人',
        title: `${marker} ${n} <script>alert('t${n}')</script>`,
        body,
        website: '',
        started: String(clock),
      },
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(written.ok(), await written.text()).toBe(true);
    ids.push(String((await written.json()).id));
  }

  // Moderators see them waiting, as text, and approve each.
  const staff = await staffPage(browser);
  const staffDialogs = noDialogs(staff);
  await staff.goto('/admin/guestbook');
  await hydrated(staff);
  for (const id of ids) {
    await expect(staff.locator(`.moderation-item[data-post="${id}"]`)).toHaveCount(1);
  }
  await expectInert(staff, '.moderation-list');
  for (const id of ids) {
    await staff.locator(`.moderation-item[data-post="${id}"]`).getByRole('button', { name: '通过' }).click();
    await expect(staff.locator(`.moderation-item[data-post="${id}"]`)).toHaveCount(0);
  }

  await page.goto(`/guestbook?q=${marker}`);
  await hydrated(page);
  await expect(page.locator('.guestbook-post')).toHaveCount(posts.length);
  await expectInert(page, '.guestbook-posts');
  const shown = await texts(page, '.guestbook-post-body');
  expect([...shown].sort()).toEqual([...posts].sort());
  const titles = await texts(page, '.guestbook-post-title');
  expect(titles.every((t) => t.includes("<script>alert('t"))).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'a very long line wraps').toBeLessThanOrEqual(1);

  await page.goto(`/guestbook/post/${ids[0]}`);
  await hydrated(page);
  await expectInert(page, '.guestbook-single');
  expect(await texts(page, '.guestbook-post-body')).toEqual([posts[0]]);
  expect(await page.title()).toContain("alert('t0')"); // the title is text too
  expect(await page.locator('head script').evaluateAll((s) => s.filter((e) => e.textContent?.includes("alert('t0')")).length)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(staffDialogs).toEqual([]);
});

test('hostile text from the feedback form stays text in the staff inbox', async ({ browser }: { browser: Browser }) => {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const body = PAYLOADS.join('\n');
  expect(body.length).toBeLessThanOrEqual(2000);
  await page.goto('/contact');
  await hydrated(page);
  await page.getByLabel('留言').fill(body);
  await page.waitForTimeout(3_100);
  await page.getByRole('button', { name: '发送' }).click();
  await expect(page.locator('.form-done')).toContainText('已收到您的留言');
  const number = (await page.locator('.form-done').textContent())!.match(/#(\d+)/)![1];

  const staff = await staffPage(browser);
  const dialogs = noDialogs(staff);
  await staff.goto('/admin/inbox');
  await hydrated(staff);
  const message = staff.locator(`.inbox-message[data-message="${number}"]`);
  await expect(message).toHaveCount(1);
  await expectInert(staff, '.inbox-list');
  expect(await message.locator('.inbox-body').evaluate((e) => e.textContent)).toBe(body);
  expect(dialogs).toEqual([]);
});
