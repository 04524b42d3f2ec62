import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import { calendar, root } from '../helpers/calendar.js';

describe('the real iCalendar files in the widget', () => {
  // Each file from ../shared/realdata, shown from its first date: the calendar renders, never an error.
  // Files whose only events are skipped (no SUMMARY) or that have none show the empty state.
  const FILES: [string, string, boolean][] = [
    ['icaljs/blank_line_mid.ics', '2026-05-19', false],
    ['icaljs/day_long_recur_yearly.ics', '2012-08-03', true],
    ['icaljs/duration_instead_of_dtend.ics', '2012-06-30', true],
    ['icaljs/google_birthday.ics', '2012-12-10', true],
    ['icaljs/multiple_rrules.ics', '2012-03-26', true],
    ['icaljs/only_dtstart_date.ics', '2012-06-30', true],
    ['icaljs/parserv2.ics', '2012-09-11', true],
    ['icaljs/rdate_exdate.ics', '2024-06-09', false],
    ['icaljs/recur_instances.ics', '2012-10-02', true],
    ['icaljs/timezones_Europe_Berlin.ics', '2026-05-19', false],
    ['icalendar-py/bom_calendar.ics', '2026-05-19', false],
    ['icalendar-py/created_calendar_with_unicode_fields.ics', '2010-10-10', true],
    ['icalendar-py/issue_1050_forward_timezone_reference.ics', '2025-01-15', true],
    ['icalendar-py/issue_1081_list_of_properties.ics', '2025-01-01', true],
    ['icalendar-py/issue_127_categories_with_commas.ics', '2014-02-04', true],
    ['icalendar-py/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics', '2017-05-11', false],
    ['icalendar-py/issue_350.ics', '2022-02-22', true],
    ['icalendar-py/issue_722_missing_timezones.ics', '2014-08-29', true],
    ['icalendar-py/period_with_timezone.ics', '2023-09-20', true],
    ['icalendar-py/x_location.ics', '2016-10-28', true],
  ];
  for (const [file, date, hasEvents] of FILES) {
    it(`shows ${file}`, async () => {
      const el = await calendar({ src: `/__realdata/${file}`, date, view: 'list' });
      expect(root(el).querySelector('[role="alert"]'), 'an error is shown').to.equal(null);
      expect(root(el).querySelector('.toolbar'), 'no toolbar').to.exist;
      const shown = root(el).querySelectorAll('.event').length;
      if (hasEvents) expect(shown, 'events of that month').to.be.greaterThan(0);
      else expect(root(el).querySelector('.empty'), 'the empty state').to.exist;
    });
  }
});
