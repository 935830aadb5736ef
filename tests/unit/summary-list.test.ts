/** The rows contract of SummaryList.astro: rows a page leaves out (`since && { … }`) drop out, the rest keep their order. */
import { describe, expect, it } from 'vitest';
import { summaryRows } from '../../src/components/summary-list.ts';
import { html } from '../../src/lib/html.ts';

describe('summaryRows', () => {
	it('keeps the shown rows in the order the page wrote them', () => {
		const since: string | undefined = undefined;
		const rows = summaryRows([
			{ key: 'Реестровая запись', value: html`<code>${'vk:primer'}</code>` },
			since && { key: 'Официальная с', slot: 'since' },
			null,
			false,
			{ key: 'Владелец', value: 'Администрация', href: '/org/primer-admin/' },
			'',
			{ key: 'Статус', slot: 'status' },
		]);
		expect(rows.map((row) => row.key)).toEqual(['Реестровая запись', 'Владелец', 'Статус']);
	});

	it('leaves markup values escaped part by part', () => {
		const [row] = summaryRows([{ key: 'Телефоны', value: html`<li>${'<script>'}</li>` }]);
		expect(String(row?.value)).toBe('<li>&lt;script&gt;</li>');
	});
});
