// The feedback form in real Chromium, on a desktop and a phone: the footer's "feedback on
// this page" link carries the page; a bad message keeps what was typed and says why beside the
// field; a sent one reaches the topic's staff and the sender by mail. Without JavaScript a
// refused message comes back as typed, and a good one is taken.
import { test, expect, Browser } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { watchErrors, hydrated, readable, firstAdministrator } from './helpers';

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];


/** The mails to `to` (every mail for ''), decoded. */
function mailsTo(to: string): string[] {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'mail');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .filter((m) => m.includes(`To: ${to}`))
    .map(readable);
}

for (const device of viewports) {
  test(`feedback on a page on a ${device.name}`, async ({ browser }: { browser: Browser }) => {
    const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/directory');
    await hydrated(page);
    await page.locator('.site-footer a.feedback-link').click();
    await expect(page).toHaveURL(/\/contact\?page=\/directory$/);
    await hydrated(page);
    await expect(page.locator('.contact-about')).toContainText('/directory');

    const email = `feedback-${device.name}-${Date.now()}@example.com`;
    await page.getByLabel('主题').selectOption('site');
    await page.getByLabel('邮箱（选填').fill(email);
    const body = page.getByLabel('留言');
    const spam = '看看 http://a.cn http://b.cn http://c.cn http://d.cn';
    await body.fill(spam);
    await page.waitForTimeout(3_100); // a person takes a moment; the form refuses robots' speed
    await page.getByRole('button', { name: '发送' }).click();
    await expect(page.locator('#contact-body-note')).toHaveText('留言最多包含 3 个链接');
    await expect(body).toHaveValue(spam); // nothing typed is lost
    await expect(page.getByLabel('邮箱（选填')).toHaveValue(email);

    await body.fill('目录页的分类能不能按系列排序？');
    await page.getByRole('button', { name: '发送' }).click();
    await expect(page.locator('.form-done')).toContainText('已收到您的留言');
    await expect.poll(() => mailsTo(email).length, { timeout: 15_000 }).toBe(1);
    expect(mailsTo(email)[0]).toContain('留言 #');
    const number = (await page.locator('.form-done').textContent())!.match(/#(\d+)/)![1];

    // It reached the staff by mail; the administrator finds it in the inbox and answers it.
    await expect.poll(() => mailsTo('').some((m) => m.includes(`New message #${number}`)), { timeout: 15_000 }).toBe(true);
    const { email: admin, password } = firstAdministrator();
    const staff = await context.newPage();
    await staff.goto('/admin/login');
    await hydrated(staff);
    await staff.getByLabel('电子邮箱').fill(admin);
    await staff.getByLabel('密码').fill(password);
    await staff.getByRole('button', { name: '登录' }).click();
    await expect(staff).toHaveURL(/\/admin$/);
    await staff.goto('/admin/inbox');
    await hydrated(staff);
    const message = staff.locator(`.inbox-message[data-message="${number}"]`);
    await expect(message.locator('.inbox-body')).toHaveText('目录页的分类能不能按系列排序？');
    await expect(message.locator('.inbox-page a')).toHaveAttribute('href', '/directory');
    await message.getByRole('button', { name: '标记为已回复' }).click();
    await expect(message).toHaveCount(0); // it leaves the "new" list
    await staff.goto('/admin/inbox?status=answered');
    await expect(staff.locator(`.inbox-message[data-message="${number}"]`)).toHaveClass(/answered/);
    if (device.isMobile) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    // The refused message answers 400, which the browser logs.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });

  test('a refused message comes back as typed; a good one is taken', async ({ page }) => {
    await page.goto('/contact');
    const text = 'Do you deliver to Hainan? </textarea><b>thanks</b>';
    await page.getByLabel('Topic').selectOption('delivery');
    await page.getByLabel('Name (optional)').fill('Lan');
    await page.getByLabel('E-mail (optional').fill('not an address');
    await page.getByLabel('Message').fill(text);
    await page.waitForTimeout(3_100);
    await page.getByRole('button', { name: 'Send' }).click();
    // Back with the address marked and everything as typed (the </textarea> stays text).
    await expect(page).toHaveURL(/\/contact/);
    await expect(page.locator('#contact-email-note')).not.toBeEmpty();
    await expect(page.getByLabel('Topic')).toHaveValue('delivery');
    await expect(page.getByLabel('Name (optional)')).toHaveValue('Lan');
    await expect(page.getByLabel('Message')).toHaveValue(text);
    await expect(page.locator('.contact-form b')).toHaveCount(0);
    await page.getByLabel('E-mail (optional').fill('');
    await page.waitForTimeout(3_100);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page).toHaveURL(/\/contact\?sent=\d+/);
    await expect(page.locator('.form-done')).toContainText(/#\d+/);
    await expect(page.locator('.contact-form')).toHaveCount(0);
  });
});
