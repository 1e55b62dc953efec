/**
 * The composition root: the one place that builds the engine, connects the stores to it and to
 * the page, and mounts the views. Test and benchmark builds (vite --mode e2e) add their probes
 * here; production builds drop that branch.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { audit } from './app/audit.svelte';
import { liveReadout } from './app/liveReadout.svelte';
import { notices } from './app/notices.svelte';
import { presenterReadings } from './app/presenterReadings.svelte';
import { session } from './app/session.svelte';
import { registerServiceWorker } from './app/serviceWorker';
import { defaultPopulation } from './app/population.svelte';
import { parseUrlState } from './app/urlState';
import { chooseEngineThread, createEngine, threadSupport, type EngineHandle } from './engine/engineClient';

const link = parseUrlState(window.location.search).state;
const choice = chooseEngineThread(link.engine, threadSupport());

async function connect(handle: EngineHandle): Promise<void> {
  session.connect(handle.api, window);
  session.engineThread = handle.thread;
  session.engineThreadWhy = choice.reason;
  // A worker that dies takes the engine with it: the page runs one and the app starts again.
  handle.onCrash((message) => {
    if (session.engineThread !== 'worker') return;
    void createEngine('page').then(async (fallback) => {
      await connect(fallback);
      notices.add(`${message}; the face is now drawn on the page itself, which is slower to respond.`);
      await session.start();
    });
  });
  if (import.meta.env.MODE === 'e2e') {
    const { instrumentPage } = await import('./testing/pageInstrumentation');
    instrumentPage(session, handle.api, liveReadout);
  }
}

await connect(await createEngine(choice.thread));
liveReadout.follow(session);
presenterReadings.follow();
for (const problem of audit.follow(window)) notices.add(problem);
window.addEventListener('popstate', () => session.followUrl());
mount(App, { target: document.getElementById('app')! });
void session.start();
// Nothing the first face does not need is fetched before it: the offline cache and the audit's summary come after.
void session.firstFaceOrFailure.then(() => {
  registerServiceWorker();
  void defaultPopulation.load(new URL('models/population.json', window.location.href));
});
