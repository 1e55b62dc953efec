/**
 * The committed default distribution (models/population.json), fetched beside the app like the
 * directions and checked before use; a missing or bad file says why in the panel and costs
 * nothing else.
 */
import { message, type Message } from '../i18n/catalogue';
import { validatePopulation, type PopulationFile } from '../core/population/populationFile';

/** A failure's reason: a message, or a browser's own error text. */
export type PopulationState =
  { status: 'loading' } | { status: 'ready'; file: PopulationFile } | { status: 'failed'; reason: Message | string };

class DefaultPopulation {
  state = $state.raw<PopulationState>({ status: 'loading' });

  async load(url: URL): Promise<void> {
    this.state = { status: 'loading' };
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) {
        this.state = { status: 'failed', reason: message('report.populationFile.http', { path: url.pathname, status: response.status }) };
        return;
      }
      const check = validatePopulation(await response.json());
      this.state = check.ok ? { status: 'ready', file: check.file } : { status: 'failed', reason: check.reason };
    } catch (error) {
      this.state = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}

export const defaultPopulation = new DefaultPopulation();
