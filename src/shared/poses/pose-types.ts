/**
 * The pose model: a 2-D figure described by joint angles, not by drawn coordinates, so that poses can be
 * checked against human ranges, interpolated smoothly and re-drawn at any size.
 *
 * Angles are in degrees and anatomical: 0 is the neutral standing position of that joint, positive is the
 * named movement (flexion, abduction, ...). What each angle means depends on the view:
 * - `side` (sagittal plane, the figure faces right unless `root.flip`): flexion/extension.
 * - `front` (frontal plane faces the viewer): side bends, abduction. A `front` figure lying face down
 *   and seen from above (child's pose reaching sideways) is the same plane, so it uses the same view.
 */

export type View = 'side' | 'front';

/** Every joint angle the figure has. L/R are the figure's own left and right. */
export type JointId =
  /** side: trunk flexion (+ forward bend) relative to the pelvis; front: side bend (+ towards the figure's right). */
  | 'torso'
  /** Curvature along the spine: side: + rounded (cat), - arched; front: + curved concave to the right. */
  | 'spine'
  /** Trunk rotation about its long axis (+ towards the figure's left); narrows the shoulders in front view. */
  | 'twist'
  /** side: neck flexion (+ chin down/forward); front: side tilt (+ towards the right ear). */
  | 'neck'
  /** side: nod at the top of the neck (+ chin down); front: side tilt. */
  | 'head'
  /** Shoulder girdle elevation (shrug); + up towards the ears. */
  | 'shrugL'
  | 'shrugR'
  /** Shoulder girdle protraction; + shoulder blades apart and forward, - squeezed together. */
  | 'protractionL'
  | 'protractionR'
  /** Shoulder: side: flexion (+ arm forward and up); front: abduction (+ arm out to the side and up). */
  | 'upperArmL'
  | 'upperArmR'
  /** Elbow flexion. */
  | 'lowerArmL'
  | 'lowerArmR'
  /** Wrist: + extension (back of the hand towards the forearm, as in hands flat on the floor). */
  | 'handL'
  | 'handR'
  /** Hip: side: flexion (+ thigh forward); front: abduction (+ thigh out to the side). */
  | 'upperLegL'
  | 'upperLegR'
  /** Knee flexion. */
  | 'lowerLegL'
  | 'lowerLegR'
  /** Ankle: + dorsiflexion (toes up), - plantarflexion (toes pointed). */
  | 'footL'
  | 'footR';

export type Angles = Readonly<Record<JointId, number>>;

/** The drawn pieces of the body; also what a highlight can name. */
export type SegmentId =
  | 'head'
  | 'neck'
  | 'torso'
  | 'upperArmL'
  | 'lowerArmL'
  | 'handL'
  | 'upperArmR'
  | 'lowerArmR'
  | 'handR'
  | 'upperLegL'
  | 'lowerLegL'
  | 'footL'
  | 'upperLegR'
  | 'lowerLegR'
  | 'footR';

/**
 * What can be highlighted as "the part that works": any segment, plus regions that have no segment of
 * their own — the pelvis and glutes, the upper trunk (chest or between the shoulder blades) and the
 * shoulder girdle on each side.
 */
export type HighlightId = SegmentId | 'pelvis' | 'upperTrunk' | 'shoulderL' | 'shoulderR';

/** Named points produced by forward kinematics; arrows are anchored to these. */
export type PointId =
  | 'hip'
  | 'hipL'
  | 'hipR'
  | 'neckBase'
  | 'neckTop'
  | 'headCenter'
  | 'face'
  | 'chin'
  | 'crown'
  | 'shoulderL'
  | 'shoulderR'
  | 'elbowL'
  | 'elbowR'
  | 'wristL'
  | 'wristR'
  | 'fingersL'
  | 'fingersR'
  | 'kneeL'
  | 'kneeR'
  | 'ankleL'
  | 'ankleR'
  | 'heelL'
  | 'heelR'
  | 'toeL'
  | 'toeR'
  | 'midBack';

/** Body parts a pose can declare as resting on the floor or against the wall. */
export type ContactPart =
  | 'hands'
  | 'handL'
  | 'handR'
  | 'knees'
  | 'kneeL'
  | 'kneeR'
  | 'shins'
  | 'feet'
  | 'footL'
  | 'footR'
  | 'toes'
  | 'back'
  | 'shoulders'
  | 'hips'
  | 'head'
  | 'forearmL'
  | 'forearmR';

export interface Contact {
  part: ContactPart;
  on: 'floor' | 'wall';
}

export interface Props {
  /** Draw the floor line. Contacts `on: 'floor'` need it. */
  floor?: boolean;
  /** An exercise mat: `edge` lies on the floor seen from the side; `top` is seen from above. */
  mat?: 'edge' | 'top';
  /** A wall, a vertical line at this x in frame units. */
  wall?: { x: number };
  /** A chair under the hips; its geometry follows the figure. */
  chair?: boolean;
  /** A desk in front of the figure at forearm height. */
  desk?: boolean;
}

/** An arrow showing the direction of the movement. */
export interface Arrow {
  /** The point it starts near. */
  at: PointId;
  /** Offset of the tail from that point, in frame units (x right, y down). */
  offset?: readonly [number, number];
  /** Direction of travel as a screen angle in degrees: 0 right, 90 up, 180 left, 270 down. */
  direction: number;
  /** Length in frame units. */
  length: number;
  /** Total turn along the arrow in degrees, for curved arrows; + turns counter-clockwise. */
  bend?: number;
  /** What it shows, for the alt text ("hips lift towards the ceiling"). */
  label: string;
}

export interface Root {
  /** The hip centre (pelvis) in frame units; y grows downwards as in SVG. */
  x: number;
  y: number;
  /** Screen direction in degrees of the pelvis' "up" axis: 90 upright, 0 lying with the head to the right. */
  rotation: number;
  /** Mirror the figure: side view faces left; front view is seen from behind (or from above when prone). */
  flip?: boolean;
}

export interface Pose {
  view: View;
  root: Root;
  angles: Angles;
  /** Visible fraction of a segment's length, for limbs pointing towards or away from the viewer. */
  foreshorten?: Partial<Record<SegmentId, number>>;
  props: Props;
  /** Parts that rest on the floor or the wall; validation checks them. */
  contacts?: readonly Contact[];
  /** The body parts that work (drawn in the highlight colour). */
  highlight?: readonly HighlightId[];
  arrows?: readonly Arrow[];
  /** One sentence for screen readers: how the body is placed ("Lying on the back, knees bent, ..."). */
  description: string;
  /**
   * Where the drawing is seen from, when its description says so itself: a front-view drawing of a body
   * lying face down reads as seen from above, and the alt text must not call it "seen from the front".
   */
  describedFrom?: 'above';
}

export interface Vec {
  x: number;
  y: number;
}
