export interface TextRange {
  start: number;
  end: number;
}

export interface Replacement extends TextRange {
  replacement: string;
}

export const MASK = '*';

function union(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** Leftmost first, the longer of two at one start; a replacement that touches a mask or an earlier replacement is dropped. */
function chosenReplacements(replacements: readonly Replacement[], masks: readonly TextRange[]): Replacement[] {
  const chosen: Replacement[] = [];
  const ordered = [...replacements].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const candidate of ordered) {
    if (masks.some((mask) => overlaps(mask, candidate)) || chosen.some((taken) => overlaps(taken, candidate))) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/**
 * The text as members may see it: every code point inside a masked range becomes one `*` (so
 * emoji and separators inside a match are masked too, and the length in code points is kept);
 * replaced ranges take their replacement. Masking wins where the two overlap: it hides more.
 */
export function censorText(original: string, masks: readonly TextRange[], replacements: readonly Replacement[] = []): string {
  const masked = union(masks);
  const edits = [
    ...masked.map((range) => ({ ...range, replacement: undefined as string | undefined })),
    ...chosenReplacements(replacements, masked),
  ].sort((a, b) => a.start - b.start);
  let output = '';
  let offset = 0;
  for (const edit of edits) {
    output += original.slice(offset, edit.start);
    const covered = original.slice(edit.start, edit.end);
    output += edit.replacement ?? MASK.repeat(Array.from(covered).length);
    offset = edit.end;
  }
  return output + original.slice(offset);
}
