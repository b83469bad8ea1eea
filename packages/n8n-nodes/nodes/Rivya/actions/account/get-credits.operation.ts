import type { Operation } from "../operation";

/** Account → Get Credits: the current balance. */
export const getCredits: Operation = async ({ client, signal }, itemIndex) => {
  const credits = await client.credits.get({ signal });
  return [{ json: { credits: credits.current_credits }, pairedItem: { item: itemIndex } }];
};
