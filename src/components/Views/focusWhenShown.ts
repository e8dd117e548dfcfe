const WAIT_MS = 5000;

/** Focuses the element with this id once it is on the page: views load on demand, so it may not be yet. */
export function focusWhenShown(id: string): void {
  const until = performance.now() + WAIT_MS;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
