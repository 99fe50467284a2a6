/** `_headers` read as Netlify and Cloudflare Pages read it: the host's side, which the tests and the test server take. */
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../support/headers-file.ts';

describe('reading _headers as a host does', () => {
	it('joins two values of one header with a comma, as hosts do', () => {
		expect(headersFor([{ path: '/*', headers: { A: '1' } }, { path: '/x/*', headers: { A: '2', B: '3' } }], '/x/y')).toEqual({ A: '1, 2', B: '3' });
	});

	it('reads several rules and skips comments', () => {
		expect(parseHeadersFile('# site\n/*\n  A: 1\n\n/x/\n  B: two: parts\n')).toEqual([
			{ path: '/*', headers: { A: '1' } },
			{ path: '/x/', headers: { B: 'two: parts' } },
		]);
	});

	it('refuses a header outside any rule', () => {
		expect(() => parseHeadersFile('  A: 1\n')).toThrow(/not a header under a path/);
	});
});

