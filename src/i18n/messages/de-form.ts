/** German texts of <quartier-idea-form>. */
export const deForm = {};

export type FormMessages = typeof deForm;
