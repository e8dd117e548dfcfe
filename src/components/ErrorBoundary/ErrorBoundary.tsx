import "./errorBoundary.css";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { STATUS_TEXT } from "../../i18n/status";
import { retryFailedLoads } from "./retryableLazy";

export interface ErrorBoundaryProps {
  /** What is drawn inside, as the reader knows it: "Table of events", "The article". */
  readonly part: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error?: Error;
}

/** The app with no view in its address: the way on when the address itself leads to the failure. */
function startAddress(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/**
 * Keeps a part that fails to draw (a bug, or its code that could not be
 * fetched after a deploy) from blanking the page: it says what failed, keeps
 * the rest, and offers to try again, reload at the same address, or start
 * again from the default view.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Echoes: ${this.props.part} could not be shown`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="echoes-failed" role="alert">
        <p>
          <strong>{STATUS_TEXT.failed(this.props.part)}</strong> {error.message}
        </p>
        <button
          type="button"
          className="echoes-button"
          onClick={() => {
            retryFailedLoads();
            this.setState({ error: undefined });
          }}
        >
          {STATUS_TEXT.tryAgain}
        </button>{" "}
        <button type="button" className="echoes-button" onClick={() => window.location.reload()}>
          {STATUS_TEXT.reload}
        </button>{" "}
        <a className="echoes-button" href={startAddress()}>
          {STATUS_TEXT.startAgain}
        </a>
      </div>
    );
  }
}
