/**
 * Whether a lesson step's action is done, as a pure function of the explorer state, the state of
 * the frame whose readings show, and the jobs. A slider or lock action is "measuring" from the
 * moment the explorer reaches it until readings of a face in that state are on screen, so a
 * step says it is done only when its result can be read.
 */
import { message, type Message } from '../../i18n/catalogue';
import { SLIDER_NEUTRAL } from '../attributes';
import type { LessonStep, StepCondition } from './lessonTypes';

export interface ExplorerView {
  sliders: Readonly<Record<string, number>>;
  locked: ReadonlySet<string> | readonly string[];
}

export interface LessonContext {
  /** The explorer now. */
  explorer: ExplorerView;
  /** The state of the frame whose readings show, or null before the first is measured. */
  measured: ExplorerView | null;
  /** The last sweep: its slider and whether it measured every face. */
  sweep: { attributeId: string | null; status: string };
  /** The last audit: whether it measured every face, and the sliders it drew them at. */
  audit: { status: string; sliders: Readonly<Record<string, number>> };
  populationReady: boolean;
}

export type StepProgress = 'waiting' | 'measuring' | 'done';

const isLocked = (view: ExplorerView, id: string) =>
  view.locked instanceof Set ? view.locked.has(id) : (view.locked as readonly string[]).includes(id);

/** Whether a state shows what a slider, lock or neutral condition asks. */
function stateMeets(condition: StepCondition, view: ExplorerView): boolean {
  switch (condition.kind) {
    case 'slider': {
      const value = view.sliders[condition.attribute] ?? SLIDER_NEUTRAL;
      return (
        (condition.atLeast === undefined || value >= condition.atLeast) && (condition.atMost === undefined || value <= condition.atMost)
      );
    }
    case 'lock':
      return isLocked(view, condition.attribute) === condition.locked;
    case 'neutral':
      return Object.values(view.sliders).every((v) => v === SLIDER_NEUTRAL);
    default:
      return false;
  }
}

export function conditionProgress(condition: StepCondition, context: LessonContext): StepProgress {
  switch (condition.kind) {
    case 'sweepDone': {
      if (context.sweep.attributeId !== condition.attribute) return 'waiting';
      if (context.sweep.status === 'done') return 'done';
      return context.sweep.status === 'running' ? 'measuring' : 'waiting';
    }
    case 'auditDone': {
      // An audit at other sliders is not the one the step asks for.
      if (condition.at && !stateMeets({ kind: 'slider', ...condition.at }, { sliders: context.audit.sliders, locked: [] }))
        return 'waiting';
      return context.audit.status === 'done' ? 'done' : context.audit.status === 'running' ? 'measuring' : 'waiting';
    }
    case 'populationReady':
      return context.populationReady ? 'done' : 'measuring';
    default:
      if (!stateMeets(condition, context.explorer)) return 'waiting';
      return context.measured && stateMeets(condition, context.measured) ? 'done' : 'measuring';
  }
}

/** A step is as far as its least advanced condition; one without conditions is done at once. */
export function stepProgress(step: Pick<LessonStep, 'waitFor'>, context: LessonContext): StepProgress {
  const order: StepProgress[] = ['waiting', 'measuring', 'done'];
  let least: StepProgress = 'done';
  for (const condition of step.waitFor) {
    const progress = conditionProgress(condition, context);
    if (order.indexOf(progress) < order.indexOf(least)) least = progress;
  }
  return least;
}

/**
 * The condition in words, after "Waiting for": "Smiling at 90 or more". `label` names a slider in
 * the shown language, so the message carries the name as the reader sees it on the slider.
 */
export function describeCondition(condition: StepCondition, label: (attribute: string) => string): Message {
  switch (condition.kind) {
    case 'slider': {
      const name = label(condition.attribute);
      const { atLeast, atMost } = condition;
      if (atLeast !== undefined && atMost !== undefined) return message('condition.between', { name, min: atLeast, max: atMost });
      return atLeast !== undefined
        ? message('condition.atLeast', { name, value: atLeast })
        : message('condition.atMost', { name, value: atMost ?? 0 });
    }
    case 'lock':
      return message(condition.locked ? 'condition.locked' : 'condition.notLocked', { name: label(condition.attribute) });
    case 'neutral':
      return message('condition.neutral');
    case 'sweepDone':
      return message('condition.sweepDone', { name: label(condition.attribute) });
    case 'auditDone':
      return condition.at
        ? message('condition.auditDoneAt', { condition: describeCondition({ kind: 'slider', ...condition.at }, label) })
        : message('condition.auditDone');
    case 'populationReady':
      return message('condition.populationReady');
  }
}
