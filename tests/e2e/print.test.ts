/**
 * A statement on paper: one A4 sheet with the QR code, the date the information is as of, and on a
 * demo site the demo notice, so a filed copy can be neither mistaken for a real one nor undated.
 */
import { expect } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { open, test } from './fixtures.ts';

const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');

/** Page objects of a PDF (`/Type /Page`, not the `/Type /Pages` tree node). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

// An active statement with the longest record history of the demo, another act's, and a closed one.
test.for(['primer-admin-vk', 'lyambir-admin-vk', 'primer-admin-fb'])(
	'%s prints on one A4 page with QR code, date and demo notice',
	async (id, { page }) => {
		await open(page, `/akkaunt/${id}/`);
		await page.emulateMedia({ media: 'print' });
		const visible = (selector: string) => page.locator(selector).first().isVisible();
		expect(await visible('svg.qr')).toBe(true);
		expect(await visible('.print-date')).toBe(true);
		expect(await page.locator('.print-date').textContent()).toMatch(/\d{1,2}\s[а-я]+\s\d{4}\sг\./);
		expect(data.site!.demo).toBe(true);
		expect(await visible('.demo-banner')).toBe(true);
		const pdf = await page.pdf({ format: 'A4' });
		if (process.env.SHOTS_DIR) {
			// For a person to look at: the print layout at the width of A4 less its margins.
			await page.setViewportSize({ width: 680, height: 1000 });
			await page.screenshot({ path: `${process.env.SHOTS_DIR}/print-${id}.png`, fullPage: true });
		}
		expect(pageCount(pdf)).toBe(1);
		// The QR code is drawn into the PDF as vector paths: its SVG stays in the printed DOM, sized.
		expect((await page.locator('svg.qr').boundingBox())?.width).toBeGreaterThan(100);
		await page.emulateMedia({ media: 'screen' });
		expect(await visible('.print-date')).toBe(false);
	},
);
