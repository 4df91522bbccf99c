// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../src/page/collect-text';
import { offsetsToRange } from '../../../src/page/offsets-to-range';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  it('keeps paragraphs apart and skips scripts, inputs and hidden text', () => {
    const body = page(
      '<p>First para.</p><script>var x = "killed 9 people"</script><p hidden>secret</p>' +
        '<textarea>18 killed</textarea><div aria-hidden="true">noise</div><p>Second <b>para</b>.</p>',
    );
    expect(collectText(body).text).toBe('First para.\nSecond para.');
  });

  it('skips contenteditable regions', () => {
    const body = page('<p>Read me.</p><div contenteditable="true">Draft: 40 killed</div>');
    expect(collectText(body).text).toBe('Read me.');
  });
});

describe('offsetsToRange', () => {
  it('maps offsets across element boundaries', () => {
    const body = page('<p>Strikes <b>killed</b> at least <span>18</span> people.</p>');
    const { text, segments } = collectText(body);
    const start = text.indexOf('killed');
    const end = text.indexOf(' people') + ' people'.length;
    const range = offsetsToRange(segments, start, end)!;
    expect(range.toString()).toBe('killed at least 18 people');
  });

  it('maps a claim that begins inside a link', () => {
    const body = page('<p>The toll is <a href="#">416</a> people dead.</p>');
    const { text, segments } = collectText(body);
    const start = text.indexOf('416');
    const range = offsetsToRange(segments, start, start + '416 people'.length)!;
    expect(range.toString()).toBe('416 people');
    expect(range.startContainer.parentElement?.tagName).toBe('A');
  });

  it('returns null for an empty span', () => {
    const { segments } = collectText(page('<p>text</p>'));
    expect(offsetsToRange(segments, 2, 2)).toBeNull();
  });
});
