/**
 * Which settings section is in view, for the navigation to mark: the last one whose heading has passed
 * a line near the top of the window. A section the user just jumped to stays marked while its heading
 * is on screen, even when the page cannot scroll it up to that line (the last, short sections).
 */
export class SectionSpy {
  #pinned: string | undefined;
  #frame = 0;

  constructor(
    private readonly ids: readonly string[],
    private readonly heading: (id: string) => HTMLElement | null,
    private readonly onchange: (id: string) => void,
  ) {}

  /** Follows the page's scrolling; returns the function that stops it. */
  start(): () => void {
    const schedule = (): void => {
      if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.update());
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    schedule();
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(this.#frame);
    };
  }

  /** The user chose a section: mark it now, and keep it marked while its heading shows. */
  pin(id: string): void {
    this.#pinned = id;
    this.onchange(id);
  }

  update(): void {
    this.#frame = 0;
    if (this.#pinned !== undefined) {
      const box = this.heading(this.#pinned)?.getBoundingClientRect();
      if (box && box.bottom > 0 && box.top < window.innerHeight) return;
      this.#pinned = undefined;
    }
    const line = window.innerHeight * 0.3;
    let current = this.ids[0];
    for (const id of this.ids) {
      const top = this.heading(id)?.getBoundingClientRect().top;
      if (top !== undefined && top <= line) current = id;
    }
    if (current !== undefined) this.onchange(current);
  }
}
