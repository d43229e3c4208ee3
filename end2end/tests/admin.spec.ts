// The back office in real Chromium: the first administrator (its password read from what the
// server printed on first start) signs in and sees live figures, adds a customer-service
// account; that account signs in in another browser, sees only its own menu and is refused the
// staff page; the administrator deactivates it, which signs it out, and the audit log says so.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors, hydrated, firstAdministrator } from './helpers';


async function logIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

async function seriousViolations(page: Page, selector: string) {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('an administrator adds customer service, which sees only its own menu', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  const errors = watchErrors(admin);
  await admin.goto('/admin');
  await expect(admin).toHaveURL(/\/admin\/login$/); // nobody signed in yet
  const { email, password } = firstAdministrator();
  await logIn(admin, email, password);

  const menu = admin.getByRole('navigation', { name: '后台菜单' });
  await expect(menu.getByRole('link')).toHaveText(['概览', '订单', '会员', '邮件发件箱', '顾客留言', '留言板', '商品评价', '帮助中心', '员工', '操作日志']);
  await expect(menu.getByRole('link', { name: '概览' })).toHaveAttribute('aria-current', 'page');
  const figure = (label: string) =>
    admin.locator('.admin-figure', { hasText: label }).locator('.admin-figure-value');
  await expect(figure('在售商品')).toHaveText(/^[1-9]\d*$/); // the demo shop's products
  expect(await seriousViolations(admin, '.admin')).toEqual([]);

  await menu.getByRole('link', { name: '员工' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '员工' })).toBeVisible();
  const form = admin.locator('.admin-add-staff');
  const csEmail = `cs-${Date.now()}@shop.example`;
  await form.getByLabel('电子邮箱').fill(csEmail);
  await form.getByLabel('姓名').fill('蔡客服');
  await form.getByLabel('初始密码').fill('a long enough secret');
  await form.getByRole('button', { name: '添加员工' }).click();
  await expect(form.locator('#roles-note')).toHaveText('请至少选择一个角色');
  await expect(form.getByLabel('电子邮箱')).toHaveValue(csEmail); // nothing typed is lost
  await form.getByLabel('客服').check();
  await form.getByRole('button', { name: '添加员工' }).click();
  const row = admin.locator(`tr[data-email="${csEmail}"]`);
  await expect(row).toContainText('客服');
  await expect(row).toContainText('在职');
  expect(await seriousViolations(admin, '.admin-page')).toEqual([]);

  // Customer service, in a browser of its own.
  const cs = await (await browser.newContext()).newPage();
  await logIn(cs, csEmail, 'a long enough secret');
  const csMenu = cs.getByRole('navigation', { name: '后台菜单' });
  await expect(csMenu.getByRole('link')).toHaveText(['概览', '订单', '会员', '邮件发件箱', '顾客留言', '留言板', '商品评价']);
  await expect(cs.locator('.admin-roles')).toHaveText('客服');
  await csMenu.getByRole('link', { name: '邮件发件箱' }).click();
  await expect(cs.getByRole('heading', { level: 1, name: '邮件发件箱' })).toBeVisible();
  const refused = await cs.goto('/admin/staff');
  expect(refused?.status()).toBe(403);
  await expect(cs.getByRole('heading', { name: '无权访问' })).toBeVisible();

  // Deactivated: signed out at once, and the audit log says who did it.
  await row.getByRole('button', { name: '停用' }).click();
  await expect(row).toContainText('已停用');
  await cs.goto('/admin');
  await expect(cs).toHaveURL(/\/admin\/login$/);
  await menu.getByRole('link', { name: '操作日志' }).click();
  const log = admin.locator('.audit-table tbody tr').first();
  await expect(log).toContainText('staff.deactivate');
  await expect(log).toContainText(email);

  // The one refused submit (no role chosen) answers 400, which the browser logs.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});
