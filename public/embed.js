// Echoes: sizes each <iframe data-echoes-embed> on this page to the height its embed asks for.
// The embed posts { type: "echoes:resize", height } whenever its height changes; nothing else
// is read, and only from the iframe's own window and origin.
(() => {
  const MAX_HEIGHT = 20000;
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (typeof data !== "object" || data === null || data.type !== "echoes:resize") return;
    const height = data.height;
    if (typeof height !== "number" || !Number.isFinite(height) || height <= 0) return;
    for (const frame of document.querySelectorAll("iframe[data-echoes-embed]")) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, window.location.href).origin !== event.origin) continue;
      frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
    }
  });
})();
