/**
 * The element id of a field's input, from its file and its path there, so that a problem in the
 * list can take the author to the field it names.
 */
export function fieldId(file: string, path: string): string {
  return `studio-field-${`${file}#${path}`.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.charCodeAt(0).toString(16)}_`)}`;
}
