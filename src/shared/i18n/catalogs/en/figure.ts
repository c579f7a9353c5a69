/**
 * The exercise figure's description for screen readers: a few short sentences about what the drawing
 * shows. Each message is one sentence without its full stop; `sentence` adds it.
 */
export const figure = {
  /** Ends each sentence of the description, unless it already ends with a full stop. */
  sentence: '{text}.',
  /** `{description}` is the pose's description, e.g. "seated tall, chin drawn straight back". */
  seenFromSide: 'Figure seen from the side: {description}',
  seenFromFront: 'Figure seen from the front: {description}',
  /** `{parts}` is a list of the body parts below, e.g. "neck and upper back and chest". */
  working: 'Working: {parts}',
  /** `{label}` says what an arrow in the drawing shows, e.g. "the chin glides straight back". */
  arrow: 'Arrow: {label}',
  leftSide: 'Left side',
  rightSide: 'Right side',
  holdFor: { one: 'Hold for {count} second', other: 'Hold for {count} seconds' },
  /** When a figure has no pose to describe. */
  fallback: 'Exercise figure',

  /** Body parts highlighted as working, listed inside `working`; lower case as they sit mid-sentence. */
  partHead: 'head',
  partNeck: 'neck',
  partTorso: 'back and trunk',
  partUpperArmLeft: 'left upper arm',
  partForearmLeft: 'left forearm',
  partHandLeft: 'left hand',
  partUpperArmRight: 'right upper arm',
  partForearmRight: 'right forearm',
  partHandRight: 'right hand',
  partThighLeft: 'left thigh',
  partLowerLegLeft: 'left lower leg',
  partFootLeft: 'left foot',
  partThighRight: 'right thigh',
  partLowerLegRight: 'right lower leg',
  partFootRight: 'right foot',
  partPelvis: 'hips and glutes',
  partUpperTrunk: 'upper back and chest',
  partShoulderLeft: 'left shoulder',
  partShoulderRight: 'right shoulder',
} as const;
