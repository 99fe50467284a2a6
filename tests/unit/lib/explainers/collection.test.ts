import { describe, expect, it } from 'vitest';
import { explainerListItem, newestFirst } from '../../../../src/lib/explainers/collection';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, loadExplainer } from '../../../support/explainers';

const ap = loadExplainer(AP_EXPLAINER);
const fixture = loadExplainer(FIXTURE_EXPLAINER);

describe('newestFirst', () => {
	it('orders by publication day, newest first, and by title within a day', () => {
		const sameDay = { ...ap, id: 'b', data: { ...ap.data, title: 'A headline' } };
		expect(newestFirst([fixture, ap, sameDay]).map((e) => e.id)).toEqual(['b', 'japan-south-korea-summit', 'lee-final-rally']);
	});
});

describe('explainerListItem', () => {
	it('gives a list exactly what it shows of an explainer', () => {
		expect(explainerListItem(ap)).toEqual({
			href: '/explainers/japan-south-korea-summit/',
			title: ap.data.title,
			description: ap.data.description,
			section: 'World',
			published: '2026-01-12',
			publishedLabel: 'Jan. 12, 2026',
		});
		expect(explainerListItem(ap)).not.toHaveProperty('draft');
	});

	it('marks a draft, which only the dev server lists', () => {
		expect(explainerListItem({ ...ap, id: '_japan-south-korea-summit' })).toMatchObject({ href: '/explainers/_japan-south-korea-summit/', draft: true });
	});
});
