import type { Finding } from './diagnostics.ts';
import { emptyFileFinding } from './rules/parse/empty-file.ts';
import { encodingFinding } from './rules/parse/encoding.ts';
import { fileTooLargeFinding, maxFileBytes } from './rules/parse/file-too-large.ts';
import { frontmatterLanguageFinding } from './rules/parse/frontmatter-language.ts';
import { noFrontmatterFinding } from './rules/parse/no-frontmatter.ts';
import { unclosedFrontmatterFinding } from './rules/parse/unclosed-frontmatter.ts';

/** A content file split into frontmatter and body, with what is needed to point back into it. */
export interface SourceFile {
  /** Path relative to the content folder, with forward slashes: the file's key. */
  key: string;
  /** Path shown in diagnostics (relative to the working directory). */
  displayPath: string;
  /** The whole text, BOM removed. */
  text: string;
  /** The YAML between the `---` lines ('' when there is none). */
  frontmatter: string;
  /** 1-based line of the frontmatter's first line in the file. */
  frontmatterLine: number;
  /** Markdown after the closing `---`. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /**
   * True when the body is known, without reading it, to hold no link to a document, no diagram
   * and no deep nesting (a source kept by the check cache, whose text is read only on demand).
   */
  bodyInert?: boolean;
}

/** A source with no usable text (unreadable, refused, not a document), so findings about it still have a file to point at. */
export function emptySource(key: string, displayPath: string, frontmatterLine = 2): SourceFile {
  return { key, displayPath, text: '', frontmatter: '', frontmatterLine, body: '', bodyLine: 1 };
}

/** A plain YAML file (throughline.yaml) as a source whose frontmatter is the whole text, so one parser and one position lookup serve it. */
export function yamlSource(key: string, displayPath: string, text: string): SourceFile {
  return { key, displayPath, text, frontmatter: text, frontmatterLine: 1, body: '', bodyLine: 1 };
}

export interface SplitResult {
  source?: SourceFile;
  findings: Finding[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and splits one file's bytes; content problems become findings, never exceptions. */
export function splitSource(bytes: Uint8Array, key: string, displayPath: string): SplitResult {
  if (bytes.length > maxFileBytes) return fail(fileTooLargeFinding(key, bytes.length));
  const decoded = decodeUtf8(bytes, key);
  if (decoded.finding) return { findings: [decoded.finding] };
  const text = decoded.text;
  if (text.trim() === '') return fail(emptyFileFinding(key));

  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak === -1 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  const engine = /^---\s*([A-Za-z]\w*)\s*$/.exec(firstLine);
  if (engine) return fail(frontmatterLanguageFinding(key, engine[1]!));
  if (!/^---\s*$/.test(firstLine)) return fail(noFrontmatterFinding(key));
  // Find the closing fence line by line so CRLF files keep exact positions.
  let offset = firstBreak + 1;
  let line = 2;
  while (firstBreak !== -1 && offset <= text.length) {
    const end = text.indexOf('\n', offset);
    // Only a line starting with `-` or `.` can close the block; the others are skipped without copying.
    const first = text.charCodeAt(offset);
    const raw =
      first === 0x2d || first === 0x2e ? text.slice(offset, end === -1 ? text.length : end).replace(/\r$/, '') : '';
    if (raw === '---' || raw === '...' || /^(---|\.\.\.)\s+$/.test(raw)) {
      const bodyStart = end === -1 ? text.length : end + 1;
      return {
        findings: [],
        source: {
          key,
          displayPath,
          text,
          frontmatter: text.slice(firstBreak + 1, offset),
          frontmatterLine: 2,
          body: text.slice(bodyStart),
          bodyLine: line + 1,
        },
      };
    }
    if (end === -1) break;
    offset = end + 1;
    line++;
  }
  return fail(unclosedFrontmatterFinding(key));
}

/** Decodes UTF-8 and drops a byte order mark; invalid bytes become a finding at the first one. */
export function decodeUtf8(
  bytes: Uint8Array,
  key: string,
): { text: string; finding?: undefined } | { text?: undefined; finding: Finding } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    return { finding: encodingFinding(key, bytePosition(bytes, offset), bytes[offset]!, offset) };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function fail(finding: Finding): SplitResult {
  return { findings: [finding] };
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range forms the decoder also rejects.
    const c1 = bytes[i + 1]!;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += length;
  }
  return bytes.length;
}

/** 1-based line and byte column of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * What reading a source once gave (its body's tree, the facts drawn from it), kept on the
 * source itself under a registered symbol: the integration and Vite's page bundle load separate
 * copies of the modules that read bodies, but share the sources, so one reading serves both.
 * The property is not enumerable, so a source still compares and serialises as its fields.
 */
export function memoOnSource<T>(source: SourceFile, key: symbol, read: () => T): T {
  const held = source as SourceFile & Record<symbol, T | undefined>;
  let value = held[key];
  if (value === undefined) {
    value = read();
    Object.defineProperty(source, key, { value, enumerable: false, configurable: true });
  }
  return value;
}
