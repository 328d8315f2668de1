/** The site's stable URLs in one place: counselors paste these into emails, so they never change shape. */
export const routes = {
  guide: (occupation: string) => `/careers/${occupation}/`,
  drill: (occupation: string) => `/careers/${occupation}/interview/`,
  skills: (occupation: string) => `/careers/${occupation}/skills/`,
  /** The full answer guides; the guide's old #q-<id> links lead here. */
  questions: (occupation: string) => `/careers/${occupation}/questions/`,
  /** A guide's long lists in full: each step of the day, of becoming one, each duty, each career move. */
  details: (occupation: string) => `/careers/${occupation}/details/`,
  /** Every source one guide cites, in full; the guide itself keeps a count and this link. */
  sources: (occupation: string) => `/careers/${occupation}/sources/`,
  compare: (pick?: string) => `/careers/compare/${pick ? `?pick=${encodeURIComponent(pick)}` : ''}`,
};
