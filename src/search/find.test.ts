/**
 * When a typed query waits for the next keystroke (find.ts, typingPause):
 * the rule both search interfaces apply to each input event.
 */
import { describe, expect, it } from 'vitest';
import { TYPING_DEBOUNCE_MS, typingPause } from './find.ts';

const input = (inputType: string, data: string | null, isComposing = false) => ({ inputType, data, isComposing });

describe('a typed query', () => {
  it('waits for the next key after a key that types one character, or deletes', () => {
    expect(typingPause(input('insertText', 'm'))).toBe(TYPING_DEBOUNCE_MS);
    // One character, though two UTF-16 units.
    expect(typingPause(input('insertText', '𝑚'))).toBe(TYPING_DEBOUNCE_MS);
    expect(typingPause(input('deleteContentBackward', null))).toBe(TYPING_DEBOUNCE_MS);
    expect(typingPause(input('deleteByCut', null))).toBe(TYPING_DEBOUNCE_MS);
  });

  it('waits while an input method composes, even several characters, and for an input event that says nothing of what it inserted', () => {
    expect(typingPause(input('insertCompositionText', ' лаш', true))).toBe(TYPING_DEBOUNCE_MS);
    expect(typingPause(new Event('input'))).toBe(TYPING_DEBOUNCE_MS);
  });

  it('is searched at once when a whole text arrives in one event: pasted, suggested or dropped', () => {
    expect(typingPause(input('insertFromPaste', 'Lashkar-e-Taiba'))).toBeUndefined();
    expect(typingPause(input('insertReplacementText', 'madrasa'))).toBeUndefined();
    expect(typingPause(input('insertText', 'porous border'))).toBeUndefined();
    expect(typingPause(input('insertFromDrop', 'Daesh'))).toBeUndefined();
  });
});
