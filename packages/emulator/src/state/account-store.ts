import { ApiError } from "../http/api-error.js";
import type { IdGenerator } from "./id-generator.js";
import { allScopes, isScope, type Scope } from "./scopes.js";

/** An account: owns a wallet, tasks, files and webhook endpoints. */
export interface Account {
  id: string;
  credits: number;
}

export interface ApiKeyRecord {
  key: string;
  accountId: string;
  scopes: ReadonlySet<Scope>;
  revoked: boolean;
  /** Virtual epoch ms after which the key is `api_key_expired`; `null` = never. */
  expiresAt: number | null;
}

/** What `seedAccount` accepts (control API and `startEmulator({ accounts })`). */
export interface SeedAccountOptions {
  /** The key to create. @default a random `rvya_sk_…` key */
  apiKey?: string;
  /** Add the key to this existing account instead of creating a new one (shared wallet and tasks). */
  accountId?: string;
  /** Set the account's balance. @default 1000 for a new account, unchanged for an existing one */
  credits?: number;
  /** Scopes of the key. @default every scope */
  scopes?: readonly string[];
  /** Answer `api_key_revoked` for this key. @default false */
  revoked?: boolean;
  /** Answer `api_key_expired` once the virtual clock passes this epoch-ms time (or ISO string). */
  expiresAt?: number | string | null;
}

export interface SeededAccount {
  apiKey: string;
  accountId: string;
  credits: number;
  scopes: Scope[];
}

const keyShape = /^rvya_sk_[A-Za-z0-9_-]{8,}$/;

export class AccountStore {
  readonly accounts: Map<string, Account> = new Map();
  readonly keys: Map<string, ApiKeyRecord> = new Map();

  constructor(private readonly newId: IdGenerator) {}

  seed(options: SeedAccountOptions = {}): SeededAccount {
    const apiKey = options.apiKey ?? this.newId("rvya_sk", 32);
    if (!keyShape.test(apiKey)) {
      throw new ApiError(
        "validation_failed",
        `apiKey: "${mask(apiKey)}" is not a Rivya key; expected "rvya_sk_" followed by at least 8 letters, digits, "_" or "-"`,
      );
    }
    const scopes = options.scopes ?? allScopes;
    for (const scope of scopes) {
      if (!isScope(scope)) {
        throw new ApiError(
          "validation_failed",
          `scopes: unknown scope "${scope}"; allowed: ${allScopes.join(", ")}`,
        );
      }
    }
    if (options.credits !== undefined && (!Number.isFinite(options.credits) || options.credits < 0)) {
      throw new ApiError("validation_failed", `credits: must be a number ≥ 0, got ${options.credits}`);
    }
    let account = options.accountId === undefined ? undefined : this.accounts.get(options.accountId);
    if (!account) {
      account = { id: options.accountId ?? this.newId("acct"), credits: options.credits ?? 1000 };
      this.accounts.set(account.id, account);
    } else if (options.credits !== undefined) {
      account.credits = options.credits;
    }
    const expiresAt =
      options.expiresAt === undefined || options.expiresAt === null
        ? null
        : typeof options.expiresAt === "string"
          ? Date.parse(options.expiresAt)
          : options.expiresAt;
    this.keys.set(apiKey, {
      key: apiKey,
      accountId: account.id,
      scopes: new Set(scopes as Scope[]),
      revoked: options.revoked ?? false,
      expiresAt,
    });
    return { apiKey, accountId: account.id, credits: account.credits, scopes: [...(scopes as Scope[])] };
  }

  account(accountId: string): Account {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`unknown account ${accountId}`);
    return account;
  }
}

/** Keys are secrets: only ever show their prefix. */
export function mask(apiKey: string): string {
  return apiKey.length <= 12 ? "rvya_sk_…" : `${apiKey.slice(0, 12)}…`;
}
