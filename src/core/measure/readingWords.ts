/** A reading inside a sentence, as messages: its name ("skin lightness L*") and an amount with its unit ("+9.0 years"). */
import { message, type Message } from '../../i18n/catalogue';
import { decimalValue } from '../../i18n/values';
import type { ReadingSpec } from './readings';

export function readingPhrase(spec: Pick<ReadingSpec, 'id'>): Message {
  return message(`report.reading.${spec.id}`);
}

/** `number` is written by core code ("−0.30", "±5.0"); the message adds the unit in the shown language. */
export function readingAmount(spec: Pick<ReadingSpec, 'id'>, number: string): Message {
  return message(`report.amount.${spec.id}`, { value: decimalValue(number) });
}
