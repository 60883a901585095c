import { describe, expect, it } from 'vitest';
import { endsSentence, isHeadingLike, rejoinParagraphs, splitBlocks } from './blocks.ts';

describe('reading the PDF extraction', () => {
  it('rejoins a paragraph cut by a page break and keeps the footnote that sat in it', () => {
    const text = 'While there is a clear overlap (a process\n\n¹ As its name suggests.\n\nthrough which individuals develop views).\n\nNext paragraph.';
    const { blocks } = rejoinParagraphs(splitBlocks(text));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'While there is a clear overlap (a process through which individuals develop views).' },
      { kind: 'footnote', note: { n: 1, text: 'As its name suggests.' } },
      { kind: 'paragraph', text: 'Next paragraph.' },
    ]);
  });

  it('joins a word hyphenated across the break without a space', () => {
    const { blocks } = rejoinParagraphs(splitBlocks('In the case of Pro-\n\nAssad Shia fighters, identity matters.'));
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'In the case of Pro-Assad Shia fighters, identity matters.' }]);
  });

  it('keeps a lead-in to a display quotation apart from the quotation', () => {
    const { blocks } = rejoinParagraphs(splitBlocks('The Council defines them as,\n\n“nationals who travel” (UN, 2017).'));
    expect(blocks).toHaveLength(2);
  });

  it('never joins a heading to the next paragraph', () => {
    const { blocks } = rejoinParagraphs(splitBlocks('2.2. “Cause Models” of Radicalization\n\nWhile it is probably true.'));
    expect(blocks).toHaveLength(2);
  });

  it('keeps a table whole across a page break inside it', () => {
    const blocks = splitBlocks('Table 8: Drivers\t\t\nNo.\tDriver\tIS\n1\tPropaganda\t22\n\n2\tStrong\t18');
    expect(blocks).toEqual([
      {
        kind: 'table',
        caption: 'Table 8: Drivers',
        rows: [
          ['No.', 'Driver', 'IS'],
          ['1', 'Propaganda', '22'],
          ['2', 'Strong', '18'],
        ],
      },
    ]);
  });

  it.each([
    ['ends here.', true],
    ['ends with a marker.⁴', true],
    ['ends with a quote.”', true],
    ['stops mid', false],
    ['a list,', false],
  ])('endsSentence(%j) is %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });

  it.each([
    ['1.2.Outline of the Study', true],
    ['4.2.3. Drivers of Pakistani Foreign Fighters in Afghanistan', true],
    ['10. Desire for Adventure', true],
    ['1. 1. Personal questions', true],
    ['Eighteen interviewees said so.', false],
  ])('isHeadingLike(%j) is %s', (text, expected) => {
    expect(isHeadingLike(text)).toBe(expected);
  });
});
