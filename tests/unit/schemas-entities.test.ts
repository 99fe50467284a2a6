/** The people and places schema, through the whole explainer schema as the loader runs it. */
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/schemas/explainer';
import { AP_EXPLAINER, readExplainerFile } from '../support/explainers';

const { frontmatter } = readExplainerFile(AP_EXPLAINER);

function issuesWith(change: (data: Record<string, any>) => void) {
	const data = structuredClone(frontmatter) as Record<string, any>;
	change(data);
	const result = explainerSchema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('place coordinates', () => {
	it('accepts the AP explainer as it is', () => {
		expect(issuesWith(() => {})).toEqual([]);
	});

	it('are required', () => {
		expect(issuesWith((data) => delete data.places[0].coordinates)).toEqual([
			{ path: 'places.0.coordinates', message: 'expected [latitude, longitude] in decimal degrees, such as [34.6851, 135.8048]' },
		]);
	});

	it('refuse a latitude out of range, naming the field and the value', () => {
		expect(issuesWith((data) => (data.places[1].coordinates = [135.8, 34.7]))).toEqual([
			{ path: 'places.1.coordinates.0', message: 'latitude must be between -90 and 90; found 135.8' },
		]);
	});

	it('refuse a longitude out of range', () => {
		expect(issuesWith((data) => (data.places[2].coordinates = [37.5, -190]))).toEqual([
			{ path: 'places.2.coordinates.1', message: 'longitude must be between -180 and 180; found -190' },
		]);
	});

	it('must be a pair of numbers', () => {
		expect(issuesWith((data) => (data.places[3].coordinates = ['39.9 N', 116.4]))).toEqual([
			{ path: 'places.3.coordinates.0', message: 'expected a latitude in degrees, a number from -90 to 90' },
		]);
	});
});

describe('people', () => {
	it('need a role as of publication', () => {
		expect(issuesWith((data) => delete data.people[0].role)).toEqual([{ path: 'people.0.role', message: 'expected text' }]);
	});

	it('give their native name with its language', () => {
		expect(issuesWith((data) => (data.people[1].native = { name: '이재명', lang: 'Korean' }))).toEqual([
			{ path: 'people.1.native.lang', message: 'expected a language tag such as ja, ko, zh-Hans or es; found "Korean"' },
		]);
	});
});
