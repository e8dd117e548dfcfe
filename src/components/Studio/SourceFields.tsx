import type { EditorProps } from "./editorProps";
import { StudioField } from "./StudioField";

/** The names each editor gives a source's fields, in its own words. */
export interface SourceFieldsText {
  readonly sourceTitle: string;
  readonly sourcePublisher: string;
  readonly sourceUrl: string;
  readonly sourceLocator: string;
}

export interface SourceFieldsProps extends EditorProps {
  readonly file: string;
  /** The source's path in the file, e.g. "roles[0].sources[1]". */
  readonly path: string;
  readonly text: SourceFieldsText;
}

/** A source's title, publisher, web address and, optionally, where in it. */
export function SourceFields({ path, text, ...props }: SourceFieldsProps) {
  return (
    <>
      <StudioField {...props} path={`${path}.title`} label={text.sourceTitle} />
      <StudioField {...props} path={`${path}.publisher`} label={text.sourcePublisher} />
      <StudioField {...props} path={`${path}.url`} label={text.sourceUrl} type="url" />
      <StudioField {...props} path={`${path}.locator`} label={text.sourceLocator} optional />
    </>
  );
}
