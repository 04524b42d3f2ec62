// What every widget needs, measured by scripts/size.mjs against the shared-core budget.
export * from '../src/components/shared/quartier-element.ts';
export * from '../src/controllers/data-controller.ts';
export * from '../src/controllers/filter-controller.ts';
export * from '../src/state/filter.ts';
export * from '../src/state/url-binding.ts';
export * from '../src/styles/shared.ts';
export * from '../src/define.ts';
