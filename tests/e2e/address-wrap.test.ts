/**
 * Long addresses in the registry's tables wrap between their parts, never inside one: on a phone
 * (390 CSS px), each part UrlText.astro writes between <wbr>s («https://», «vk», «.com/»,
 * «berezovka_», «70000611930081») stays on one line, in the default text size and the low-vision
 * mode's largest. Measured in the browser: every character's line box (Range.getClientRects), text
 * node by text node.
 */
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { open, test } from './fixtures.ts';

interface Wrapping {
	/** Addresses measured, and those that take more than one line. */
	addresses: number;
	wrapped: number;
	/** «address: part» for every part broken across lines: must be none. */
	brokenParts: string[];
}

function measure(page: Page): Promise<Wrapping> {
	return page.evaluate(() => {
		const result = { addresses: 0, wrapped: 0, brokenParts: [] as string[] };
		for (const link of document.querySelectorAll('table .url')) {
			result.addresses++;
			const lines = new Set<number>();
			for (const node of link.childNodes) {
				if (node.nodeType !== Node.TEXT_NODE) continue;
				const text = node as Text;
				const tops = new Set<number>();
				for (let i = 0; i < text.data.length; i++) {
					const range = document.createRange();
					range.setStart(text, i);
					range.setEnd(text, i + 1);
					const rects = range.getClientRects();
					const top = Math.round(rects[rects.length - 1]!.top);
					tops.add(top);
					lines.add(top);
				}
				if (tops.size > 1) result.brokenParts.push(`${link.textContent}: ${text.data}`);
			}
			if (lines.size > 1) result.wrapped++;
		}
		return result;
	});
}

describe.concurrent('long addresses wrap between their parts at 390 CSS px', () => {
	test.for([
		['registry', '/reestr/', false],
		['registry, low-vision mode, largest text', '/reestr/', true],
		['organisation', '/org/primer-admin/', false],
	] as const)('%s', async ([, path, lowVision], { page, expect }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, path);
		if (lowVision) {
			await page.locator('#low-vision').check();
			await page.getByLabel('Очень крупный').check();
		}
		const wrapping = await measure(page);
		expect(wrapping.addresses).toBeGreaterThan(3);
		// Long addresses do wrap there (else this would measure nothing)…
		expect(wrapping.wrapped).toBeGreaterThan(0);
		// …and only at <wbr>, between parts.
		expect(wrapping.brokenParts).toEqual([]);
	});
});
