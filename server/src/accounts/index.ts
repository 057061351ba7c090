import type { Feature } from '../shared/feature.js';
import { Guest, PendingSignUp, Session, SignInThrottle } from './session.entity.js';
import { AccountResolver } from './account.resolver.js';

/** Sign-up, sign-in, sessions, guests and roles. */
export const accounts = {
  entities: [Guest, Session, SignInThrottle, PendingSignUp],
  resolvers: [AccountResolver],
} satisfies Feature;
