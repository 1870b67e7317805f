/** A counting semaphore with a bounded queue: `acquire` resolves once a slot is free. */
export interface RenderSlots {
  /** Waits for a slot; returns false at once when `maxQueue` others are already waiting. */
  acquire(): Promise<boolean>;
  release(): void;
}

/** Slots for `size` renders at a time, so a render's time limit counts from its start, not its queueing. */
export function renderSlots(size: number, maxQueue: number): RenderSlots {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    acquire: async () => {
      if (running < size) {
        running++;
        return true;
      }
      if (waiting.length >= maxQueue) return false;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return true;
    },
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else running--;
    },
  };
}
