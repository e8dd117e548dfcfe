import { describe, expect, it } from "vitest";
import { printedSource, sourceSite, titleAndSite } from "./printedSource";

const source = {
  title: "Prague Spring",
  publisher: "Wikipedia",
  url: "https://en.wikipedia.org/wiki/Prague_Spring#Invasion",
};

describe("sourceSite(url)", () => {
  it("is the host name without www.", () => {
    expect(sourceSite("https://www.britannica.com/event/Hungarian-Revolution-1956")).toBe(
      "britannica.com",
    );
    expect(sourceSite(source.url)).toBe("en.wikipedia.org");
  });

  it("is undefined for what is not an address", () => {
    expect(sourceSite("not an address")).toBeUndefined();
  });
});

describe("printedSource(source)", () => {
  it("gives title, publisher, locator and site, never the whole address", () => {
    const text = printedSource({ ...source, locator: "section 3" });
    expect(text).toBe("Prague Spring, Wikipedia, section 3 (en.wikipedia.org)");
    expect(text).not.toContain("https://");
  });

  it("does not repeat a site the publisher names", () => {
    expect(
      printedSource({
        title: "1956. október 23.",
        publisher: "Magyar Kronológia (magyarkronologia.hu)",
        url: "https://www.magyarkronologia.hu/1956-oktober-23",
      }),
    ).toBe("1956. október 23., Magyar Kronológia (magyarkronologia.hu)");
  });
});

describe("titleAndSite(source)", () => {
  it("gives the title and the site", () => {
    expect(titleAndSite(source)).toBe("Prague Spring (en.wikipedia.org)");
  });
});
