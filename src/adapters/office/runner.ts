/**
 * The shape of Excel.run that the port, the undo grouping and the rollback share; in a file of its
 * own so that those three need not import each other (npm run lint refuses import cycles).
 */

/** Excel.run, injectable so tests can pass a fake request context. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
