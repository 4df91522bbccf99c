import { describe, expect, it } from 'vitest';
import {
  emptyDesignation,
  emptyFactCheck,
  emptyReport,
  validateDesignation,
  validateEntity,
  validateFactCheck,
  validateReport,
  emptyEntity,
} from '../../../src/ui/dashboard/forms';

describe('dashboard form validation', () => {
  it('requires an entity name', () => {
    expect(validateEntity(emptyEntity()).name).toMatch(/name/);
    expect(validateEntity({ ...emptyEntity(), name: 'Hezbollah' })).toEqual({});
  });

  it('casualty report: needs a figure, who reported it, when it was current, and a valid event', () => {
    const e = validateReport(emptyReport());
    expect(Object.keys(e).sort()).toEqual(['asOf', 'eventStart', 'eventTitle', 'min', 'reportedBy']);
    const ok = {
      ...emptyReport(),
      eventTitle: 'Aleppo offensive',
      eventStart: '2024-11-27',
      min: '416',
      max: '416',
      reportedBy: 'SOHR',
      asOf: '2024-12-02',
    };
    expect(validateReport(ok)).toEqual({});
    expect(validateReport({ ...ok, eventId: 'ev1', eventTitle: '', eventStart: '' })).toEqual({});
    expect(validateReport({ ...ok, min: '12a' }).min).toMatch(/whole number/);
    expect(validateReport({ ...ok, min: '500', max: '416' }).max).toMatch(/smaller/);
    expect(validateReport({ ...ok, asOf: '02/12/2024' }).asOf).toMatch(/YYYY-MM-DD/);
    expect(validateReport({ ...ok, url: 'ftp://x' }).url).toMatch(/http/);
    expect(validateReport({ ...ok, min: '1,200', max: '' })).toEqual({});
  });

  it('designation: entity must be chosen, partial dates allowed, end not before start', () => {
    const e = validateDesignation(emptyDesignation());
    expect(Object.keys(e).sort()).toEqual(['authority', 'entityName', 'list']);
    const ok = {
      ...emptyDesignation(),
      entityId: 'e1',
      entityName: 'HTS',
      authority: 'United States',
      list: 'US FTO',
    };
    expect(validateDesignation({ ...ok, listedOn: '2012-12' })).toEqual({});
    expect(validateDesignation({ ...ok, listedOn: '12/2012' }).listedOn).toBeTruthy();
    expect(validateDesignation({ ...ok, listedOn: '2018-05-31', endedOn: '2017' }).endedOn).toMatch(/before/);
    expect(validateDesignation({ ...ok, entityId: 'new', entityName: ' ' }).entityName).toMatch(/name/);
  });

  it('fact-check: claim, rating, reviewer and a web address', () => {
    expect(Object.keys(validateFactCheck(emptyFactCheck())).sort()).toEqual([
      'claimReviewed',
      'rating',
      'reviewer',
      'url',
    ]);
    const ok = {
      ...emptyFactCheck(),
      claimReviewed: 'x',
      rating: 'False',
      reviewer: 'AFP',
      url: 'https://afp.com/x',
    };
    expect(validateFactCheck(ok)).toEqual({});
    expect(validateFactCheck({ ...ok, language: 'English' }).language).toBeTruthy();
  });
});
