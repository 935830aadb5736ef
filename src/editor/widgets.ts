/**
 * The portal's own Decap widgets (browser only; registered by admin-client.ts). Decap's widgets are
 * React class components: Decap calls `isValid()` on the instance when the clerk saves, and an
 * `{ error: { message } }` answer stops the save with that message next to the field.
 *
 * - `portal-date`: a date typed and shown as ДД.ММ.ГГГГ, stored as ISO YYYY-MM-DD (ru-date.ts).
 *   Not the browser's date picker: its format follows the browser's language, not the registry's.
 * - `portal-link`: the account link, canonicalised as the clerk types (the stored value is the one
 *   address the registry keeps) and judged against the registry's shards (link-verdict.ts): a page
 *   already registered, under any of its address forms, or a look-alike of one is refused. The
 *   network field then follows from the link when the entry is saved (followLink, admin-client.ts).
 *
 * React is Decap's own (the global from react-globals.js), passed in: a second copy would break
 * its hooks.
 */
import editorStrings from '../i18n/ru/editor.json' with { type: 'json' };
import type { RegistryLookup } from '../lib/lookup/index.ts';
import { canonicalLink, judgeLink, type LinkJudgement, type LinkRole } from './link-verdict.ts';
import { formatRuDate, parseRuDate } from './ru-date.ts';

const STRINGS: Record<string, string> = editorStrings;
const say = (key: string, values: Record<string, string> = {}) =>
	(STRINGS[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The part of an Immutable Map Decap hands to widgets that they read. */
interface ImmutableLike {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
}

export interface ControlProps {
	value?: unknown;
	onChange(value: unknown): void;
	forID: string;
	classNameWrapper: string;
	setActiveStyle(): void;
	setInactiveStyle(): void;
	entry?: ImmutableLike;
	/** The field's configuration (decap.ts): `link_role` says whether this is the main link or an alias. */
	field?: { get(key: string): unknown };
}

type Validity = true | { error: { message: string } };

/** The few React members used here (Decap's React, window.React). */
export interface ReactLike {
	Component: new (props: ControlProps) => { props: ControlProps; state: unknown; setState(state: unknown): void };
	createElement(type: string, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

/**
 * `adminBase` is the editor page's own address (document.baseURI, …/admin/): the public pages it
 * links to (an existing record's /akkaunt/<id>/) are resolved from it, so a site served under a
 * sub-path links within it.
 */
export function createWidgets(React: ReactLike, registry: () => Promise<RegistryLookup>, adminBase: string) {
	const h = React.createElement;
	const Base = React.Component as unknown as new (props: ControlProps) => {
		props: ControlProps;
		state: Record<string, unknown>;
		setState(state: Record<string, unknown>): void;
	};

	class DateControl extends Base {
		override state: { text: string } = { text: formatRuDate(this.props.value) };

		componentDidUpdate(previous: ControlProps): void {
			// A value set from outside (an entry opened, a draft restored) replaces what is shown.
			if (previous.value !== this.props.value && this.props.value !== this.stored(this.state.text))
				this.setState({ text: formatRuDate(this.props.value) });
		}

		stored(text: string): string {
			return text.trim() === '' ? '' : (parseRuDate(text) ?? text);
		}

		isValid = (): Validity =>
			this.state.text.trim() === '' || parseRuDate(this.state.text) ? true : { error: { message: say('editor.date.invalid') } };

		render(): unknown {
			return h('input', {
				type: 'text',
				id: this.props.forID,
				className: this.props.classNameWrapper,
				value: this.state.text,
				placeholder: say('editor.date.placeholder'),
				inputMode: 'numeric',
				autoComplete: 'off',
				spellCheck: false,
				onFocus: this.props.setActiveStyle,
				onBlur: () => {
					this.props.setInactiveStyle();
					const iso = parseRuDate(this.state.text);
					if (iso) this.setState({ text: formatRuDate(iso) });
				},
				onChange: (event: { target: { value: string } }) => {
					const text = event.target.value;
					this.setState({ text });
					this.props.onChange(this.stored(text));
				},
			});
		}
	}

	type LinkState = { text: string; judgement: LinkJudgement | null; checking: boolean };

	class LinkControl extends Base {
		override state: LinkState = { text: typeof this.props.value === 'string' ? this.props.value : '', judgement: null, checking: false };
		#asked = 0;

		componentDidMount(): void {
			if (this.state.text !== '') void this.check(this.state.text);
		}

		/** The account being edited: its own page is registered to it. */
		ownId(): string | null {
			const entry = this.props.entry;
			if (!entry || entry.get('newRecord')) return null;
			const id = entry.getIn(['data', 'id']);
			return typeof id === 'string' ? id : null;
		}

		role(): LinkRole {
			return this.props.field?.get('link_role') === 'alias' ? 'alias' : 'main';
		}

		async check(text: string): Promise<void> {
			const asked = ++this.#asked;
			if (text.trim() === '') {
				this.setState({ judgement: null, checking: false });
				return;
			}
			this.setState({ checking: true });
			let judgement: LinkJudgement;
			try {
				judgement = await judgeLink(text, await registry(), this.ownId(), this.role());
			} catch (error) {
				judgement = {
					ok: false,
					message: say('editor.link.unavailable', { error: error instanceof Error ? error.message : String(error) }),
				};
			}
			// Only the answer to the latest text counts.
			if (asked === this.#asked) this.setState({ judgement, checking: false });
		}

		refusal(): string | null {
			const { judgement, checking, text } = this.state;
			if (text.trim() === '') return null;
			if (checking || !judgement) return say('editor.link.checking');
			return judgement.ok ? null : judgement.message;
		}

		isValid = (): Validity => {
			const refusal = this.refusal();
			return refusal === null ? true : { error: { message: refusal } };
		};

		render(): unknown {
			const { judgement, checking, text } = this.state;
			const refusal = this.refusal();
			const note = text.trim() === '' ? '' : checking ? say('editor.link.checking') : (refusal ?? judgement?.message ?? '');
			const noteId = `${this.props.forID}-check`;
			return h(
				'div',
				null,
				h('input', {
					type: 'url',
					id: this.props.forID,
					className: this.props.classNameWrapper,
					value: text,
					placeholder: say('editor.link.placeholder'),
					autoComplete: 'off',
					spellCheck: false,
					'aria-describedby': noteId,
					'aria-invalid': refusal !== null && !checking ? 'true' : undefined,
					onFocus: this.props.setActiveStyle,
					onBlur: () => {
						this.props.setInactiveStyle();
						const canonical = canonicalLink(this.state.text);
						if (canonical) this.setState({ text: canonical.url });
					},
					onChange: (event: { target: { value: string } }) => {
						const typed = event.target.value;
						this.setState({ text: typed });
						// What is saved is the page's one address, whatever form was pasted.
						this.props.onChange(canonicalLink(typed)?.url ?? typed);
						void this.check(typed);
					},
				}),
				h(
					'p',
					{
						id: noteId,
						className: `portal-link-note${refusal !== null && !checking ? ' portal-link-note--refused' : ''}`,
						'aria-live': 'polite',
						'data-state': text.trim() === '' ? 'empty' : checking ? 'checking' : refusal === null ? 'ok' : 'refused',
					},
					note,
					// The existing record's public page, so the clerk can see whose page it is.
					refusal !== null && !checking && judgement?.record
						? [
								' ',
								h(
									'a',
									{
										key: 'record',
										href: new URL(`../${judgement.record.path}`, adminBase).href,
										target: '_blank',
										rel: 'noopener',
										className: 'portal-link-record',
									},
									say('editor.link.openRecord', { id: judgement.record.id }),
								),
							]
						: null,
				),
			);
		}
	}

	return { DateControl, LinkControl };
}
