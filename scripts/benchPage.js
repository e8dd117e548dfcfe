// The benchmark's helpers inside the measured page (scripts/bench.ts adds this file to both
// Echoes' page and vis-timeline's before their own scripts run), as `window.echoesBench`.
(() => {
  /** The performance marks the two pages set, each in a requestAnimationFrame callback, when first drawn. */
  const RENDER_MARKS = ["echoes:timeline-rendered", "vis:rendered"];

  /**
   * Calls back once the frame whose requestAnimationFrame callbacks are running has been drawn:
   * the browser renders the frame before the next task. A user-blocking task runs before the
   * tasks already queued (React's work among them), which would otherwise count as drawing.
   * @param {(now: number) => void} then
   */
  const onceRendered = (then) => {
    const scheduler =
      /** @type {{ scheduler?: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }} */ (
        globalThis
      ).scheduler;
    if (scheduler) {
      void scheduler.postTask(() => then(performance.now()), { priority: "user-blocking" });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(undefined);
  };

  /** When each render mark's frame had been drawn. @type {Record<string, number>} */
  const drawnAt = {};
  const setMark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = setMark(name, options);
    if (RENDER_MARKS.includes(name) && !(name in drawnAt)) {
      onceRendered((now) => {
        drawnAt[name] = now;
      });
    }
    return entry;
  };

  /** @type {{ frames: Array<{ at: number; ms: number }>; running: boolean } | undefined} */
  let recording;

  /** Starts recording frame intervals from a requestAnimationFrame loop. */
  const recordFrames = () => {
    const current = {
      frames: /** @type {Array<{ at: number; ms: number }>} */ ([]),
      running: true,
    };
    recording = current;
    /** @type {number | undefined} */
    let last;
    /** @param {number} now */
    const loop = (now) => {
      if (last !== undefined) current.frames.push({ at: now, ms: now - last });
      last = now;
      if (current.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };

  /** Stops recording: the intervals of the frames begun by `until`. @param {number} until */
  const stopFrames = (until) => {
    if (!recording) return [];
    recording.running = false;
    return recording.frames.filter((frame) => frame.at <= until).map((frame) => frame.ms);
  };

  /**
   * Echoes' marks laid out at the zoom shown: not scaled or shifted while a new layout waits. A
   * chart without that transform is taken as caught up, and is settled when its DOM is.
   */
  const layoutCaughtUp = () => {
    const content = document.querySelector(".echoes-chart__content");
    if (!(content instanceof SVGElement)) return true;
    const number = "(-?[\\d.]+(?:e[-+]?\\d+)?)";
    const parts = new RegExp(
      `translateX\\(${number}px\\) scaleX\\(${number}\\) translateX\\(${number}px\\)`,
    ).exec(content.style.transform);
    if (!parts) return true;
    const [, shift, scale, back] = parts.map(Number);
    return scale === 1 && Math.abs((shift ?? 0) + (back ?? 0)) < 0.5;
  };

  /**
   * @typedef {object} SettleOptions
   * @property {string} root Where mutations are watched.
   * @property {number} [floorMs] Not settled before this long after the call.
   * @property {string} [present] A selector that must match.
   * @property {string} [absent] A selector that must not match.
   * @property {string} [textOf] An element whose text must change from what it is at the call.
   * @property {boolean} [caughtUp] The chart's layout must have caught up with its zoom.
   * @property {string} [ignoreClassOf] Class changes of elements matching this are not changes of the view.
   * @property {number} [quietFrames] Frames drawn without a mutation after the last one's.
   * @property {number} timeoutMs
   */

  /**
   * Waits until the view has settled: what it must show is there, and nothing under root has
   * changed for quietFrames drawn frames. Resolves with when the frame that drew the last change
   * had been drawn, or with why it did not settle.
   * @param {SettleOptions} options
   * @returns {Promise<{ endMs: number } | { unfinished: string }>}
   */
  const settle = (options) =>
    new Promise((resolve) => {
      const {
        root,
        floorMs = 0,
        present,
        absent,
        textOf,
        caughtUp = false,
        ignoreClassOf,
        quietFrames = 2,
        timeoutMs,
      } = options;
      const start = performance.now();
      const watched = document.querySelector(root);
      if (!watched) {
        resolve({ unfinished: `no ${root} in the page` });
        return;
      }
      const textBefore = textOf ? document.querySelector(textOf)?.textContent : undefined;
      let lastChange = start;
      const observer = new MutationObserver((records) => {
        const changes = records.filter(
          (record) =>
            !(
              ignoreClassOf &&
              record.attributeName === "class" &&
              record.target instanceof Element &&
              record.target.matches(ignoreClassOf)
            ),
        );
        if (changes.length > 0) lastChange = performance.now();
      });
      observer.observe(watched, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const ready = () =>
        performance.now() - start >= floorMs &&
        (!present || document.querySelector(present) !== null) &&
        (!absent || document.querySelector(absent) === null) &&
        (!textOf || document.querySelector(textOf)?.textContent !== textBefore) &&
        (!caughtUp || layoutCaughtUp());
      /** @type {number[]} */
      const drawn = [];
      const finish = (/** @type {{ endMs: number } | { unfinished: string }} */ result) => {
        observer.disconnect();
        resolve(result);
      };
      const nextFrame = () =>
        requestAnimationFrame(() =>
          onceRendered((now) => {
            drawn.push(now);
            const since = drawn.filter((at) => at > lastChange);
            const [first] = since;
            if (first !== undefined && since.length > quietFrames && ready()) {
              finish({ endMs: first });
            } else if (now - start > timeoutMs) {
              finish({ unfinished: `not settled within ${timeoutMs / 1000} s` });
            } else {
              nextFrame();
            }
          }),
        );
      nextFrame();
    });

  /**
   * What the chart drew: its event marks, its "+N" badges and the events they stand for, and
   * every element under it.
   * @param {{ chart: string; marks: string; badges?: string }} selectors
   */
  const drawn = ({ chart, marks, badges }) => {
    const element = document.querySelector(chart);
    const found = badges ? [...(element?.querySelectorAll(badges) ?? [])] : [];
    return {
      marks: element?.querySelectorAll(marks).length ?? 0,
      badges: found.length,
      foldedEvents: found.reduce(
        (sum, badge) => sum + (badge.getAttribute("data-refs")?.split(" ").length ?? 0),
        0,
      ),
      chartElements: element?.querySelectorAll("*").length ?? 0,
    };
  };

  /** @type {Promise<{ ms: number } | { unfinished: string }> | undefined} */
  let keystroke;

  /**
   * Times the next key pressed: from its keydown to the frame that draws the text of textOf
   * changed (the table's caption, which counts its rows).
   * @param {string} textOf
   * @param {number} timeoutMs
   */
  const armKeystroke = (textOf, timeoutMs) => {
    keystroke = new Promise((resolve) => {
      window.addEventListener(
        "keydown",
        (event) => {
          const pressedAt = event.timeStamp;
          void settle({ root: textOf, textOf, quietFrames: 0, timeoutMs }).then((result) =>
            resolve("endMs" in result ? { ms: result.endMs - pressedAt } : result),
          );
        },
        { capture: true, once: true },
      );
    });
  };

  Object.assign(window, {
    echoesBench: {
      drawnAt,
      recordFrames,
      stopFrames,
      settle,
      drawn,
      armKeystroke,
      keystroke: () => keystroke,
    },
  });
})();
