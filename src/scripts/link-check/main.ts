/**
 * Link check in the browser (progressive enhancement: without this script the page is a plain
 * GET form). Reads ?url= on load, checks on submit without reloading (the address bar keeps a
 * shareable ?url=), shows the answer in the live region and moves focus to its heading.
 * An empty submission gets the GOV.UK error summary.
 */
import { lookup, RegistryLookup, type Answer } from '../../lib/lookup/index.ts';
import { DATA_ID, type PageData } from '../../lib/lookup/page-data.ts';
import { HEADING_ID, Renderer } from './render.ts';

function byId<T extends HTMLElement>(id: string): T | null {
	return document.getElementById(id) as T | null;
}

function start(): void {
	const dataNode = byId<HTMLScriptElement>(DATA_ID);
	const form = byId<HTMLFormElement>('link-check-form');
	const input = byId<HTMLInputElement>('link-check-url');
	const result = byId<HTMLElement>('link-check-result');
	const summary = byId<HTMLElement>('link-check-errors');
	const fieldError = byId<HTMLElement>('link-check-url-error');
	const group = byId<HTMLElement>('link-check-group');
	if (!dataNode || !form || !input || !result || !summary || !fieldError || !group) return;

	const data = JSON.parse(dataNode.textContent ?? '{}') as PageData;
	const render = new Renderer(data);
	const registry = new RegistryLookup(data.config, async (name) => {
		const response = await fetch(`${data.paths.data}${name}.json`);
		if (!response.ok) throw new Error(`${response.status} ${response.url}`);
		return response.json();
	});
	const title = document.title;
	const describedBy = input.getAttribute('aria-describedby') ?? '';
	// Each check gets a number; an answer that arrives after a newer check started is dropped.
	let current = 0;

	const setError = (on: boolean) => {
		summary.hidden = !on;
		fieldError.hidden = !on;
		group.classList.toggle('link-check__group--error', on);
		if (on) {
			input.setAttribute('aria-invalid', 'true');
			input.setAttribute('aria-describedby', `${describedBy} ${fieldError.id}`.trim());
			document.title = render.plain('check.error.documentTitle', { title });
		} else {
			input.removeAttribute('aria-invalid');
			input.setAttribute('aria-describedby', describedBy);
			document.title = title;
		}
	};

	// The answer in data attributes too: the browser tests compare them with `npm run lookup`.
	const show = (state: string, nodes: Node[], answer?: Answer) => {
		result.dataset.state = state;
		for (const key of ['verdict', 'reason', 'accounts', 'orgs', 'canonical']) delete result.dataset[key];
		if (answer) {
			result.dataset.verdict = answer.verdict;
			result.dataset.reason = answer.reason;
			result.dataset.accounts = answer.accounts.map((account) => account.record.a).join(' ');
			result.dataset.orgs = answer.orgs.map((org) => org.o).join(' ');
			if (answer.canonical) result.dataset.canonical = answer.canonical;
		}
		result.replaceChildren(...nodes);
	};

	const run = async (value: string) => {
		const id = ++current;
		if (value.trim() === '') {
			show('idle', []);
			setError(true);
			summary.focus();
			return;
		}
		setError(false);
		const url = new URL(location.href);
		url.searchParams.set('url', value);
		history.replaceState(history.state, '', url);
		show('loading', [render.el('p', render.text('check.loading'))]);
		let nodes: Node[];
		let answer: Answer | undefined;
		try {
			answer = await lookup(value, registry);
			nodes = render.answer(answer);
		} catch {
			// A missing shard (404 after a data update) or no network: say so instead of guessing.
			nodes = [
				render.el('h2', render.text('check.failed.title'), { id: HEADING_ID, tabindex: '-1' }),
				render.el('p', render.text('check.failed.body')),
			];
		}
		if (id !== current) return;
		show(answer ? 'done' : 'error', nodes, answer);
		byId(HEADING_ID)?.focus();
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
	// The summary's link goes to the field itself, not just scrolls to it (GOV.UK pattern).
	summary.querySelector('a')?.addEventListener('click', (event) => {
		event.preventDefault();
		input.focus();
		document.querySelector(`label[for="${input.id}"]`)?.scrollIntoView();
	});

	const initial = new URLSearchParams(location.search).get('url');
	if (initial !== null) {
		input.value = initial;
		void run(initial);
	}
}

start();
