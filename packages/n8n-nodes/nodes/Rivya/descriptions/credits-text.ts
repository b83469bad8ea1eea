/** "1 credit", "90 credits". */
export function creditsText(amount: number): string {
  return `${amount} ${amount === 1 ? "credit" : "credits"}`;
}
