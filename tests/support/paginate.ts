import type { PaginateFunction } from 'astro';

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

/**
 * A stand-in for Astro's `paginate()` (the function `getStaticPaths` is handed), cutting `data` into
 * pages of `pageSize` at `base`, as `astroPage` describes them: for unit tests of a `getStaticPaths`.
 */
export function paginateAt(base: string): PaginateFunction {
	const paginate = (data: readonly unknown[], { pageSize = 10, params = {} }: { pageSize?: number; params?: Record<string, string> } = {}) => {
		const last = Math.max(1, Math.ceil(data.length / pageSize));
		return Array.from({ length: last }, (_, index) => ({
			params: { ...params, page: index === 0 ? undefined : String(index + 1) },
			props: { page: astroPage(base, index + 1, last, data.slice(index * pageSize, (index + 1) * pageSize)) },
		}));
	};
	return paginate as unknown as PaginateFunction;
}
