/** The closed word lists of the data format (SPEC §4), shared by schemas and UI. */

export const ACCESSIBILITY_FEATURES = [
  'wheelchair',
  'accessible-toilet',
  'hearing-loop',
  'sign-language',
  'easy-language',
  'childcare',
  'free-of-charge',
] as const;

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const PROJECT_STATUSES = ['idea', 'planned', 'active', 'completed'] as const;
