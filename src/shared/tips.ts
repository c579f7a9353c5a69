/** Advice that is not an exercise: shown between breaks, in the library and on first run. */

export type TipKind = 'pain-relief' | 'activity' | 'posture' | 'strength' | 'medication';

export interface Tip {
  id: string;
  title: string;
  body: string;
  kind: TipKind;
  /** A checklist, for tips that are a list of things to check rather than a paragraph. */
  points?: readonly string[];
}

export const safetyAdvice =
  'If your pain is severe or keeps you from everyday activities, see a doctor or another medical professional before relying on these exercises. Stop any exercise that hurts.';

export const tips = [
  {
    id: 'heat-or-ice',
    title: 'Heat or ice?',
    kind: 'pain-relief',
    body: 'Most moderate back pain responds to simple heat or cold. Reach for ice when the pain is new and sharp; otherwise a warm pack is usually the better choice.',
  },
  {
    id: 'rest-then-move',
    title: 'Rest briefly, then move again',
    kind: 'activity',
    body: 'Pause whatever seems to set the pain off, such as a heavy gym session or a bad chair, for a few days until it settles to a level you can handle. Then come back gradually with light movement and gentle exercises. Staying active helps more than lying in bed, because moving keeps blood flowing to the sore area.',
  },
  {
    id: 'sitting-posture',
    title: 'How to sit at your desk',
    kind: 'posture',
    body: 'Much upper-back pain comes from long hours hunched at a screen. Check these from time to time:',
    points: [
      'Sit up tall with your shoulders back and dropped away from your ears.',
      'Keep your belly lightly drawn in so your core stays switched on.',
      'Uncross your legs and rest both feet flat on the floor.',
      'Bend your knees to roughly a right angle.',
      'When typing, keep your forearms about parallel to the floor.',
      'Hold your head level, ears over shoulders, so your neck stays neutral.',
    ],
  },
  {
    id: 'core-supports-spine',
    title: 'Your core holds up your back',
    kind: 'strength',
    body: 'The core is more than the abs you can see: layers of deep muscle wrap around the trunk and steady the spine and pelvis. When they are weak, the back works overtime to make up for it. Easy moves such as glute bridges, bird dogs and planks build them up, as long as they do not cause much pain.',
  },
  {
    id: 'medication-caution',
    title: 'Pain relief medicine',
    kind: 'medication',
    body: 'Anti-inflammatory painkillers such as ibuprofen or naproxen can take the edge off back pain. If you have never taken an over-the-counter medicine before, check with a doctor first.',
  },
] as const satisfies readonly Tip[];
