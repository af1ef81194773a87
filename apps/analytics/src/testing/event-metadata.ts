/** Test data only: when an event happened, and when its service recorded it (on time unless told). */
export interface When {
  tenantId: string;
  at: string;
  /** When it was recorded; defaults to `at`. */
  recordedAt?: string;
}

/** The envelope metadata of an event of the stream `subject`, as the publishing service stamps it. */
export const metadata = (when: When, subject: string, streamversion = 1) => ({
  subject,
  tenantid: when.tenantId,
  streamversion,
  time: when.at,
  recordedtime: when.recordedAt ?? when.at,
});
