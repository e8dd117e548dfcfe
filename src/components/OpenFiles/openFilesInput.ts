/** The page's one file input, which a label elsewhere (the phone's menu) can open. */
export const OPEN_FILES_INPUT_ID = "echoes-open-files";
