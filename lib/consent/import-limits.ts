/**
 * Limits of one contacts import (shared with the browser, which checks the size before uploading):
 * bigger lists go in several files. 1 MB (decimal) keeps the upload under the server actions'
 * default body limit of 1 MiB.
 */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 5_000;
/** How many row problems are listed back (the total is always given). */
export const MAX_LISTED_PROBLEMS = 100;
