import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dismissQuote, setSiteEnabled, siteSettings } from '../../../src/background/site-settings';

describe('per-site settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks every site until the reader switches one off, and only that one', async () => {
    expect(await siteSettings('news.example')).toEqual({ enabled: true, dismissed: [] });
    await setSiteEnabled('news.example', false);
    expect((await siteSettings('news.example')).enabled).toBe(false);
    expect((await siteSettings('other.example')).enabled).toBe(true);
    await setSiteEnabled('news.example', true);
    expect((await siteSettings('news.example')).enabled).toBe(true);
  });

  it('remembers "this is not a claim" per site, once per quote, and keeps the on/off switch', async () => {
    await setSiteEnabled('news.example', false);
    await dismissQuote('news.example', 'killed 3 people');
    await dismissQuote('news.example', 'killed 3 people');
    await dismissQuote('news.example', 'the toll rose to 12');
    expect(await siteSettings('news.example')).toEqual({
      enabled: false,
      dismissed: ['killed 3 people', 'the toll rose to 12'],
    });
    expect((await siteSettings('other.example')).dismissed).toEqual([]);
  });
});
