/**
 * Keyboard and reflow on every template: the skip link is the first tab stop and moves focus to
 * main; at 320 CSS px only a wide table's own region scrolls sideways, never the page (WCAG 1.4.10).
 */
import { describe, expect } from 'vitest';
import { test } from './fixtures.ts';
import { openTemplate, TEMPLATES } from './pages.ts';

describe('keyboard', () => {
	// Not on a link check with ?url=: it moves focus to its answer on load, by design.
	test.for(TEMPLATES.filter(([, path]) => !path.startsWith('/proverka/?')))(
		'%s: the skip link is the first stop and moves focus to main',
		async ([, path], { page, problems }) => {
			await openTemplate(page, path, problems);
			await page.keyboard.press('Tab');
			const first = page.locator(':focus');
			await expect.poll(() => first.getAttribute('class')).toBe('skip-link');
			expect(await first.getAttribute('href')).toBe('#main-content');
			expect(await first.isVisible()).toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
			expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
		},
	);
});

// Concurrent (each test has its own page): `expect` comes from the test's context.
describe.concurrent('reflow at 320 CSS px', () => {
	test.for(TEMPLATES)('%s (%s)', async ([, path], { page, problems, expect }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await openTemplate(page, path, problems);
		const overflow = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			// Inside a region that scrolls sideways on its own (a wide table's), sticking out is its design.
			const inScroller = (el: Element): boolean => {
				for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
					if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
				}
				return false;
			};
			const name = (el: Element) =>
				`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
			const sticking = [...document.querySelectorAll('body *')]
				.filter(
					(el) =>
						el.getBoundingClientRect().right > width + 1 &&
						!el.matches('.skip-link, .visually-hidden, .visually-hidden *') &&
						!inScroller(el),
				)
				.map((el) => `${el.parentElement ? `${name(el.parentElement)} > ` : ''}${name(el)}`);
			return { scrollWidth: document.documentElement.scrollWidth, width, sticking: sticking.slice(0, 3) };
		});
		expect(overflow.sticking).toEqual([]);
		expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
	});
});
