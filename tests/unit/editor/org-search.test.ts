/**
 * The organisation pick list's ranking: Decap's fuzzy score put «Администрация Примерного района»
 * eighth for «Прим» (ties broken by file order) and found nothing for «примерного адм».
 */
import { describe, expect, it } from 'vitest';
import { nearWords, rankHits, searchWords, type RankedHit } from '../../../src/editor/org-search.ts';

interface Item {
	field: string;
	slug: string;
	data: Record<string, string>;
}

const ORGS: Record<string, [string, string]> = {
	'zarechny-admin': ['Администрация Заречного сельского поселения', 'Администрация Заречного сельского поселения Примерного района'],
	'primer-sport-school': ['МБУ ДО «Примерная спортивная школа»', 'Муниципальное бюджетное учреждение дополнительного образования'],
	'primer-museum': [
		'Краеведческий музей Примерного района',
		'Муниципальное бюджетное учреждение культуры «Примерный районный краеведческий музей»',
	],
	'primer-admin': ['Администрация Примерного района', 'Администрация Примерного муниципального района Примерной области'],
	'sosnovka-school': ['МБОУ «Сосновская СОШ»', 'Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя школа»'],
	'primer-council': ['Совет депутатов Примерного района', 'Совет депутатов Примерного муниципального района'],
};
const FIELDS = ['shortName', 'name', 'id'];

/** The items as Decap expands them: one per entry and search field, entries in the backend's (reverse) order. */
const items: Item[] = Object.entries(ORGS)
	.reverse()
	.flatMap(([id, [shortName, name]]) => FIELDS.map((field) => ({ field, slug: `${id}/org`, data: { id, shortName, name } })));
const extract = (item: Item) => item.data[item.field];

/** A stand-in for Decap's fuzzy result: every item containing the letters in order, in list order. */
function fuzzy(term: string): RankedHit<Item>[] {
	const letters = term.toLowerCase().replace(/\s/g, '');
	return items
		.filter((item) => {
			let at = 0;
			for (const char of extract(item)!.toLowerCase()) if (char === letters[at]) at += 1;
			return at === letters.length;
		})
		.map((original) => ({ original, score: 1 }));
}

/** Entry ids in ranked order, each once (Decap merges an entry's fields into one option). */
const ranked = (term: string) => [...new Set(rankHits(term, items, extract, fuzzy(term), FIELDS).map((hit) => hit.original.data.id))];

describe('organisation pick list ranking', () => {
	it('puts names whose words begin with what was typed first, the name starting with it before the rest', () => {
		// Both begin with it: alphabetical («Заречного» before «Примерного»), not the files' order.
		expect(ranked('Админ').slice(0, 2)).toEqual(['zarechny-admin', 'primer-admin']);
		expect(ranked('Администрация Прим')[0]).toBe('primer-admin');
	});

	it('finds the words in any order', () => {
		expect(ranked('примерного адм')[0]).toBe('primer-admin');
		expect(ranked('прим адм')[0]).toBe('primer-admin');
	});

	it('prefers the short name, then the alphabet, over the order the files were listed in', () => {
		// Every short name but the council's and the school's has a word beginning with «прим».
		expect(ranked('Прим').slice(0, 3)).toEqual(['primer-admin', 'primer-museum', 'primer-sport-school']);
	});

	it('keeps what only the fuzzy match finds, after the word matches', () => {
		// A typo (a letter left out): no word begins with it, the fuzzy match still finds the administrations.
		expect(ranked('Адмнистрация')).toEqual(expect.arrayContaining(['primer-admin', 'zarechny-admin']));
		expect(ranked('Совет')[0]).toBe('primer-council');
	});

	it('drops fuzzy matches that are more than a typo away, so a body not in the registry finds nothing', () => {
		// «Прорайон» is no organisation here, but its letters come in order in «Примерного района»:
		// Decap's fuzzy match offers those, a clerk would pick one.
		expect(fuzzy('Прорайон').length).toBeGreaterThan(0);
		expect(ranked('Прорайон')).toEqual([]);
		expect(nearWords(['адмнистрация'], ['администрация'])).toBe(true);
		expect(nearWords(['горсовет'], ['государственное', 'бюджетное'])).toBe(false);
	});

	it('with nothing typed, lists every organisation by short name', () => {
		expect(ranked('')).toEqual(
			['zarechny-admin', 'primer-admin', 'primer-museum', 'primer-sport-school', 'sosnovka-school', 'primer-council'].sort((a, b) =>
				ORGS[a]![0].localeCompare(ORGS[b]![0], 'ru'),
			),
		);
	});

	it('reads ё as е and ignores quotes and signs', () => {
		expect(searchWords('МБОУ «СОШ № 1» Берёзовка')).toEqual(['мбоу', 'сош', '1', 'березовка']);
	});
});
