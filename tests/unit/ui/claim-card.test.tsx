// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CasualtyClaim, DesignationClaim } from '../../../src/extract/types';
import { ClaimCard, describeClaim, placeCard } from '../../../src/ui/ClaimCard';
import type { FigureRung, Provenance, Xref } from '../../../src/xref/types';

const bundled: Provenance = {
  origin: 'bundled',
  label: 'claimcheck-reference',
  version: '2026.11.25-1',
  addedAt: '2026-11-25',
};

const casualty: CasualtyClaim = {
  kind: 'casualty',
  quote: 'the death toll <b>had</b> risen to 416',
  start: 0,
  end: 10,
  category: 'killed',
  min: 416,
  max: 416,
  approx: 'exact',
  who: null,
  source: 'The Syrian Observatory for Human Rights',
};

function rung(id: string, min: number, asOf: string, sinceThen = false): FigureRung {
  return {
    reportId: id,
    reportedBy: 'SOHR',
    category: 'killed',
    min,
    max: min,
    approx: 'exact',
    who: null,
    asOf,
    outlet: 'Wire copy',
    url: 'https://example.org/report',
    documented: true,
    sinceThen,
    differentScope: false,
    unverified: false,
    provenance: bundled,
  };
}

const casualtyXref: Xref = {
  verdict: 'consistent',
  why: 'Within the range of same-day figures.',
  articleDate: '2024-12-02',
  checkedAt: '2026-11-25T10:00:00Z',
  dataVersion: '2026.11.25-1',
  evidence: [
    {
      kind: 'casualty',
      event: { id: 'e', title: 'Offensive in Syria', place: 'Syria', start: '2024-11-27', end: '2024-12-08' },
      matchScore: 0.9,
      matchReasons: [],
      alternatives: [],
      claimDate: '2024-12-01',
      tolerance: 0.05,
      compared: ['r1', 'r2'],
      ladder: [
        rung('r0', 311, '2024-11-30'),
        rung('r1', 412, '2024-12-01'),
        rung('r2', 417, '2024-12-01'),
        rung('r3', 514, '2024-12-02', true),
        { ...rung('r4', 44, '2024-12-01'), who: 'civilians', differentScope: true },
      ],
    },
  ],
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('ClaimCard', () => {
  it('is a labelled dialog that quotes the claim as text, never as markup', () => {
    const el = mount(
      <ClaimCard
        claim={casualty}
        xref={null}
        articleDate="2024-12-02"
        articleDateSource="meta"
        anchor={null}
        onClose={() => {}}
      />,
    );
    const dialog = el.querySelector('[role="dialog"]')!;
    const title = el.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('Casualty count');
    expect(el.querySelector('blockquote')!.textContent).toBe('“the death toll <b>had</b> risen to 416”');
    expect(el.querySelector('blockquote b')).toBeNull();
  });

  it('shows the figure ladder with the page figure among same-day figures and later ones as "since then"', () => {
    const el = mount(
      <ClaimCard
        claim={casualty}
        xref={casualtyXref}
        articleDate="2024-12-02"
        articleDateSource="meta"
        anchor={null}
        onClose={() => {}}
      />,
    );
    const tables = el.querySelectorAll('table');
    const current = [...tables[0].querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(current[0]).toContain('412');
    expect(current[1]).toContain('This page');
    expect(current[1]).toContain('416');
    expect(current[2]).toContain('417');
    const captions = [...tables].map((t) => t.querySelector('caption')!.textContent);
    expect(captions).toEqual([
      'Figures current on 1 Dec 2024',
      'Earlier figures',
      'Since then',
      'Other counts (a different scope, not compared)',
    ]);
    expect(tables[1].textContent).toContain('311');
    expect(tables[2].textContent).toContain('514');
    expect(tables[3].textContent).toContain('civilians');
    expect(tables[0].textContent).not.toContain('311');
    expect(el.textContent).toContain('Consistent');
    expect(el.textContent).toContain('bundled reference data, version 2026.11.25-1');
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    const el = mount(
      <ClaimCard
        claim={casualty}
        xref={null}
        articleDate="2024-12-02"
        articleDateSource="meta"
        anchor={null}
        onClose={onClose}
      />,
    );
    el.querySelector('[role="dialog"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows each authority status on the article date and today, and links only http(s) sources', () => {
    const claim: DesignationClaim = {
      kind: 'designation',
      quote: 'a group designated as a terrorist organization by the US',
      start: 0,
      end: 1,
      entity: 'Hayat Tahrir al-Sham (HTS)',
      designators: ['United States'],
      label: 'terrorist organization',
      status: 'designated',
    };
    const xref: Xref = {
      verdict: 'outdated',
      why: 'Listed on the article date; the FTO listing was revoked on 8 July 2025.',
      articleDate: '2024-12-02',
      checkedAt: '2026-11-25T10:00:00Z',
      dataVersion: 'v',
      evidence: [
        {
          kind: 'designation',
          entity: { id: 'hts', name: "Hay'at Tahrir al-Sham", matchedBy: 'exact name' },
          ambiguous: [],
          authorities: [
            {
              authority: 'United States',
              namedInClaim: true,
              list: 'US FTO',
              onArticleDate: {
                date: '2024-12-02',
                state: 'listed',
                since: '2018-05-31',
                list: 'US FTO',
                viaName: 'al-Nusrah Front',
              },
              today: {
                date: '2026-11-25',
                state: 'delisted',
                since: '2025-07-08',
                list: 'US FTO',
                viaName: null,
              },
              sources: [
                { url: 'javascript:alert(1)', label: 'bad' },
                { url: 'https://www.federalregister.gov/x', label: 'Federal Register' },
              ],
              unverified: false,
              provenance: [bundled],
            },
          ],
        },
      ],
    };
    const el = mount(
      <ClaimCard
        claim={claim}
        xref={xref}
        articleDate="2024-12-02"
        articleDateSource="meta"
        anchor={null}
        onClose={() => {}}
      />,
    );
    const row = el.querySelector('tbody tr')!;
    expect(row.textContent).toContain('Listed since 31 May 2018 (US FTO), as al-Nusrah Front');
    expect(row.textContent).toContain('Delisted on 8 Jul 2025');
    const links = [...row.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.federalregister.gov/x']);
    expect(el.textContent).toContain('Outdated');
  });
});

describe('describeClaim', () => {
  const designation = (
    status: DesignationClaim['status'],
    label: string,
    designators: string[],
  ): DesignationClaim => ({
    kind: 'designation',
    quote: 'q',
    start: 0,
    end: 1,
    entity: 'Hayat Tahrir al-Sham',
    designators,
    label,
    status,
  });
  it('names the status, the label in the text’s words and who designates', () => {
    expect(
      describeClaim(designation('designated', 'Foreign Terrorist Organization', ['United States'])),
    ).toBe('Hayat Tahrir al-Sham: designated (Foreign Terrorist Organization) by United States');
    expect(describeClaim(designation('delisted', 'ban', ['United Kingdom']))).toBe(
      'Hayat Tahrir al-Sham: delisted (ban) by United Kingdom',
    );
  });
  it('does not repeat a label that only restates the status, and says when no authority is named', () => {
    expect(describeClaim(designation('designated', 'designated', []))).toBe(
      'Hayat Tahrir al-Sham: designated (no authority named)',
    );
  });
});

describe('placeCard', () => {
  it('puts the card below the claim when there is room', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50, right: 90 }, 1280, 900)).toEqual({
      top: 128,
      left: 50,
      maxHeight: 520,
    });
  });

  it('puts it above when only above has room, and keeps it inside the window', () => {
    const p = placeCard({ top: 800, bottom: 820, left: 1200, right: 1250 }, 1280, 900);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800);
    expect(p.left + 420).toBeLessThanOrEqual(1280);
  });

  it('never covers the claim: with no full room either side it takes the roomier side and shrinks', () => {
    const anchor = { top: 380, bottom: 400, left: 100, right: 300 };
    const p = placeCard(anchor, 1280, 700);
    const coversClaim = p.top < anchor.bottom && p.top + p.maxHeight > anchor.top;
    expect(coversClaim).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(700);
  });
});
