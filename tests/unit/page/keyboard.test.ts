// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isEditableTarget, isInteractiveTarget, stepFromKey } from '../../../src/page/keyboard';

describe('keyboard helpers', () => {
  it('never takes keys from fields the reader types in', () => {
    document.body.innerHTML =
      '<input id="i"><textarea id="t"></textarea><div contenteditable="true"><span id="e">x</span></div><p id="p">text</p>';
    expect(isEditableTarget(document.getElementById('i'))).toBe(true);
    expect(isEditableTarget(document.getElementById('t'))).toBe(true);
    expect(isEditableTarget(document.getElementById('e'))).toBe(true);
    expect(isEditableTarget(document.getElementById('p'))).toBe(false);
  });

  it('leaves Enter to links and buttons', () => {
    document.body.innerHTML = '<a id="a" href="#">x</a><button id="b">b</button><p id="p">p</p>';
    expect(isInteractiveTarget(document.getElementById('a'))).toBe(true);
    expect(isInteractiveTarget(document.getElementById('b'))).toBe(true);
    expect(isInteractiveTarget(document.getElementById('p'))).toBe(false);
  });

  it.each([
    [{ altKey: true, shiftKey: true, code: 'KeyN' }, 1],
    [{ altKey: true, shiftKey: true, code: 'KeyP' }, -1],
    [{ altKey: true, shiftKey: false, code: 'KeyN' }, 0],
    [{ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyN' }, 0],
    [{ altKey: false, shiftKey: true, code: 'KeyP' }, 0],
  ])('maps %o to step %i', (init, expected) => {
    expect(stepFromKey(new KeyboardEvent('keydown', init))).toBe(expected);
  });
});
