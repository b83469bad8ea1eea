/** The account's balance, from `GET /credits`. */
export interface Credits {
  current_credits: number;
  [field: string]: unknown;
}
