import type { Figure } from "./schema";

/** "31,550–200,000 soldiers" or "722 soldiers", in the reader's number style. */
export function formatFigureValue(figure: Pick<Figure, "value" | "unit">, locale: string): string {
  const numbers = new Intl.NumberFormat(locale);
  const { value } = figure;
  const amount = Array.isArray(value)
    ? value[0] === value[1]
      ? numbers.format(value[0])
      : numbers.formatRange(value[0], value[1])
    : numbers.format(value);
  return `${amount} ${figure.unit}`;
}
