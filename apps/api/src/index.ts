// The API's contract for clients: types only, so a browser bundle gets no server code.
export type { AppType } from './app.js';
