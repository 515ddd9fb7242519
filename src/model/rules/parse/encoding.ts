import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a file that is not UTF-8: the first invalid byte, its value and where it is. */
export function encodingFinding(
  file: string,
  place: { line: number; column: number },
  byte: number,
  offset: number,
): Finding {
  return {
    file,
    place,
    rule: 'parse/encoding',
    message: `Invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0').toUpperCase()} at byte offset ${offset}`,
    hint: 'Save the file as UTF-8.',
  };
}

export default defineRule({
  id: 'parse/encoding',
  severity: 'error',
  summary: 'Files must be UTF-8.',
  description:
    'Names with accents, currency signs and dashes are everywhere in a strategy: "Café Kestrel", "€2M", "50–500 vehicles". An editor that saves in Latin-1 or Windows-1252 turns them into bytes the site would show as garbage. The check points at the first bad byte instead of guessing the encoding.',
  example: {
    fixture: 'encoding-latin1',
    shows:
      'A decision titled "Open a drivers\' café at the Leeds depot", saved as Latin-1, so `é` is the single byte 0xE9.',
  },
  fix: "Re-save the file as UTF-8 (most editors offer it under 'Save with encoding').",
});
