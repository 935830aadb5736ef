// Lint of the sources. Two concerns so far: regular expressions must stay linear in the text they
// scan (a clerk's file may hold one very long line), and the layers of docs/architecture.md hold —
// a layer imports only the layers below it. Run with `npm run lint` (part of `npm test`).
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const SITE = ['pages', 'components', 'layouts'];
/** Folders of src/ each layer must not import, from the arrows schemas → lib → loaders → engine/rules → handoff → queries → site; cli on top. */
const FORBIDDEN = {
	schemas: [
		'lib',
		'policies',
		'loaders',
		'handoff',
		'engine',
		'rules',
		'queries',
		'import',
		'editor',
		'scaffold',
		'scripts',
		'cli',
		'dev',
		...SITE,
	],
	lib: ['loaders', 'handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	policies: ['loaders', 'handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	loaders: ['handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	engine: ['handoff', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	rules: ['handoff', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	// The check's hand-off to the site: written through the engine's hooks, read by the queries.
	handoff: ['queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	queries: ['import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
	editor: ['cli', 'dev', ...SITE],
	import: ['cli', 'dev', ...SITE],
	scaffold: ['cli', 'dev', ...SITE],
	scripts: ['loaders', 'handoff', 'engine', 'rules', 'queries', 'import', 'editor', 'scaffold', 'cli', 'dev', ...SITE],
};

const layerZones = Object.entries(FORBIDDEN).map(([layer, folders]) => ({
	files: [`src/${layer}/**/*.ts`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						// A relative path that climbs out of this layer into a forbidden one.
						regex: `^(?:\\.\\./)+(?:${folders.join('|')})/`,
						message: `src/${layer}/ may not import this layer (docs/architecture.md, «Layers»): move the code down, or pass the data in.`,
					},
				],
			},
		],
	},
}));

export default [
	{
		files: ['src/**/*.ts'],
		languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
		plugins: { regexp },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
		},
	},
	...layerZones,
];
