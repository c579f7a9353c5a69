import type { Messages } from '../../catalog';

/**
 * The exercise figure's description for screen readers. The pose descriptions in content.ts are whole
 * sentences with a capital and a full stop, so the view is a sentence of its own before them.
 */
export const figure = {
  sentence: '{text}.',
  seenFromSide: 'Figura vista de lado. {description}',
  seenFromFront: 'Figura vista de frente. {description}',
  working: 'Zonas que trabajan: {parts}',
  arrow: 'Flecha: {label}',
  leftSide: 'Lado izquierdo',
  rightSide: 'Lado derecho',
  holdFor: {
    one: 'Mantén la posición {count} segundo',
    many: 'Mantén la posición {count} segundos',
    other: 'Mantén la posición {count} segundos',
  },
  fallback: 'Figura del ejercicio',

  partHead: 'cabeza',
  partNeck: 'cuello',
  partTorso: 'espalda y tronco',
  partUpperArmLeft: 'parte superior del brazo izquierdo',
  partForearmLeft: 'antebrazo izquierdo',
  partHandLeft: 'mano izquierda',
  partUpperArmRight: 'parte superior del brazo derecho',
  partForearmRight: 'antebrazo derecho',
  partHandRight: 'mano derecha',
  partThighLeft: 'muslo izquierdo',
  partLowerLegLeft: 'parte inferior de la pierna izquierda',
  partFootLeft: 'pie izquierdo',
  partThighRight: 'muslo derecho',
  partLowerLegRight: 'parte inferior de la pierna derecha',
  partFootRight: 'pie derecho',
  partPelvis: 'cadera y glúteos',
  partUpperTrunk: 'parte alta de la espalda y pecho',
  partShoulderLeft: 'hombro izquierdo',
  partShoulderRight: 'hombro derecho',
} satisfies Messages['figure'];
