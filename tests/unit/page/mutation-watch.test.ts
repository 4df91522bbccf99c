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

describe('watchMutations on a page that never stops changing', () => {
  it('still rescans within the maximum wait while mutations keep coming', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const app = document.getElementById('app')!;
    let calls = 0;
    let mutating = true;
    const stop = watchMutations(document.body, {
      debounceMs: 60,
      maxWaitMs: 120,
      isOwn: () => false,
      onChange: () => calls++,
    });
    // Re-render every 20 ms, faster than the debounce: a plain debounce would never fire.
    const rerender = () => {
      if (!mutating) return;
      const p = document.createElement('p');
      p.textContent = '23 civilians were killed';
      app.replaceChildren(p);
      setTimeout(rerender, 20);
    };
    rerender();
    // Watch for one second of continuous re-rendering.
    await new Promise<void>((resolve) => {
      const deadline = Date.now() + 1000;
      const check = () => (calls > 0 || Date.now() > deadline ? resolve() : setTimeout(check, 10));
      check();
    });
    mutating = false;
    stop();
    expect(calls).toBeGreaterThanOrEqual(1);
  });
});
