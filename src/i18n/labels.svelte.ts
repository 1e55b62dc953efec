/**
 * The words for the model's and the measurers' own names (attributes, readings, expressions,
 * verdicts, lock statuses) in the shown language. Core code keeps English ids and labels (they
 * are data: CSV columns, directions files); the views ask here for what to show.
 */
import { LOCK_TOLERANCES, type LockStatus } from '../core/lockHold';
import { MONK_SWATCHES } from '../core/measure/monkScale';
import { formatChange, formatReading, readingSpec, type ReadingId, type ReadingSpec } from '../core/measure/readings';
import { SKIN_WORDS, type SkinWords } from '../core/measure/skinReadout';
import { formatDelta, formatValue, type ReadingChangeView } from '../core/presenter/readingChange';
import type { ExpressionName } from '../core/measure/faceMeasurer';
import type { IdentityVerdict } from '../core/identity';
import { isMessageKey as isKey } from './catalogue';
import { i18n, t } from './i18n.svelte';
import { localizeDecimal } from './numbers';

/**
 * An attribute's label. The directions file's labels are English (and differ between models:
 * "Lighter skin", "Skin tone (lighter)"), so English shows them as they are and other languages
 * look the id up, falling back to the file's label for an attribute the catalogue does not know.
 */
export function attributeLabel(attribute: { id: string; label: string }): string {
  const key = `attribute.${attribute.id}`;
  return i18n.locale !== 'en' && isKey(key) ? t(key) : attribute.label;
}

type Gauge = Pick<ReadingSpec, 'label' | 'unit' | 'digits'> & { id: string };

export function readingLabel(spec: Gauge): string {
  const key = `reading.${spec.id}`;
  return isKey(key) ? t(key) : spec.label;
}

function localUnit<S extends Gauge>(spec: S): S {
  const key = `reading.${spec.id}.unit`;
  return isKey(key) ? { ...spec, unit: t(key) } : spec;
}

/** A reading with its unit, in the shown language's words and decimal separator. */
export function readingText(spec: Gauge, value: number): string {
  return localizeDecimal(i18n.locale, formatReading(localUnit(spec), value));
}

export function changeText(spec: ReadingSpec, delta: number): string {
  return localizeDecimal(i18n.locale, formatChange(localUnit(spec), delta));
}

export function expressionName(name: ExpressionName): string {
  return t(`expression.${name}`);
}

export function verdictText(verdict: IdentityVerdict): string {
  return t(`verdict.${verdict}`);
}

/** A decimal from core code ("0.42") in the shown language ("0,42"). */
export function decimalText(text: string): string {
  return localizeDecimal(i18n.locale, text);
}

/** A lock's status after the face rested: held within its tolerance, or by how much it missed. */
export function lockStatusText(status: LockStatus): string {
  const spec = readingSpec(status.reading as ReadingId);
  if (status.held) return t('readout.held', { tolerance: readingText(spec, LOCK_TOLERANCES[spec.id]) });
  if (status.residual === null) return t('readout.notHeldNoFace');
  return t('readout.notHeld', { change: changeText(spec, status.residual) });
}

/** The skin line's words (core/measure/skinReadout.ts) in the shown language. */
export function skinWords(): SkinWords {
  return {
    ...SKIN_WORDS,
    noSkin: t('skin.noSkin'),
    tone: (tone) => t('skin.tone', { tone }),
    swatchLabel: (tone) => t('skin.swatchLabel', { tone, count: MONK_SWATCHES.length }),
    colourLabel: (lightness, hue) => t('skin.colourLabel', { lightness, hue }),
    numbers: (lightness, hue) => t('skin.numbers', { lightness, hue }),
    placedByAligned: t('skin.placedByAligned'),
  };
}

/** Presenter table's label: word units in the label ("Age (years)"), the skin's shortened. */
export function presenterLabel(spec: ReadingSpec): string {
  if (spec.id === 'skinL') return t('presenter.skinShort');
  const unit = localUnit(spec).unit;
  return unit.startsWith(' ') ? t('presenter.withUnit', { label: readingLabel(spec), unit: unit.trim() }) : readingLabel(spec);
}

/** "▼ 0,33" and its words for screen readers ("down 0,33, intended"). */
export function changeWords(view: ReadingChangeView): { delta: string; said: string } {
  if (view.delta === null) return { delta: '', said: t('presenter.noChange') };
  const size = decimalText(formatValue(view.spec, Math.abs(view.delta)));
  const moved = { up: t('presenter.up', { size }), down: t('presenter.down', { size }), none: t('presenter.unchanged') }[view.direction];
  const said = view.flagged ? t('presenter.flaggedChange', { moved }) : view.intended ? t('presenter.intendedChange', { moved }) : moved;
  return { delta: decimalText(formatDelta(view)), said };
}
