// The member's profile and address book in real Chromium: a bad phone is named beside its
// field and nothing typed is lost; addresses are added, edited, made default and removed; the
// profile keeps a birthday and refuses one in the future; the data download holds it all and
// the account is deleted with its password.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import { watchErrors, hydrated } from './helpers';

test('a member keeps a profile and an address book', async ({ page }) => {
  const errors = watchErrors(page);
  const email = `addr-${Date.now()}@example.com`;
  const registered = await page.request.post('/api/account/register', {
    form: { email, password: 'correct horse battery', name: '小王' },
    headers: { 'Sec-Fetch-Site': 'same-origin' },
  });
  expect(registered.ok()).toBe(true);

  await page.goto('/account');
  await hydrated(page);
  await page.getByRole('navigation', { name: '账户菜单' }).getByRole('link', { name: '收货地址' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '收货地址' })).toBeVisible();
  await expect(page.getByText('还没有收货地址。')).toBeVisible();

  const form = page.locator('.address-form');
  await form.getByLabel('收货人').fill('王小明');
  await form.getByLabel('手机号码').fill('12345');
  await form.getByLabel('省份').fill('北京市');
  await form.getByLabel('城市').fill('北京市');
  await form.getByLabel('区/县').fill('朝阳区');
  await form.getByLabel('详细地址').fill('建国路 88 号 1201 室');
  await form.getByLabel('邮政编码').fill('100022');
  await form.getByRole('button', { name: '保存地址' }).click();
  await expect(form.locator('#field-phone-note')).toHaveText(/号码格式不正确/);
  await expect(form.getByLabel('手机号码')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('详细地址')).toHaveValue('建国路 88 号 1201 室'); // nothing typed is lost
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await form.getByLabel('手机号码').fill('138 0013 8000');
  await form.getByRole('button', { name: '保存地址' }).click();
  const cards = page.locator('.address-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('13800138000');
  await expect(cards.first()).toContainText('默认地址');

  await form.getByLabel('收货人').fill('陈大文');
  await form.getByLabel('手机号码').fill('9123 4567');
  await form.getByLabel('国家/地区').selectOption('HK');
  await form.getByLabel('省份').fill('香港');
  await form.getByLabel('城市').fill('香港');
  await form.getByLabel('区/县').fill('中西區');
  await form.getByLabel('详细地址').fill('皇后大道中 99 號');
  await form.getByLabel('邮政编码').fill('');
  await form.getByRole('button', { name: '保存地址' }).click();
  await expect(cards).toHaveCount(2);
  const hk = cards.filter({ hasText: '陈大文' });
  await hk.getByRole('button', { name: '设为默认' }).click();
  await expect(cards.first()).toContainText('陈大文');
  await expect(hk).toContainText('默认地址');

  await cards.filter({ hasText: '王小明' }).getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: '编辑收货地址' })).toBeVisible();
  await expect(form.getByLabel('收货人')).toHaveValue('王小明');
  await form.getByLabel('详细地址').fill('建国路 89 号');
  await form.getByRole('button', { name: '保存地址' }).click();
  await expect(cards.filter({ hasText: '王小明' })).toContainText('建国路 89 号');
  await cards.filter({ hasText: '王小明' }).getByRole('button', { name: '删除' }).click();
  await expect(cards).toHaveCount(1);

  await page.getByRole('navigation', { name: '账户菜单' }).getByRole('link', { name: '个人资料' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '个人资料' })).toBeVisible();
  await hydrated(page);
  await page.getByLabel('生日').fill('2999-01-01');
  await page.getByRole('button', { name: '保存资料' }).click();
  await expect(page.locator('#field-birthday-note')).toHaveText('生日不能晚于今天');
  await page.getByLabel('生日').fill('1990-05-17');
  await page.getByLabel('邮件语言').selectOption('en');
  await page.getByRole('button', { name: '保存资料' }).click();
  await expect(page.getByRole('status')).toHaveText('资料已保存。');
  await page.reload();
  await expect(page.getByLabel('生日')).toHaveValue('1990-05-17');
  await expect(page.getByLabel('邮件语言')).toHaveValue('en');

  // Privacy: the data download holds the address book; deleting needs the password.
  await page.goto('/account');
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载我的数据（JSON）' }).click();
  const file = await (await download).path();
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(data.account.email).toBe(email);
  expect(data.addresses[0].recipient).toBe('陈大文');
  const privacy = page.locator('.privacy');
  await privacy.getByLabel('当前密码').fill('wrong horse battery');
  await privacy.getByRole('button', { name: '永久注销账户' }).click();
  await expect(privacy.locator('#delete-password-note')).toHaveText('当前密码不正确');
  await privacy.getByLabel('当前密码').fill('correct horse battery');
  await privacy.getByRole('button', { name: '永久注销账户' }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/login$/);
  // The three refused submits answer 400, which the browser logs.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});
