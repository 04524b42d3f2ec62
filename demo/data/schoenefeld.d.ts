import type { QuartierData } from '../../src/model/types.js';

/** Demo data for Leipzig-Schönefeld with dates relative to `today`. */
export declare function createDemoData(today?: Date): {
  version: 1;
  topics: Omit<QuartierData['topics'][number], 'source'>[];
  events: Omit<QuartierData['events'][number], 'source'>[];
  projects: Omit<QuartierData['projects'][number], 'source'>[];
};
export declare const DEMO_TIME_ZONE: string;
