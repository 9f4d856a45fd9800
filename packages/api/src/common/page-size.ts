/** Items per page when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest `first` a connection accepts. */
export const MAX_PAGE_SIZE = 100;
