/**
 * Bench data generator: a national-scale tree (200,000 accounts in ~50,000 org folders, a year of
 * weekly stats ≈ 10.4 M rows) that is valid and compliant under `policies: [federal-baseline]`.
 * Speed over elegance: YAML and CSV are built as strings (the demo generator's js-yaml would take
 * minutes here), every value is drawn from one seeded stream, so the same inputs give the same bytes.
 *
 *   npm exec -- node tests/bench/generate.ts DIR N [--seed S] [--quarters 1-4]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine } from '../../src/dev/shared/csv.ts';
import { mulberry32 } from '../../src/dev/shared/prng.ts';
import { makeInn, makeOgrn } from '../../src/dev/shared/russian-ids.ts';
import { isoToMs, mondaysOfQuarter, toIsoDate } from '../../src/dev/shared/weeks.ts';

export interface BenchOptions {
	accounts: number;
	seed?: number;
	/** How many quarters of 2025 get stats files (a year by default). */
	quarters?: 1 | 2 | 3 | 4;
}

export interface BenchSummary {
	orgs: number;
	accounts: number;
	statsRows: number;
	files: number;
}

const YEAR = 2025;
/** The check counts review and attestation ages from here (demo: true allows a fixed date). */
const AS_OF = '2026-01-12';
const NETWORKS = ['vk', 'ok', 'tg', 'dzen', 'rutube'] as const;
const ACCOUNTS_PER_ORG = 4;
const STATS_HEADER = csvLine(['account', 'week_start', 'posts', 'views', 'subscribers', 'comments', 'comments_removed', 'users_blocked']);
const PLAN_HEADER = csvLine(['date', 'account', 'network', 'topic', 'format', 'status']);
const PLAN_TOPICS = ['Приём граждан', 'Новости учреждения', 'Итоги недели', 'Объявление', 'Поздравление'];
const PLAN_FORMATS = ['text', 'photo', 'card', 'video', 'infographic'];
/** Bumped whenever the generator writes other files, so cached trees in .bench/ are made again. */
export const GENERATOR_VERSION = 3;
const PROFILE = ['official-status', 'description', 'design', 'address', 'geolocation', 'email', 'phones', 'website']
	.map((k) => `  ${k}: true\n`)
	.join('');

/** Every day from `from` to `to` inclusive, so the hot loop picks dates by index. */
function days(from: string, to: string): string[] {
	const result: string[] = [];
	for (let ms = isoToMs(from); ms <= isoToMs(to); ms += 86_400_000) result.push(toIsoDate(ms));
	return result;
}

const DATES = {
	opened: days('2022-02-01', '2022-11-25'),
	registered: days('2022-12-05', '2023-03-31'),
	gospabliki: days('2023-04-01', '2023-09-30'),
	reviewed: days('2025-03-01', '2025-12-20'),
	rotated: days('2025-10-20', '2025-11-30'),
	attested: days('2025-12-01', '2025-12-30'),
};

const pad6 = (n: number) => String(n).padStart(6, '0');

function siteYaml(): string {
	return [
		'name: Нагрузочный набор данных (вымышленный)',
		'operator:',
		'  name: Нагрузочное тестирование реестра',
		'  website: https://bench.example',
		'baseUrl: https://reestr.bench.example',
		'policies:',
		'  - federal-baseline',
		'demo: true',
		`asOf: ${AS_OF}`,
		'',
	].join('\n');
}

/** Org numbers split the load between administrations and their institutions (1 in 25). */
function orgYaml(n: number, id: string, adminOf: (n: number) => number): string {
	const isAdmin = n % 25 === 1;
	const office = `99${String(10 + Math.floor(n / 100_000)).padStart(2, '0')}`;
	const name = isAdmin ? `Администрация муниципального образования № ${n}` : `Муниципальное бюджетное учреждение «Учреждение № ${n}»`;
	const shortName = isAdmin ? `Администрация МО № ${n}` : `МБУ «Учреждение № ${n}»`;
	return (
		`id: ${id}\nname: ${name}\nshortName: ${shortName}\n` +
		`kind: ${isAdmin ? 'local-administration' : 'subordinate'}\nparent: ${isAdmin ? 'null' : `b${pad6(adminOf(n))}`}\n` +
		`inn: '${makeInn(office, n % 100_000)}'\nogrn: '${makeOgrn(2002 + (n % 20), office, n % 100_000)}'\n` +
		`address: 999000, Тестовая область, Тестовый район, с. Тестовое, ул. Центральная, д. ${1 + (n % 97)}\n` +
		`email: info@${id}.bench.example\nphones:\n  - +7 (49999) ${1 + (n % 9)}-${String(n % 100).padStart(2, '0')}-${String((n * 7) % 100).padStart(2, '0')}\n` +
		`website: https://${id}.bench.example\n`
	);
}

export function generateBenchTree(dir: string, opts: BenchOptions, progress?: (done: number, total: number) => void): BenchSummary {
	const total = Math.max(0, Math.floor(opts.accounts));
	const quarters = opts.quarters ?? 4;
	const rand = mulberry32(opts.seed ?? 1);
	const pick = (list: readonly string[]) => list[Math.floor(rand() * list.length)]!;
	const mondays = Array.from({ length: quarters }, (_, q) => mondaysOfQuarter(YEAR, q + 1));

	for (const sub of ['orgs', 'internal']) rmSync(join(dir, sub), { recursive: true, force: true });
	mkdirSync(join(dir, 'internal'), { recursive: true });
	writeFileSync(join(dir, 'site.yaml'), siteYaml());
	writeFileSync(join(dir, 'compliance.yaml'), 'rules: {}\n');

	// ~4 accounts an org; the remainder goes one extra each to the first orgs, so every org keeps VK + OK.
	const orgCount = Math.max(1, Math.floor(total / ACCOUNTS_PER_ORG));
	const extra = total - orgCount * ACCOUNTS_PER_ORG;
	const adminOf = (n: number) => n - ((n - 1) % 25);
	const summary: BenchSummary = { orgs: orgCount, accounts: 0, statsRows: 0, files: 2 };
	let nextProgress = 10_000;

	for (let n = 1; n <= orgCount; n++) {
		const id = `b${pad6(n)}`;
		const orgDir = join(dir, 'orgs', id);
		mkdirSync(join(orgDir, 'accounts'), { recursive: true });
		mkdirSync(join(orgDir, 'stats'));
		mkdirSync(join(orgDir, 'plans'));
		writeFileSync(join(orgDir, 'org.yaml'), orgYaml(n, id, adminOf));

		const count = total < ACCOUNTS_PER_ORG ? total : ACCOUNTS_PER_ORG + (n <= extra ? 1 : 0);
		const ids: string[] = [];
		const audience: number[] = [];
		let security = '';
		for (let a = 0; a < count; a++) {
			const network = NETWORKS[a]!;
			const serial = summary.accounts + a;
			const accountId = `${id}-${network}`;
			const url =
				network === 'vk'
					? `https://vk.com/bench_${id}\naliases:\n  - https://vk.com/club${100_000_000 + serial}`
					: network === 'ok'
						? `https://ok.ru/group/${70_000_000_000_000 + serial}`
						: network === 'tg'
							? `https://t.me/bench_${id}`
							: network === 'dzen'
								? `https://dzen.ru/bench_${id}`
								: `https://rutube.ru/channel/${10_000_000 + serial}/`;
			writeFileSync(
				join(orgDir, 'accounts', `${accountId}.yaml`),
				`id: ${accountId}\norg: ${id}\nnetwork: ${network}\nurl: ${url}\nname: Учреждение № ${n}\nstatus: active\n` +
					`opened: ${pick(DATES.opened)}\nregistered: ${pick(DATES.registered)}\nprofile:\n${PROFILE}` +
					`gospabliki: ${pick(DATES.gospabliki)}\nlinksToStatement: true\nreviewed: ${pick(DATES.reviewed)}\n` +
					`responsible:\n  position: Специалист по связям с общественностью\n`,
			);
			security +=
				`  ${accountId}:\n    twoFactor: true\n    passwordInManager: true\n    passwordRotated: ${pick(DATES.rotated)}\n` +
				`    attested: ${pick(DATES.attested)}\n    attestedBy: Руководитель учреждения\n`;
			ids.push(accountId);
			audience.push(200 + Math.floor(rand() * 20_000));
		}
		summary.accounts += count;
		summary.files += 2 + count;

		writeFileSync(
			join(dir, 'internal', `${id}.yaml`),
			`org: ${id}\nstaff:\n  - position: Специалист по связям с общественностью\n    name: Сотрудник учреждения № ${n}\n` +
				`    email: smm@${id}.bench.example\n    accounts:\n${ids.map((x) => `      - ${x}\n`).join('')}security:\n${security}`,
		);

		for (let q = 0; q < quarters; q++) {
			let csv = STATS_HEADER;
			for (const monday of mondays[q]!) {
				for (let a = 0; a < ids.length; a++) {
					const posts = 3 + Math.floor(rand() * 13);
					const subscribers = (audience[a] = audience[a]! + Math.floor(rand() * 40) - 8);
					const views = Math.floor(posts * subscribers * (0.2 + rand() * 0.4));
					const comments = Math.floor(views * rand() * 0.006);
					const removed = comments > 20 && rand() < 0.2 ? 1 : 0;
					csv += `${ids[a]},${monday},${posts},${views},${subscribers},${comments},${removed},0\n`;
				}
			}
			summary.statsRows += ids.length * mondays[q]!.length;
			writeFileSync(join(orgDir, 'stats', `${YEAR}-q${q + 1}.csv`), csv);
			// The content plan: one publication a week per page, Monday to Wednesday in turn (so the
			// last week of December stays in the year: a year of data makes one plan page per
			// organisation), all published, so plan-fact-gap holds against the 3–15 posts above.
			let plan = PLAN_HEADER;
			for (const monday of mondays[q]!) {
				for (let a = 0; a < ids.length; a++) {
					const date = toIsoDate(isoToMs(monday) + (a % 3) * 86_400_000);
					plan += `${date},${ids[a]},,${pick(PLAN_TOPICS)},${pick(PLAN_FORMATS)},published\n`;
				}
			}
			writeFileSync(join(orgDir, 'plans', `${YEAR}-q${q + 1}.csv`), plan);
			summary.files += 2;
		}
		if (progress && summary.accounts >= nextProgress) {
			progress(summary.accounts, total);
			nextProgress = (Math.floor(summary.accounts / 10_000) + 1) * 10_000;
		}
	}
	return summary;
}

if (import.meta.main) {
	const [dir, n, ...rest] = process.argv.slice(2);
	const option = (name: string) => {
		const at = rest.indexOf(name);
		return at >= 0 ? Number(rest[at + 1]) : undefined;
	};
	if (!dir || !n || !/^\d+$/.test(n)) {
		console.error('usage: node tests/bench/generate.ts DIR ACCOUNTS [--seed S] [--quarters 1-4]');
		process.exit(2);
	}
	const started = performance.now();
	const quarters = option('--quarters') as BenchOptions['quarters'];
	const summary = generateBenchTree(
		dir,
		{ accounts: Number(n), seed: option('--seed'), ...(quarters ? { quarters } : {}) },
		(done, total) => {
			console.error(
				`${done.toLocaleString('en')} / ${total.toLocaleString('en')} accounts (${((performance.now() - started) / 1000).toFixed(1)} s)`,
			);
		},
	);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.error(
		`wrote ${summary.orgs} orgs, ${summary.accounts} accounts, ${summary.statsRows} stats rows, ${summary.files} files to ${dir} in ${seconds} s`,
	);
}
