import { chromium } from "playwright-core";
const url = process.argv[2]; const w = +(process.argv[3]||1440), h = +(process.argv[4]||900);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const p = await b.newPage({ viewport: { width: w, height: h } });
p.on("pageerror", e => console.log("pageerror:", e.message.slice(0,500)));
await p.goto("http://localhost:4173" + url);
await p.locator("svg.echoes-chart [data-ref]").first().waitFor({timeout: 15000}).catch(()=>{});
await p.waitForTimeout(2500);
if (process.argv[6]) { const el = p.locator(process.argv[6]).first(); await el.scrollIntoViewIfNeeded().catch(()=>{}); }
await p.screenshot({ path: process.argv[5] || "/tmp/probe.png", fullPage: process.argv[7] === "full" });
const d = p.locator(".echoes-details");
if (await d.count()) console.log("details text len", (await d.first().textContent()).length);
await b.close();
