/**
 * The face engine's module worker. Its own script is small: the engine (tfjs, about 1.5 MB of
 * script) is imported beside it, and the first load's files start downloading at once instead
 * of after that script has been evaluated (earlyReads.ts).
 */
import * as Comlink from 'comlink';
import { readEarly } from './earlyReads';
import type { ModelLocation } from './protocol';

const api = import('./workerApi').then((m) => m.createWorkerApi() as unknown as Record<string, (...args: unknown[]) => unknown>);

Comlink.expose(
  new Proxy(
    {},
    {
      // Every call waits for the engine; a load also starts its files' download before that.
      get: (_target, key) =>
        typeof key !== 'string'
          ? undefined
          : async (...args: unknown[]) => {
              if (key === 'load') readEarly(new URL((args[0] as ModelLocation).modelBase));
              const target = await api;
              return target[key]!(...args);
            },
    },
  ),
);
