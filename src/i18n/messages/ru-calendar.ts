// Russian texts of <quartier-event-calendar>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { CalendarMessages } from './de-calendar.js';

const numbers = new Intl.NumberFormat('ru');

export const ruCalendar: CalendarMessages = {
  label: 'Календарь мероприятий',
  view: { month: 'Месяц', week: 'Неделя', list: 'Список' },
  views: 'Вид',
  previous: { month: 'Предыдущий месяц', week: 'Предыдущая неделя', list: 'Предыдущий месяц' },
  next: { month: 'Следующий месяц', week: 'Следующая неделя', list: 'Следующий месяц' },
  today: 'Сегодня',
  day: (date, count) => `${date}, ${count}`,
  more: (count) => `ещё ${numbers.format(count)}`,
  allDay: 'весь день',
  until: (date) => `до ${date}`,
  at: (time) => time,
  status: { cancelled: 'отменено', postponed: 'перенесено', scheduled: '' },
  empty: {
    // Intl writes "июнь 2026 г.": "на" + accusative keeps the month as Intl gives it.
    month: (title) => `На ${title} мероприятий нет.`,
    week: (title) => `На период ${title} мероприятий нет.`,
    list: (title) => `На ${title} мероприятий нет.`,
    upcoming: 'Сейчас нет объявленных мероприятий.',
    day: 'В этот день мероприятий нет.',
  },
  filtered: 'Выбранный фильтр скрывает часть мероприятий.',
  resetFilter: 'Сбросить фильтр',
  skip: 'Пропустить календарь',
  end: 'Конец календаря',
  allEvents: 'Все мероприятия',
  exportShown: 'Экспортировать все показанные мероприятия',
  exportFileName: (title) => `Мероприятия ${title}`,
  close: 'Закрыть',
  details: {
    when: 'Когда',
    where: 'Где',
    organizer: 'Организатор',
    topics: 'Темы',
    accessibility: 'Доступность',
    languages: 'Языки',
    registration: 'Регистрация',
    registrationRequired: 'Нужна предварительная регистрация',
    registrationDeadline: (date) => `Последний день регистрации: ${date}`,
    register: 'Зарегистрироваться',
    website: 'Подробнее',
    map: 'Показать место на OpenStreetMap',
    recurring: 'Регулярное мероприятие',
    addToCalendar: 'Добавить в мой календарь',
    email: (address) => `Написать на ${address}`,
    phone: (number) => `Позвонить: ${number}`,
  },
  badTimeZone: (zone) =>
    `quartier-widgets: неизвестный часовой пояс «${zone}»; календарь использует Europe/Berlin.`,
};
