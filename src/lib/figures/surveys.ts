/**
 * The agencies and surveys the site's figures come from. A figure names its survey; the page we
 * read it on (when that is someone else) is its carrier. Citations lead with these.
 */
export const SURVEYS = {
  'bls-oews': {
    agency: 'US Bureau of Labor Statistics',
    agencyShort: 'BLS',
    name: 'Occupational Employment and Wage Statistics',
    short: 'BLS OEWS',
    /** OEWS estimates describe May of each year. */
    period: 'month',
  },
  'bls-ep': {
    agency: 'US Bureau of Labor Statistics',
    agencyShort: 'BLS',
    name: 'Employment Projections',
    short: 'BLS Employment Projections',
    /** Projections describe a ten-year span: 2024–34. */
    period: 'range',
  },
  onet: {
    agency: 'O*NET, for the US Department of Labor',
    agencyShort: 'O*NET',
    name: 'O*NET database',
    short: 'O*NET',
    period: 'any',
  },
  'census-acs': {
    agency: 'US Census Bureau',
    agencyShort: 'Census Bureau',
    name: 'American Community Survey',
    short: 'Census ACS',
    period: 'any',
  },
} as const;

export type SurveyId = keyof typeof SURVEYS;
export const SURVEY_IDS = Object.keys(SURVEYS) as [SurveyId, ...SurveyId[]];
export type Survey = (typeof SURVEYS)[SurveyId];
