// The part of KafkaJS's internal request queue that request-queue-timer.ts replaces.
declare module 'kafkajs/src/network/requestQueue/index.js' {
  class RequestQueue {
    throttledUntil: number;
    throttleCheckTimeoutId: NodeJS.Timeout | null;
    pending: unknown[];
    checkPendingRequests(): void;
    scheduleCheckPendingRequests(): void;
  }
  export default RequestQueue;
}
