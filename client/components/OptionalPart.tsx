import { Component, type ReactNode } from 'react';

/**
 * Around parts of a page that load after it (lazy chunks: panels, workflow bars, history). If such a
 * chunk cannot be fetched (the connection dropped before it arrived), the part is left out and the rest
 * of the page, the text above all, keeps working; without this React unmounts the whole page. It tries
 * again when the browser says it is back online.
 */
export class OptionalPart extends Component<{ children: ReactNode; fallback?: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private retry = () => this.setState({ failed: false });

  componentDidMount(): void {
    window.addEventListener('online', this.retry);
  }

  componentWillUnmount(): void {
    window.removeEventListener('online', this.retry);
  }

  componentDidCatch(error: unknown): void {
    console.warn('A part of the page could not be loaded; the rest keeps working.', error);
  }

  render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
