// Member accounts in real Chromium: register (with a field-level message for a bad address,
// keeping what was typed), see the account, log out, fail and then succeed to log in; and the
// same log-in as a plain form post with JavaScript switched off.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors, hydrated, mailedLink } from './helpers';

const PASSWORD = 'correct horse battery';

test('register, see the account, log out, log in again', async ({ page, context }) => {
  const errors = watchErrors(page);
  const email = `ming-${Date.now()}@example.com`;
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/login$/); // nobody signed in yet
  await hydrated(page);
  await page.getByRole('link', { name: '注册' }).click();
  await expect(page.getByRole('heading', { name: '注册会员' })).toBeVisible();

  await page.getByLabel('电子邮箱').fill('ming.example.com');
  await page.getByLabel('昵称').fill('小明');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('电子邮箱').evaluate((e: HTMLInputElement) => (e.type = 'text')); // past the browser's own check
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.locator('#field-email-note')).toHaveText('邮箱格式不正确，例如 name@example.com');
  await expect(page.getByLabel('电子邮箱')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('昵称')).toHaveValue('小明'); // nothing typed is lost
  const axe = await new AxeBuilder({ page }).include('.account-form').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByLabel('电子邮箱').fill(email);
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('.account-name')).toHaveText('小明');
  await expect(page.locator('.account-email')).toHaveText(email);
  await expect(page.getByText('邮箱尚未验证')).toBeVisible();

  // The mail carries a link; following it and confirming verifies the address, once.
  const link = new URL(await mailedLink(email));
  await page.goto(link.pathname + link.search);
  await hydrated(page);
  await page.getByRole('button', { name: '确认我的邮箱' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('邮箱已验证')).toBeVisible();
  await page.goto(link.pathname + link.search);
  await hydrated(page);
  await page.getByRole('button', { name: '确认我的邮箱' }).click();
  await expect(page.getByRole('alert')).toHaveText('此链接已经用过了');
  await page.goto('/account');
  await hydrated(page);
  const cookie = (await context.cookies()).find((c) => c.name === 'emporium_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');

  await page.getByRole('button', { name: '退出登录', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/login$/);
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('wrong horse battery');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('.account-email')).toHaveText(email);
  // The three refused submits answer 400, which the browser logs; nothing else may go wrong.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  expect(errors.length).toBe(3);
});

test('a forgotten password is reset by mail, and the new one logs in', async ({ page, request }) => {
  const errors = watchErrors(page);
  const email = `lan-${Date.now()}@example.com`;
  const registered = await request.post('/api/account/register', {
    form: { email, password: PASSWORD, name: '兰' },
    headers: { 'Sec-Fetch-Site': 'same-origin' },
  });
  expect(registered.ok()).toBe(true);

  await page.goto('/account/login');
  await hydrated(page);
  await page.getByRole('link', { name: '忘记密码？' }).click();
  await expect(page.getByRole('heading', { name: '找回密码' })).toBeVisible();
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByRole('button', { name: '发送重设链接' }).click();
  await expect(page.getByRole('status')).toHaveText(/如果该邮箱已注册/);

  const link = new URL(await mailedLink(email, 'reset'));
  await page.goto(link.pathname + link.search);
  await hydrated(page);
  await page.getByLabel('新密码').fill('short');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.locator('#field-password-note')).toHaveText('密码至少需要 10 个字符');
  await page.getByLabel('新密码').fill('staple battery horse');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('.account-email')).toHaveText(email);

  await page.getByRole('button', { name: '退出登录', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account/login');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('staple battery horse');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/account$/);
  // The one refused submit (a short password) answers 400, which the browser logs.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the log-in form posts and says what went wrong', async ({ page, request }) => {
    const email = `plain-${Date.now()}@example.com`;
    const registered = await request.post('/api/account/register', {
      form: { email, password: PASSWORD, name: 'Plain' },
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(registered.ok()).toBe(true);

    await page.goto('/account/login');
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill('wrong horse battery');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/account\/login/);
    await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确');

    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.locator('.account-email')).toHaveText(email);
  });
});
