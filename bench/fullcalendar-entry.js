// FullCalendar 7 with day grid and list, fed the same data as quartier-widgets (a benchmark only).
import 'temporal-polyfill/global';
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';

const response = await fetch('/bench/data.json');
const data = await response.json();
const toEvent = (e) => ({
  id: e.id,
  title: e.title,
  start: e.start,
  end: e.end,
  allDay: e.start.length === 10,
  extendedProps: { topics: e.topics },
});
const events = data.events.map(toEvent);
const calendar = new Calendar(document.getElementById('calendar'), {
  plugins: [dayGridPlugin, listPlugin],
  initialView: 'dayGridMonth',
  initialDate: '2026-05-15',
  timeZone: 'Europe/Berlin',
  locale: 'de',
  events,
});
calendar.render();
window.fullCalendar = { calendar, events };
