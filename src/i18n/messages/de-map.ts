/** German texts of <quartier-project-map>. */
export const deMap = {};

export type MapMessages = typeof deMap;
