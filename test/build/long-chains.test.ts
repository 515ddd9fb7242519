import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildSite, builtPage, root, sitesDir, type SiteBuild } from '../support/site-build.ts';

const teams = 30;
const objectives = 12;
const name = (level: number) => `level-${String(level).padStart(2, '0')}`;

/**
 * The small company with a team 30 levels below the root and an objective at the end of a chain
 * of 12, each in the next team down and aligned to the one above. A page shows the top of such a chain and the steps
 * nearest it, never all of it: a team 10,000 levels deep made a site of 2.7 GB when every team
 * page listed every team above it.
 */
function writeContent(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'test/build/fixtures/company'), dir, { recursive: true });
  for (let level = 1; level <= teams; level++)
    writeFileSync(
      join(dir, `teams/${name(level)}.md`),
      `---\nid: ${name(level)}\nname: Level ${level}\nparent: ${level === 1 ? 'company' : name(level - 1)}\nlead: jon-park\n---\n`,
    );
  mkdirSync(join(dir, 'okrs/2026-Q4/chain'), { recursive: true });
  for (let step = 1; step <= objectives; step++)
    writeFileSync(
      join(dir, `okrs/2026-Q4/chain/step-${step}.md`),
      [
        '---',
        `id: chain-step-${step}`,
        `title: Chain step ${step}`,
        'cycle: 2026-Q4',
        `team: ${name(step)}`,
        'owner: jon-park',
        `alignsTo: [${step === 1 ? 'company-q4-grow-arr' : `chain-step-${step - 1}`}]`,
        'keyResults:',
        `  - { id: kr, title: Grow chain metric ${step} from 1 to 2, baseline: 1, target: 2 }`,
        '---',
        '',
      ].join('\n'),
    );
}

describe('pages at the end of long chains', () => {
  let build: SiteBuild;
  const page = (path: string) => builtPage(build, path);
  beforeAll(async () => {
    const content = join(sitesDir, 'long-chains-content');
    writeContent(content);
    build = await buildSite({ name: 'long-chains', content: relative(root, content) });
    assertBuilt(build);
  });

  it("shows a deep team's two top teams and its four nearest, and counts the teams between", () => {
    const html = page(`teams/${name(teams)}`);
    const trail = html.slice(
      html.indexOf('<nav class="breadcrumbs"'),
      html.indexOf('</nav>', html.indexOf('breadcrumbs')),
    );
    const links = [...trail.matchAll(/href="\/teams\/([^/"]*)\/"/g)].map((m) => m[1]);
    expect(links).toEqual(['company', name(1), name(teams - 4), name(teams - 3), name(teams - 2), name(teams - 1)]);
    expect(trail).toContain(`… ${teams - 6} teams …`);
    expect(trail.match(/aria-current="page"/g)).toHaveLength(1);
    // A team near the top still shows every step.
    expect(page(`teams/${name(3)}`)).toContain(`href="/teams/${name(1)}/"`);
  });

  it("shows the first three steps and the five nearest of an objective's line of sight, and counts the rest", () => {
    const html = page(`objectives/chain-step-${objectives}`);
    const sight = html.slice(
      html.indexOf('<nav class="line-of-sight"'),
      html.indexOf('</nav>', html.indexOf('line-of-sight')),
    );
    const steps = [...sight.matchAll(/<li class="([^"]*)"/g)].map((m) => m[1]);
    // Priority, theme, the company objective and the chain's twelve steps: the first three, then the five nearest.
    const chainSteps = [...sight.matchAll(/href="\/objectives\/chain-step-(\d+)\//g)].map((m) => Number(m[1]));
    expect(sight).toContain('more steps');
    expect(steps.filter((c) => c.includes('los-elided'))).toHaveLength(1);
    expect(chainSteps).toEqual([8, 9, 10, 11]);
    expect(sight).toContain('href="/strategy/win-mid-market-fleets/"');
    expect(sight).toContain('href="/objectives/company-q4-grow-arr/"');
    expect(sight).toContain('7 more steps');
    expect(sight).toContain('aria-current="page"');
  });

  it("draws an objective's neighbourhood map with the top and nearest steps of its chain and one box for the rest", () => {
    const html = page(`objectives/chain-step-${objectives}`);
    const figure = html.slice(html.indexOf('<figure class="tl-map"'), html.indexOf('</figure>'));
    const drawn = [...figure.matchAll(/data-box="O_chain_step_(\d+)"/g)].map((m) => Number(m[1]));
    // Priority, theme and company objective; "+6 more" for steps 1 to 6; then steps 7 to 12.
    expect(drawn).toEqual([7, 8, 9, 10, 11, 12]);
    expect(figure).toContain('>+6 more<');
    expect(figure).toContain('data-box="O_company_q4_grow_arr"');
  });
});
