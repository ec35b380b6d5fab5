/** The demo's regions as the UI lists them: the five places of the source articles (seeds/demo-regions.ts). */
export const demoRegionCodes = ['96.71', '91.71', '64.71', '65', '14.10'] as const;
