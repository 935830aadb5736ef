/**
 * The portal's Decap widgets without a browser: a stand-in for React's Component (props, state,
 * setState) is enough to drive what Decap calls, onChange and isValid().
 */
import { describe, expect, it } from 'vitest';
import { createWidgets, type ControlProps, type ReactLike } from '../../../src/editor/widgets.ts';
import { harness } from '../lookup/fixture.ts';

class Component {
	props: ControlProps;
	state: Record<string, unknown> = {};
	constructor(props: ControlProps) {
		this.props = props;
	}
	setState(update: Record<string, unknown>): void {
		this.state = { ...this.state, ...update };
	}
}

const React = {
	Component,
	createElement: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => ({ type, props, children }),
} as unknown as ReactLike;

/** The editor's address on a site served under a sub-path. */
const ADMIN = 'https://reestr.example/portal/admin/';

type Element = { type: string; props: Record<string, unknown> | null; children: unknown[] };

function props(value: unknown, entry?: Record<string, unknown>) {
	const changes: unknown[] = [];
	const data = { data: { id: 'primer-admin-vk' }, newRecord: true, ...entry };
	return {
		changes,
		props: {
			value,
			onChange: (next: unknown) => changes.push(next),
			forID: 'f1',
			classNameWrapper: 'w',
			setActiveStyle: () => {},
			setInactiveStyle: () => {},
			entry: {
				get: (key: string) => data[key as keyof typeof data],
				getIn: (path: string[]) => (data.data as Record<string, unknown>)[path[1]!],
			},
		} satisfies ControlProps,
	};
}

/** The <input> a control renders (the link widget wraps it with its verdict). */
const inputOf = (tree: unknown): Element => {
	const element = tree as Element;
	return element.type === 'input' ? element : (element.children[0] as Element);
};

const type = (control: { render(): unknown }, text: string) =>
	(inputOf(control.render()).props!.onChange as (event: unknown) => void)({ target: { value: text } });

describe('portal-date', () => {
	const { DateControl } = createWidgets(React, async () => harness().lookup(), ADMIN);

	it('shows a stored ISO date as ДД.ММ.ГГГГ and stores what is typed as ISO', () => {
		const { props: p, changes } = props('2022-06-24');
		const control = new DateControl(p);
		expect(inputOf(control.render()).props!.value).toBe('24.06.2022');
		type(control, '01.10.2026');
		expect(changes.at(-1)).toBe('2026-10-01');
		expect(control.isValid()).toBe(true);
	});

	it('refuses an impossible or half-typed date, and an emptied field is no value', () => {
		const { props: p, changes } = props(undefined);
		const control = new DateControl(p);
		type(control, '31.02.2026');
		expect(control.isValid()).toMatchObject({ error: { message: expect.stringContaining('ДД.ММ.ГГГГ') } });
		type(control, '');
		expect(changes.at(-1)).toBe('');
		expect(control.isValid()).toBe(true);
	});
});

describe('portal-link', () => {
	it('stores the canonical address as the clerk types and refuses a registered page', async () => {
		const { LinkControl } = createWidgets(React, async () => harness().lookup(), ADMIN);
		const { props: p, changes } = props('');
		const control = new LinkControl(p);
		type(control, 'https://m.vk.com/primer_admin?from=search');
		expect(changes.at(-1)).toBe('https://vk.com/primer_admin');
		// While the registry has not answered, saving is refused.
		expect(control.isValid()).toMatchObject({ error: { message: expect.stringContaining('проверяется') } });
		await control.check('https://m.vk.com/primer_admin?from=search');
		expect(control.isValid()).toMatchObject({ error: { message: expect.stringContaining('уже есть в реестре') } });
	});

	it('accepts the page of the entry being edited', async () => {
		const { LinkControl } = createWidgets(React, async () => harness().lookup(), ADMIN);
		const { props: p } = props('https://vk.com/primer_admin', { newRecord: false });
		const control = new LinkControl(p);
		await control.check('https://vk.com/primer_admin');
		expect(control.isValid()).toBe(true);
	});

	it("links a duplicate's refusal to the existing record's public page", async () => {
		const { LinkControl } = createWidgets(React, async () => harness().lookup(), ADMIN);
		const { props: p } = props('');
		const control = new LinkControl(p);
		type(control, 'https://vk.com/club177238460');
		await control.check('https://vk.com/club177238460');
		const note = (control.render() as Element).children[1] as Element;
		expect(note.props).toMatchObject({ 'data-state': 'refused' });
		const link = (note.children.flat() as Element[]).find((child) => child?.type === 'a')!;
		expect(link.props!.href).toBe('https://reestr.example/portal/akkaunt/primer-admin-vk/');
		expect(link.children).toEqual(['Открыть запись primer-admin-vk на сайте']);
		// A free page has nothing to link to.
		type(control, 'https://vk.com/primer_new_page');
		await control.check('https://vk.com/primer_new_page');
		const free = (control.render() as Element).children[1] as Element;
		expect(free.children.flat().some((child) => (child as Element | null)?.type === 'a')).toBe(false);
	});

	it('an alias field is judged as an address form of the record, not as its main link', async () => {
		const { LinkControl } = createWidgets(React, async () => harness().lookup(), ADMIN);
		const { props: p } = props('');
		const control = new LinkControl({ ...p, field: { get: (key: string) => (key === 'link_role' ? 'alias' : undefined) } });
		type(control, 'https://vk.com/club999999999');
		await control.check('https://vk.com/club999999999');
		expect(control.isValid()).toBe(true);
		expect(control.state.judgement?.message).toMatch(/формы адреса/);
		type(control, 'https://vk.com/club177238460');
		await control.check('https://vk.com/club177238460');
		expect(control.isValid()).toMatchObject({ error: { message: expect.stringContaining('primer-admin-vk') } });
	});

	it('refuses to save when the registry cannot be reached, and says so', async () => {
		const { LinkControl } = createWidgets(React, () => Promise.reject(new Error('503 /proverka/api/v1.json')), ADMIN);
		const { props: p } = props('');
		const control = new LinkControl(p);
		type(control, 'https://vk.com/primer_new_page');
		await control.check('https://vk.com/primer_new_page');
		expect(control.isValid()).toMatchObject({ error: { message: expect.stringMatching(/Не удалось проверить.*503/) } });
	});
});
