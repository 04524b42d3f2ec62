import type { FormMessages } from './de-form.js';

export const enForm: FormMessages = {};
