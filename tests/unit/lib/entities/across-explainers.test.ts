import { describe, expect, it } from 'vitest';
import { entityDetails, eventsOf, gatherPeople, gatherPlaces } from '../../../../src/lib/entities/across-explainers';
import { describePlace, personCards, placeCards } from '../../../../src/lib/entities/cards';
import { relatedExplainersOf } from '../../../../src/lib/explainers/related';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, loadExplainer } from '../../../support/explainers';

const ap = loadExplainer(AP_EXPLAINER);
const fixture = loadExplainer(FIXTURE_EXPLAINER);
const both = [fixture, ap];

describe('gatherPeople', () => {
	const people = gatherPeople(both);

	it('makes one entity of the same id in two explainers', () => {
		expect(people.size).toBe(7);
		const lee = people.get('lee-jae-myung');
		expect(lee?.appearances.map((a) => a.slug)).toEqual(['japan-south-korea-summit', 'lee-final-rally']);
	});

	it('keeps each explainer’s role with its date instead of overwriting, newest first', () => {
		expect(people.get('lee-jae-myung')?.roles).toEqual([
			{
				role: 'President of South Korea',
				asOf: '2026-01-12',
				asOfLabel: 'Jan. 12, 2026',
				explainer: { slug: 'japan-south-korea-summit', title: ap.data.title },
				alsoIn: 0,
			},
			{
				role: 'Democratic Party presidential candidate',
				asOf: '2025-05-30',
				asOfLabel: 'May 30, 2025',
				explainer: { slug: 'lee-final-rally', title: fixture.data.title },
				alsoIn: 0,
			},
		]);
		expect(people.get('lee-jae-myung')?.appearances.map((a) => a.role)).toEqual([
			'President of South Korea',
			'Democratic Party presidential candidate',
		]);
	});

	it('gives one dated role when the explainers agree, naming the newest and counting the others', () => {
		const older = { ...ap, id: 'older', data: { ...ap.data, published: '2025-12-01' as const } };
		const roles = gatherPeople([older, ap, { ...ap, id: 'copy' }]).get('sanae-takaichi')?.roles;
		expect(roles).toHaveLength(1);
		// Same day: by title, then file order; "copy" and the AP explainer share both, so the first read wins.
		expect(roles?.[0]?.explainer.slug).toBe('japan-south-korea-summit');
		expect(roles?.[0]?.asOf).toBe('2026-01-12');
		expect(roles?.[0]?.alsoIn).toBe(2);
	});

	it('merges the timeline events of the given appearances in date order', () => {
		const events = eventsOf(people.get('lee-jae-myung')?.appearances ?? []);
		expect(events.map((e) => e.id)).toEqual([
			'lee-nominated',
			'snap-election',
			'apec-gyeongju',
			'lee-visits-china',
			'lee-nhk-interview',
			'nara-summit',
			'horyu-temple-visit',
			'lee-returns-home',
		]);
		expect(events[0]?.href).toBe('/explainers/lee-final-rally/#timeline-lee-nominated');
		expect(events[2]?.href).toBe('/explainers/japan-south-korea-summit/#timeline-apec-gyeongju');
	});

	it('links each appearance to its card and to the paragraphs that mention the person', () => {
		const [inAp, inFixture] = people.get('lee-jae-myung')?.appearances ?? [];
		expect(inAp?.cardHref).toBe('/explainers/japan-south-korea-summit/#person-lee-jae-myung');
		expect(inFixture?.mentions).toEqual([
			{ paragraph: 1, href: '/explainers/lee-final-rally/#p-1' },
			{ paragraph: 2, href: '/explainers/lee-final-rally/#p-2' },
		]);
	});
});

describe('gatherPlaces', () => {
	it('joins places by id and keeps where each is', () => {
		const places = gatherPlaces(both);
		expect(places.size).toBe(16);
		const seoul = places.get('seoul');
		expect(seoul?.appearances.map((a) => a.summary)).toEqual([
			'South Korea’s capital, often standing for its government.',
			'South Korea’s capital, where the final rally is held.',
		]);
		expect(seoul?.place).toEqual({ kind: 'city', coordinates: [37.5665, 126.978], country: 'South Korea' });
		expect(seoul && entityDetails(seoul)).toBe('City in South Korea · 37.57° N, 126.98° E');
		expect(eventsOf(places.get('south-korea')?.appearances ?? []).map((e) => e.id)).toEqual(['normalization-treaty', 'snap-election', 'motegi-remarks']);
	});
});

// One explainer's related ones, as the explainer page asks for them.
const relatedTo = (entry: Parameters<ReturnType<typeof relatedExplainersOf>>[0], entries: Parameters<typeof relatedExplainersOf>[0]) =>
	relatedExplainersOf(entries)(entry);

describe('relatedExplainersOf, for one explainer', () => {
	it('finds explainers sharing people or places, naming what they share', () => {
		expect(relatedTo(fixture, both)).toEqual([
			{
				slug: 'japan-south-korea-summit',
				title: ap.data.title,
				href: '/explainers/japan-south-korea-summit/',
				published: '2026-01-12',
				publishedLabel: 'Jan. 12, 2026',
				shared: ['Lee Jae Myung', 'Seoul', 'Japan', 'South Korea'],
			},
		]);
		expect(relatedTo(ap, both).map((r) => r.slug)).toEqual(['lee-final-rally']);
	});

	it('finds none when nothing is shared, or the explainer is alone', () => {
		expect(relatedTo(ap, [ap])).toEqual([]);
		const stranger = { ...fixture, id: 'stranger', data: { ...fixture.data, people: [], places: [] } };
		expect(relatedTo(stranger, [stranger, ap])).toEqual([]);
	});
});

describe('cards on the explainer page', () => {
	it('have a card per person, surname-only people included, with role and country', () => {
		const cards = personCards(ap.data);
		expect(cards.map((c) => c.anchor)).toEqual([
			'person-sanae-takaichi',
			'person-lee-jae-myung',
			'person-xi-jinping',
			'person-nicolas-maduro',
			'person-donald-trump',
			'person-toshimitsu-motegi',
			'person-minoru-kihara',
		]);
		const trump = cards.find((c) => c.id === 'donald-trump');
		expect(trump).toMatchObject({ details: ['President of the United States', 'United States'], page: '/people/donald-trump/', native: undefined });
		expect(trump?.mentions).toEqual([{ paragraph: 8, href: '#p-8' }]);
		expect(cards[1]?.native).toEqual({ name: '이재명', lang: 'ko' });
	});

	it('have a card per place, saying what and where it is', () => {
		const cards = placeCards(ap.data);
		expect(cards).toHaveLength(16);
		expect(cards.find((c) => c.id === 'horyu-temple')?.details).toEqual(['Site in Japan']);
		expect(cards.find((c) => c.id === 'taiwan')?.details).toEqual(['Island']);
		expect(cards.find((c) => c.id === 'china')?.page).toBe('/places/china/');
	});

	it('describe places and coordinates in words', () => {
		expect(describePlace({ kind: 'country', country: 'Japan' })).toBe('Country');
		expect(describePlace({ kind: 'region', country: undefined })).toBe('Region');
		const seoul = gatherPlaces(both).get('seoul')!;
		const at = (coordinates: [number, number]) => entityDetails({ ...seoul, place: { kind: 'city', coordinates } });
		expect(at([7.1, -66.2])).toBe('City in South Korea · 7.10° N, 66.20° W');
		expect(at([-33.87, 151.21])).toBe('City in South Korea · 33.87° S, 151.21° E');
	});
});

describe('relatedExplainersOf, at the size of an archive', () => {
	// A hundred copies of the fixture that share only Japan (named by all of them), and pairs that also
	// share a person of their own.
	const copies = Array.from({ length: 120 }, (_, index) => ({
		...fixture,
		id: `copy-${String(index).padStart(3, '0')}`,
		data: {
			...fixture.data,
			published: `2025-${String((index % 12) + 1).padStart(2, '0')}-01`,
			people: fixture.data.people.map((person) => ({ ...person, id: `${person.id}-${Math.floor(index / 2)}` })),
			places: fixture.data.places.filter((place) => place.id === 'japan'),
		},
	}));
	const relatedTo = relatedExplainersOf(copies);

	it('lists at most 5, however many share something', () => {
		for (const entry of copies) expect(relatedTo(entry).length).toBeLessThanOrEqual(5);
	});

	it('relates explainers by what is rarer than 50 explainers, and names everything they share', () => {
		const [first, second] = copies;
		const related = relatedTo(first as (typeof copies)[number]);
		expect(related.map((r) => r.slug)).toEqual([second?.id]);
		expect(related[0]?.shared).toEqual([...fixture.data.people.map((p) => p.name), 'Japan']);
	});

	it('relates explainers by a common place while the archive is small', () => {
		const few = copies.slice(0, 6).map((entry) => ({ ...entry, data: { ...entry.data, people: [] } }));
		expect(relatedExplainersOf(few)(few[0] as (typeof few)[number]).map((r) => r.slug)).toHaveLength(5);
	});
});
