/**
 * The composition root: the one place that builds the engine, connects the stores to it and to
 * the page, and mounts the views. Test and benchmark builds (vite --mode e2e) add their probes
 * here; production builds drop that branch.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import EmbedView from './components/EmbedView.svelte';
import './app.css';
import { audit } from './app/audit.svelte';
import { lesson } from './app/lesson.svelte';
import { notices } from './app/notices.svelte';
import { presenter } from './app/presenter.svelte';
import { presenterReadings } from './app/presenterReadings.svelte';
import { session } from './app/session.svelte';
import { deviceLimits } from './app/deviceLimits.svelte';
import { defaultPopulation } from './app/population.svelte';
import { parseUrlState } from './app/urlState';
import { followLinkLanguage } from './app/language.svelte';
import { chooseEngineThread, createEngine, threadSupport, type EngineHandle } from './engine/engineClient';

const link = parseUrlState(window.location.search).state;
const choice = chooseEngineThread(link.engine, threadSupport());
// The reader's language is fetched while the engine starts, and is here before the page is drawn.
const languageReady = followLinkLanguage(window.location.search, navigator.languages);

async function connect(handle: EngineHandle): Promise<void> {
  session.connect({ api: handle.api, thread: handle.thread, why: handle.thread === choice.thread ? choice.reason : null }, window);
  // A worker that dies takes the engine with it: the page runs one and the app starts again.
  handle.onCrash((message) => {
    if (session.engineThread !== 'worker') return;
    void createEngine('page').then(async (fallback) => {
      await connect(fallback);
      notices.add({ key: 'notice.workerCrashed', params: { error: message } });
      await session.start();
    });
  });
  if (import.meta.env.MODE === 'e2e') {
    const { instrumentPage } = await import('./testing/pageInstrumentation');
    instrumentPage(session, handle.api);
  }
}

await connect(await createEngine(choice.thread));
presenterReadings.follow();
session.ahead.chosenInPresenter = () => presenter.playAttribute;
for (const problem of audit.follow(window)) notices.add(problem);
const readings = { start: () => presenterReadings.start, now: () => presenterReadings.shown?.measurement ?? null };
for (const problem of lesson.follow(window, readings)) notices.add(problem);
window.addEventListener('popstate', () => {
  void followLinkLanguage(window.location.search, navigator.languages);
  session.followUrl();
});
// A hidden tab prepares no faces ahead: its idle time is the visible tabs' and the battery's.
document.addEventListener('visibilitychange', () => session.ahead.setPageVisible(!document.hidden));
await languageReady;
// `embed=1`: the compact view for a course page's iframe (docs/embedding.md).
mount(link.embed ? EmbedView : App, { target: document.getElementById('app')! });
void session.start();
// Nothing the first face does not need is fetched before it: the offline cache and the audit's summary come after.
void session.firstFaceOrFailure.then(() => {
  deviceLimits.firstFace();
  void defaultPopulation.load(new URL('models/population.json', window.location.href));
});
