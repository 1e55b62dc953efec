/**
 * The guided lesson that is open, if any: its step, whether the step's action is done (a pure
 * function of the explorer, the readings and the jobs: core/lessons/conditions.ts), the readings
 * remembered for compare views, and the lesson's part of the link. It never changes the explorer
 * except when a lesson is opened from the menu (its start face); leaving keeps everything as is.
 */
import { tick, untrack } from 'svelte';
import type { FaceImage } from '../core/faceBytes';
import type { Message } from '../i18n/catalogue';
import { measuredReadings } from '../core/frameRecord';
import { stepProgress, type LessonContext, type StepProgress } from '../core/lessons/conditions';
import { parseLessonLink, withLessonLink } from '../core/lessons/lessonLink';
import type { RememberedReadings } from '../core/lessons/lessonReadings';
import { LESSONS, lessonById } from '../core/lessons/lessons';
import type { Lesson, LessonStep } from '../core/lessons/lessonTypes';
import type { FaceMeasurement } from '../core/measure/faceMeasurer';
import { isNeutral } from '../core/presenter/frameState';
import { audit } from './audit.svelte';
import { withAuditLink } from './auditLink';
import { formatUrlState } from './urlState';
import { defaultPopulation } from './population.svelte';
import { session } from './session.svelte';
import { sweep } from './sweep.svelte';
import type { AddressBar } from './urlWriter';

/** The readings the presenter keeps: the seed's start value and the latest measurement. */
export interface ReadingsSource {
  start(): FaceMeasurement | null;
  now(): FaceMeasurement | null;
}

class LessonRunner {
  lesson = $state.raw<Lesson | null>(null);
  step = $state(0);
  remembered = $state.raw<Readonly<Record<string, RememberedReadings>>>({});
  /** The face as generated (every slider at 50), per seed, for the student sheet. */
  startFaces = $state.raw<ReadonlyMap<number, FaceImage>>(new Map());
  notesOpen = $state(false);
  /** What the browser's print prints while a lesson is open. */
  printing = $state<'sheet' | 'notes'>('sheet');
  private page: AddressBar | null = null;
  private readings: ReadingsSource | null = null;

  get open(): boolean {
    return this.lesson !== null;
  }

  get current(): LessonStep | null {
    return this.lesson?.steps[this.step] ?? null;
  }

  context = $derived.by((): LessonContext => {
    const measured = session.frames.measured?.state ?? null;
    return {
      explorer: { sliders: session.state.sliders, locked: session.state.locked },
      measured,
      sweep: { attributeId: sweep.job.plan?.attributeId ?? null, status: sweep.status },
      audit: { status: audit.status, sliders: audit.plan?.sliders ?? {} },
      populationReady: defaultPopulation.state.status === 'ready',
    };
  });

  progress = $derived.by((): StepProgress => {
    const step = this.current;
    return step ? stepProgress(step, this.context) : 'waiting';
  });

  /** Takes the lesson and step from the link and starts the bookkeeping; returns the link's problems. */
  follow(page: AddressBar, readings: ReadingsSource): Message[] {
    this.page = page;
    this.readings = readings;
    const link = parseLessonLink(page.location.search, LESSONS);
    this.lesson = link.lessonId ? (lessonById(link.lessonId) ?? null) : null;
    this.step = link.step;
    $effect.root(() => {
      $effect(() => {
        const done = this.progress === 'done';
        const step = this.current;
        // The readings too: the presenter's bookkeeping may take the measured frame a moment after the step sees it.
        const now = readings.now();
        if (done && step?.remember && now) untrack(() => this.remember(step.id, now));
      });
      $effect(() => {
        const record = session.frames.onScreen;
        if (record && isNeutral(record.state.sliders)) untrack(() => this.keepStartFace(record.state.seed, record.image));
      });
    });
    return link.problems;
  }

  /** Opens a lesson from the menu at its start face (and audit seed), at step 1. */
  start(id: string): void {
    const lesson = lessonById(id);
    if (!lesson) return;
    this.lesson = lesson;
    this.step = 0;
    this.remembered = {};
    session.edit((s) => {
      s.seed = lesson.start.seed;
      s.resetSliders();
      Object.assign(s.sliders, lesson.start.sliders ?? {});
      s.locked = new Set(lesson.start.locks ?? []);
      s.playing = null;
    }, 'push');
    if (lesson.start.auditSize !== undefined) audit.setSize(lesson.start.auditSize);
    if (lesson.start.auditSeed !== undefined) audit.setSeed(lesson.start.auditSeed);
    this.writeLink();
  }

  goTo(step: number): void {
    if (!this.lesson) return;
    this.step = Math.min(this.lesson.steps.length - 1, Math.max(0, step));
    this.writeLink();
  }

  go(by: 1 | -1): void {
    this.goTo(this.step + by);
  }

  /** Prints the student sheet or the teacher notes through the browser ("Save as PDF" there); nothing is uploaded. */
  async print(what: 'sheet' | 'notes'): Promise<void> {
    this.printing = what;
    await tick();
    // Back to the sheet once the dialog closes, so the browser's own Print menu prints the sheet.
    window.addEventListener('afterprint', () => (this.printing = 'sheet'), { once: true });
    window.print();
  }

  /** Closes the lesson; the face, sliders, locks and jobs stay as they are. */
  leave(): void {
    this.lesson = null;
    this.notesOpen = false;
    this.writeLink();
  }

  /**
   * The link that reproduces the lesson at this step: built from the state rather than read from
   * the address bar, which follows slider drags a moment later.
   */
  href(): string {
    const page = this.page;
    if (!page) return '';
    const ids = session.state.attributes.map((a) => a.id);
    let search = formatUrlState(session.urlState(), page.location.search, ids);
    // The audit's seed only where it matters: the lesson audits, or the link already had one.
    if (this.lesson?.steps.some((s) => s.controls.includes('audit')) || new URLSearchParams(search).has('audit'))
      search = withAuditLink(search, { seed: audit.auditSeed, size: audit.size });
    search = withLessonLink(search, this.lesson ? { id: this.lesson.id, step: this.step } : null);
    return new URL(`${page.location.pathname}${search}`, page.location.href).href;
  }

  private remember(stepId: string, now: FaceMeasurement): void {
    const record = session.frames.measured;
    if (!record) return;
    const kept: RememberedReadings = {
      start: this.readings?.start() ?? null,
      now,
      identity: measuredReadings(record)?.identity ?? null,
      sliders: { ...record.state.sliders },
      locked: [...record.state.locked],
    };
    this.remembered = { ...this.remembered, [stepId]: kept };
  }

  private keepStartFace(seed: number, image: FaceImage): void {
    if (this.startFaces.get(seed) === image) return;
    const next = new Map(this.startFaces);
    next.delete(seed);
    next.set(seed, image);
    // A few faces back, like the readings' start values.
    if (next.size > 8) next.delete(next.keys().next().value!);
    this.startFaces = next;
  }

  private writeLink(): void {
    const page = this.page;
    if (!page) return;
    const { location, history } = page;
    const search = withLessonLink(location.search, this.lesson ? { id: this.lesson.id, step: this.step } : null);
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  }
}

export const lesson = new LessonRunner();
