/**
 * The lesson views' words in the shown language: a lesson's texts (core/lessons holds message keys
 * and parameters), lists of conditions, slider settings and identity distances.
 */
import { SLIDER_NEUTRAL } from '../core/attributes';
import { identityVerdict } from '../core/identity';
import { lessonMessage, type LessonText } from '../core/lessons/lessonTypes';
import type { Params } from './catalogue';
import { i18n, num, t } from './i18n.svelte';
import { attributeLabel, verdictText } from './labels.svelte';

type Attribute = { id: string; label: string };

const decimals = (value: number) => (Number.isInteger(value) ? 0 : (String(value).split('.')[1]?.length ?? 0));

/** Numbers in a lesson's parameters (a threshold of 0.6, a seed) as the shown language writes them. */
function localParams(params: Params | undefined): Params | undefined {
  if (!params) return undefined;
  const entries = Object.entries(params).map(([name, value]) => {
    if (typeof value === 'number') return [name, num(value, decimals(value))];
    // A nested message (a button's label) has its own numbers; other values are written as they are.
    return [name, typeof value === 'object' && 'key' in value ? { key: value.key, params: localParams(value.params) } : value];
  });
  return Object.fromEntries(entries) as Params;
}

export function lessonText(text: LessonText): string {
  const m = lessonMessage(text);
  return t(m.key, localParams(m.params));
}

/** "A and B", "A y B", "A und B". */
export function listText(parts: readonly string[]): string {
  return new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(parts);
}

/** A slider's name as its slider shows it, from its id. */
export function sliderName(attributes: readonly Attribute[]): (id: string) => string {
  return (id) => {
    const attribute = attributes.find((a) => a.id === id);
    return attribute ? attributeLabel(attribute) : id;
  };
}

/** "Smiling at 95, Male locked", or every slider at 50. */
export function settingsText(sliders: Readonly<Record<string, number>>, locks: Iterable<string>, attributes: readonly Attribute[]): string {
  const name = sliderName(attributes);
  const moved = Object.entries(sliders)
    .filter(([, value]) => value !== SLIDER_NEUTRAL)
    .map(([id, value]) => t('settings.sliderAt', { name: name(id), value: num(value) }));
  const locked = [...locks].map((id) => t('condition.locked', { name: name(id) }));
  const parts = [...moved, ...locked];
  return parts.length ? parts.join(', ') : t('settings.neutral');
}

/** The parameters of an identity sentence: "0,31" and "probablemente la misma persona". */
export function identityParams(distance: number): { distance: string; verdict: string } {
  return { distance: num(distance, 2), verdict: verdictText(identityVerdict(distance)) };
}
