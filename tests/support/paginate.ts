/**
 * What Astro's `paginate()` hands page `current` of a list at `base` (`/people/x/`, page 2 at
 * `/people/x/2/`): the fields our pagination code reads, for unit tests of it. The build tests check
 * the real thing on the paginated test archive.
 */
export function astroPage<T>(base: string, current: number, last: number, data: T[] = []) {
	const at = (n: number) => (n === 1 ? base : `${base}${n}/`);
	return {
		data,
		currentPage: current,
		lastPage: last,
		url: {
			current: at(current),
			prev: current > 1 ? at(current - 1) : undefined,
			next: current < last ? at(current + 1) : undefined,
			first: current > 1 ? at(1) : undefined,
			last: current < last ? at(last) : undefined,
		},
	};
}
