import { describe, expect, it } from 'vitest';
import { YamlLocator } from '../../../src/loaders/yaml-locate.ts';

const TEXT = `id: primer-admin-vk
org: primer-admin
aliases:
  - https://vk.com/club1
  - https://vk.com/club2
profile:
  official-status: true
  description:
responsible: { position: Начальник отдела }
`;

describe('YamlLocator', () => {
	const locator = new YamlLocator(TEXT);
	it.each([
		[['id'], 1, 5],
		[['org'], 2, 6],
		[['aliases', 1], 5, 5],
		[['profile', 'official-status'], 7, 20],
		[['responsible', 'position'], 9, 26],
		// A key with no value points at the key itself.
		[['profile', 'description'], 8, 3],
		// A missing key points at the map it belongs in.
		[['profile', 'design'], 7, 3],
		[['nothing'], 1, 1],
		// An index past the end points at the list.
		[['aliases', 7], 4, 3],
	])('locates %j at %i:%i', (path, line, column) => {
		expect(locator.locate(path)).toEqual({ line, column });
	});

	it('points at an unknown key itself', () => {
		expect(locator.locateKey(['profile'], 'description')).toEqual({ line: 8, column: 3 });
		expect(locator.locateKey([], 'responsible')).toEqual({ line: 9, column: 1 });
	});
});
