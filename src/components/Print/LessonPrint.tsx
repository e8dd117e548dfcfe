import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { findLesson } from "../../data/format/collection";
import { PRINT_TEXT } from "../../i18n/print";

import { useEchoes } from "../../store/EchoesProvider";
import { selectCollection } from "../../store/selectors";
import { useCalendarTicks } from "../Timeline/useCalendarTicks";
import { ClassHandout } from "./ClassHandout";
import { TeacherSheet } from "./TeacherSheet";

export interface LessonPrintProps {
  readonly lessonId: string;
  /** The dialog closed: focus goes back to the button that opened it. */
  readonly onClose: () => void;
}

type Sheet = "class" | "teacher";

/**
 * A dialog that prints a lesson's class handout or its teacher's sheet: the
 * sheet chosen is put in the page, in place of it on paper (see print.css),
 * for as long as the browser prints; the dialog stays for the other one.
 */
export function LessonPrint({ lessonId, onClose }: LessonPrintProps) {
  const collection = useEchoes(selectCollection);
  const lesson = collection && findLesson(collection, lessonId);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [sheet, setSheet] = useState<Sheet>();
  // Loaded with the dialog for a stop on the calendar: the sheet is printed as soon as it is chosen.
  const calendarTicks = useCalendarTicks(
    lesson?.stops.some((stop) => stop.view?.mode === "calendar") ?? false,
  );

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  // Printed once the sheet is in the page; taken out when the browser is done.
  useEffect(() => {
    if (!sheet) return;
    const done = () => setSheet(undefined);
    window.addEventListener("afterprint", done);
    window.print();
    return () => window.removeEventListener("afterprint", done);
  }, [sheet]);

  if (!collection || !lesson) return null;
  const claims = collection.articles.reduce(
    (count, article) => count + article.excerpts.filter((excerpt) => excerpt.check).length,
    0,
  );
  const { lesson: text } = PRINT_TEXT;
  return (
    <>
      <dialog
        ref={dialogRef}
        className="echoes-print-dialog"
        aria-labelledby={headingId}
        onClose={onClose}
      >
        <h2 id={headingId}>{text.dialogTitle(lesson.title)}</h2>
        <div className="echoes-print-dialog__choice">
          <button type="button" className="echoes-button" onClick={() => setSheet("class")}>
            {text.classHandout}
          </button>
          <p>{text.classHandoutHelp(lesson.stops.length)}</p>
        </div>
        <div className="echoes-print-dialog__choice">
          <button type="button" className="echoes-button" onClick={() => setSheet("teacher")}>
            {text.teacherSheet}
          </button>
          <p>{text.teacherSheetHelp(claims)}</p>
        </div>
        <form method="dialog" className="echoes-print-dialog__actions">
          <button type="submit" className="echoes-button">
            {text.close}
          </button>
        </form>
      </dialog>
      {sheet
        ? createPortal(
            sheet === "class" ? (
              <ClassHandout collection={collection} lesson={lesson} calendarTicks={calendarTicks} />
            ) : (
              <TeacherSheet collection={collection} lesson={lesson} />
            ),
            document.body,
          )
        : null}
    </>
  );
}
