/** Where an excerpt quotes from: a paragraph, counted from 0, or the headline. */
export type ExcerptPlace = number | typeof HEADLINE;

/** The excerpt place for words of the article's headline, its `title`. */
export const HEADLINE = "headline";

export interface ArticleText {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** The text an excerpt at `place` quotes from; undefined where the article has no such paragraph. */
export function placeText(article: ArticleText, place: ExcerptPlace): string | undefined {
  return place === HEADLINE ? article.title : article.paragraphs[place];
}
