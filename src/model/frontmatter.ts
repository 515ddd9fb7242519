import { CORE_SCHEMA, load } from 'js-yaml';
import type { Finding } from './diagnostics.ts';
import type { SourceFile } from './source.ts';
import { expandedSize } from './yaml-expansion.ts';

/** Aliases allowed in one frontmatter block: enough for reuse, too few for an alias bomb. */
const maxAliases = 20;
/**
 * How many times over aliases may multiply a frontmatter block (nodes and characters written
 * out, against the block's length), and the size any block may reach: twenty aliases of a
 * large list would otherwise turn a 1 MB file into 20 MB of pages.
 */
const maxExpansion = 4;
const expansionAllowance = 16 * 1024;
/** Nesting allowed in one frontmatter block; the schemas need five levels at most. */
const maxDepth = 20;

export interface ParsedFrontmatter {
  data?: Record<string, unknown>;
  findings: Finding[];
}

/**
 * Reads the YAML of one file with the core schema, so dates stay strings and no tag
 * constructs objects or runs code. js-yaml is used because it is about ten times faster
 * than `yaml` on large content sets; positions of later findings are looked up lazily.
 */
export function parseFrontmatter(source: SourceFile): ParsedFrontmatter {
  let data: unknown;
  try {
    data = load(source.frontmatter, { schema: CORE_SCHEMA, maxAliases, maxDepth, filename: source.displayPath });
  } catch (error) {
    // js-yaml rejects a block with nothing but blank lines and comments; that is an empty frontmatter, not a syntax error.
    if (!isEmptyInput(error)) return { findings: [yamlFinding(source, error)] };
  }
  if (data === undefined || data === null) {
    return {
      findings: [
        {
          file: source.key,
          place: { line: 1, column: 1 },
          rule: 'parse/empty-frontmatter',
          message: 'Frontmatter is empty',
          hint: 'Add the fields of this kind of document between the `---` lines.',
        },
      ],
    };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      findings: [
        {
          file: source.key,
          place: { line: source.frontmatterLine, column: 1 },
          rule: 'parse/yaml',
          message: 'Frontmatter must be a mapping of `field: value` lines',
          hint: 'Write one `field: value` per line.',
        },
      ],
    };
  }
  const expansion = source.frontmatter.includes('*') ? expansionFinding(source, data) : undefined;
  if (expansion) return { findings: [expansion] };
  return { data: data as Record<string, unknown>, findings: [] };
}

/** parse/alias-limit when aliases make the block far larger than what is written. */
function expansionFinding(source: SourceFile, data: unknown): Finding | undefined {
  const { nodes, characters } = expandedSize(data);
  if (nodes + characters <= Math.max(maxExpansion * source.frontmatter.length, expansionAllowance)) return undefined;
  // The first `*alias`: where the multiplying starts.
  const alias = /(?:^|[\s[{,:])\*[^\s,[\]{}]/m.exec(source.frontmatter);
  const offset = alias ? alias.index + alias[0].indexOf('*') : 0;
  const format = (n: number) => n.toLocaleString('en');
  return {
    file: source.key,
    place: markPlace(source, { line: 0, column: 0, position: offset }),
    rule: 'parse/alias-limit',
    message: `YAML aliases expand the frontmatter to ${format(nodes)} nodes and ${format(characters)} characters of text, more than ${maxExpansion} times what is written`,
    hint: 'Write the values out instead of repeating them with `*alias`.',
  };
}

interface YamlErrorLike {
  reason?: string;
  message?: string;
  mark?: { line: number; column: number; position?: number };
}

function isEmptyInput(error: unknown): boolean {
  return /input is empty/.test((error as YamlErrorLike | null)?.reason ?? '');
}

function yamlFinding(source: SourceFile, error: unknown): Finding {
  const e = (error ?? {}) as YamlErrorLike;
  const reason = e.reason ?? (error instanceof RangeError ? 'nesting is too deep' : String(e.message ?? error));
  const place = markPlace(source, e.mark);
  if (/duplicated mapping key/.test(reason)) {
    // The mark points at the repeated key; naming it saves the reader a search.
    const key =
      e.mark?.position === undefined
        ? undefined
        : /^[^:"'\n,{}[\]]+/.exec(source.frontmatter.slice(e.mark.position))?.[0].trim();
    return {
      file: source.key,
      place,
      rule: 'parse/duplicate-key',
      message: key ? `Duplicate key "${key}" in frontmatter` : 'Duplicate key in frontmatter',
      hint: 'Each field may appear once; remove or merge the repeated one.',
    };
  }
  if (/maxDepth|nesting|call stack/i.test(reason)) {
    return {
      file: source.key,
      place,
      rule: 'parse/too-deep',
      message: `Frontmatter nests deeper than ${maxDepth} levels`,
      hint: 'Flatten the structure; no field needs this depth.',
    };
  }
  if (/alias/i.test(reason)) {
    return {
      file: source.key,
      place,
      rule: 'parse/alias-limit',
      message: `Frontmatter uses more than ${maxAliases} YAML aliases`,
      hint: 'Write the values out instead of repeating them with `*alias`.',
    };
  }
  return {
    file: source.key,
    place,
    rule: 'parse/yaml',
    message: `YAML syntax error: ${reason}`,
    hint: yamlHint(reason),
  };
}

/**
 * The file line and column of a js-yaml mark. Counted from the mark's offset, because js-yaml
 * also breaks lines at a lone CR, where every other position (and git, grep, editors' line
 * numbers for such files) counts LF only.
 */
function markPlace(source: SourceFile, mark: YamlErrorLike['mark']): { line: number; column: number } {
  if (mark?.position === undefined)
    return { line: source.frontmatterLine + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 };
  const before = source.frontmatter.slice(0, mark.position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: source.frontmatterLine + before.split('\n').length - 1, column: before.length - lineStart + 1 };
}

function yamlHint(reason: string): string {
  if (/tab/i.test(reason)) return 'Indent with spaces; YAML does not allow tabs.';
  if (/deficient indentation|end of the stream within/.test(reason))
    return 'Close any [, { or quote left open on the lines above, and check the indentation.';
  if (
    /bad indentation of a mapping entry|incomplete explicit mapping pair|can not read a block mapping entry/.test(
      reason,
    )
  ) {
    return 'Quote values that contain ": " (for example title: "Q4: grow") and check the indentation.';
  }
  return 'Check the YAML syntax near this place.';
}
