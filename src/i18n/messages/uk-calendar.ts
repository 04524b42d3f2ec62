// Ukrainian texts of <quartier-event-calendar>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { CalendarMessages } from './de-calendar.js';

const number = (value: number) => value.toLocaleString('uk');

export const ukCalendar: CalendarMessages = {
  label: 'Календар подій',
  view: { month: 'Місяць', week: 'Тиждень', list: 'Список' },
  views: 'Вигляд',
  previous: { month: 'Попередній місяць', week: 'Попередній тиждень', list: 'Попередній місяць' },
  next: { month: 'Наступний місяць', week: 'Наступний тиждень', list: 'Наступний місяць' },
  today: 'Сьогодні',
  day: (date, count) => `${date}, ${count}`,
  more: (count) => `ще ${number(count)}`,
  allDay: 'увесь день',
  until: (date) => `до ${date}`,
  at: (time) => time,
  status: { cancelled: 'скасовано', postponed: 'перенесено', scheduled: '' },
  /** The titles are "травень 2026 р." and "18–24 травня 2026 р.": "за" takes them as they are. */
  empty: {
    month: (title) => `Немає подій за ${title}.`,
    week: (title) => `Немає подій за період ${title}.`,
    list: (title) => `Немає подій за ${title}.`,
    upcoming: 'Наразі немає оголошених подій.',
    day: 'Цього дня подій немає.',
  },
  filtered: 'Вибраний фільтр приховує деякі події.',
  resetFilter: 'Скинути фільтр',
  skip: 'Пропустити календар',
  end: 'Кінець календаря',
  allEvents: 'Усі події',
  exportShown: 'Експортувати всі показані події',
  exportFileName: (title) => `Події ${title}`,
  close: 'Закрити',
  details: {
    when: 'Коли',
    where: 'Де',
    organizer: 'Організатор',
    topics: 'Теми',
    accessibility: 'Доступність',
    languages: 'Мови',
    registration: 'Реєстрація',
    registrationRequired: 'Потрібна реєстрація',
    registrationDeadline: (date) => `Останній день реєстрації: ${date}`,
    register: 'Зареєструватися',
    website: 'Докладніше',
    map: 'Переглянути місце на OpenStreetMap',
    recurring: 'Регулярна подія',
    addToCalendar: 'Додати до мого календаря',
    email: (address) => `Написати на ${address}`,
    phone: (number) => `Зателефонувати: ${number}`,
  },
  badTimeZone: (zone) =>
    `quartier-widgets: невідомий часовий пояс «${zone}»; календар використовує Europe/Berlin.`,
};
