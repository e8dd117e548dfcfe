import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Parts of the page load once the chart is drawn, and a test run transforms each such module on
// its first import: on a busy machine that takes longer than the usual second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);
