/** The collection Echoes ships and vouches for: every other one is named by where it comes from. */
export const CURATED_COLLECTION_URL = `${import.meta.env.BASE_URL}data/collection.json`;
