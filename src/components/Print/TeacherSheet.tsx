import type { Collection } from "../../data/format/collection";
import type { Lesson } from "../../data/format/schema";
import { PRINT_TEXT } from "../../i18n/print";
import { VERDICT_LABELS, VERDICT_SIGNS } from "../../i18n/vocabulary";
import { printedSource } from "./printedSource";

export interface TeacherSheetProps {
  readonly collection: Collection;
  readonly lesson: Lesson;
}

/** For the teacher, apart from the class's pages: every checked claim of the articles, with its verdict and sources. */
export function TeacherSheet({ collection, lesson }: TeacherSheetProps) {
  const { columns } = PRINT_TEXT.sheet;
  return (
    <article className="echoes-print echoes-print--lesson">
      <header className="echoes-print__header">
        <h1>{PRINT_TEXT.sheet.title(lesson.title)}</h1>
        <p>{PRINT_TEXT.sheet.intro}</p>
      </header>
      {collection.articles.map((article) => (
        <table key={article.id} className="echoes-print-table">
          <caption>{PRINT_TEXT.sheet.claims(article.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.claim}</th>
              <th scope="col">{columns.verdict}</th>
              <th scope="col">{columns.check}</th>
              <th scope="col">{columns.sources}</th>
            </tr>
          </thead>
          <tbody>
            {article.excerpts.map(({ id, paragraph, quote, check }) =>
              check ? (
                <tr key={id}>
                  <td>
                    “{quote}” ({PRINT_TEXT.sheet.paragraph(paragraph)})
                  </td>
                  <td className="echoes-print__verdict">
                    {VERDICT_SIGNS[check.verdict]} {VERDICT_LABELS[check.verdict]}
                  </td>
                  <td>{check.note}</td>
                  <td>
                    {check.sources.length === 0
                      ? PRINT_TEXT.sheet.noSources
                      : check.sources.map((source) => (
                          <span key={source.url} className="echoes-print-table__source">
                            {printedSource(source)}
                          </span>
                        ))}
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      ))}
    </article>
  );
}
