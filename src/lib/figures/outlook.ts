/** BLS's words for a projected change in jobs: a rule about the data, so it lives here, not in formatting. */
export function outlookBand(percent: number): string {
  if (percent <= -2) return 'decline';
  if (percent < 2) return 'little or no change';
  if (percent < 5) return 'slower than average growth';
  if (percent < 8) return 'about as fast as average';
  return 'faster than average growth';
}
