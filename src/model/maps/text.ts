import { Memo } from './memo.ts';

/**
 * Text sizes for build-time SVG, where no browser measures for us. Widths are DejaVu Sans
 * advances (the widest common system sans, and Debian's `system-ui`) in hundredths of an em,
 * so boxes are a little roomy under Segoe UI, SF or Roboto rather than too tight anywhere.
 */
const ascii =
  // ' ' ! " # $ % & ' ( ) * + , - . / 0–9 : ; < = > ? @
  [
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
    84, 84, 53, 100,
    // A–Z
    68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69,
    // [ \ ] ^ _ `
    39, 34, 39, 84, 50, 50,
    // a–z
    61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52,
    // { | } ~
    64, 34, 64, 84,
  ];

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Code points that join with a neighbour into one grapheme: marks, ZWJ, variation selectors, skin tones, flags, Hangul jamo, tags. */
const joining = /[\p{M}\u200d\ufe0e\ufe0f\u1100-\u11ff\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

/** The user-perceived characters of a text: an emoji with modifiers or a flag is one. */
export function graphemes(text: string): string[] {
  // Plain ASCII has one grapheme per character; the segmenter is only needed beyond it.
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  // Without joiners, marks, modifiers or flags, each code point stands alone: skip the (slow) segmenter.
  if (!joining.test(text)) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Width of one grapheme in em. */
function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0)!;
  if (code >= 32 && code < 127) return ascii[code - 32]! / 100;
  // Emoji, CJK, Hangul, kana and fullwidth forms take a full em or more.
  if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme)) return 1.25;
  if (
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(grapheme) ||
    code >= 0x20000
  )
    return 1;
  // Combining marks ride on the previous letter; other scripts are about a lowercase Latin letter.
  if (/^\p{M}+$/u.test(grapheme)) return 0;
  return 0.64;
}

/** How much wider bold (600–700) text runs than regular, measured on DejaVu Sans. */
const boldFactor = 1.13;

/** Estimated width of a text in pixels at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  // Most titles are plain ASCII: sum the table directly, without splitting into graphemes.
  if (/^[\x20-\x7e]*$/.test(text)) for (let i = 0; i < text.length; i++) em += ascii[text.charCodeAt(i) - 32]! / 100;
  else for (const g of graphemes(text)) em += graphemeWidth(g);
  return em * fontSize * (bold ? boldFactor : 1);
}

/** A text cut to at most `max` graphemes, ending in `…` when cut; never splits an emoji or accent. */
export function truncate(text: string, max: number): string {
  // A string never has more graphemes than UTF-16 units.
  if (text.length <= max) return text;
  const parts = graphemes(text);
  return parts.length <= max
    ? text
    : `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Pieces a line may break between — words, and every CJK or emoji grapheme on its own — with their widths in em. */
function breakable(text: string): { text: string; em: number }[] {
  const pieces: { text: string; em: number }[] = [];
  let word = { text: '', em: 0 };
  for (const g of graphemes(text)) {
    const em = graphemeWidth(g);
    if (g === ' ' || em >= 1) {
      if (word.text) pieces.push(word);
      word = { text: '', em: 0 };
      pieces.push({ text: g, em });
    } else {
      word.text += g;
      word.em += em;
    }
  }
  if (word.text) pieces.push(word);
  return pieces;
}

/**
 * Greedy line wrapping to a pixel width, at most `maxLines` lines; the last line ends in `…` when
 * text is left over. A word longer than a line is broken between graphemes.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  fontSize: number,
  bold = false,
): readonly string[] {
  return wrapped.get(wrapGroup(maxWidth, maxLines, fontSize, bold), text, () =>
    Object.freeze(wrapUncached(text, maxWidth, maxLines, fontSize, bold)),
  );
}

/**
 * The memo group of one set of wrapping sizes: a number when they are small whole numbers, as the
 * maps' always are, so no string is built and hashed on each of a build's million calls.
 */
function wrapGroup(maxWidth: number, maxLines: number, fontSize: number, bold: boolean): string | number {
  const small = (n: number, below: number) => Number.isInteger(n) && n >= 0 && n < below;
  return small(maxWidth, 10_000) && small(maxLines, 100) && small(fontSize, 100)
    ? ((maxWidth * 100 + maxLines) * 100 + fontSize) * 2 + (bold ? 1 : 0)
    : `${maxWidth} ${maxLines} ${fontSize} ${bold}`;
}

const wrapped = new Memo<readonly string[]>();

function wrapUncached(text: string, maxWidth: number, maxLines: number, fontSize: number, bold: boolean): string[] {
  const scale = fontSize * (bold ? boldFactor : 1);
  const maxEm = maxWidth / scale;
  const lines: string[] = [];
  let line = '';
  let lineEm = 0;
  const pieces = breakable(text.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (lineEm + piece.em <= maxEm) {
      line += piece.text;
      lineEm += piece.em;
      continue;
    }
    if (line.trim()) {
      lines.push(line.trimEnd());
      line = '';
      lineEm = 0;
      if (lines.length === maxLines) return ellipsise(lines, maxWidth, fontSize, bold);
      if (piece.text === ' ') continue;
    }
    if (piece.em <= maxEm) {
      line = piece.text;
      lineEm = piece.em;
      continue;
    }
    // A word wider than the whole line: take what fits, keep the rest for the next line.
    const chars = graphemes(piece.text);
    let fit = 0;
    let fitEm = 0;
    while (fit < chars.length && fitEm + graphemeWidth(chars[fit]!) <= maxEm) fitEm += graphemeWidth(chars[fit++]!);
    fit = Math.max(fit, 1);
    lines.push(chars.slice(0, fit).join(''));
    if (lines.length === maxLines) return ellipsise(lines, maxWidth, fontSize, bold);
    const rest = chars.slice(fit);
    pieces.splice(i + 1, 0, { text: rest.join(''), em: rest.reduce((sum, c) => sum + graphemeWidth(c), 0) });
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Marks the last line as cut, shortening it until the `…` fits. */
function ellipsise(lines: string[], maxWidth: number, fontSize: number, bold: boolean): string[] {
  let last = graphemes(lines.at(-1)!);
  while (last.length > 1 && textWidth(`${last.join('').trimEnd()}…`, fontSize, bold) > maxWidth)
    last = last.slice(0, -1);
  lines[lines.length - 1] = `${last.join('').trimEnd()}…`;
  return lines;
}
