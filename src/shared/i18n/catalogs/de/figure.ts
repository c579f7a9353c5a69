import type { Messages } from '../../catalog';

/** The exercise figure's description for screen readers: a few short sentences about what the drawing shows. */
export const figure = {
  sentence: '{text}.',
  seenFromSide: 'Figur von der Seite: {description}',
  seenFromFront: 'Figur von vorn: {description}',
  working: 'Beansprucht: {parts}',
  arrow: 'Pfeil: {label}',
  leftSide: 'Linke Seite',
  rightSide: 'Rechte Seite',
  holdFor: { one: '{count} Sekunde halten', other: '{count} Sekunden halten' },
  fallback: 'Abbildung der Übung',

  partHead: 'Kopf',
  partNeck: 'Nacken',
  partTorso: 'Rücken und Rumpf',
  partUpperArmLeft: 'linker Oberarm',
  partForearmLeft: 'linker Unterarm',
  partHandLeft: 'linke Hand',
  partUpperArmRight: 'rechter Oberarm',
  partForearmRight: 'rechter Unterarm',
  partHandRight: 'rechte Hand',
  partThighLeft: 'linker Oberschenkel',
  partLowerLegLeft: 'linker Unterschenkel',
  partFootLeft: 'linker Fuß',
  partThighRight: 'rechter Oberschenkel',
  partLowerLegRight: 'rechter Unterschenkel',
  partFootRight: 'rechter Fuß',
  partPelvis: 'Hüften und Gesäß',
  partUpperTrunk: 'oberer Rücken und Brust',
  partShoulderLeft: 'linke Schulter',
  partShoulderRight: 'rechte Schulter',
} satisfies Messages['figure'];
