import { GITHUB_ACTIONS_BOT, type Actor, type TokenKind } from './state.js';

export interface RegisteredToken {
  kind: TokenKind;
  actor: Actor;
  /** Requests made this hour per rate-limit resource, reported in `x-ratelimit-used`. */
  used: { core: number; graphql: number };
}

/** GitHub's hourly limits: the GITHUB_TOKEN gets 1,000 per repository, a personal token 5,000. */
export function rateLimitFor(kind: TokenKind): number {
  return kind === 'user' ? 5000 : 1000;
}

export class TokenRegistry {
  private readonly tokens = new Map<string, RegisteredToken>();
  private nextUserId = 583231;

  register(token: string, kind: TokenKind, login?: string): RegisteredToken {
    if (token.length === 0) throw new Error('A token must not be empty');
    let actor = GITHUB_ACTIONS_BOT;
    if (kind === 'user') {
      if (login === undefined || login.length === 0) throw new Error(`A "user" token needs the login it acts as`);
      actor = { login, id: this.nextUserId++, type: 'User' };
    }
    const registered: RegisteredToken = { kind, actor, used: { core: 0, graphql: 0 } };
    this.tokens.set(token, registered);
    return registered;
  }

  /** Accepts both `token X` (what @actions/github sends) and `Bearer X`. */
  fromAuthorizationHeader(header: string | undefined): RegisteredToken | undefined {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header?.trim() ?? '');
    return match?.[1] === undefined ? undefined : this.tokens.get(match[1]);
  }
}
