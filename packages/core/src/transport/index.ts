export { abortableSleep } from "./abortable-sleep.js";
export { type FetchFunction, fetchTransport } from "./fetch-transport.js";
export { raceSignal } from "./race-signal.js";
export type { Clock, Random, Sleep } from "./sleep.js";
export type { Transport, TransportBody, TransportRequest, TransportResponse } from "./transport.js";
