/**
 * A believable Git history for the demo data: a repository of its own holding a copy of data/,
 * written commit by commit as a registry's clerks would have, so the site's record histories and
 * feed show something meaningful (the portal's own development log says nothing about the
 * registry).
 *
 *   npm run demo-history [-- --data data] [--out ПАПКА]
 *
 * Prints the data folder inside the new repository: build with `npm run build -- --history <it>`
 * (or PORTAL_HISTORY=<it>). The story, in the main branch's order:
 *  - 1 December 2022: the registry moves from a spreadsheet into the repository — every file,
 *    except the pages entered in the registry later, in one direct commit;
 *  - each later page is entered by a GitLab merge request merged the day the page was registered
 *    (one per organisation and day), its branch commit a day or two before;
 *  - changes: the administration's page gets its short address, the old one kept as an alias; the
 *    museum's page is renamed; a school page is marked closed a few days after it closed;
 *  - two merge requests that change no public value and must show nowhere: one adds the editor's
 *    schema line to every record and moves `status` up (formatting only), one changes internal
 *    staff contacts.
 * The final tree is byte for byte the data folder given. Deterministic (fixed dates, names and
 * time zone: `git fast-import`, one process), offline and fast.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, parseDocument } from 'yaml';

/** The day the registry's repository begins: earlier pages arrive with the import. */
export const HISTORY_START = '2022-12-01';
/** The demo repository's web address (for merge request links); `.example` never resolves. */
export const DEMO_REPOSITORY = 'https://gitlab.primer-rayon.example/reestr/data';
const PROJECT = 'reestr/data';
const CLERK = 'Отдел информационной политики <reestr@primer-rayon.example>';
const ZONE = '+0300';

interface Transform {
	/** The path (relative to the data folder) it applies to. */
	path: string;
	/** The day of the commit that made the file what it is now: before it, the file read otherwise. */
	date: string;
	/** The file's text before that commit, from its text after it. */
	undo: (text: string) => string;
}

interface PlannedCommit {
	date: string;
	/** Subject and body of the branch commit (for a merge request) or of the direct commit. */
	title: string;
	paths: string[];
	/** A merge request: merged into main by a merge commit naming it. */
	branch?: string;
}

/** Edits a YAML file's top-level keys, keeping its comments. */
function edit(text: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
	const doc = parseDocument(text);
	change(doc);
	return doc.toString({ lineWidth: 0 });
}

const SCHEMA_LINE = /^# yaml-language-server: .*\n/;

/** Formatting only: no editor schema line, `status` last. The values are the same. */
function unformat(text: string): string {
	return edit(text.replace(SCHEMA_LINE, ''), (doc) => {
		if (!isMap(doc.contents)) return;
		const items = doc.contents.items;
		const at = items.findIndex((pair) => String((pair.key as { value?: unknown } | null)?.value) === 'status');
		if (at >= 0) items.push(...items.splice(at, 1));
	});
}

/** Every file below `dir`, in name order; one output array: spreading a folder's list into its parent's overflowed the stack at 200,000 accounts. */
function listFiles(dir: string, base = dir, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const abs = join(dir, entry.name);
		if (entry.isDirectory()) listFiles(abs, base, out);
		else if (entry.isFile()) out.push(relative(base, abs).split('\\').join('/'));
	}
	return out;
}

interface AccountFacts {
	path: string;
	id: string;
	org: string;
	name: string;
	registered?: string;
	status?: string;
	closed?: string;
	aliases: string[];
}

function accountFacts(dataDir: string, path: string): AccountFacts | undefined {
	try {
		const doc = parseDocument(readFileSync(join(dataDir, path), 'utf8'));
		const value = doc.toJS() as Record<string, unknown> | null;
		if (!value || typeof value !== 'object') return undefined;
		const closed = value.closed as { date?: unknown } | undefined;
		return {
			path,
			id: String(value.id ?? ''),
			org: String(value.org ?? ''),
			name: String(value.name ?? ''),
			...(typeof value.registered === 'string' ? { registered: value.registered } : {}),
			...(typeof value.status === 'string' ? { status: value.status } : {}),
			...(closed && typeof closed.date === 'string' ? { closed: closed.date } : {}),
			aliases: Array.isArray(value.aliases) ? value.aliases.map(String) : [],
		};
	} catch {
		return undefined;
	}
}

const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Plans the demo's commits and the transforms that give each file's earlier texts. */
export function planHistory(dataDir: string): { commits: PlannedCommit[]; transforms: Transform[]; files: string[] } {
	const files = listFiles(dataDir);
	const accounts = files
		.filter((path) => /^orgs\/[^/]+\/accounts\/[^/]+\.yaml$/.test(path))
		.map((path) => accountFacts(dataDir, path))
		.filter((a): a is AccountFacts => a !== undefined);
	const later = accounts.filter((a) => a.registered !== undefined && a.registered >= HISTORY_START);
	const laterPaths = new Set(later.map((a) => a.path));
	const transforms: Transform[] = [];
	const commits: PlannedCommit[] = [
		{
			date: HISTORY_START,
			title: 'Перенос реестра из таблицы\n\nВсе записи реестра на 1 декабря 2022 г. и сведения к ним.',
			paths: files.filter((path) => !laterPaths.has(path)),
		},
	];

	// Pages entered later: one merge request per organisation and day.
	const groups = new Map<string, AccountFacts[]>();
	for (const account of later) {
		const key = `${account.registered} ${account.org}`;
		groups.set(key, [...(groups.get(key) ?? []), account]);
	}
	for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const [date, org] = key.split(' ') as [string, string];
		commits.push({
			date,
			branch: `add-${org}-${date}`,
			title: `Внести в реестр: ${group
				.map((a) => a.name)
				.filter((n, i, all) => all.indexOf(n) === i)
				.join(', ')}`,
			paths: group.map((a) => a.path),
		});
	}

	const byId = new Map(accounts.map((a) => [a.id, a]));
	// The page's short address: before it, the numeric address was the page's only one.
	const renamed =
		accounts.find((a) => a.id === 'primer-admin-vk' && a.aliases.length > 0) ??
		accounts.find((a) => a.aliases.length > 0 && a.status === 'active');
	if (renamed) {
		const date = '2024-04-15';
		transforms.push({
			path: renamed.path,
			date,
			undo: (text) =>
				edit(text, (doc) => {
					doc.set('url', renamed.aliases[0]);
					doc.delete('aliases');
				}),
		});
		commits.push({
			date,
			branch: `short-address-${renamed.id}`,
			title: `Короткий адрес страницы «${renamed.name}»; прежний оставлен как дополнительный`,
			paths: [renamed.path],
		});
	}
	const museum =
		byId.get('primer-museum-vk') ?? accounts.find((a) => a.status === 'active' && a !== renamed && (a.registered ?? '') >= HISTORY_START);
	if (museum) {
		const date = '2026-02-16';
		const before = museum.id === 'primer-museum-vk' ? 'Музей Примерного района' : `${museum.name} (страница)`;
		transforms.push({ path: museum.path, date, undo: (text) => edit(text, (doc) => doc.set('name', before)) });
		commits.push({
			date,
			branch: `rename-${museum.id}`,
			title: `Название страницы музея по уставу: «${museum.name}»`,
			paths: [museum.path],
		});
	}
	// A closure within the journal: the page closed, the registry marked it a few days later.
	const closing = accounts.find(
		(a) => a.status === 'closed' && a.closed !== undefined && a.closed >= HISTORY_START && (a.registered ?? HISTORY_START) <= a.closed,
	);
	if (closing) {
		const date = dayAfter(closing.closed!, 3);
		transforms.push({
			path: closing.path,
			date,
			undo: (text) =>
				edit(text, (doc) => {
					doc.set('status', 'active');
					doc.delete('closed');
				}),
		});
		commits.push({
			date,
			branch: `close-${closing.id}`,
			title: `Страница «${closing.name}» закрыта ${closing.closed}`,
			paths: [closing.path],
		});
	}

	// Formatting only, in every record file: no history entry, no feed entry.
	const formatDate = '2025-03-10';
	// Only the files there are by then: a page entered later is not touched before it exists.
	const enteredLater = new Set(later.filter((a) => a.registered! > formatDate).map((a) => a.path));
	const records = files.filter((path) => /^orgs\/[^/]+\/(org\.yaml|accounts\/[^/]+\.yaml)$/.test(path) && !enteredLater.has(path));
	for (const path of records) transforms.push({ path, date: formatDate, undo: unformat });
	commits.push({
		date: formatDate,
		branch: 'editor-schema-line',
		title: 'Строка схемы для подсказок редактора во всех записях, статус — в начале записи',
		paths: records,
	});

	// Internal data only: staff contacts change; nothing public does.
	const internal = files.find((path) => /^internal\/[^/]+\.yaml$/.test(path) && /phone: /.test(readFileSync(join(dataDir, path), 'utf8')));
	if (internal) {
		const date = '2025-06-02';
		transforms.push({ path: internal, date, undo: (text) => text.replace(/phone: \+7 \((\d+)\) (\d)/, 'phone: +7 ($1) 9') });
		commits.push({ date, branch: 'staff-contacts', title: 'Телефоны ответственных сотрудников', paths: [internal] });
	}
	commits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return { commits, transforms, files };
}

/** The file's text as of the end of `date`'s commits: later transforms undone, newest first. */
function textAt(
	dataDir: string,
	transforms: readonly Transform[],
	path: string,
	date: string,
	order: number,
	orderOf: (t: Transform) => number,
): string {
	let text = readFileSync(join(dataDir, path), 'utf8');
	const pending = transforms.filter((t) => t.path === path && (t.date > date || (t.date === date && orderOf(t) > order)));
	for (const t of pending.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : orderOf(b) - orderOf(a)))) text = t.undo(text);
	return text;
}

/** Writes the demo repository into `outDir` (created, must not exist or be empty); returns its data folder. */
export function writeDemoHistory(dataDir: string, outDir: string, git = 'git'): string {
	const data = resolve(dataDir);
	const { commits, transforms } = planHistory(data);
	// A transform belongs to the commit that touches its path on its day.
	const orderOf = (t: Transform) => commits.findIndex((c) => c.date === t.date && c.paths.includes(t.path));
	const chunks: Buffer[] = [];
	const push = (text: string) => chunks.push(Buffer.from(text, 'utf8'));
	const blob = (text: string) => `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
	let mark = 0;
	let main = 0;
	let request = 0;
	commits.forEach((commit, index) => {
		// Merged during the working day, in order; the branch commit one or two days before.
		const minutes = 10 * 60 + ((index * 37) % 420);
		const at = Math.floor(Date.parse(`${commit.date}T00:00:00+03:00`) / 1000) + minutes * 60;
		const files = commit.paths
			.map((path) => `M 100644 inline data/${path}\n${blob(textAt(data, transforms, path, commit.date, index, orderOf))}`)
			.join('');
		if (!commit.branch) {
			push(
				`commit refs/heads/main\nmark :${++mark}\nauthor ${CLERK} ${at} ${ZONE}\ncommitter ${CLERK} ${at} ${ZONE}\n${blob(commit.title)}${main ? `from :${main}\n` : ''}${files}`,
			);
			main = mark;
			return;
		}
		request++;
		const branchAt = at - (1 + (index % 2)) * 86_400;
		push(
			`commit refs/merge-requests/${request}/head\nmark :${++mark}\nauthor ${CLERK} ${branchAt} ${ZONE}\ncommitter ${CLERK} ${branchAt} ${ZONE}\n${blob(commit.title)}from :${main}\n${files}`,
		);
		const head = mark;
		const subject = commit.title.split('\n')[0]!;
		const message = `Merge branch '${commit.branch}' into 'main'\n\n${subject}\n\nSee merge request ${PROJECT}!${request}`;
		push(
			`commit refs/heads/main\nmark :${++mark}\nauthor ${CLERK} ${at} ${ZONE}\ncommitter ${CLERK} ${at} ${ZONE}\n${blob(message)}from :${main}\nmerge :${head}\n${files}`,
		);
		main = mark;
	});
	mkdirSync(outDir, { recursive: true });
	const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };
	const run = (args: string[], input?: Buffer) =>
		execFileSync(git, args, { cwd: outDir, env, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], ...(input ? { input } : {}) });
	run(['init', '-q', '-b', 'main']);
	run(['fast-import', '--quiet', '--done'], Buffer.concat([...chunks, Buffer.from('done\n')]));
	run(['reset', '-q', '--hard', 'main']);
	return join(outDir, 'data');
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { data: { type: 'string', default: 'data' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
		strict: true,
	});
	if (values.help) {
		process.stdout.write(
			'Использование: npm run demo-history -- [--data ПАПКА] [--out ПАПКА]\n\nСоздаёт репозиторий Git с правдоподобной историей демонстрационных данных и печатает папку данных в нём:\nсоберите сайт с ней, npm run build -- --history ПАПКА.\n',
		);
		process.exit(0);
	}
	if (!existsSync(values.data)) {
		process.stderr.write(`Папка с данными «${values.data}» не найдена.\n`);
		process.exit(2);
	}
	const out = values.out ?? mkdtempSync(join(tmpdir(), 'portal-demo-history-'));
	if (existsSync(out) && readdirSync(out).length > 0) {
		process.stderr.write(`Папка «${out}» не пуста: укажите новую или пустую.\n`);
		process.exit(2);
	}
	try {
		process.stdout.write(`${writeDemoHistory(values.data, out)}\n`);
	} catch (error) {
		if (values.out === undefined) rmSync(out, { recursive: true, force: true });
		process.stderr.write(`История не создана: ${(error as Error).message}\n`);
		process.exit(2);
	}
}
