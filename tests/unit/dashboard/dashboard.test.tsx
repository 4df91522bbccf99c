// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import type { EntityRow } from '../../../src/db/types';
import { entityKeys } from '../../../src/db/words';
import { BUNDLED, button, byLabel, choose, click, freshDb, mount, type, unmount, waitFor } from './helpers';

function entity(id: string, name: string, aliases: string[] = []): EntityRow {
  const names = [
    { name, type: 'primary' as const },
    ...aliases.map((a) => ({ name: a, type: 'alias' as const })),
  ];
  return {
    id,
    type: 'group',
    name,
    names,
    ...entityKeys(names),
    predecessors: [],
    successors: [],
    provenance: BUNDLED,
  };
}

let root: HTMLElement | null = null;
let db: ClaimsDb | null = null;
afterEach(async () => {
  if (root) await unmount(root);
  db?.close();
  root = null;
  db = null;
});

const rowsText = () => [...document.querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');

describe('dashboard', () => {
  it('has a stable heading, section headings and tabs', async () => {
    db = await freshDb();
    ({ root } = await mount(db, '#privacy'));
    expect(document.querySelector('h1')?.textContent).toBe('ClaimCheck dashboard');
    expect([...document.querySelectorAll('[role=tab]')].map((t) => t.textContent)).toEqual([
      'Entities',
      'Designations',
      'Casualty reports',
      'Fact-checks',
      'Import',
      'Export',
      'Subscriptions',
      'Privacy',
    ]);
    expect(document.querySelector('h2')?.textContent).toBe('Privacy');
    expect(document.body.textContent).toMatch(/page text[^.]*never sent/i);
    await click(button(document, 'Import'));
    expect(document.querySelector('h2')?.textContent).toBe('Import');
    expect(location.hash).toBe('#import');
  });

  it('search renders matching entities, any spelling, with their provenance', async () => {
    db = await freshDb();
    await db.entities.bulkPut([
      entity('hezbollah', 'Hezbollah', ['Hizballah', 'Party of God']),
      entity('hts', 'Hayat Tahrir al-Sham', ['HTS']),
      entity('hamas', 'Hamas'),
    ]);
    ({ root } = await mount(db, '#entities'));
    await waitFor(() => rowsText().length === 3, '3 rows');
    await type(byLabel(document, 'Search entities'), 'Hizbullah');
    await waitFor(() => rowsText().length === 1, 'search result');
    expect(rowsText()[0]).toContain('Hezbollah');
    await type(byLabel(document, 'Search entities'), 'hay');
    await waitFor(
      () => rowsText().length === 1 && rowsText()[0].includes('Hayat Tahrir al-Sham'),
      'prefix result',
    );
    expect(rowsText()[0]).toContain('bundled reference data version 2026.11.1');
    expect(rowsText()[0]).not.toContain('yours');
    await type(byLabel(document, 'Search entities'), 'no such group');
    await waitFor(() => /No entities match/.test(document.body.textContent ?? ''), 'no-match message');
  });

  it('editing a bundled row saves it as the user’s row, marked “yours”', async () => {
    db = await freshDb();
    await db.entities.put(entity('hts', 'Hayat Tahrir al-Sham', ['HTS']));
    ({ root } = await mount(db, '#entities'));
    await waitFor(() => rowsText().length === 1, 'row');
    await click(button(document, 'Edit Hayat Tahrir al-Sham'));
    expect(document.body.textContent).toMatch(/imports and updates will never overwrite it/);
    await type(byLabel<HTMLTextAreaElement>(document, 'Other names (a.k.a.)'), 'HTS\nHay’at Tahrir al-Sham');
    await click(button(document, 'Save entity'));
    await waitFor(() => rowsText()[0]?.includes('yours'), 'yours badge');
    const row = await db.entities.get('hts');
    expect(row?.userEdited).toBe(true);
    expect(row?.provenance.origin).toBe('user');
    expect(row?.names.map((n) => n.name)).toContain('Hay’at Tahrir al-Sham');
    expect(row?.nameKeys.length).toBeGreaterThan(0);
  });

  it('shows validation messages and saves nothing until they are fixed', async () => {
    db = await freshDb();
    ({ root } = await mount(db, '#factchecks'));
    await waitFor(() => /No fact-checks yet/.test(document.body.textContent ?? ''), 'empty table');
    await click(button(document, 'Add fact-check'));
    await click(button(document, 'Save fact-check'));
    expect(document.querySelector('[role=alert]')?.textContent).toMatch(/4 fields need attention/);
    const claim = byLabel<HTMLTextAreaElement>(document, 'Claim reviewed');
    expect(claim.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(claim.getAttribute('aria-describedby')!)?.textContent).toMatch(/claim/);
    expect(await db.factChecks.count()).toBe(0);
    await type(claim, 'Hamas killed 40 babies');
    await type(byLabel(document, 'Rating'), 'Unproven');
    await type(byLabel(document, 'Reviewed by'), 'Example Check');
    await type(byLabel(document, 'Address'), 'not a url');
    await click(button(document, 'Save fact-check'));
    expect(document.body.textContent).toMatch(/starting with http/);
    await type(byLabel(document, 'Address'), 'https://check.example/40');
    await click(button(document, 'Save fact-check'));
    await waitFor(() => rowsText().length === 1, 'saved row');
    expect(rowsText()[0]).toContain('yours');
    const [fc] = await db.factChecks.toArray();
    expect(fc.words).toContain('babies');
    expect(fc.userEdited).toBe(true);
  });

  it('pages through a table 25 rows at a time', async () => {
    db = await freshDb();
    await db.entities.bulkPut(
      Array.from({ length: 30 }, (_, i) => entity(`e${i}`, `Group ${String(i).padStart(2, '0')}`)),
    );
    ({ root } = await mount(db, '#entities'));
    await waitFor(() => rowsText().length === 25, 'first page');
    expect(document.body.textContent).toContain('Showing 1–25 of 30.');
    expect(button(document, 'Previous page').disabled).toBe(true);
    await click(button(document, 'Next page'));
    await waitFor(() => rowsText().length === 5, 'second page');
    expect(rowsText()[0]).toContain('Group 25');
    expect(button(document, 'Next page').disabled).toBe(true);
  });

  it('deletes a row after confirmation', async () => {
    db = await freshDb();
    await db.entities.put(entity('hamas', 'Hamas'));
    ({ root } = await mount(db, '#entities'));
    await waitFor(() => rowsText().length === 1, 'row');
    await click(button(document, 'Delete Hamas'));
    await click(button(document, 'Confirm delete'));
    await waitFor(() => rowsText().length === 0, 'row removed');
    expect(await db.entities.count()).toBe(0);
  });

  it('updates live when the database changes elsewhere', async () => {
    db = await freshDb();
    ({ root } = await mount(db, '#entities'));
    await waitFor(() => /No entities yet/.test(document.body.textContent ?? ''), 'empty');
    await db.entities.put(entity('pkk', 'Kurdistan Workers’ Party', ['PKK']));
    await waitFor(() => rowsText().some((t) => t.includes('PKK')), 'live row');
    await waitFor(() => /In this browser: 1 entity,/.test(document.body.textContent ?? ''), 'live count');
  });

  it('“Add as claim” opens a form prefilled from the hash and saves a casualty report', async () => {
    db = await freshDb();
    const quote = 'the death toll has risen to 416';
    const url = 'https://news.example/2024/12/02/syria';
    ({ root } = await mount(
      db,
      `#add?quote=${encodeURIComponent(quote)}&url=${encodeURIComponent(url)}&date=2024-12-02`,
    ));
    expect(document.querySelector('h2')?.textContent).toBe('Add claim');
    expect(document.querySelector('blockquote')?.textContent).toBe(quote);
    expect(byLabel(document, 'Figure current on').value).toBe('2024-12-02');
    expect(byLabel(document, 'Address').value).toBe(url);
    expect(byLabel(document, 'Event began').value).toBe('2024-12-02');
    await type(byLabel(document, 'Event title'), 'Aleppo offensive');
    await type(byLabel(document, 'Minimum'), '416');
    await type(byLabel(document, 'Reported by'), 'Syrian Observatory for Human Rights');
    await choose(byLabel<HTMLSelectElement>(document, 'Category'), 'killed');
    await click(button(document, 'Save casualty report'));
    await waitFor(() => rowsText().length === 1, 'saved report listed');
    expect(location.hash).not.toMatch(/add/);
    const [report] = await db.reports.toArray();
    expect(report).toMatchObject({ min: 416, asOf: '2024-12-02', url, userEdited: true });
    expect(report.note).toContain(quote);
    const ev = await db.events.get(report.eventId);
    expect(ev).toMatchObject({ title: 'Aleppo offensive', start: '2024-12-02' });
    expect(ev?.provenance.origin).toBe('user');
  });

  it('“Add as claim” can save the quote as a fact-check note instead', async () => {
    db = await freshDb();
    ({ root } = await mount(
      db,
      `#add?quote=${encodeURIComponent('HTS is not designated by anyone')}&url=https%3A%2F%2Fx.example%2Fa&date=2024-12-02`,
    ));
    const radio = [...document.querySelectorAll('label.choice')]
      .find((l) => l.textContent === 'Fact-check note')!
      .querySelector('input')!;
    await click(radio);
    expect(byLabel<HTMLTextAreaElement>(document, 'Claim reviewed').value).toBe(
      'HTS is not designated by anyone',
    );
    expect(byLabel(document, 'Date').value).toBe('2024-12-02');
    await type(byLabel(document, 'Rating'), 'False');
    await type(byLabel(document, 'Reviewed by'), 'me');
    await click(button(document, 'Save fact-check'));
    await waitFor(() => rowsText().length === 1, 'saved fact-check listed');
    expect(location.hash).toBe('#factchecks');
    expect((await db.factChecks.toArray())[0]).toMatchObject({ rating: 'False', url: 'https://x.example/a' });
  });

  it('“Add as claim” saves a designation of a new entity, and tabs follow the arrow keys', async () => {
    db = await freshDb();
    ({ root } = await mount(
      db,
      `#add?quote=${encodeURIComponent('Kataib Hezbollah, a designated group')}&date=2024-12-02`,
    ));
    const pick = (text: string) =>
      [...document.querySelectorAll('label.choice')]
        .find((l) => l.textContent?.startsWith(text))!
        .querySelector('input')!;
    await click(pick('Designation'));
    await type(byLabel(document, 'Entity'), 'Kataib Hezbollah');
    await waitFor(() => pick('A new entity named'), 'new-entity choice');
    await click(button(document, 'Save designation'));
    expect(byLabel(document, 'Entity').getAttribute('aria-invalid')).toBe('true');
    await click(pick('A new entity named'));
    await type(byLabel(document, 'Authority'), 'United States');
    await type(byLabel(document, 'List or programme'), 'US FTO');
    await type(byLabel(document, 'Listed on'), '2009-07');
    await click(button(document, 'Save designation'));
    await waitFor(() => rowsText().length === 1, 'designation listed');
    expect(rowsText()[0]).toContain('Kataib Hezbollah');
    expect(rowsText()[0]).toContain('yours');
    const [d] = await db.designations.toArray();
    const e = await db.entities.get(d.entityId);
    expect(e?.name).toBe('Kataib Hezbollah');
    expect(e?.userEdited).toBe(true);

    const tab = document.querySelector<HTMLElement>('[role=tab][aria-selected=true]')!;
    expect(tab.textContent).toBe('Designations');
    await act(
      () => void tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
    );
    expect(document.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('Casualty reports');
    expect(document.activeElement?.textContent).toBe('Casualty reports');
  });
});
