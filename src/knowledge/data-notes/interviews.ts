/**
 * Data notes of the interviews family: citations of interviews in the running
 * text, and the words that introduce a quotation, against the List of
 * Interviews. See rules.ts for what each kind means.
 */
import type { InterviewCitation } from '../../source/interview-citations.ts';
import type { Interviewee, SectionRef } from '../schemas.ts';
import type { DataNote } from './rules.ts';

/** A citation of an interview in the running text, e.g. "(Interviewee 18, 13 April 2019)". */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads "17 April 2019", "April 1 2019", "April 05 2019", "16, April 2019" as an ISO date. */
export function parsePrintedDate(printed: string): string | null {
  const words = printed.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const month = words.findIndex((w) => MONTHS.includes(w.toLowerCase()));
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (month < 0 || !day || !year) return null;
  return `${year}-${String(MONTHS.indexOf(words[month]!.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function checkInterviewDates(citations: readonly InterviewCitation[], interviewees: readonly Interviewee[]): DataNote[] {
  const byNumber = new Map(interviewees.map((i) => [i.n, i]));
  const notes: DataNote[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    const listed = byNumber.get(c.interviewee);
    const iso = parsePrintedDate(c.date);
    if (!listed || iso === null || iso === listed.date) continue;
    const id = `interview-${c.interviewee}-${iso}`;
    if (seen.has(id)) continue;
    seen.add(id);
    notes.push({
      id,
      kind: 'interview-date',
      interviewee: c.interviewee,
      message: `The text dates interview ${c.interviewee} "${c.date}"; the List of Interviews dates it ${listed.dateAsWritten}.`,
      sources: [
        { source: 'Citation in the text', says: c.date },
        { source: 'List of Interviews', says: listed.dateAsWritten },
      ],
      section: c.section,
    });
  }
  return notes;
}

/** A quotation as the quote data holds it, with the words that introduce its speaker. */
export interface IntroducedQuote {
  interviewee: number;
  date: string;
  /** The words of the text that describe the speaker ("A former Inspector General of the Punjab Police"). */
  introducedAs: string;
  section: SectionRef;
}

const ROLE_STOP = new Set(['a', 'an', 'the', 'of', 'at', 'from', 'in', 'to', 'me', 'by', 'and', 'his', 'her', 'who', 'was', 'is']);
const roleWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !ROLE_STOP.has(w));
/** Share of the description's words found in the role. */
function containment(description: readonly string[], role: string): number {
  const words = new Set(roleWords(role));
  return description.filter((w) => words.has(w)).length / (description.length || 1);
}

/**
 * A quotation whose speaker the text describes with another interviewee's
 * role: every word of the description is in that other role (List of
 * Interviews), and not every word is in the role of the interviewee cited.
 */
export function checkQuoteRoles(quotes: readonly IntroducedQuote[], interviewees: readonly Interviewee[]): DataNote[] {
  const notes: DataNote[] = [];
  for (const q of quotes) {
    const cited = interviewees.find((i) => i.n === q.interviewee);
    if (!cited) continue;
    const words = roleWords(q.introducedAs);
    if (containment(words, cited.role) === 1) continue;
    const others = interviewees.filter((i) => i.n !== q.interviewee && containment(words, i.role) === 1);
    if (!others.length) continue;
    notes.push({
      id: `quote-role-${q.interviewee}-${q.date.replace(/[^0-9a-z]+/gi, '-').toLowerCase()}`,
      kind: 'quote-role',
      interviewee: q.interviewee,
      message: `The text introduces this quotation as from "${q.introducedAs}" and cites interviewee ${q.interviewee} (${cited.role}); that description is the role of interviewee ${others.map((o) => o.n).join(' or ')} in the List of Interviews.`,
      sources: [
        { source: 'The text', says: q.introducedAs },
        { source: `List of Interviews, interviewee ${q.interviewee}`, says: cited.role },
        ...others.map((o) => ({ source: `List of Interviews, interviewee ${o.n}`, says: o.role })),
      ],
      section: q.section,
    });
  }
  return notes;
}
