import { describe, expect, it } from 'vitest';
import { mentionTargets, mentionsOf, withMentions } from '../../../../src/lib/story/mentions';
import { AP_EXPLAINER, loadExplainer } from '../../../support/explainers';
import { personAnchor, placeAnchor } from '../../../../src/lib/paths';

const named = {
	people: [{ id: 'lee-jae-myung', names: ['Lee Jae Myung', 'Lee'] }],
	places: [
		{ id: 'south-korea', names: ['South Korea'] },
		{ id: 'korean-peninsula', names: ['Korean Peninsula', 'Korea'] },
	],
};

describe('mentionTargets', () => {
	it('lists every name with the anchor of its card', () => {
		expect(mentionTargets(named)).toEqual([
			{ name: 'Lee Jae Myung', anchor: 'person-lee-jae-myung' },
			{ name: 'Lee', anchor: 'person-lee-jae-myung' },
			{ name: 'South Korea', anchor: 'place-south-korea' },
			{ name: 'Korean Peninsula', anchor: 'place-korean-peninsula' },
			{ name: 'Korea', anchor: 'place-korean-peninsula' },
		]);
		expect(personAnchor('xi-jinping')).toBe('person-xi-jinping');
		expect(placeAnchor('nara')).toBe('place-nara');
	});
});

describe('withMentions', () => {
	/** The paragraphs that mention each of `named`'s people and places in a story of these paragraphs. */
	const mentionsIn = (paragraphs: string[]) => {
		const data = withMentions(named, paragraphs.join('\n\n'));
		return (id: string) => mentionsOf([...data.people, ...data.places].find((entity) => entity.id === id)!);
	};

	it('credits overlapping words to the longest name only', () => {
		const found = mentionsIn(['Lee visited South Korea.', 'The Korean Peninsula.', 'Rule of Korea.', 'Leeward, South Korean.']);
		expect(found('lee-jae-myung')).toEqual([1]);
		expect(found('south-korea')).toEqual([1]);
		// "Korea" inside "South Korea" (paragraph 1) is not a mention of the peninsula.
		expect(found('korean-peninsula')).toEqual([2, 3]);
	});

	it('lists a paragraph once however often it names someone', () => {
		const found = mentionsIn(['Lee and Lee Jae Myung, and Lee again.']);
		expect(found('lee-jae-myung')).toEqual([1]);
	});

	it('does not count a name inside an organisation\'s name: "University of Texas at Austin"', () => {
		const data = withMentions(
			{ people: [{ id: 'lee', names: ['Lee'] }], places: [{ id: 'texas', names: ['Texas'] }, { id: 'washington', names: ['Washington'] }] },
			[
				'She studied at the University of Texas at Austin and the Lee Institute.',
				'The Washington-based Center for Immigration Studies and the Bank of Texas disagree.',
				'Lee flew to Texas, then to Washington.',
			].join('\n\n'),
		);
		const found = (id: string) => mentionsOf([...data.people, ...data.places].find((entity) => entity.id === id)!);
		expect(found('texas')).toEqual([3]);
		expect(found('washington')).toEqual([3]);
		expect(found('lee')).toEqual([3]);
	});

	it('does not count the dateline, an address: "SEOUL, South Korea (AP) —"', () => {
		const found = mentionsIn(['SEOUL, South Korea (AP) — Lee spoke.', 'South Korea agreed.']);
		expect(found('south-korea')).toEqual([2]);
		expect(found('lee-jae-myung')).toEqual([1]);
	});
});

describe('the loader records mentions', () => {
	const { data } = loadExplainer(AP_EXPLAINER);
	const person = (id: string) => data.people.find((p) => p.id === id) as (typeof data.people)[number];
	const place = (id: string) => data.places.find((p) => p.id === id) as (typeof data.places)[number];

	it('for every person and place of the AP story, in story order', () => {
		expect(mentionsOf(person('minoru-kihara'))).toEqual([20]);
		expect(mentionsOf(person('donald-trump'))).toEqual([8]);
		expect(mentionsOf(place('gyeongju'))).toEqual([6]);
		expect(mentionsOf(place('korean-peninsula'))).toEqual([7, 12, 13]);
		for (const entity of [...data.people, ...data.places]) {
			const mentions = mentionsOf(entity);
			expect(mentions.length, entity.id).toBeGreaterThan(0);
			expect([...mentions].sort((a, b) => a - b)).toEqual(mentions);
		}
	});

	it('and says so when data did not come through the loader', () => {
		expect(() => mentionsOf({ id: 'nara' })).toThrow(/"nara" has no mentions/);
	});
});
