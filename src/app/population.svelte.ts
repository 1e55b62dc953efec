/**
 * The committed default distribution (models/population.json), fetched beside the app like the
 * directions and checked before use; a missing or bad file says why in the panel and costs
 * nothing else.
 */
import { validatePopulation, type PopulationFile } from '../core/population/populationFile';

export type PopulationState = { status: 'loading' } | { status: 'ready'; file: PopulationFile } | { status: 'failed'; reason: string };

class DefaultPopulation {
  state = $state.raw<PopulationState>({ status: 'loading' });

  async load(url: URL): Promise<void> {
    this.state = { status: 'loading' };
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}`);
      const check = validatePopulation(await response.json());
      this.state = check.ok ? { status: 'ready', file: check.file } : { status: 'failed', reason: check.reason };
    } catch (error) {
      this.state = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}

export const defaultPopulation = new DefaultPopulation();
