import { describe, expect, it } from 'vitest';
import { extractClaims, type DesignationClaim } from '../../../src/extract/index';

function designations(text: string): DesignationClaim[] {
  return extractClaims(text).filter((c): c is DesignationClaim => c.kind === 'designation');
}

type Row = [
  text: string,
  quote: string,
  entity: string,
  designators: string[],
  status: DesignationClaim['status'],
];

describe('designation phrasings', () => {
  it.each<Row>([
    [
      'The offensive was led by Jabhat al-Nusra, a group designated as a terrorist organization by the UN.',
      'a group designated as a terrorist organization by the UN',
      'Jabhat al-Nusra',
      ['United Nations'],
      'designated',
    ],
    [
      'Israeli jets struck sites belonging to US-designated terrorist group Hezbollah.',
      'US-designated terrorist group Hezbollah',
      'Hezbollah',
      ['United States'],
      'designated',
    ],
    [
      'The raid targeted Hamas, which the EU lists as a terrorist organisation.',
      'which the EU lists as a terrorist organisation',
      'Hamas',
      ['European Union'],
      'designated',
    ],
    [
      'Police detained members of the Kurdistan Workers Party, which is listed as a terrorist group by Turkey, the US and the EU.',
      'which is listed as a terrorist group by Turkey, the US and the EU',
      'Kurdistan Workers Party',
      ['Turkey', 'United States', 'European Union'],
      'designated',
    ],
    [
      'The Home Secretary said Britain would proscribe National Action under terrorism laws.',
      'proscribe National Action',
      'National Action',
      ['United Kingdom'],
      'designated',
    ],
    [
      'In 2019 the State Department designated the Muslim Defence League as a Foreign Terrorist Organization.',
      'designated the Muslim Defence League as a Foreign Terrorist Organization',
      'Muslim Defence League',
      ['United States'],
      'designated',
    ],
    [
      'Canada has listed the Northern Legion as a terrorist entity under the Criminal Code.',
      'listed the Northern Legion as a terrorist entity',
      'Northern Legion',
      ['Canada'],
      'designated',
    ],
  ])('%s', (text, quote, entity, designators, status) => {
    const found = designations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ quote, entity, designators, status });
  });

  it('canonicalises designators', () => {
    const cases: Array<[string, string]> = [
      ['Washington designated the Eastern Front a terrorist organization.', 'United States'],
      ['Brussels added the Eastern Front to its terrorist list.', 'European Union'],
      ['The Security Council designated the Eastern Front a terrorist group.', 'United Nations'],
      ['London proscribed the Eastern Front under terrorism laws.', 'United Kingdom'],
      ['Ankara designated the Eastern Front a terrorist organisation.', 'Turkey'],
      ['Moscow designated the Eastern Front a terrorist organisation.', 'Russia'],
    ];
    for (const [text, designator] of cases) {
      expect(designations(text).map((d) => d.designators)).toEqual([[designator]]);
    }
  });

  it('reads revocations as delisted', () => {
    const found = designations(
      'Washington revoked the designation of the Eastern Front as a Foreign Terrorist Organization on Friday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      entity: 'Eastern Front',
      status: 'delisted',
      designators: ['United States'],
    });
  });

  it('gives each named member of a list its own claim, without overlapping quotes', () => {
    const found = designations(
      'Australia listed the Eastern Front, the Coastal Brigade and the Hill Army as terrorist organisations.',
    );
    expect(found.map((d) => d.entity)).toEqual(['Eastern Front', 'Coastal Brigade', 'Hill Army']);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it('resolves a bare acronym to the full name the passage gives', () => {
    const found = designations(
      'Fighters of the Eastern Liberation Front (ELF) seized the town. Washington revoked the ELF designation as a terrorist organization last year.',
    );
    expect(found.map((d) => d.entity)).toEqual(['Eastern Liberation Front (ELF)']);
  });

  it.each([
    'Lawmakers are considering a bill that would designate the cartel as a terrorist organization.',
    'The senator called on the government to list the Eastern Front as a terrorist group.',
    'The minister called the regime a terrorist state.',
    'The Hezbollah terrorist organization fired rockets at the north.',
    'The EU is weighing whether to list the Eastern Front.',
    'The court is scheduled to consider recognising the Eastern Front as a terrorist organization in May.',
    'The Netherlands does not list the movement as a terrorist organisation.',
  ])('stays dark on plans, negations and rhetoric: %s', (text) => {
    expect(designations(text)).toEqual([]);
  });
});
