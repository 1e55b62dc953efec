/** The full app's link for the state an embedded view shows: the same face, sliders and locks, without `embed=1`. */
import { formatUrlState, type UrlState } from './urlState';

export function openInAppHref(
  state: UrlState,
  location: Pick<Location, 'pathname' | 'search' | 'href'>,
  attributeIds: readonly string[],
): string {
  const search = formatUrlState({ ...state, embed: false }, location.search, attributeIds);
  return new URL(`${location.pathname}${search}`, location.href).href;
}
