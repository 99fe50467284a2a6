/** Every built page has a type the gates know, and every required type has a page. */
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DIST } from '../support/archive.ts';
import { builtPages, PAGE_TYPES, pageTypeOf } from '../support/pages.ts';

describe('page types', () => {
	const pages = builtPages();

	it('every page in dist/ is of a type listed in tests/support/pages.ts', () => {
		expect(pages.filter((page) => !pageTypeOf(page))).toEqual([]);
	});

	it('so is every page of the paginated test archive, which has a page of every type', () => {
		const archive = builtPages(ARCHIVE_DIST);
		expect(archive.filter((page) => !pageTypeOf(page))).toEqual([]);
		expect(PAGE_TYPES.filter((type) => !archive.some((page) => type.pattern.test(page))).map((type) => type.name)).toEqual([]);
	});

	it.each(PAGE_TYPES.filter((type) => type.required).map((type) => [type.name, type] as const))('the site has a %s page', (_, type) => {
		expect(pages.some((page) => type.pattern.test(page))).toBe(true);
	});
});
