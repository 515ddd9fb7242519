import type { Health } from '../progress.ts';
import { mermaidLabel, mermaidText } from './escape.ts';
import { mermaidLimits, type MapEdge, type MapNode, type StrategyMap } from './map.ts';
import { statusLine } from '../status.ts';
import { truncate } from './text.ts';

/** Mermaid shape brackets per kind, so the kind shows even without colour. */
const shapes: Record<MapNode['kind'], [string, string]> = {
  priority: ['{{', '}}'],
  theme: ['([', '])'],
  objective: ['[', ']'],
  'key-result': ['(', ')'],
  team: ['[[', ']]'],
  decision: ['[/', '/]'],
  brief: ['[', ']'],
  more: ['[', ']'],
  unaligned: ['[', ']'],
};

/** Class names per status, and the styles pasted diagrams get: fill, and a stroke pattern that differs too. */
const statusClasses: Record<Health, [string, string]> = {
  'on-track': ['onTrack', 'fill:#e6f4ea,stroke:#1a7f37,stroke-width:2px,color:#1f2328'],
  'behind-pace': ['behindPace', 'fill:#eef6ee,stroke:#1a7f37,stroke-width:2px,stroke-dasharray:4 2,color:#1f2328'],
  'at-risk': ['atRisk', 'fill:#fff4d6,stroke:#9a6700,stroke-width:2px,stroke-dasharray:6 3,color:#1f2328'],
  'off-track': ['offTrack', 'fill:#ffe9e9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:2 2,color:#1f2328'],
  'not-started': ['notStarted', 'fill:#f6f8fa,stroke:#6e7781,stroke-width:1px,stroke-dasharray:1 3,color:#1f2328'],
  done: ['done', 'fill:#ddf4ff,stroke:#0969da,stroke-width:3px,color:#1f2328'],
  'partly-met': ['partlyMet', 'fill:#fff4d6,stroke:#9a6700,stroke-width:2px,color:#1f2328'],
  missed: ['missed', 'fill:#ffe9e9,stroke:#cf222e,stroke-width:2px,color:#1f2328'],
  cancelled: ['cancelled', 'fill:#f6f8fa,stroke:#8c959f,stroke-width:1px,color:#57606a'],
};
const moreClass = ['more', 'fill:#ffffff,stroke:#8c959f,stroke-width:1px,stroke-dasharray:3 3,color:#57606a'];

const kindWords: Partial<Record<MapNode['kind'], string>> = {
  priority: 'Priority',
  theme: 'Theme',
  'key-result': 'Key result',
  decision: 'Decision',
  brief: 'Brief',
  team: 'Team',
};

/** The words of a box: what it is (kind or team), its title, how it is going. */
export function nodeText(node: MapNode): { meta?: string; title: string; status?: string } {
  if (node.kind === 'more' || node.kind === 'unaligned') return { title: node.title };
  const meta =
    node.kind === 'key-result' && node.team ? `Key result · ${node.team}` : (node.team ?? kindWords[node.kind]);
  return { meta, title: node.title, status: node.note ?? (statusLine(node.status, node.progress) || undefined) };
}

function nodeLines(node: MapNode, titleLength: number): string[] {
  const { meta, title, status } = nodeText(node);
  return [meta && truncate(meta, titleLength), truncate(title, titleLength), status].filter(
    (line): line is string => !!line,
  );
}

function edgeLine(edge: MapEdge): string {
  switch (edge.kind) {
    case 'measures':
      return `${edge.from} --- ${edge.to}`;
    case 'depends':
      return edge.risk
        ? `${edge.from} ==>|${mermaidLabel([edge.label ?? 'depends on', '▲ provider at risk'])}| ${edge.to}`
        : `${edge.from} -.->|${mermaidLabel([edge.label ?? 'depends on'])}| ${edge.to}`;
    case 'affects':
      return `${edge.from} -.->|${mermaidLabel([edge.label ?? 'changed'])}| ${edge.to}`;
    default:
      return `${edge.from} --> ${edge.to}`;
  }
}

/** One map as Mermaid flowchart source, with labels cut to `titleLength` graphemes. */
function render(map: StrategyMap, titleLength: number, edges: readonly MapEdge[]): string {
  const lines = [`%% ${mermaidText(truncate(map.title, titleLength * 2))}`, 'flowchart LR'];
  const declare = (node: MapNode, indent: string) => {
    const [open, close] = shapes[node.kind];
    lines.push(`${indent}${node.id}${open}${mermaidLabel(nodeLines(node, titleLength))}${close}`);
  };
  const inLane = new Set<string>();
  for (const lane of map.lanes ?? []) {
    const members = map.nodes.filter((n) => n.lane === lane.id);
    if (!members.length) continue;
    lines.push(`  subgraph ${lane.id}[${mermaidLabel([truncate(lane.title, titleLength)])}]`);
    for (const node of members) {
      declare(node, '    ');
      inLane.add(node.id);
    }
    lines.push('  end');
  }
  for (const node of map.nodes) if (!inLane.has(node.id)) declare(node, '  ');
  for (const edge of edges) lines.push(`  ${edgeLine(edge)}`);
  const used = new Map<string, string[]>();
  for (const node of map.nodes) {
    const name = node.kind === 'more' ? moreClass[0]! : node.status ? statusClasses[node.status][0] : undefined;
    if (name) {
      const ids = used.get(name);
      if (ids) ids.push(node.id);
      else used.set(name, [node.id]);
    }
  }
  for (const [name, style] of [...Object.values(statusClasses), moreClass]) {
    const ids = used.get(name!);
    if (ids) lines.push(`  classDef ${name} ${style}`, `  class ${ids.join(',')} ${name}`);
  }
  for (const node of map.nodes) if (node.focus) lines.push(`  style ${node.id} stroke-width:4px`);
  const risky = edges.flatMap((edge, index) => (edge.risk ? [index] : []));
  if (risky.length) lines.push(`  linkStyle ${risky.join(',')} stroke:#cf222e,stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}

/**
 * A map as Mermaid flowchart source, for the "copy Mermaid source" button: deterministic (same
 * content, same text), links left out (pasted diagrams live in slides), and always inside Mermaid's
 * own limits — labels are shortened step by step, and lines beyond `maxEdges` dropped, until it fits.
 */
export function toMermaid(map: StrategyMap): string {
  const edges = map.edges.slice(0, mermaidLimits.maxEdges);
  for (const titleLength of [80, 40, 20, 8]) {
    const text = render(map, titleLength, edges);
    if (text.length <= mermaidLimits.maxTextSize) return text;
  }
  throw new Error(`Map ${map.id} has ${map.nodes.length} boxes, too many for Mermaid's maxTextSize; lower maxNodes`);
}
