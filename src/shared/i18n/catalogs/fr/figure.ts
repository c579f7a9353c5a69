import type { Messages } from '../../catalog';

/**
 * The exercise figure's description for screen readers: a few short sentences about what the drawing
 * shows. Each message is one sentence without its full stop; `sentence` adds it.
 */
export const figure = {
  sentence: '{text}.',
  seenFromSide: 'Personnage vu de profil : {description}',
  seenFromFront: 'Personnage vu de face : {description}',
  working: 'Zones sollicitées : {parts}',
  arrow: 'Flèche : {label}',
  leftSide: 'Côté gauche',
  rightSide: 'Côté droit',
  holdFor: {
    one: 'Maintenir {count} seconde',
    many: 'Maintenir {count} secondes',
    other: 'Maintenir {count} secondes',
  },
  fallback: 'Illustration de l’exercice',

  partHead: 'la tête',
  partNeck: 'la nuque',
  partTorso: 'le dos et le tronc',
  partUpperArmLeft: 'le haut du bras gauche',
  partForearmLeft: 'l’avant-bras gauche',
  partHandLeft: 'la main gauche',
  partUpperArmRight: 'le haut du bras droit',
  partForearmRight: 'l’avant-bras droit',
  partHandRight: 'la main droite',
  partThighLeft: 'la cuisse gauche',
  partLowerLegLeft: 'le bas de la jambe gauche',
  partFootLeft: 'le pied gauche',
  partThighRight: 'la cuisse droite',
  partLowerLegRight: 'le bas de la jambe droite',
  partFootRight: 'le pied droit',
  partPelvis: 'les hanches et les fessiers',
  partUpperTrunk: 'le haut du dos et la poitrine',
  partShoulderLeft: 'l’épaule gauche',
  partShoulderRight: 'l’épaule droite',
} satisfies Messages['figure'];
