// The guestbook in real Chromium: a guest's bad post keeps what was typed and says why beside
// the field; the good one appears in place, marked as waiting; customer service approves and
// answers it in the back office; the guest then sees the shop's answer, and everyone finds the
// post by search. Without JavaScript a refused post comes back with what was typed, and a good
// one posts; on a phone nothing scrolls sideways.
import { test, expect, Page, Browser } from '@playwright/test';
import { watchErrors, hydrated, firstAdministrator } from './helpers';

async function staffSignIn(page: Page) {
  const { email, password } = firstAdministrator();
  await page.goto('/admin/login');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test('a guest posts, the shop approves and answers, the guest reads the answer', async ({ browser }: { browser: Browser }) => {
  const guest = await browser.newContext({ locale: 'zh-CN' });
  const page = await guest.newPage();
  const errors = watchErrors(page);
  await page.goto('/');
  await hydrated(page);
  await page.locator('.site-footer').getByRole('link', { name: '留言板' }).click();
  await expect(page).toHaveURL(/\/guestbook$/);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('留言板');

  const word = `Zq${Date.now().toString(36)}`;
  const form = page.locator('.guestbook-form');
  await form.getByLabel('版块').selectOption('delivery');
  await form.getByLabel('称呼').fill('小王');
  await form.getByLabel('标题').fill(`配送很快 ${word}`);
  await form.getByLabel('内容').fill('好');
  await page.waitForTimeout(3_100); // a person takes a moment; the form refuses robots' speed
  await form.getByRole('button', { name: '发表留言' }).click();
  await expect(page.locator('#guestbook-body-note')).toHaveText('留言太短了');
  await expect(form.getByLabel('称呼')).toHaveValue('小王'); // nothing typed is lost
  await expect(form.getByLabel('标题')).toHaveValue(`配送很快 ${word}`);
  await expect(form.getByLabel('内容')).toHaveValue('好');

  await form.getByLabel('内容').fill('上海下单，第二天就收到了。详见 https://example.com/track');
  await form.getByRole('button', { name: '发表留言' }).click();
  await expect(page.locator('.guestbook-write .form-done')).toHaveText('谢谢！您的留言将在审核后显示。');
  const mine = page.locator('.guestbook-post.waiting').filter({ hasText: word });
  await expect(mine).toHaveCount(1); // in place, marked as waiting, for its writer only
  await expect(mine.locator('.badge-waiting')).toHaveText('待审核');
  await expect(page.locator('.guestbook-form').getByLabel('标题')).toHaveValue(''); // a fresh form
  const id = await mine.getAttribute('data-post');
  const link = mine.locator('.guestbook-post-body a');
  await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  await expect(link).toHaveAttribute('href', 'https://example.com/track');

  // Nobody else sees it yet.
  const stranger = await browser.newContext({ locale: 'zh-CN' });
  const other = await stranger.newPage();
  await other.goto(`/guestbook/post/${id}`);
  await expect(other.locator('.empty-state')).toHaveText('这条留言不存在或已被移除。');

  // The shop approves it and answers in public.
  const staff = await browser.newPage({ locale: 'zh-CN' });
  await staffSignIn(staff);
  await staff.goto('/admin/guestbook');
  await hydrated(staff);
  const held = staff.locator(`.moderation-item[data-post="${id}"]`);
  await expect(held).toContainText(word);
  await held.getByRole('button', { name: '通过' }).click();
  await expect(held).toHaveCount(0); // it leaves the queue
  await staff.goto('/admin/guestbook?status=visible');
  await hydrated(staff);
  const shown = staff.locator(`.moderation-item[data-post="${id}"]`);
  await shown.getByLabel('公开回复').fill('感谢您的支持，我们会继续保持！');
  await shown.getByRole('button', { name: '发布回复' }).click();
  await expect(shown.locator('.guestbook-reply-body')).toHaveText('感谢您的支持，我们会继续保持！');
  await shown.getByLabel('修改我的回复').fill('感谢您的支持，我们会继续保持！欢迎再来。');
  await shown.getByRole('button', { name: '保存回复' }).click();
  await expect(shown.locator('.guestbook-reply-head')).toContainText('已编辑');

  // The guest reads the answer on the post's own page; everyone finds the post by search.
  await page.goto(`/guestbook/post/${id}`);
  await hydrated(page);
  const reply = page.locator('.guestbook-reply');
  await expect(reply.locator('.badge-shop')).toHaveText('店铺回复');
  await expect(reply.locator('.guestbook-reply-body')).toHaveText('感谢您的支持，我们会继续保持！欢迎再来。');
  await other.goto(`/guestbook?q=${word}`);
  await hydrated(other);
  await expect(other.locator('.guestbook-post')).toHaveCount(1);
  await expect(other.locator('.guestbook-post .guestbook-post-title a')).toHaveAttribute('href', `/guestbook/post/${id}`);
  await other.goto('/guestbook/board/payment');
  await expect(other.locator(`.guestbook-post[data-post="${id}"]`)).toHaveCount(0);
  // The refused post answers 400, which the browser logs.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  await guest.close();
  await stranger.close();
});

test('on a phone the guestbook fits the screen', async ({ browser }: { browser: Browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('/guestbook');
  await hydrated(page);
  await expect(page.locator('.guestbook-boards a')).toHaveCount(12);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });

  test('a refused post keeps what was typed; the form posts and the writer sees it waiting', async ({ page }) => {
    const word = `Plain${Date.now().toString(36)}`;
    const message = 'Could every product page show a size chart? </textarea><b>please</b>';
    await page.goto('/guestbook/board/site');
    const form = page.locator('.guestbook-form');
    await expect(form.getByLabel('Board')).toHaveValue('site');
    await form.getByLabel('Name', { exact: true }).fill('Lan');
    await form.getByLabel('Message').fill(message);
    await page.waitForTimeout(3_100);
    // No title: the page comes back saying so, with the name and message as typed.
    await form.getByRole('button', { name: 'Post' }).click();
    await expect(page).toHaveURL(/\/guestbook\/board\/site/);
    await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('#guestbook-title-note')).not.toBeEmpty();
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Lan');
    await expect(form.getByLabel('Message')).toHaveValue(message);
    await expect(form.locator('b')).toHaveCount(0);
    await form.getByLabel('Title').fill(`Size charts ${word}`);
    await page.waitForTimeout(3_100);
    await form.getByRole('button', { name: 'Post' }).click();
    await expect(page).toHaveURL(/\/guestbook\/board\/site/);
    const mine = page.locator('.guestbook-post.waiting').filter({ hasText: word });
    await expect(mine).toHaveCount(1);
    await expect(mine.locator('.badge-waiting')).toHaveText('Awaiting review');
    await expect(form.getByLabel('Message')).toHaveValue(''); // taken: the draft is gone
  });
});
