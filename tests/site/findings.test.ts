/**
 * An organisation's findings page (/org/<id>/statistika/proverka/): what the check found of each
 * quarter, requirement by requirement, with met / missed / not applicable, the figure, the level
 * and the clause linking to the act; and the dormant flag on it, on the organisation's statistics
 * page and in the quarter's list of organisations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dir = inject('siteDir');
const html = (path: string) => readFileSync(join(dir, path), 'utf8');
const findingsPage = (org: string) => `org/${org}/statistika/proverka/index.html`;
const text = (fragment: string) =>
	fragment
		.replace(/<[^>]+>/g, '')
		// Not \s: the cells' no-break spaces are part of what they say.
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();

/** The rows of a findings page: status, and the cells' text and the links in them. */
function rows(org: string) {
	return [...html(findingsPage(org)).matchAll(/<tr data-status="(\w+)">([\s\S]*?)<\/tr>/g)].map(([, status, row]) => {
		const cells = [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!);
		return {
			status,
			requirement: text(cells[0]!),
			result: text(cells[1]!),
			figure: text(cells[2]!),
			level: text(cells[3]!),
			clause: text(cells[4]!),
			clauseHref: /href="([^"]+)"/.exec(cells[4]!)?.[1],
		};
	});
}

const DORMANT = 'нет публикаций 5\u00a0недель';

describe('findings pages', () => {
	it('exist once per organisation with statistics, beside its statistics page', () => {
		expect(existsSync(join(dir, findingsPage('primer-admin')))).toBe(true);
		expect(existsSync(join(dir, findingsPage('ivanteevka-admin')))).toBe(true);
		expect(existsSync(join(dir, findingsPage('altai-government')))).toBe(true);
	});

	it('hold each quarter in a captioned table with scoped headers', () => {
		const page = html(findingsPage('altai-government'));
		expect(page).toContain('<caption id="2026-q3-findings">Итоги проверки, III квартал 2026');
		expect(page).toContain('<caption id="2024-q3-findings">Итоги проверки, III квартал 2024');
		expect(page).toMatch(/<th scope="col">Пункт акта<\/th>/);
	});

	it('show a missed recommended quota as missed, with its figure and clause', () => {
		const vk = rows('ivanteevka-admin').find(
			(row) => row.requirement.startsWith('Публикаций в неделю не меньше нормы') && row.requirement.includes('ВКонтакте'),
		);
		expect(vk).toMatchObject({
			status: 'missed',
			result: 'не выполнено',
			level: 'рекомендуется',
			clauseHref: '/akty/ivanteevka-2020-135/#p-5',
		});
		expect(vk!.figure).toBe('0 из 13\u00a0недель — не меньше 10\u00a0публикаций');
		expect(vk!.clause).toContain('п.\u00a05');
	});

	it('show a met quota as met, with the clause that requires it', () => {
		const weekly = rows('primer-admin').filter((row) => row.requirement.startsWith('Публикаций в неделю не меньше нормы'));
		expect(weekly.length).toBeGreaterThan(3);
		for (const row of weekly)
			expect(row).toMatchObject({ status: 'met', result: 'выполнено', level: 'обязательно', clauseHref: '/akty/khasyn-undated/#s2-p2' });
		expect(rows('primer-admin').find((row) => row.requirement === 'Контент-план за квартал')).toMatchObject({ status: 'met' });
	});

	it('list reply deadlines with their clauses, and say what does not apply', () => {
		const lyambir = rows('lyambir-admin').filter((row) => row.requirement.startsWith('Срок ответа на сообщение'));
		expect(lyambir.map((row) => row.clauseHref)).toContain('/akty/lyambir-2020-224/#s3-p11');
		expect(lyambir.every((row) => row.status === 'met')).toBe(true);
		expect(rows('primer-admin').find((row) => row.requirement === 'Сроки ответа на сообщения')).toMatchObject({
			status: 'notApplicable',
			result: 'не применяется',
			clause: '—',
		});
	});

	it('flag the demo dormant body on its findings, its statistics page and the quarter list', () => {
		const dormant = rows('ivanteevka-admin').find((row) => row.requirement.startsWith('Нет перерыва в публикациях'));
		expect(dormant).toMatchObject({ status: 'missed', result: DORMANT, clauseHref: '/akty/ivanteevka-2020-135/#p-5' });
		expect(dormant!.figure).toContain('20\u00a0июля — 23\u00a0августа');
		expect(html(findingsPage('ivanteevka-admin'))).toContain(`<p class="finding-flag"><strong>${DORMANT}</strong></p>`);
		expect(html('org/ivanteevka-admin/statistika/index.html')).toContain(`<strong>${DORMANT}</strong>`);
		expect(html('org/ivanteevka-admin/statistika/index.html')).toContain('href="/org/ivanteevka-admin/statistika/proverka/#2026-q3"');
		const list = html('statistika/2026-q3/index.html');
		expect(list).toContain(`<td><a href="/org/ivanteevka-admin/statistika/proverka/#2026-q3">${DORMANT}</a></td>`);
		expect(list).toContain('<td><a href="/org/primer-admin/statistika/proverka/#2026-q3">итоги проверки</a></td>');
		// Only the dormant body is flagged.
		expect(list.split(DORMANT)).toHaveLength(2);
		expect(html(findingsPage('primer-admin'))).not.toContain('нет публикаций');
	});
});
