/**
 * Emphasis inside a translated sentence without HTML in the catalogue: `**strong**`, `*em*` and
 * `` `code` `` become segments that the Rich component marks up. Plain TypeScript, so it is tested.
 */
export type Segment = { kind: 'text' | 'strong' | 'em' | 'code'; text: string };

const MARKED = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/;

export function richSegments(text: string): Segment[] {
  return text
    .split(MARKED)
    .filter((part) => part !== '')
    .map((part) => {
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return { kind: 'strong', text: part.slice(2, -2) };
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return { kind: 'code', text: part.slice(1, -1) };
      if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return { kind: 'em', text: part.slice(1, -1) };
      return { kind: 'text', text: part };
    });
}
