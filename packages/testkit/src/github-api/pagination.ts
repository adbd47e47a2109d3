export interface Page<T> {
  items: T[];
  /** RFC 5988 `Link` header value, or undefined when everything fits on one page. */
  link: string | undefined;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/** Slices a list the way GitHub does (`per_page` ≤ 100, 1-based `page`) and builds first/prev/next/last links. */
export function paginate<T>(items: T[], requestUrl: URL, query: Record<string, unknown>): Page<T> {
  const perPage = Math.min(Math.max(Number(query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
  const page = Math.max(Number(query.page ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const pageItems = items.slice((page - 1) * perPage, page * perPage);

  const linkTo = (target: number, rel: string) => {
    const url = new URL(requestUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(linkTo(page - 1, 'prev'));
  if (page < lastPage) links.push(linkTo(page + 1, 'next'), linkTo(lastPage, 'last'));
  if (page > 1) links.push(linkTo(1, 'first'));
  return { items: pageItems, link: links.length > 0 ? links.join(', ') : undefined };
}
