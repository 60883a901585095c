/**
 * The one palette every chart takes its colours from.
 *
 * Host groups get colours from Okabe & Ito's colour-blind-safe set
 * (https://jfly.uni-koeln.de/color/), the same colour for a group on every
 * page. The two Afghan groups are the two blues and the two Syrian groups the
 * two warm colours, so a conflict's groups read as a pair; every pair stays
 * apart under protanopia, deuteranopia and tritanopia (palette.test.ts
 * simulates them). The same colours work on Starlight's light and dark
 * backgrounds; in the light theme bars also get a dark outline (config.ts),
 * because the light colours alone are below 3:1 against white.
 */
import { GROUP_IDS, type GroupId } from '../knowledge/schemas.ts';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const GROUP_COLOURS: Readonly<Record<GroupId, string>> = {
  'afghan-taliban': OKABE_ITO.blue,
  iskp: OKABE_ITO.skyBlue,
  'kashmiri-fighters': OKABE_ITO.bluishGreen,
  'is-fighters': OKABE_ITO.vermillion,
  'shia-fighters': OKABE_ITO.orange,
};

/** Bars that stand for no host group (e.g. interviewee categories): a grey that is no group's colour. */
export const NEUTRAL_COLOUR = '#8C8C8C';

const isGroupId = (id: string): id is GroupId => (GROUP_IDS as readonly string[]).includes(id);

/** The colour of a host group; throws on an unknown id rather than drawing it in a stray colour. */
export function groupColour(id: string): string {
  if (!isGroupId(id)) throw new Error(`No chart colour for host group "${id}": known groups are ${GROUP_IDS.join(', ')}`);
  return GROUP_COLOURS[id];
}

/**
 * The matrix's sequential scale (/evidence/): ColorBrewer's single-hue
 * "Blues" (https://colorbrewer2.org/, colour-blind safe, as one hue varies
 * only in lightness), one step per quarter of 22 and the lightest for 0. Each
 * step has its own text colour, with a contrast of at least 4.5:1 in either
 * theme, because the cell's background does not change with the theme.
 */
export const SEQUENTIAL_SHADES: ReadonlyArray<{ background: string; text: string }> = [
  { background: '#EFF3FF', text: '#000000' },
  { background: '#BDD7E7', text: '#000000' },
  { background: '#6BAED6', text: '#000000' },
  { background: '#2171B5', text: '#FFFFFF' },
  { background: '#08306B', text: '#FFFFFF' },
];
