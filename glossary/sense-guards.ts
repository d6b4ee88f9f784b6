import type { SenseGuard } from './schema';

/**
 * Forms that are also everyday phrases, and the words around them that give
 * the everyday sense away: "long-lasting pain relief" is relief that lasts,
 * not chronic pain; "Henry IV" is a king, "integration tests" are software.
 * Keyed by entry id, then by the form exactly as the entry writes it. An
 * entry's form may carry its own `guard` (glossary/schema.ts); both apply.
 * tests/unit/sense.test.ts checks every id and form here exists.
 */
export const SENSE_GUARDS: Record<string, Record<string, SenseGuard>> = {
  'chronic-pain': {
    'long-lasting pain': {
      notFollowedBy: ['relief', 'reliever', 'relievers', 'killer', 'killers', 'medication', 'medications', 'control'],
    },
    'long-term pain': {
      notFollowedBy: ['relief', 'reliever', 'relievers', 'killer', 'killers', 'medication', 'medications', 'control'],
    },
    'persistent pain': { notFollowedBy: ['relief', 'reliever', 'relievers', 'killer', 'killers'] },
  },
  depression: {
    depression: {
      notPrecededBy: [
        'great',
        'economic',
        'tropical',
        'global',
        'long',
        'post-war',
        'agricultural',
        'the 1930s',
        'deep',
        'trade',
      ],
      notFollowedBy: ['era', 'of 1929', 'glass', 'in the economy'],
    },
    'major depression': { notPrecededBy: ['economic'] },
  },
  'iv-infusion': {
    IV: {
      notPrecededBy: [
        'Henry',
        'Richard',
        'Edward',
        'George',
        'Louis',
        'Charles',
        'Philip',
        'William',
        'Pope',
        'Ivan',
        'Part',
        'Act',
        'Chapter',
        'Book',
        'Volume',
        'Stage',
        'Type',
        'Class',
        'Episode',
        'Phase',
        'Grade',
        'War',
        'Section',
        'Article',
        'Appendix',
        'Schedule',
      ],
      notFollowedBy: ['of England', 'of France'],
    },
  },
  integration: {
    integration: {
      notPrecededBy: [
        'continuous',
        'system',
        'systems',
        'software',
        'data',
        'social',
        'economic',
        'european',
        'racial',
        'vertical',
        'horizontal',
        'regional',
        'market',
        'political',
        'API',
        'numerical',
      ],
      notFollowedBy: [
        'test',
        'tests',
        'testing',
        'server',
        'pipeline',
        'of refugees',
        'of immigrants',
        'of migrants',
        'policy',
      ],
    },
  },
  tolerance: {
    tolerance: {
      notPrecededBy: [
        'zero',
        'fault',
        'error',
        'religious',
        'risk',
        'political',
        'manufacturing',
        'engineering',
        'his',
        'her',
        'their',
        'our',
        'mutual',
        'racial',
        'pain',
      ],
      notFollowedBy: ['of', 'for', 'band', 'bands', 'level', 'levels', 'interval', 'limit', 'limits', 'policy'],
    },
  },
  dependence: {
    dependency: {
      notFollowedBy: ['injection', 'graph', 'graphs', 'tree', 'trees', 'manager', 'management', 'ratio', 'theory'],
    },
    dependence: { notPrecededBy: ['economic', 'energy', 'oil', 'import', 'export', 'financial', 'path', 'mutual'] },
  },
  confusion: {
    confusion: {
      notFollowedBy: ['in bond markets', 'in the markets', 'matrix', 'matrices'],
      notPrecededBy: ['market', 'political', 'legal'],
    },
    confused: { notFollowedBy: ['by the rules', 'about the rules'] },
  },
  remission: {
    remission: {
      notPrecededBy: ['tax', 'debt', 'fee', 'fine', 'sentence'],
      notFollowedBy: ['of sins', 'of taxes', 'of debt'],
    },
  },
  'bipolar-disorder': {
    bipolar: {
      notFollowedBy: [
        'transistor',
        'transistors',
        'junction',
        'cells',
        'cell',
        'electrode',
        'electrodes',
        'world',
        'order',
        'system',
      ],
    },
  },
  psychedelic: {
    psychedelic: {
      notFollowedBy: [
        'rock',
        'music',
        'art',
        'band',
        'bands',
        'pop',
        'poster',
        'posters',
        'era',
        'colours',
        'colors',
        'style',
        'sound',
      ],
    },
  },
  glutamate: { glutamate: { notPrecededBy: ['monosodium'] } },
  synapse: { synapse: { notPrecededBy: ['Azure'] } },
  'oral-ketamine': { lozenge: { notFollowedBy: ['shape', 'shaped', 'pattern', 'patterns', 'window', 'windows'] } },
  dizziness: { dizzy: { notFollowedBy: ['heights', 'gillespie', 'Gillespie'] } },
  tachycardia: { 'increased heart rate': { notFollowedBy: ['variability'] } },
  'electroconvulsive-therapy': { 'shock therapy': { notPrecededBy: ['economic', 'market', 'fiscal'] } },
  ketamine: { 'Special K': { notFollowedBy: ['cereal', 'bar', 'bars', 'breakfast'] } },
  'recreational-use': {
    misuse: { notFollowedBy: ['of funds', 'of power', 'of data', 'of public money', 'of office'] },
  },
  'substance-use-disorder': {
    addiction: { notPrecededBy: ['phone', 'smartphone', 'social media', 'shopping', 'chocolate', 'coffee', 'sugar'] },
  },
};
