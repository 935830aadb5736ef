import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPresets, PRESET_IDS } from '../../../src/policies/presets.ts';
import { PolicySchema } from '../../../src/schemas/policy.ts';
import { requirementsOf } from './requirements.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const regulationsDir = path.resolve(repoRoot, '../shared/regulations');
const haveRegulations = existsSync(regulationsDir);

/** Preset id → plain-text act in ../shared/regulations. The federal baseline has no text, hence no quotes. */
const ACT_TEXT: Record<string, string | null> = {
	'federal-baseline': null,
	'altai-2020-133': 'altai-2020-133.txt',
	'ivanteevka-2020-135': 'ivanteevka-2020-135.txt',
	'zhatai-2020': 'zhatai-2020.txt',
	'khasyn-undated': 'khasyn-undated.txt',
	'lyambir-2020-224': 'lyambir-2020-224.txt',
};

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const presets = loadPresets();

describe('policy presets', () => {
	it('has exactly the expected ids, sorted', () => {
		expect(PRESET_IDS).toEqual(Object.keys(ACT_TEXT).sort());
		expect([...presets.keys()].sort()).toEqual(PRESET_IDS);
	});

	it.each(Object.keys(ACT_TEXT))('%s parses against PolicySchema', (id) => {
		const policy = presets.get(id);
		expect(policy).toBeDefined();
		expect(PolicySchema.safeParse(policy).success).toBe(true);
	});

	it('returns copies: changing one result does not affect the next', () => {
		loadPresets().get('altai-2020-133')!.tiers.length = 0;
		expect(loadPresets().get('altai-2020-133')!.tiers).toHaveLength(2);
	});

	it('federal-baseline carries no quotes (no verbatim federal texts)', () => {
		expect(presets.get('federal-baseline')!.clauses.filter((c) => c.quote !== undefined)).toEqual([]);
	});

	it.each([...presets.values()].map((p) => [p.id, p] as const))('%s quotes only clauses a requirement cites', (_id, policy) => {
		const cited = new Set(requirementsOf(policy).map((r) => r.clause));
		const quotedUncited = policy.clauses.filter((c) => c.quote !== undefined && !cited.has(c.id)).map((c) => c.id);
		expect(quotedUncited).toEqual([]);
	});
});

describe('quotes are verbatim', () => {
	if (!haveRegulations) {
		it.skip(`нет папки ${regulationsDir} с текстами актов (в CI она лежит рядом с клоном) — цитаты не проверены`, () => {});
		return;
	}
	const cases = Object.entries(ACT_TEXT).flatMap(([id, file]) =>
		file === null
			? []
			: presets
					.get(id)!
					.clauses.filter((c) => c.quote !== undefined)
					.map((c) => [id, c.id, file, c.quote!] as const),
	);

	it('there is something to check', () => {
		expect(cases.length).toBeGreaterThan(20);
	});

	it.each(cases)('%s %s is a substring of %s', (_id, _clause, file, quote) => {
		const text = normalise(readFileSync(path.join(regulationsDir, file), 'utf8'));
		expect(text).toContain(normalise(quote));
	});
});

/** Wording → level (common.ts LevelSchema). Cyrillic-aware word boundaries: \b does not see Cyrillic. */
const B = '(?<![а-яё])';
const E = '(?![а-яё])';
const LEVEL_WORDS: [RegExp, 'required' | 'recommended'][] = [
	[new RegExp(`${B}рекомендуется${E}`, 'iu'), 'recommended'],
	[new RegExp(`${B}необходимо${E}`, 'iu'), 'required'],
	[new RegExp(`${B}(?:должны|должен|должна|должно)${E}`, 'iu'), 'required'],
	[new RegExp(`${B}обязан(?:ы|а|о)?${E}`, 'iu'), 'required'],
	[new RegExp(`${B}в обязательном порядке${E}`, 'iu'), 'required'],
];

describe('levels follow the quoted wording', () => {
	const cases = [...presets.values()].flatMap((policy) =>
		requirementsOf(policy).flatMap((req) => {
			const quote = policy.clauses.find((c) => c.id === req.clause)?.quote;
			if (quote === undefined) return [];
			const implied = new Set(LEVEL_WORDS.filter(([re]) => re.test(quote)).map(([, level]) => level));
			return implied.size === 0 ? [] : [[policy.id, req.where, req.level, [...implied]] as const];
		}),
	);

	it('the table finds wording to check', () => {
		expect(cases.length).toBeGreaterThan(5);
	});

	it.each(cases)('%s %s is %s', (_id, _where, level, implied) => {
		expect(implied, 'цитата содержит и «рекомендуется», и обязывающее слово — сократите цитату').toHaveLength(1);
		expect(level).toBe(implied[0]);
	});

	/** Judgement calls where the quote has none of the marker words. */
	it.each([
		['zhatai-2020', 'regularPosting', 'required'], // «осуществляется на регулярной основе»
		['lyambir-2020-224', 'regularPosting', 'required'], // «регулярно размещается»
		['lyambir-2020-224', 'replyDeadlines.routing', 'required'], // «направляет … в течение 2 часов»
		['zhatai-2020', 'moderation', 'recommended'], // «могут быть удалены» — разрешение
		['khasyn-undated', 'exemptions', 'recommended'], // «могут не создавать» — разрешение
		['ivanteevka-2020-135', 'networks.fb.allowed', 'recommended'], // сеть названа, не обязательна
	] as const)('%s %s is %s', (id, where, level) => {
		const req = requirementsOf(presets.get(id)!).find((r) => r.where === where);
		expect(req?.level).toBe(level);
	});
});
