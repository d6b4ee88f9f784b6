/**
 * English function words and everyday words that are never glossary terms,
 * for scripts/coverage-report.ts: left out when it counts the words of an
 * article that no glossary form explains.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost alone along already also although always am among an and
  another any anyone anything are around as at away back be became because become becomes been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't done down during each
  either else enough even ever every few for from further get gets getting give given go goes going got had has
  hasn't have haven't having he her here hers herself him himself his how however i if in into is isn't it it's its
  itself just least less let like made make makes many may me might more most much must my myself near need needs
  neither no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps
  rather really same see seen several she should shouldn't since so some someone something sometimes still such than
  that that's the their theirs them themselves then there there's these they they're this those though through thus
  to too toward towards under until up upon us use used uses using very via was wasn't way ways we well were what
  what's when where whether which while who whom whose why will with within without won't would wouldn't yet you
  you're your yours yourself yourselves also etc new many much first two three four five six ten one's become able
  include includes including known called however therefore whereas another s t`
    .split(/\s+/)
    .filter(Boolean),
);
