// The XSS suite's payloads and checks (used by xss.spec.ts and reviews.spec.ts).
import { expect, Page } from '@playwright/test';

// Hostile text a visitor may type into any public form: script tags, event handlers,
// `javascript:` and `data:` addresses, SVG and MathML, markup that breaks out of attributes,
// titles and text areas, entity and percent encodings, look-alike and full-width letters,
// and a very long unbroken line. Every one must come back as plain text. None holds a web
// address, so the forms' link limits never refuse them.
export const PAYLOADS: string[] = [
  `<script>alert('xss1')</script>`,
  `<img src=x onerror=alert('xss2')>`,
  `<svg onload=alert('xss3')>`,
  `<svg><script>alert('xss4')</script></svg>`,
  `"><script>alert('xss5')</script>`,
  `'><img src=x onerror=alert('xss6')>`,
  `<a href="javascript:alert('xss7')">click me</a>`,
  `javascript:alert('xss8')`,
  `<iframe src="javascript:alert('xss9')"></iframe>`,
  `<body onload=alert('xss10')>`,
  `<input autofocus onfocus=alert('xss11')>`,
  `<details open ontoggle=alert('xss12')>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('xss13')>`,
  `<style>@import 'javascript:alert(14)';</style>`,
  `<div style="background:url(javascript:alert('xss15'))">`,
  `<object data="data:text/html,<script>alert('xss16')</script>">`,
  `<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('xss18')">`,
  `<form action="javascript:alert('xss19')"><button>go</button></form>`,
  `<video><source onerror=alert('xss20')>`,
  `<marquee onstart=alert('xss21')>`,
  `{{constructor.constructor('alert(22)')()}}`,
  `</textarea><script>alert('xss23')</script>`,
  `</title><script>alert('xss24')</script>`,
  `<scr<script>ipt>alert('xss25')</scr</script>ipt>`,
  `＜script＞alert('xss26')＜/script＞`,
  `<ſcript>alert('xss27')</ſcript>`,
  `&lt;script&gt;alert('xss28')&lt;/script&gt;`,
  `%3Cscript%3Ealert('xss29')%3C%2Fscript%3E`,
  `<a href="&#106;avascript:alert('xss30')">x</a>`,
  `<base href="javascript:alert('xss31')//">`,
  `<noscript><p title="</noscript><img src=x onerror=alert('xss32')>">`,
  `<template><img src=x onerror=alert('xss33')></template>`,
  `<isindex type=image src=1 onerror=alert('xss34')>`,
  `${'长'.repeat(20)}${'W'.repeat(300)}<img src=x onerror=alert('xss35')>`,
];

/** The payloads cut into texts of at most `max` characters, one payload per line. */
export function batches(max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const p of PAYLOADS) {
    const next = current ? `${current}\n${p}` : p;
    if (next.length > max && current) {
      out.push(current);
      current = p;
    } else {
      current = next;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Fails the test on any dialog the page opens. */
export function noDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}

/** Nothing executable came from the payloads: no handler attributes, no script-bearing
 *  addresses, no embedded documents, no `<script>` holding their words, inside `scope`. */
export async function expectInert(page: Page, scope: string) {
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
export async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}
