/** A watched topic (MOD-29): the keywords whose frequency is compared with their own baseline. */
export interface WatchedTopic {
  topic: string;
  keywords: string[];
}

/** A tenant's crisis early-warning settings; every change is a new version, and alerts name the one that applied. */
export interface CrisisThresholds {
  /** The sliding window every indicator is read over. */
  windowMinutes: number;
  /** Share of negative messages in the window, 0–1 (MOD-29). */
  negativeShare: number;
  /** Fewer messages than this say nothing about a share. */
  minimumMessages: number;
  /** A topic surges at this multiple of its baseline rate… */
  keywordSurgeRatio: number;
  /** …and at least this many mentions in the window. */
  minimumKeywordMentions: number;
  /** The period before the window that a topic's baseline rate is taken from. */
  baselineHours: number;
  reportsPerWindow: number;
  violationsPerWindow: number;
  /** Hysteresis: a tripped monitor re-arms only when its indicator falls below threshold × this. */
  rearmRatio: number;
  /** Time to the first official response (MOD-34: 30 minutes, the JD.com figure). */
  responseSlaMinutes: number;
  watchedTopics: WatchedTopic[];
}

/** What applies until a tenant sets its own (version 0). Our choice where the seeds give no figure. */
export const defaultCrisisThresholds: CrisisThresholds = {
  windowMinutes: 60,
  negativeShare: 0.3,
  minimumMessages: 20,
  keywordSurgeRatio: 3,
  minimumKeywordMentions: 10,
  baselineHours: 24,
  reportsPerWindow: 10,
  violationsPerWindow: 10,
  rearmRatio: 0.8,
  responseSlaMinutes: 30,
  watchedTopics: [],
};
