// A small collection built from scratch through the studio's edits, as an author would build it:
// two episodes, six events, one role, an article with two linked and checked passages, and a
// two-stop lesson. Tests of the studio check, share and export it.
import { addEpisode, addEvent, blankDraft, type Draft, episodePath } from "../../src/studio/draft";
import { addArticle, addExcerpt, articlePath, setCheck } from "../../src/studio/editArticle";
import { addLesson, addStop, lessonPath } from "../../src/studio/editLessons";
import { addRole, addStatement, setRoleMember } from "../../src/studio/editRoles";

const source = {
  title: "Cold War crises",
  publisher: "An encyclopedia",
  url: "https://example.org/cold-war",
};

const event = (id: string, date: string, kind: string) => ({
  id,
  date,
  title: `The ${id.replace(/-/g, " ")}`,
  summary: `What happened at the ${id.replace(/-/g, " ")}.`,
  kind,
  certainty: { level: "confirmed" },
  sources: [source],
});

export const ARTICLE_TEXT =
  "Troops arrived within days.\n\nThe leaders said they had been invited.";

export function scratchDraft(): Draft {
  let draft = blankDraft("Two crises");
  draft = addEpisode(draft, {
    id: "east-1953",
    title: "The uprising of 1953",
    label: "East Germany, 1953",
    summary: "Workers struck, and Soviet tanks ended it.",
  });
  draft = addEpisode(draft, {
    id: "poland-1956",
    title: "The Poznań protests of 1956",
    label: "Poland, 1956",
    summary: "Workers protested, and the army put them down.",
  });
  const east = episodePath("east-1953");
  const poland = episodePath("poland-1956");
  draft = addEvent(draft, east, event("strike", "1953-06-16", "protest"));
  draft = addEvent(draft, east, event("tanks-arrive", "1953-06-17", "intervention"));
  draft = addEvent(draft, east, event("martial-law-ends", "1953-07", "aftermath"));
  draft = addEvent(draft, poland, event("march", "1956-06-28", "protest"));
  draft = addEvent(draft, poland, event("army-arrives", "1956-06-28T14:00", "crackdown"));
  draft = addEvent(draft, poland, event("trials", "1956-09", "aftermath"));
  draft = addRole(draft, {
    id: "troops-arrive",
    label: "Troops arrive",
    description: "Armed force comes to end the protest.",
  });
  draft = setRoleMember(draft, 0, { episode: "east-1953", events: ["tanks-arrive"] });
  draft = setRoleMember(draft, 0, { episode: "poland-1956", events: ["army-arrives"] });
  draft = addStatement(draft, 0, "alike", "Force ended a workers' protest within days.", [
    "east-1953/tanks-arrive",
    "poland-1956/army-arrives",
  ]);
  draft = addStatement(
    draft,
    0,
    "differs",
    "Soviet troops in one; the country's own army in the other.",
  );
  draft = addArticle(draft, { id: "echoes", title: "Echoes of force", text: ARTICLE_TEXT });
  const article = articlePath("echoes");
  draft = addExcerpt(draft, article, {
    id: "within-days",
    paragraph: 0,
    start: 0,
    end: 26,
    events: ["east-1953/tanks-arrive"],
  });
  draft = addExcerpt(draft, article, {
    id: "invited",
    paragraph: 1,
    start: 4,
    end: 38,
    events: ["poland-1956/army-arrives"],
  });
  draft = setCheck(draft, article, 0, {
    verdict: "consistent",
    note: "A day apart.",
    sources: [source],
  });
  draft = setCheck(draft, article, 1, {
    verdict: "unverifiable",
    note: "No record says so.",
    sources: [],
  });
  draft = addLesson(draft, { id: "two-crises", title: "Two crises", summary: "Compare the two." });
  const lesson = lessonPath("two-crises");
  draft = addStop(draft, lesson, {
    id: "arrival",
    title: "The force arrives",
    text: "Tanks in one, soldiers in the other.",
    question: "Who sent them?",
    view: {
      mode: "aligned",
      role: "troops-arrive",
      window: [-2, 5],
      passage: "echoes/within-days",
    },
    evidence: ["east-1953/tanks-arrive", "poland-1956/army-arrives"],
  });
  draft = addStop(draft, lesson, {
    id: "after",
    title: "Afterwards",
    text: "Both ended in weeks.",
    question: "What came after?",
    view: { mode: "calendar", role: "troops-arrive", event: "east-1953/martial-law-ends" },
    evidence: ["east-1953/martial-law-ends"],
  });
  return draft;
}
