import { formatUrlState, type UrlState } from './urlState';

/** The address bar: the window's, or a test's stand-in. */
export interface AddressBar {
  location: Pick<Location, 'pathname' | 'search' | 'hash' | 'href'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
}

/** How long slider drags wait before the address bar follows, so history is not flooded. */
const SOON_MS = 250;

/**
 * Keeps the address bar in step with the app: a new face is a history entry (Back returns to
 * the previous face); slider moves replace the current entry, at most every SOON_MS.
 */
export class UrlWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly state: () => UrlState,
    private readonly attributeIds: () => string[],
    private readonly page: () => AddressBar = () => window,
  ) {}

  /** Writes a pending 'replace-soon' now, so the address bar holds the latest state. */
  flush(): void {
    if (this.timer) this.write('replace');
  }

  write(mode: 'push' | 'replace' | 'replace-soon'): void {
    if (mode === 'replace-soon') {
      this.timer ??= setTimeout(() => this.write('replace'), SOON_MS);
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const { location, history } = this.page();
    const search = formatUrlState(this.state(), location.search, this.attributeIds());
    const href = `${location.pathname}${search}${location.hash}`;
    if (href === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }
}
