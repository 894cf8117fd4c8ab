/** Callback prop types, kept in a .ts file: the JSX lint config misreads parameter names in types. */
export type Setter<T> = (value: T) => void;
