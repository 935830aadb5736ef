/**
 * The staff guide speaks the form's language: every label, button and menu it tells a clerk to
 * look for is one the form editor really shows (its configuration, the editor's dictionary, or
 * Decap's own Russian phrases), and every page of the site it links to exists. A label renamed in
 * the form fails here until the guide follows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapConfig, decapPhrases, type DecapField } from '../../src/editor/decap.ts';
import { formLabels } from '../../src/editor/form-labels.ts';
import { ProfileElementSchema } from '../../src/schemas/common.ts';
import editor from '../../src/i18n/ru/editor.json' with { type: 'json' };
import statement from '../../src/i18n/ru/statement.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '../..');

interface DecapLocale {
	editor: { editorToolbar: Record<string, string>; editor: Record<string, string> };
	workflow: { workflowList: Record<string, string> };
	[part: string]: unknown;
}
/** Decap's own Russian phrases (the package ships no types), which the form shows unless corrected. */
const decapRu = ((await import(join(ROOT, 'node_modules/decap-cms-locales/src/ru/index.js'))) as { default: DecapLocale }).default;
const GUIDE = join(ROOT, 'content/rukovodstvo');
const page = (name: string) => readFileSync(join(GUIDE, `${name}.mdx`), 'utf8').replace(/\s+/g, ' ');

/** Every string a clerk can see in the form: field and option labels, collection names, phrases. */
function formStrings(): Set<string> {
	const out = new Set<string>();
	const walk = (value: unknown): void => {
		if (typeof value === 'string') out.add(value.replace(/%\{\w+\}/g, '…'));
		else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	const cms = decapConfig({ name: 'gitlab', repo: 'registry/data', branch: 'main' } as Parameters<typeof decapConfig>[0]);
	for (const collection of cms.collections) {
		walk([collection.label, collection.label_singular]);
		walk((collection as { view_filters?: { label: string }[] }).view_filters?.map((f) => f.label));
		const fields = (list: readonly DecapField[]): void => {
			for (const field of list) {
				out.add(field.label);
				for (const option of field.options ?? []) out.add(option.label);
				if (field.fields) fields(field.fields);
			}
		};
		fields(collection.fields as DecapField[]);
	}
	walk(decapRu);
	walk(decapPhrases());
	walk(Object.values(editor));
	return out;
}

describe('staff guide wording', () => {
	const ui = formStrings();

	it.each([
		[
			'dobavit-stranicu',
			[
				'Официальные страницы',
				'Сохранить',
				'Запись сохранена',
				'Черновик',
				'На рассмотрении',
				'Одобрен',
				'Опубликовать',
				'Опубликовать сейчас',
				'Рабочая область',
				'Черновики',
				'Одобренные',
				'Постоянный идентификатор',
				'Организация-владелец',
				'Официальная ссылка',
				'Социальная сеть',
				'Название страницы',
				'Статус',
				'Страница ссылается на своё заявление в реестре',
			],
		],
		[
			'zakryt-stranicu',
			[
				'Официальные страницы',
				'Действуют',
				'Статус',
				'Закрыта',
				'Закрытие страницы',
				'Дата закрытия',
				'Причина',
				'Страница, которая продолжает закрытую',
				'Сохранить',
				'На рассмотрении',
				'Одобрен',
			],
		],
		['trebovaniya-k-stranice', ['Что есть на странице', 'Страница ссылается на своё заявление в реестре']],
		[
			'oshibki-proverki',
			[
				'Закрытие страницы',
				'Дата закрытия',
				'Причина',
				'Что есть на странице',
				'Ответственный за страницу',
				'Должность ответственного',
				'Дата подключения к «Госпабликам»',
				'Дата последней проверки записи',
			],
		],
	])('%s names only what the form shows', (name, labels) => {
		const text = page(name);
		for (const label of labels) {
			expect(text, `the guide says «${label}»`).toContain(`«${label}»`);
			expect(ui.has(label), `the form shows «${label}»`).toBe(true);
		}
	});

	it('the menu «Статус» offers exactly the three steps the guide explains', () => {
		expect(decapRu.editor.editorToolbar).toMatchObject({ draft: 'Черновик', inReview: 'На рассмотрении', ready: 'Одобрен' });
		expect(decapPhrases()).toMatchObject({ editor: { editorToolbar: { status: 'Статус: %{status}' } } });
	});

	it('the form’s warnings about publishing name the status as its menu does', () => {
		// Decap's Russian calls the ready status «Готов» in two warnings, «Одобрен» in the menu.
		const phrases = decapPhrases() as {
			editor?: { editor?: Record<string, string> };
			workflow?: { workflowList?: Record<string, string> };
		};
		const notReady = phrases.editor?.editor?.onPublishingNotReady ?? decapRu.editor.editor.onPublishingNotReady;
		const notReadyEntry =
			phrases.workflow?.workflowList?.onPublishingNotReadyEntry ?? decapRu.workflow.workflowList.onPublishingNotReadyEntry;
		for (const text of [notReady, notReadyEntry]) {
			expect(text).not.toContain('«Готов»');
			expect(text).toContain('«Одобрен»');
		}
	});

	it('the statement page block the guide points at is named as on the site', () => {
		const text = page('trebovaniya-k-stranice');
		expect(text).toContain(`«${statement['statement.snippetTitle']}»`);
		expect(text).toContain(`«${statement['statement.copy']}»`);
	});

	it('every page of the site the guide links to exists', () => {
		const guidePages = new Set(readdirSync(GUIDE).map((f) => f.replace(/\.mdx$/, '')));
		const links = readdirSync(GUIDE).flatMap((f) =>
			[...readFileSync(join(GUIDE, f), 'utf8').matchAll(/\]\((\/[^)\s#]*)\)/g)].map((m) => m[1]!),
		);
		expect(links.length).toBeGreaterThan(5);
		for (const link of new Set(links)) {
			const guide = /^\/rukovodstvo\/([^/]+)\/$/.exec(link);
			if (guide) expect(guidePages.has(guide[1]!), link).toBe(true);
			else expect(existsSync(join(ROOT, 'src/pages', link, 'index.astro')), link).toBe(true);
		}
	});
});

describe('the checklist of what the acts require', () => {
	it('names where the form records an item by the form’s own labels', () => {
		expect(formLabels('account', ['profile', 'address'])).toEqual(['Что есть на странице', 'Указан адрес']);
		expect(formLabels('account', ['responsible', 'position'])).toEqual(['Ответственный за страницу', 'Должность ответственного']);
		expect(formLabels('account', ['gospabliki'])).toEqual(['Дата подключения к «Госпабликам»']);
		expect(formLabels('account', ['profile', 'no-such-element'])).toBeUndefined();
		// Every element the acts may require of a page has its checkbox in the form.
		for (const element of ProfileElementSchema.options) expect(formLabels('account', ['profile', element]), element).toHaveLength(2);
	});
});
