/** The iCalendar feed (RFC 5545 text) of a partner initiative in Schönefeld, with dates relative to `today`. */
export declare function createPartnerCalendar(today?: Date): string;
