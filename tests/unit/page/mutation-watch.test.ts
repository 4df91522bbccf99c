// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchMutations } from '../../../src/page/mutation-watch';

function nextChange(setup: (onChange: () => void) => () => void): Promise<'changed' | 'quiet'> {
  return new Promise((resolve) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      resolve('quiet');
    }, 200);
    stop = setup(() => {
      clearTimeout(timer);
      stop();
      resolve('changed');
    });
  });
}

describe('watchMutations', () => {
  it('reports text the page adds, debounced into one call', async () => {
    document.body.innerHTML = '<main></main>';
    let calls = 0;
    const result = await nextChange((done) => {
      const stop = watchMutations(document.body, {
        debounceMs: 20,
        isOwn: () => false,
        onChange: () => {
          calls++;
          done();
        },
      });
      for (let i = 0; i < 5; i++) {
        const p = document.createElement('p');
        p.textContent = `Update ${i}`;
        document.querySelector('main')!.append(p);
      }
      return stop;
    });
    expect(result).toBe('changed');
    expect(calls).toBe(1);
  });

  it('ignores our own UI host being added', async () => {
    document.body.innerHTML = '<main></main>';
    const result = await nextChange((done) => {
      const stop = watchMutations(document.body, {
        debounceMs: 20,
        isOwn: (n) => n instanceof Element && n.hasAttribute('data-claimcheck-ui'),
        onChange: done,
      });
      const host = document.createElement('claimcheck-ui');
      host.setAttribute('data-claimcheck-ui', '');
      document.body.append(host);
      return stop;
    });
    expect(result).toBe('quiet');
  });
});
