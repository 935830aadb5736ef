/**
 * The form editor's top bar at a desktop and a phone width, as Chromium lays it out: the sandbox
 * note must not lie over the bar, and the section name and save state beside the back arrow must
 * each stay on one line (Decap squeezed them onto two or three lines that spilled out of the bar).
 * At the other end, a record's form scrolled to its end must come clear of the note, which is
 * fixed at the bottom of the window (it hid the last field's hint, on a phone its whole group).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './fixtures.ts';

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

async function geometry(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element | null) => {
			const r = el?.getBoundingClientRect();
			return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } : null;
		};
		const labels = [...document.querySelectorAll('a[href*="/collections/"] > div > div')];
		return {
			banner: box(document.querySelector('.admin-sandbox')),
			bar: box(document.querySelector('[class*="-ToolbarContainer"]')),
			labels: labels.map((el) => ({
				text: el.textContent ?? '',
				height: el.getBoundingClientRect().height,
				line: parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.3,
			})),
		};
	});
}

for (const [width, height] of [
	[1280, 800],
	[390, 844],
] as const) {
	test(`at ${width}×${height} the sandbox note leaves the editor bar alone and the save state is one line`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/admin/');
		await page.getByRole('button', { name: 'Войти' }).click();
		await poll(() => page.getByRole('link', { name: 'Официальные страницы' }).count()).toBeGreaterThan(0);
		await page.goto('/admin/#/collections/accounts/entries/primer-admin/accounts/primer-admin-vk');
		await poll(async () => (await geometry(page)).labels.length).toBe(2);
		// The longest state: something typed and not saved.
		await page
			.getByLabel(/^Название страницы/)
			.first()
			.fill('Проверка');
		await poll(async () => (await geometry(page)).labels[1]?.text.toLowerCase()).toBe('есть несохранённые изменения');
		const { banner, bar, labels } = await geometry(page);
		expect(banner && bar).toBeTruthy();
		expect(banner!.top >= bar!.bottom || banner!.bottom <= bar!.top).toBe(true);
		for (const label of labels) {
			expect(label.height, label.text).toBeGreaterThan(0);
			expect(label.height, label.text).toBeLessThan(label.line * 1.5);
			expect(label.height, label.text).toBeLessThanOrEqual(bar!.height);
		}
	}, 120_000);
}

/** Scrolls the editor's form to its end and measures its last field against the sandbox note. */
async function formEnd(page: Page) {
	return page.evaluate(() => {
		const visible = (el: Element) => el.getBoundingClientRect().height > 0;
		const fields = [...document.querySelectorAll('[class*="-ControlPaneContainer"] label')].filter(visible);
		const last = fields.at(-1)?.parentElement ?? null;
		let scroller: Element | null = last;
		while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY)))
			scroller = scroller.parentElement;
		(scroller ?? document.scrollingElement)?.scrollTo(0, 1e6);
		window.scrollTo(0, 1e6);
		const banner = document.querySelector('.admin-sandbox')?.getBoundingClientRect();
		// The lowest thing the form shows: a field, its hint or its error.
		const pane = document.querySelector('[class*="-ControlPaneContainer"]');
		const shown = [...(pane?.querySelectorAll('label, input, textarea, select, button, p, span') ?? [])].filter(visible);
		// Nothing shown yet is no measurement (Math.max of nothing would pass as -Infinity).
		const lastBottom = shown.length ? Math.max(...shown.map((el) => el.getBoundingClientRect().bottom)) : null;
		return { bannerTop: banner?.top ?? null, lastBottom, text: last?.textContent?.slice(0, 80) ?? '' };
	});
}

for (const [width, height] of [
	[1280, 800],
	[390, 844],
] as const) {
	test(`at ${width}×${height} the end of a record's form scrolls clear of the sandbox note`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/admin/');
		await page.getByRole('button', { name: 'Войти' }).click();
		await poll(() => page.getByRole('link', { name: 'Официальные страницы' }).count()).toBeGreaterThan(0);
		await page.goto('/admin/#/collections/accounts/entries/primer-admin/accounts/primer-admin-vk');
		await poll(async () => (await formEnd(page)).lastBottom).not.toBeNull();
		const { bannerTop, lastBottom, text } = await formEnd(page);
		expect(bannerTop, 'the sandbox note').not.toBeNull();
		expect(lastBottom!, text).toBeLessThanOrEqual(bannerTop!);
	}, 120_000);
}
