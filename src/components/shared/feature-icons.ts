/**
 * Symbols for the accessibility features, always shown next to their words
 * (never instead of them). Inline SVG drawn in `currentColor`, so they follow
 * the text colour, forced-colors mode included, and need no emoji font.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { AccessibilityFeature } from '../../model/types.js';

const PATHS: Record<AccessibilityFeature, SVGTemplateResult> = {
  wheelchair: svg`<circle cx="11" cy="4" r="2" /><path d="M11 7v6h5l2 5h2" /><path d="M8 10.5a5.5 5.5 0 1 0 7 7.5" />`,
  'accessible-toilet': svg`<path d="M3 7l1.5 10L7 10l2.5 7L11 7" /><path d="M20 8.5a4 4 0 1 0 0 7" />`,
  'hearing-loop': svg`<path d="M7 17c1 3 5 3 6 0 .6-2 4-3.5 4-8a5 5 0 0 0-10 0" /><path d="M10 9a2 2 0 0 1 4 0c0 2-2 2.5-2 4" /><path d="M3 21L21 3" />`,
  'sign-language': svg`<path d="M8 13V6a1.2 1.2 0 0 1 2.4 0v5" /><path d="M10.4 11V4.5a1.2 1.2 0 0 1 2.4 0V11" /><path d="M12.8 11V6a1.2 1.2 0 0 1 2.4 0v6" /><path d="M15.2 12V9a1.2 1.2 0 0 1 2.4 0v5c0 4-2.5 7-6 7-2.5 0-4-1.5-5.5-4L4.5 14a1.3 1.3 0 0 1 2-1.6L8 14" />`,
  'easy-language': svg`<path d="M3 5.5c3-1 6-1 9 1 3-2 6-2 9-1v13c-3-1-6-1-9 1-3-2-6-2-9-1z" /><path d="M12 6.5v13" />`,
  childcare: svg`<circle cx="12" cy="6" r="3" /><path d="M5 21c0-5 3-8 7-8s7 3 7 8" /><path d="M9 17h6" />`,
  'free-of-charge': svg`<path d="M17 6.5A6 6 0 1 0 17 17.5" /><path d="M5 10.5h8M5 13.5h8" />`,
};

export const featureIcon = (feature: AccessibilityFeature): SVGTemplateResult =>
  svg`<svg class="feature-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${PATHS[feature]}</svg>`;
