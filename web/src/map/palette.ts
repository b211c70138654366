/**
 * Fills for areas that must be told apart (ColorBrewer "Set3", 12 classes: light, distinct, and dark
 * text and borders stay readable on all of them). Colour is never the only cue: every map has a
 * legend with names and a table with the same content.
 */
export const AREA_FILLS = [
  '#8dd3c7',
  '#ffffb3',
  '#bebada',
  '#fb8072',
  '#80b1d3',
  '#fdb462',
  '#b3de69',
  '#fccde5',
  '#d9d9d9',
  '#bc80bd',
  '#ccebc5',
  '#ffed6f',
] as const;

/** Area borders: dark enough for 3:1 against the fills and the water. */
export const AREA_BORDER = '#3d3d3d';

/** Offices on maps, by what they are or what happened to them. */
export const MARKER_COLOURS = {
  politistasjon: '#0b3d91',
  lensmannskontor: '#1f7a3a',
  other: '#5b2a86',
  closed: '#b3261e',
  opened: '#1f7a3a',
  selected: '#b3261e',
} as const;

/** Land around what a map is about, and the area it is about. */
export const LAND_FILL = '#f4f1ea';
export const AREA_HIGHLIGHT = '#ffe08a';
