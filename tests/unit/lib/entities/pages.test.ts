import { describe, expect, it } from 'vitest';
import { type Appearance, type Entity, gatherPeople, gatherPlaces } from '../../../../src/lib/entities/across-explainers';
import { entityPagePaths } from '../../../../src/lib/entities/pages';
import { pageNav } from '../../../../src/lib/explainers/pagination';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, loadExplainer } from '../../../support/explainers';
import { astroPage, paginateAt } from '../../../support/paginate';

const ap = loadExplainer(AP_EXPLAINER);
const fixture = loadExplainer(FIXTURE_EXPLAINER);

/** The AP explainer again and again, a day older each time, with the role of its first person changed each time. */
function archive(n: number, { roles = false } = {}) {
	return Array.from({ length: n }, (_, i) => {
		const day = new Date(Date.UTC(2026, 0, 12 - i)).toISOString().slice(0, 10) as typeof ap.data.published;
		const people = roles ? ap.data.people.map((p) => (p.id === 'sanae-takaichi' ? { ...p, role: `Role ${i}` } : p)) : ap.data.people;
		return { ...ap, id: `copy-${i}`, data: { ...ap.data, published: day, title: `${ap.data.title} ${i}`, people } };
	});
}

/** The props of every page of one person or place, as `getStaticPaths` gives them to its page. */
function pagesOf(entity: Entity) {
	return entityPagePaths(new Map([[entity.id, entity]]), paginateAt('/people/x/')).map((path) => path.props);
}

/** Page 1's profile of a person or place. */
function profileOf(entity: Entity) {
	const profile = pagesOf(entity)[0]?.profile;
	if (!profile) throw new Error(`no profile on ${entity.id}'s first page`);
	return profile;
}

/** Page `current` of a list cut `size` a page, as Astro's paginate() gives it. */
function pageOf(data: Appearance[], current: number, size: number) {
	return astroPage('/people/x/', current, Math.ceil(data.length / size), data.slice((current - 1) * size, current * size));
}

describe('entityPagePaths: the profile on page 1', () => {
	it('takes name, role and summary from the newest explainer, and counts every explainer', () => {
		const lee = gatherPeople([fixture, ap]).get('lee-jae-myung');
		if (!lee) throw new Error('no Lee');
		const [first] = pagesOf(lee);
		const profile = profileOf(lee);
		expect(profile).toMatchObject({ kind: 'person', name: 'Lee Jae Myung', details: 'South Korea', explainerCount: 2, role: 'President of South Korea', earlierRoles: 0 });
		expect(profile.native).toEqual({ name: '이재명', lang: 'ko' });
		expect(first?.description).toBe('Lee Jae Myung, President of South Korea: every Backstory explainer and timeline event involving them.');
	});

	it('lists at most 5 roles, newest first, and counts the rest', () => {
		const takaichi = gatherPeople(archive(8, { roles: true })).get('sanae-takaichi');
		if (!takaichi) throw new Error('no Takaichi');
		const profile = profileOf(takaichi);
		expect(profile.roles.map((r) => r.role)).toEqual(['Role 0', 'Role 1', 'Role 2', 'Role 3', 'Role 4']);
		expect(profile.earlierRoles).toBe(3);
	});

	it('describes a place by what and where it is', () => {
		const nara = gatherPlaces([ap]).get('nara');
		if (!nara) throw new Error('no Nara');
		expect(pagesOf(nara)[0]?.description).toBe('Nara (City in Japan · 34.69° N, 135.80° E): every Backstory explainer and timeline event involving it.');
	});
});

describe('entityPagePaths: each page', () => {
	const japan = gatherPlaces(archive(45)).get('japan');
	if (!japan) throw new Error('no Japan');
	const pages = pagesOf(japan);
	const profile = profileOf(japan);

	it('gives page 1 the profile, and later pages only what recognises the place', () => {
		expect(pages).toHaveLength(3);
		expect(pages[0]?.profile).toMatchObject({ kind: 'place', id: 'japan', name: 'Japan', explainerCount: 45 });
		expect(pages[1]?.profile).toBeUndefined();
		expect(pages[2]?.heading).toEqual({ kind: 'place', id: 'japan', name: 'Japan', native: profile.native, details: profile.details, explainerCount: 45 });
		expect(pages[2]?.description).toBe(pages[0]?.description);
	});

	it('shares the explainers out, newest first, each once', () => {
		expect(pages.map((p) => p?.appearances.length)).toEqual([20, 20, 5]);
		expect(pages.flatMap((p) => p?.appearances.map((a) => a.slug) ?? [])).toEqual(japan.appearances.map((a) => a.slug));
		expect(pages[0]?.appearances[0]?.slug).toBe('copy-0');
	});

	it('lists the timeline events of the page’s explainers only, in date order', () => {
		for (const page of pages) {
			const slugs = new Set(page?.appearances.map((a) => a.slug));
			const events = page?.events ?? [];
			expect(events.length).toBe(page?.appearances.reduce((sum, a) => sum + a.events.length, 0));
			expect(events.every((e) => slugs.has(e.explainer.slug))).toBe(true);
			const dates = events.map((e) => e.datetime);
			expect(dates).toEqual([...dates].sort());
		}
	});

	it('carries the page’s place among its pages', () => {
		expect(pages[1]?.nav).toEqual(pageNav(pageOf(japan.appearances, 2, 20)));
		expect(pages[1]?.nav.label).toBe('Page 2 of 3');
	});
});
