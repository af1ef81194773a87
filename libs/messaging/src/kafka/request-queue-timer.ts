import RequestQueue from 'kafkajs/src/network/requestQueue/index.js';

// KafkaJS 2.2.4, its last release, schedules a look at its request queue `throttledUntil - Date.now()`
// ms ahead, and `throttledUntil` is -1 until a broker throttles: a delay of minus the epoch. Node runs
// it after 1 ms anyway but, since Node 24, prints a TimeoutNegativeWarning per process
// (tulios/kafkajs#1751, fixed upstream only in unreleased code). The same method, with the 1 ms
// floor spelled out.
const checkPendingRequestsIntervalMs = 10;

RequestQueue.prototype.scheduleCheckPendingRequests = function scheduleCheckPendingRequests(this: RequestQueue) {
  if (this.throttleCheckTimeoutId) return;
  let delay = this.throttledUntil - Date.now();
  if (this.pending.length > 0 && delay <= 0) delay = checkPendingRequestsIntervalMs;
  this.throttleCheckTimeoutId = setTimeout(() => {
    this.throttleCheckTimeoutId = null;
    this.checkPendingRequests();
  }, Math.max(1, delay));
};
