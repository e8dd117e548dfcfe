/**
 * The names a manifest may give its files, as its schema checks them. Kept
 * apart from the schema so that reading ahead, in the first load, can keep to
 * them without the validator.
 */
export const JSON_FILE_PATH = /\.json$/i;

/** An episode may also be a spreadsheet saved as CSV. */
export const EPISODE_FILE_PATH = /\.(?:json|csv)$/i;
