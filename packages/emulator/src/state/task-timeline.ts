/** How long a task stays queued, then processing (virtual milliseconds). */
export interface TaskTimeline {
  /** @default 3000 for video, 2000 otherwise */
  queuedMs: number;
  /** @default 90000 for video, 10000 for image, 20000 for audio */
  processingMs: number;
}

/** Timelines by model id or category; a model id wins over its category. */
export type TaskTimelines = Partial<Record<string, Partial<TaskTimeline>>>;

const categoryDefaults: Record<string, TaskTimeline> = {
  video: { queuedMs: 3000, processingMs: 90_000 },
  image: { queuedMs: 2000, processingMs: 10_000 },
  audio: { queuedMs: 2000, processingMs: 20_000 },
};

export function timelineFor(modelId: string, category: string, overrides: TaskTimelines): TaskTimeline {
  const base = categoryDefaults[category] ?? categoryDefaults.video!;
  return { ...base, ...overrides[category], ...overrides[modelId] };
}
