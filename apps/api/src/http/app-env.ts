import type { User } from '../db/repository.js';

/** What the middleware puts on every request's context. */
export interface AppEnv {
  Variables: {
    user: User | undefined;
    /** The raw session token, when the request carried one that is valid. */
    sessionToken: string | undefined;
  };
}
