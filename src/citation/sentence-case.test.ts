import { describe, expect, it } from 'vitest';
import { sentenceCase } from './sentence-case.ts';

describe('sentenceCase', () => {
  it.each([
    // The thesis title: proper nouns and the first word after the colon keep their capitals.
    [
      'Pakistani Foreign Fighters in Afghanistan, Kashmir and Syria: A Comparative Analysis of Drivers of Radicalization',
      'Pakistani foreign fighters in Afghanistan, Kashmir and Syria: A comparative analysis of drivers of radicalization',
    ],
    ['Recruitment by Individuals or Organizations', 'Recruitment by individuals or organizations'],
    ['Quest for Significance', 'Quest for significance'],
    ['Theoretical and Conceptual Framework', 'Theoretical and conceptual framework'],
    ['Case study One: Kashmir', 'Case study one: Kashmir'],
    ['Appendix A: Questionnaire', 'Appendix A: Questionnaire'],
    ['List of Interviews', 'List of interviews'],
    // Acronyms and inner capitals are kept without being listed.
    ['ISKP', 'ISKP'],
    ['IS Fighters', 'IS fighters'],
    ['Shia Fighters', 'Shia fighters'],
    ['Afghan Taliban', 'Afghan Taliban'],
    // Hyphenated compounds and possessives.
    ['Cause-and-Process Models of Radicalization', 'Cause-and-process models of radicalization'],
    ['Financial Motivations/Poverty', 'Financial motivations/poverty'],
    ['Reaction to Social discrimination/ Quest for Significance', 'Reaction to social discrimination/ quest for significance'],
    ['Table 9: Drivers of Foreign Fighters Across all Conflicts', 'Table 9: Drivers of foreign fighters across all conflicts'],
    ["Moghaddam's Staircase to Terrorism", "Moghaddam's staircase to terrorism"],
    // Phrases: "State" keeps its capital only inside "Islamic State".
    ['Fighters of the Islamic State and the State', 'Fighters of the Islamic State and the state'],
  ])('%s → %s', (title, expected) => {
    expect(sentenceCase(title, ['Moghaddam', 'Afghanistan', 'Kashmir', 'Syria', 'Pakistani', 'Afghan', 'Taliban', 'Shia', 'Islamic State'])).toBe(expected);
  });

  it('keeps text already in sentence case unchanged (idempotent)', () => {
    const once = sentenceCase('Previous Experience as a Foreign Fighter: Role of Veterans');
    expect(sentenceCase(once)).toBe(once);
    expect(once).toBe('Previous experience as a foreign fighter: Role of veterans');
  });

  it('keeps whitespace and punctuation as they are', () => {
    expect(sentenceCase('Geographical  Proximity (and Access)')).toBe('Geographical  proximity (and access)');
  });
});
