/**
 * Turns an answer into DOM nodes: the verdict first, then why, then what to do. Text comes only
 * from the page's dictionary; every value is inserted as a text node (never as HTML), since the
 * pasted text is arbitrary user input.
 */
import { accountUrl } from '../../lib/links/index.ts';
import { HIDDEN } from '../../lib/links/chars.ts';
import { differences, handleKey, type Answer, type AnswerAccount, type Piece } from '../../lib/lookup/index.ts';
import type { PageData } from '../../lib/lookup/page-data.ts';

type Part = string | Node;

export const HEADING_ID = 'link-check-heading';

export class Renderer {
	readonly #data: PageData;
	readonly #date = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

	constructor(data: PageData) {
		this.#data = data;
	}

	/** The dictionary entry with {placeholders} replaced by text or nodes (links). */
	text(key: string, values: Record<string, Part> = {}): Part[] {
		const template = this.#data.strings[key];
		if (template === undefined) throw new Error(`link-check: no string ${key}`);
		const parts: Part[] = [];
		let last = 0;
		for (const match of template.matchAll(/\{(\w+)\}/g)) {
			parts.push(template.slice(last, match.index));
			parts.push(values[match[1] ?? ''] ?? match[0]);
			last = match.index + match[0].length;
		}
		parts.push(template.slice(last));
		return parts.filter((part) => part !== '');
	}

	plain(key: string, values: Record<string, string> = {}): string {
		return this.text(key, values)
			.map((part) => (typeof part === 'string' ? part : (part.textContent ?? '')))
			.join('');
	}

	el<K extends keyof HTMLElementTagNameMap>(tag: K, parts: Part[] = [], attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
		const node = document.createElement(tag);
		for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
		node.append(...parts);
		return node;
	}

	link(href: string, label: Part[]): HTMLAnchorElement {
		return this.el('a', label, { href });
	}

	p(key: string, values: Record<string, Part> = {}): HTMLParagraphElement {
		return this.el('p', this.text(key, values));
	}

	network(network: string | null): string {
		return this.plain(`check.network.${network ?? 'unknown'}`);
	}

	#networkOf(canonical: string): string {
		return this.network(canonical.slice(0, canonical.indexOf(':')));
	}

	date(iso: string): string {
		const [y, m, d] = iso.split('-').map(Number);
		return this.#date.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
	}

	/** An address as people read it: vk.com/primer_admin (no scheme, no trailing slash). */
	address(canonical: string): string {
		const url = accountUrl(canonical);
		return url === null ? canonical : url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
	}

	/** A registered page: a link to the page itself (it is the official one, safe to open). */
	officialPage(canonical: string): Node {
		const url = accountUrl(canonical);
		return url === null ? this.el('strong', [canonical]) : this.link(url, [this.address(canonical)]);
	}

	/** An unregistered page: shown, never linked, so nobody is sent to an impostor from here. */
	suspectPage(canonical: string): Node {
		return this.el('strong', [this.address(canonical)], { class: 'link-check__suspect' });
	}

	#orgLink(org: { o: string; n: string }): Node {
		return this.link(`${this.#data.paths.org}${encodeURIComponent(org.o)}/`, [org.n]);
	}

	#operator(): Node {
		return this.link(this.#data.operator.url, [this.#data.operator.name]);
	}

	#registry(): Node {
		return this.link(this.#data.paths.registry, this.text('check.registryLink'));
	}

	#more(found: AnswerAccount): HTMLUListElement {
		const { account, org } = this.#data.paths;
		return this.el(
			'ul',
			[
				this.el('li', [this.link(`${account}${encodeURIComponent(found.record.a)}/`, this.text('check.more.account'))]),
				this.el('li', [this.link(`${org}${encodeURIComponent(found.record.o)}/`, this.text('check.more.org'))]),
			],
			{ class: 'link-check__more' },
		);
	}

	#heading(key: string): HTMLHeadingElement {
		return this.el('h2', this.text(key), { id: HEADING_ID, tabindex: '-1' });
	}

	/** A registered page in a list: its address (a link), organisation and, if closed, since when. */
	#accountItem(account: AnswerAccount, withNetwork = false): HTMLLIElement {
		const parts: Part[] = [this.officialPage(account.canonical)];
		if (withNetwork) parts.push(` (${this.#networkOf(account.canonical)})`);
		parts.push(' — ', this.#orgLink(account.record));
		if (account.record.s === 'closed' && account.record.d)
			parts.push(` (${this.plain('check.status.closed', { date: this.date(account.record.d) })})`);
		return this.el('li', parts);
	}

	#accountList(accounts: AnswerAccount[], withNetwork = false): HTMLUListElement {
		return this.el(
			'ul',
			accounts.map((account) => this.#accountItem(account, withNetwork)),
			{ class: 'link-check__candidates' },
		);
	}

	/** Nodes of the answer; the caller puts them into the live region. */
	answer(answer: Answer): Node[] {
		const checked = this.el('p', this.text('check.checked', { input: this.el('span', [answer.input], { class: 'link-check__input' }) }), {
			class: 'link-check__checked',
		});
		const context: Node[] = [checked];
		if (answer.kind === 'link' && answer.checked !== null && answer.checked !== answer.input.trim()) {
			context.push(this.p('check.fromText', { link: this.el('strong', [answer.checked]) }));
		}
		if (answer.links > 1) context.push(this.p('check.severalLinks', { count: String(answer.links) }));
		if (answer.via === 'post' && answer.canonical !== null)
			context.push(this.p('check.post', { page: this.el('strong', [this.address(answer.canonical)]) }));

		switch (answer.verdict) {
			case 'official':
				return this.#official(answer, context);
			case 'formerly-official':
				return answer.kind === 'handle' ? this.#handle(answer, context, 'check.formerly.title') : this.#formerly(answer, context);
			case 'lookalike':
				return this.#lookalike(answer, context);
			case 'name-registered':
				return this.#handle(answer, context, 'check.handle.title');
			case 'official-contact':
				return [
					this.#heading(`check.contact.title.${answer.reason}`),
					...context,
					this.p('check.contact.body', { contact: this.el('strong', [answer.checked ?? '']) }),
					this.el(
						'ul',
						answer.orgs.map((org) => this.el('li', [this.#orgLink(org)])),
					),
					this.p('check.contact.advice'),
				];
			case 'not-registered':
				return this.#notRegistered(answer, context);
			case 'not-an-account':
				return [
					this.#heading('check.none.title'),
					...context,
					this.p(`check.reason.${answer.reason}`, { network: this.network(answer.network) }),
				];
		}
	}

	#official(answer: Answer, context: Node[]): Node[] {
		const account = answer.accounts[0];
		if (account === undefined) return [];
		const { record, canonical } = account;
		const special = record.s === 'planned' || record.s === 'suspended';
		const out: Node[] = [this.#heading(special ? `check.official.${record.s}.title` : 'check.official.title'), ...context];
		out.push(this.p('check.official.body', { page: this.officialPage(canonical), network: this.#networkOf(canonical) }));
		out.push(this.p('check.org', { org: this.#orgLink(record) }));
		if (record.t) out.push(this.p('check.pageName', { name: record.t }));
		if (special) out.push(this.el('p', this.text(`check.official.${record.s}`), { class: 'link-check__warning' }));
		if (record.m) out.push(this.p('check.alias', { page: this.officialPage(record.m) }));
		out.push(this.p('check.official.advice'), this.#more(account));
		return out;
	}

	#formerly(answer: Answer, context: Node[]): Node[] {
		const account = answer.accounts[0];
		if (account === undefined) return [];
		const { record, canonical } = account;
		const out: Node[] = [this.#heading('check.formerly.title'), ...context];
		out.push(
			this.p('check.formerly.body', {
				page: this.officialPage(canonical),
				network: this.#networkOf(canonical),
				date: this.date(record.d ?? ''),
			}),
		);
		out.push(this.p('check.org', { org: this.#orgLink(record) }));
		if (record.r) out.push(this.p('check.formerly.reason', { reason: record.r }));
		out.push(this.p('check.formerly.advice'), this.#more(account));
		return out;
	}

	#handle(answer: Answer, context: Node[], title: string): Node[] {
		const name = answer.checked?.replace(/^@/, '') ?? '';
		return [
			this.#heading(title),
			...context,
			this.p('check.handle.body', { name }),
			this.#accountList(answer.accounts, true),
			this.p('check.handle.advice'),
		];
	}

	#notRegistered(answer: Answer, context: Node[]): Node[] {
		const advice = this.p('check.notRegistered.advice', { registry: this.#registry(), operator: this.#operator() });
		if (answer.kind === 'handle') {
			return [
				this.#heading('check.notRegistered.handle.title'),
				...context,
				this.p('check.notRegistered.handle.body', { name: answer.checked?.replace(/^@/, '') ?? '' }),
				advice,
			];
		}
		if (answer.kind === 'email' || answer.kind === 'phone') {
			return [
				this.#heading('check.notRegistered.contact.title'),
				...context,
				this.p('check.notRegistered.contact.body', { contact: this.el('strong', [answer.checked ?? '']) }),
				advice,
			];
		}
		const out: Node[] = [this.#heading('check.notRegistered.title'), ...context];
		if (answer.canonical !== null)
			out.push(this.p('check.notRegistered.body', { page: this.suspectPage(answer.canonical), network: this.network(answer.network) }));
		if (answer.accounts.length > 0) out.push(this.p('check.notRegistered.elsewhere'), this.#accountList(answer.accounts, true));
		out.push(advice);
		return out;
	}

	#lookalike(answer: Answer, context: Node[]): Node[] {
		const out: Node[] = [this.#heading('check.lookalike.title'), ...context];
		const [first] = answer.accounts;
		if (answer.accounts.length === 1 && first !== undefined) {
			out.push(
				this.el('p', this.text('check.lookalike.real', { page: this.officialPage(first.canonical), org: this.#orgLink(first.record) }), {
					class: 'link-check__real',
				}),
			);
		} else if (answer.accounts.length > 1) {
			out.push(this.p('check.lookalike.realMany'), this.#accountList(answer.accounts, true));
		} else {
			out.push(this.p('check.lookalike.none'));
		}
		// Why: the name-based reasons describe the page, the canonicaliser's describe the link.
		const page = answer.canonical === null ? null : this.suspectPage(answer.canonical);
		if (page !== null && ['similar-name', 'impostor-affix', 'misspelt-numeric-form'].includes(answer.reason))
			out.push(this.p(`check.lookalike.${answer.reason}`, { page }));
		else if (answer.kind === 'handle' && ['similar-name', 'impostor-affix'].includes(answer.reason))
			out.push(this.p(`check.lookalike.${answer.reason}`, { page: this.el('strong', [answer.checked ?? '']) }));
		else out.push(this.p(`check.reason.${answer.reason}`, { network: this.network(answer.network) }));
		if (first !== undefined) out.push(...this.#compare(answer, first));
		out.push(this.p('check.lookalike.advice', { operator: this.#operator() }));
		return out;
	}

	/** The checked address above the real one, differing characters marked (and spoken). */
	#compare(answer: Answer, real: AnswerAccount): Node[] {
		const checked = (answer.checked ?? '').replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '');
		const handle = answer.kind === 'handle';
		const realText = handle ? `@${handleKey(real.canonical)}` : this.address(real.canonical);
		const shown = handle && !checked.startsWith('@') ? `@${checked}` : checked;
		const diff = differences(shown, realText);
		if (diff === null || (!diff.checked.some((piece) => piece.changed) && !diff.real.some((piece) => piece.changed))) return [];
		const row = (label: string, pieces: Piece[], side: 'checked' | 'real') =>
			this.el('div', [
				this.el('dt', this.text(label)),
				this.el('dd', [
					this.el(
						'code',
						pieces.map((piece) => this.#piece(piece, side)),
					),
				]),
			]);
		return [
			this.el('h3', this.text('check.lookalike.compare')),
			this.el(
				'dl',
				[row('check.lookalike.compareChecked', diff.checked, 'checked'), row('check.lookalike.compareReal', diff.real, 'real')],
				{ class: 'link-check__compare' },
			),
			this.el('p', this.text('check.lookalike.marksHint'), { class: 'link-check__hint' }),
		];
	}

	#piece(piece: Piece, side: 'checked' | 'real'): Node {
		if (!piece.changed) return document.createTextNode(piece.text);
		const hidden = HIDDEN.test(piece.text);
		const spoken =
			side === 'checked' ? this.plain('check.mark.changed', { char: this.#describe(piece.text) }) : this.plain('check.mark.missing');
		return this.el('mark', [hidden ? '⍰' : piece.text, this.el('span', [spoken], { class: 'visually-hidden' })]);
	}

	#describe(ch: string): string {
		if (HIDDEN.test(ch)) return this.plain('check.char.hidden');
		const kind = /\p{Script=Cyrillic}/u.test(ch)
			? 'cyrillic'
			: /\p{Script=Greek}/u.test(ch)
				? 'greek'
				: /\p{Script=Armenian}/u.test(ch)
					? 'armenian'
					: /[0-9]/.test(ch)
						? 'digit'
						: /\p{Script=Latin}/u.test(ch)
							? 'latin'
							: 'other';
		return this.plain(`check.char.${kind}`, { char: ch });
	}
}
