// The XSS suite: 35 hostile payloads (xss-payloads.ts) go through the real forms — guestbook
// posts, product reviews, the feedback form — and are read back where shoppers and staff see
// them: the guestbook, a post's own page and its moderation page; the product page and review
// moderation; the staff inbox. On every page no dialog opens, no element or handler from the
// payloads exists, and each text reads exactly as typed.
import { test, expect, Page, Browser } from '@playwright/test';
import { hydrated, newMember, buyAndReceive, staffPage, watchErrors } from './helpers';
import { PAYLOADS, batches } from './xss-payloads';

/** Fails the test on any dialog the page opens. */
function noDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}

/** Nothing executable came from the payloads: no handler attributes, no script-bearing
 *  addresses, no embedded documents, no `<script>` holding their words, inside `scope`. */
async function expectInert(page: Page, scope: string) {
  const found = await page.evaluate((scope) => {
    const bad: string[] = [];
    for (const root of Array.from(document.querySelectorAll(scope))) {
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'video', 'base', 'meta', 'style', 'marquee', 'details', 'input', 'form', 'template', 'noscript', 'isindex'].includes(tag) && !el.closest('.review-photos, .moderation-reply, .moderation-actions, .review-actions, .review-reply-form, .inbox-message form')) {
          bad.push(`<${tag}> ${el.outerHTML.slice(0, 80)}`);
        }
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) bad.push(`${tag}[${attr.name}]`);
          if (/^(href|src|action|formaction|data|style)$/i.test(attr.name) && /(javascript|data):/i.test(attr.value)) {
            bad.push(`${tag}[${attr.name}=${attr.value}]`);
          }
        }
      }
    }
    return bad;
  }, scope);
  expect(found, `executable markup in ${scope}`).toEqual([]);
}

/** The texts of `selector`, exactly as the DOM holds them. */
async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}

test('hostile text in the guestbook stays text for shoppers and moderators', async ({ browser }: { browser: Browser }) => {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const dialogs = noDialogs(page);
  await newMember(page, 'XSS Guestbook');
  const marker = `Xg${Date.now().toString(36)}`;
  const posts = batches(500);
  const ids: string[] = [];
  const clock = Math.floor(Date.now() / 1000) - 60;
  for (const [n, body] of posts.entries()) {
    const written = await page.request.post('/api/guestbook/write', {
      form: {
        board: 'site',
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

test('hostile text in reviews stays text on the product page and in moderation', async ({ browser }: { browser: Browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const dialogs = noDialogs(page);
  const errors = watchErrors(page);
  await newMember(page, 'XSS Reviewer');
  const bodies = batches(1000);
  await page.goto('/class/tailored-business-shirts');
  await hydrated(page);
  const products = (await page.locator('.listing-main .product-card a.product-card-name').evaluateAll(
    (links) => links.map((a) => a.getAttribute('href') ?? ''),
  )).slice(0, bodies.length);
  expect(products).toHaveLength(bodies.length);
  await buyAndReceive(browser, page, products);

  for (const [n, body] of bodies.entries()) {
    await page.goto(products[n]);
    await hydrated(page);
    await page.locator('#tab-reviews').click();
    await page.locator('#review-stars').selectOption('4');
    await page.locator('#review-body').fill(body);
    await page.getByRole('button', { name: '发表评价' }).click();
    await expect(page.locator('#panel-reviews .form-done')).toContainText('感谢您的评价');
    await page.reload();
    await hydrated(page);
    await page.locator('#tab-reviews').click();
    await expectInert(page, '#panel-reviews .review-list');
    expect(await texts(page, '.review-list .review-body')).toContain(body);
  }

  const staff = await staffPage(browser);
  const staffDialogs = noDialogs(staff);
  await staff.goto('/admin/reviews');
  await hydrated(staff);
  await expect(staff.locator('body')).toContainText("alert('xss1')");
  await expectInert(staff, '.review-queue');
  expect(dialogs).toEqual([]);
  expect(staffDialogs).toEqual([]);
  expect(errors).toEqual([]);
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
