import { describe, expect, it } from 'vitest';
import { parseHash, parsePrefill } from '../../../src/ui/dashboard/hash';

describe('dashboard hash', () => {
  it('reads the context menu prefill from #add?quote=…&url=…&date=…', () => {
    const quote = 'the death toll has risen to 416, according to the ministry';
    const url = 'https://news.example/world/2024/12/02/syria?id=1&x=2';
    const hash = `#add?quote=${encodeURIComponent(quote)}&url=${encodeURIComponent(url)}&date=2024-12-02`;
    expect(parseHash(hash)).toEqual({ kind: 'add', prefill: { quote, url, date: '2024-12-02' } });
  });

  it('keeps the date part of a timestamp and drops an invalid date', () => {
    expect(parsePrefill('date=2024-12-02T10%3A00%3A00Z').date).toBe('2024-12-02');
    expect(parsePrefill('date=2024-02-30').date).toBe('');
    expect(parsePrefill('date=yesterday').date).toBe('');
  });

  it('drops non-web URLs so a crafted link cannot plant a script link', () => {
    expect(parsePrefill(`url=${encodeURIComponent('javascript:alert(1)')}`).url).toBe('');
    expect(parsePrefill(`url=${encodeURIComponent('data:text/html,x')}`).url).toBe('');
  });

  it('collapses whitespace in the quote and tolerates missing fields', () => {
    expect(parsePrefill('quote=%20a%0A%0Ab%20')).toEqual({ quote: 'a b', url: '', date: '' });
    expect(parseHash('#add')).toEqual({ kind: 'add', prefill: { quote: '', url: '', date: '' } });
  });

  it('selects sections by name and falls back to entities', () => {
    expect(parseHash('#import')).toEqual({ kind: 'section', section: 'import' });
    expect(parseHash('#nonsense')).toEqual({ kind: 'section', section: 'entities' });
    expect(parseHash('')).toEqual({ kind: 'section', section: 'entities' });
  });
});
