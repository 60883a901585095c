/**
 * The host-group palette stays readable: distinct colours, apart from each
 * other for readers with each kind of colour-vision deficiency, and visible
 * against both of Starlight's backgrounds.
 */
import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../knowledge/schemas.ts';
import { GROUP_COLOURS, NEUTRAL_COLOUR, SEQUENTIAL_SHADES, groupColour } from './palette.ts';

type RGB = [number, number, number];
const rgb = (hex: string): RGB => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as RGB;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: RGB) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: RGB, b: RGB) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};

/** Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (colour: RGB, m: number[][]): RGB => {
  const lin = colour.map(linear);
  return m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, v, i) => s + v * (lin[i] ?? 0), 0),
      ),
    ),
  ) as RGB;
};
/** Distance in CIE L*a*b* (ΔE 1976) between two linear-RGB colours. */
function deltaE(a: RGB, b: RGB): number {
  const lab = ([r, g, bl]: RGB) => {
    const xyz = [0.4124 * r + 0.3576 * g + 0.1805 * bl, 0.2126 * r + 0.7152 * g + 0.0722 * bl, 0.0193 * r + 0.1192 * g + 0.9505 * bl];
    const [x, y, z] = [xyz[0]! / 0.95047, xyz[1]!, xyz[2]! / 1.08883].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)) as RGB;
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

const colours = GROUP_IDS.map((id) => GROUP_COLOURS[id]);
const pairs = colours.flatMap((a, i) => colours.slice(i + 1).map((b) => [a, b] as const));

describe('group palette', () => {
  it('gives every host group its own colour, and the neutral grey to none', () => {
    expect(new Set(colours).size).toBe(GROUP_IDS.length);
    expect(colours).not.toContain(NEUTRAL_COLOUR);
    expect(groupColour('iskp')).toBe(GROUP_COLOURS.iskp);
    expect(() => groupColour('taliban')).toThrow(/No chart colour for host group "taliban"/);
  });

  it.each(Object.keys(CVD))('keeps every pair of groups apart under %s (ΔE ≥ 15)', (kind) => {
    for (const [a, b] of pairs) {
      expect(deltaE(simulate(rgb(a), CVD[kind]!), simulate(rgb(b), CVD[kind]!)), `${a} vs ${b}`).toBeGreaterThanOrEqual(15);
    }
  });

  it("shows every bar against Starlight's dark background at 3:1 or more", () => {
    const dark = rgb('#17191E'); // --sl-color-black in dark mode: hsl(224, 10%, 10%)
    for (const c of [...colours, NEUTRAL_COLOUR]) expect(contrast(rgb(c), dark), c).toBeGreaterThanOrEqual(3);
  });
});

describe('the matrix shades', () => {
  it('print their numbers at 4.5:1 or more, and grow darker with the count', () => {
    for (const s of SEQUENTIAL_SHADES) expect(contrast(rgb(s.background), rgb(s.text))).toBeGreaterThanOrEqual(4.5);
    const l = SEQUENTIAL_SHADES.map((s) => luminance(rgb(s.background)));
    expect(l).toEqual([...l].sort((a, b) => b - a));
    expect(new Set(l).size).toBe(l.length);
  });
});
