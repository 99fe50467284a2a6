/**
 * html-validate's configuration, for `npm run test:build` (tests/build/validity.test.ts) and for
 * `npx html-validate dist` by hand.
 */
/** @type {import('html-validate').ConfigData} */
export default {
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// A search-engine length hint, not validity: our titles are wire headlines, kept word for word.
		'long-title': 'off',
		// Integrity hashes guard files fetched from another origin; ours come only from our own, which
		// the Content-Security-Policy enforces (src/lib/head/security.ts), and a hash would change with them.
		'require-sri': ['error', { target: 'crossorigin' }],
	},
};
