// Lint of the check's sources: for now only the regular expressions, which must stay linear in
// the text they scan (a clerk's file may hold one very long line). Extend `rules` here as the
// wider ESLint setup arrives. Run with `npm run lint`.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

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
];
