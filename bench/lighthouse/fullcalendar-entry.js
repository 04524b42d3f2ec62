// FullCalendar 7 (day grid + list, as bench/fullcalendar-entry.js) for Lighthouse page (e), fed the page's data.
import 'temporal-polyfill/global';
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';

const element = document.getElementById('calendar');
const response = await fetch(element.dataset.src);
const data = await response.json();
// Texts may be given per language; the page is German. Series are shown once, at their first
// date: FullCalendar needs its rrule plugin (and the rrule library) to expand them.
const text = (value) => (typeof value === 'string' ? value : (value.de ?? Object.values(value)[0]));
const events = data.events.map((e) => ({
  id: e.id,
  title: text(e.title),
  start: e.start,
  end: e.end,
  allDay: e.start.length === 10,
  extendedProps: { topics: e.topics },
}));
element.replaceChildren();
// Like our calendar's default: the month grid when there is room for it, else the list.
const narrow = element.clientWidth < 600;
const calendar = new Calendar(element, {
  plugins: [dayGridPlugin, listPlugin],
  initialView: narrow ? 'listMonth' : 'dayGridMonth',
  initialDate: element.dataset.date,
  headerToolbar: { start: 'title', center: '', end: 'prev,next dayGridMonth,listMonth' },
  timeZone: 'Europe/Berlin',
  locale: 'de',
  events,
});
calendar.render();
window.fullCalendar = { calendar, events };
