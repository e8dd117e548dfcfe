import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, closeContextsAfterEach, launchBrowser } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

describe("privacy and the content security policy", () => {
  it.each(["/", "/?embed", "/?mode=calendar&event=prague-1968/warsaw-pact-invasion"])(
    "%s asks nothing of any other origin and breaks none of its policy",
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const requested: string[] = [];
      context.on("request", (request) => requested.push(request.url()));
      const page = await context.newPage();
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { violations: string[] }).violations = violations;
        document.addEventListener("securitypolicyviolation", (event) =>
          violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
        );
      });
      await page.goto(new URL(path, baseUrl()).href);
      const chart = page.getByRole("group", { name: /^Timeline/ });
      await chart.getByRole("button").first().waitFor();
      await chart.getByRole("button", { name: /^Warsaw Pact invasion/ }).click();
      await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
      await page.getByRole("radio", { name: "Sequence" }).click();

      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute("content");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain("unsafe");
      expect(
        await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      ).toEqual([]);
      const origin = new URL(baseUrl()).origin;
      expect(requested.length).toBeGreaterThan(3);
      expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      await context.close();
    },
  );
});
