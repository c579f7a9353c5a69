/** Small 2-D vector helpers in frame (SVG) coordinates: x right, y down. */

import type { Vec } from './pose-types';

const RAD = Math.PI / 180;

/** Unit vector for a screen angle in degrees (0 right, 90 up), as the eye reads it, so y is negated. */
export function dir(degrees: number): Vec {
  return { x: Math.cos(degrees * RAD), y: -Math.sin(degrees * RAD) };
}

export function add(a: Vec, b: Vec): Vec {
  return { x: a.x + b.x, y: a.y + b.y };
}

export function sub(a: Vec, b: Vec): Vec {
  return { x: a.x - b.x, y: a.y - b.y };
}

export function scale(a: Vec, k: number): Vec {
  return { x: a.x * k, y: a.y * k };
}

/** `from` moved `length` along the screen angle `degrees`. */
export function along(from: Vec, degrees: number, length: number): Vec {
  return add(from, scale(dir(degrees), length));
}

export function distance(a: Vec, b: Vec): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function sinDeg(degrees: number): number {
  return Math.sin(degrees * RAD);
}

export function cosDeg(degrees: number): number {
  return Math.cos(degrees * RAD);
}

export function tanDeg(degrees: number): number {
  return Math.tan(degrees * RAD);
}
