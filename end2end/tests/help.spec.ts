// The customer service center in real Chromium, on a desktop and a phone: the footer leads to
// the center, which shows its pages; the FAQ filters as one types and its accordion opens; a
// page renders beside its menu (a compact list above it on a phone). Without JavaScript the
// FAQ search is a form answered by the server. In the back office an editor fixes a refused
// title without losing the text, previews a page's Markdown (the shop's renderer) and saves
// it, and the shop shows the change; then adds a question, moves it up and deletes it.
import { test, expect, Page, Browser } from '@playwright/test';
import { watchErrors, hydrated, firstAdministrator } from './helpers';

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

const STAFF_PASSWORD = 'a long enough secret';

async function open(browser: Browser, device = viewports[0]): Promise<Page> {
  const context = await browser.newContext({
    viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'zh-CN',
  });
  return context.newPage();
}

for (const device of viewports) {
  test(`the help center on a ${device.name}: pages, FAQ search and accordion, a page`, async ({ browser }) => {
    const page = await open(browser, device);
    const errors = watchErrors(page);
    await page.goto('/');
    await hydrated(page);
    await page.locator('footer').getByRole('link', { name: '客户服务中心' }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.getByRole('heading', { level: 1, name: '客户服务中心' })).toBeVisible();
    await expect(page).toHaveTitle('客户服务中心 · Emporium');
    const cards = page.locator('.help-cards a.help-card');
    await expect(cards).toHaveCount(6);
    await expect(cards.locator('.help-card-title')).toHaveText([
      '购物指南', /^服务特色与承诺/, '退换货政策', '支付方式', '配送费用与时效', '付款后发货时间',
    ]);

    // The accordion opens; the search filters as one types, without a new page.
    const items = page.locator('.faq-item');
    await expect(items.first()).toBeVisible(); // the FAQ comes with its own request
    const all = await items.count();
    expect(all).toBeGreaterThanOrEqual(12);
    const first = page.locator('.faq-item details').first();
    await expect(first.locator('.faq-answer')).toBeHidden();
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    await expect(first.locator('.faq-answer')).toBeVisible();
    const search = page.getByLabel('搜索常见问题');
    await search.fill('发票');
    await expect(page.locator('.faq-item summary')).toHaveText(['可以开发票吗？']);
    await expect(page.locator('.faq-count')).toHaveText('找到 1 个相关问题');
    await expect(page.locator('.faq-item .faq-answer')).toContainText('纳税人');
    // English words find the Chinese question; a match in the question comes first.
    await search.fill('deliver hong');
    await expect(page.locator('.faq-item summary').first()).toHaveText('可以寄到香港、澳门或台湾吗？');
    expect(await items.count()).toBeLessThan(all);
    await search.fill('没有这种问题zzqq');
    await expect(page.locator('.faq-none')).toBeVisible();
    await expect(items).toHaveCount(0);
    await page.getByRole('link', { name: '显示全部问题' }).click();
    await expect(items).toHaveCount(all);
    await expect(search).toHaveValue('');
    await expect(page).toHaveURL(/\/help$/);

    // A page beside its menu: a column on a desktop, a compact list above it on a phone.
    await page.locator('.help-cards a[href="/help/returns"]').click();
    await expect(page).toHaveURL(/\/help\/returns$/);
    await expect(page.getByRole('heading', { level: 1, name: '退换货政策' })).toBeVisible();
    await expect(page).toHaveTitle('退换货政策 · Emporium');
    await expect(page.locator('.help-body h2').first()).toBeVisible();
    const menu = page.getByRole('navigation', { name: '客户服务中心目录' });
    await expect(menu.getByRole('link', { name: '退换货政策' })).toHaveAttribute('aria-current', 'page');
    const side = (await menu.boundingBox())!;
    const article = (await page.locator('.help-article').boundingBox())!;
    if (device.isMobile) {
      expect(side.y + side.height).toBeLessThanOrEqual(article.y);
      expect(side.height).toBeLessThan(220);
    } else {
      expect(side.x + side.width).toBeLessThanOrEqual(article.x);
      expect(Math.abs(side.y - article.y)).toBeLessThan(5);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await menu.getByRole('link', { name: '支付方式' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '支付方式' })).toBeVisible();
    await expect(page).toHaveTitle('支付方式 · Emporium');
    await expect(menu.getByRole('link', { name: '支付方式' })).toHaveAttribute('aria-current', 'page');

    const missing = await page.goto('/help/no-such-page');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    // The one 404 is the page asked for on purpose.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the FAQ search is a form answered by the server, and the accordion still opens', async ({ page }) => {
    await page.goto('/help');
    await page.getByLabel('搜索常见问题').fill('invoice');
    await page.locator('.faq-search button[type="submit"]').click();
    await expect(page).toHaveURL(/\/help\?q=invoice#faq$/);
    await expect(page.locator('.faq-item summary')).toHaveText(['可以开发票吗？']);
    await expect(page.locator('.faq-item details')).toHaveAttribute('open', '');
    await expect(page.getByLabel('搜索常见问题')).toHaveValue('invoice');

    await page.goto('/help');
    const second = page.locator('.faq-item details').nth(1);
    await second.locator('summary').click();
    await expect(second.locator('.faq-answer')).toBeVisible();
  });
});


async function logIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login');
  await hydrated(page);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** An editor's account, added by the first administrator. */
async function newEditor(browser: Browser): Promise<string> {
  const admin = await open(browser);
  const { email, password } = firstAdministrator();
  await logIn(admin, email, password);
  const editor = `editor-${Date.now()}@shop.example`;
  const added = await admin.request.post('/api/admin/staff/add', {
    form: { email: editor, name: '编辑小周', password: STAFF_PASSWORD, 'roles[]': 'editor' },
  });
  expect(added.ok(), await added.text()).toBe(true);
  await admin.context().close();
  return editor;
}

test('an editor edits a page with a preview and keeps the FAQ; the shop shows it', async ({ browser }) => {
  const email = await newEditor(browser);
  const editor = await open(browser);
  const errors = watchErrors(editor);
  await logIn(editor, email, STAFF_PASSWORD);
  const menu = editor.getByRole('navigation', { name: '后台菜单' });
  await menu.getByRole('link', { name: '帮助中心' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: '帮助中心' })).toBeVisible();
  await expect(menu.getByRole('link', { name: '帮助中心' })).toHaveAttribute('aria-current', 'page');
  await editor.locator('tr[data-slug="service-promise"]').getByRole('link', { name: '编辑' }).click();
  await expect(editor).toHaveURL(/\/admin\/content\/help\/pages\/service-promise$/);
  await hydrated(editor);

  // A refused title is named beside its field; the text typed stays.
  const stamp = `新的服务承诺 ${Date.now()}`;
  const title = editor.getByLabel('标题（中文）', { exact: true });
  const body = editor.getByLabel('正文（中文）', { exact: true });
  await body.fill(`## ${stamp}\n\n- **七天**无理由退货\n- [退换货政策](/help/returns)\n\n<script>alert(1)</script>`);
  await title.fill('');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.locator('#help-title_zh-note')).toHaveText('请填写此项');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveValue(new RegExp(stamp));

  // The preview is the shop's renderer: headings and lists, raw HTML shown as text.
  const field = editor.locator('.markdown-field').filter({ has: body });
  await field.getByRole('button', { name: '预览' }).click();
  const preview = field.locator('.markdown-preview');
  await expect(preview.locator('h2')).toHaveText(stamp);
  await expect(preview.locator('li strong')).toHaveText('七天');
  await expect(preview).toContainText('<script>alert(1)</script>');

  await title.fill('服务特色与承诺（新）');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.locator('.help-editor .form-notice')).toContainText('已保存');
  await expect(editor.locator('#help-title_zh-note')).toHaveText('');

  const shopper = await open(browser);
  const shopperErrors = watchErrors(shopper);
  await shopper.goto('/help/service-promise');
  await hydrated(shopper);
  await expect(shopper.getByRole('heading', { level: 1, name: '服务特色与承诺（新）' })).toBeVisible();
  await expect(shopper.locator('.help-body h2')).toHaveText(stamp);
  await expect(shopper.locator('.help-body')).toContainText('<script>alert(1)</script>');
  await expect(shopper.locator('.help-body a[href="/help/returns"]')).toBeVisible();
  expect(shopperErrors).toEqual([]);

  // A new question goes last; moved up, it is next to last in the shop; then it is deleted.
  await editor.goto('/admin/content/help/faq/new');
  await hydrated(editor);
  const question = `定制衬衫可以加急吗？${Date.now()}`;
  await editor.getByLabel('问题（中文）', { exact: true }).fill(question);
  await editor.getByLabel('问题（英文）', { exact: true }).fill('Can a tailored shirt be rushed?');
  const answer = editor.getByLabel('回答（中文）', { exact: true });
  await answer.fill('可以，**加急**需另付费用。');
  const answerField = editor.locator('.markdown-field').filter({ has: answer });
  await answerField.getByRole('button', { name: '预览' }).click();
  await expect(answerField.locator('.markdown-preview strong')).toHaveText('加急');
  await editor.getByRole('button', { name: '添加问题' }).click();
  await expect(editor).toHaveURL(/\/admin\/content\/help#faq-\d+$/);
  await hydrated(editor);
  const rows = editor.locator('.help-faq-row');
  await expect(rows.last()).toContainText(question);
  await rows.last().getByRole('button', { name: '上移' }).click();
  await expect(editor.locator('.form-notice[role="status"]')).toHaveText('常见问题已更新。');
  await expect(rows.nth(-2)).toContainText(question);

  await shopper.goto('/help');
  const summaries = shopper.locator('.faq-item summary');
  await expect(summaries.nth(-2)).toHaveText(question);

  const row = rows.filter({ hasText: question });
  await row.locator('.help-faq-delete summary').click();
  await row.getByRole('button', { name: '确认删除此问题' }).click();
  await expect(rows.filter({ hasText: question })).toHaveCount(0);
  await shopper.reload();
  await expect(shopper.locator('.faq-item summary', { hasText: question })).toHaveCount(0);

  // The one refused save (the empty title) answers 400, which the browser logs.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});
