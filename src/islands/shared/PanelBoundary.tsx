/**
 * Keeps a failure inside one panel: instead of a blank island, the panel says what happened and
 * offers the user's data as a file, so nothing they have entered is lost. A lazily loaded panel
 * also gets a short "Loading…" while it arrives. Panels in the server-rendered first view get no
 * Suspense boundary: React outlines a large boundary's HTML behind an inline script, which our
 * CSP blocks, and the first view would then wait for JavaScript after all.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the panel is, in words: "The mock interview". */
  name: string;
  /** Saves the user's data to a file; must work even when the panel's own code does not. */
  onExport: () => void;
  /** The panel is `React.lazy`: show "Loading…" until its code arrives. */
  lazy?: boolean;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

export const PANEL_FAILED = (name: string) =>
  `${name} could not be shown because of a problem on this page. Your saved data has not been changed; export it to keep a copy, then reload the page.`;

export class PanelBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever opens the console; the user sees the message below.
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="island-notice panel-failed" role="alert">
          <p>{PANEL_FAILED(this.props.name)}</p>
          <p>
            <button type="button" className="button" onClick={this.props.onExport}>
              Export my data
            </button>
          </p>
        </div>
      );
    }
    if (!this.props.lazy) return this.props.children;
    return <Suspense fallback={<p className="panel-loading">Loading…</p>}>{this.props.children}</Suspense>;
  }
}
