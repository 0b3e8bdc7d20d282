/**
 * What a catalog result says of a card under its title, in this order: who made it, its task and
 * size, whether it may be used commercially, what it runs on and how open it is. index-data.ts
 * writes the words; the plain list and the search results show them alike. Its own module, so the
 * catalog's browser script takes the order without the vocabularies.
 */
export const resultFactKeys = ['organization', 'task', 'parameters', 'commercial', 'runs_on', 'openness'] as const;

export type ResultFactKey = (typeof resultFactKeys)[number];
