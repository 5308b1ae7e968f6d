import { createRoot } from 'react-dom/client';
import { App, type PopupProps } from '@/components/popup/App';
import './style.css';

/** Render the popup (React, uPlot and the components live in this lazily loaded chunk). */
export function mountPopup(root: HTMLElement, props: PopupProps): void {
  createRoot(root).render(<App {...props} />);
}
