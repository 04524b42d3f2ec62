// Russian shared texts (states, filter, counted nouns); machine-assisted translation by the team, not yet checked by a native speaker.
import type { Messages } from './de.js';

const numbers = new Intl.NumberFormat('ru');
const number = (value: number) => numbers.format(value);

export const ru: Messages = {
  loading: 'Загрузка данных …',
  retry: 'Повторить попытку',
  separator: ', ',
  reportBarrier: 'Сообщить о барьере',
  loadFailed: 'Не удалось загрузить данные.',
  monthsFailed: (months) =>
    `Не удалось загрузить мероприятия за ${months}. Показано то, что доступно.`,
  someSourcesFailed: (failed, total) =>
    `Не удалось загрузить источники данных: ${number(failed)} из ${number(total)}. Показано то, что доступно.`,
  sourceError: {
    'bad-url': 'Адрес источника данных указан неверно.',
    network: 'Сервер недоступен. Пожалуйста, проверьте подключение к интернету.',
    timeout: 'Сервер не ответил вовремя.',
    http: 'Сервер ответил ошибкой.',
    'too-large': 'Файл слишком большой, чтобы показать его здесь.',
    'not-data': 'По этому адресу находится веб-страница, а не данные.',
    malformed: 'Файл не содержит корректных данных в формате JSON.',
    'malformed-calendar': 'Файл не удаётся прочитать как календарь iCalendar (.ics).',
    'unknown-format': 'Формат данных не распознан.',
  },
  httpStatus: (status) => `код ошибки ${status}`,
  count: {
    events: {
      one: '# мероприятие',
      few: '# мероприятия',
      many: '# мероприятий',
      other: '# мероприятия',
    },
    projects: { one: '# проект', few: '# проекта', many: '# проектов', other: '# проекта' },
    topics: { one: '# тема', few: '# темы', many: '# тем', other: '# темы' },
    warnings: {
      one: '# примечание',
      few: '# примечания',
      many: '# примечаний',
      other: '# примечания',
    },
  },
  filter: {
    facet: { topics: 'Темы', accessibility: 'Доступность', languages: 'Языки' },
    allTopics: 'Все темы',
    option: (label, count) => (count === undefined ? label : `${label} (${number(count)})`),
    reset: 'Показать все',
    toggle: (active) => (active > 0 ? `Фильтр (${number(active)})` : 'Фильтр'),
    active: 'Выбранные фильтры',
    remove: (label) => `Убрать фильтр «${label}»`,
    empty: 'Здесь пока нечего фильтровать: в источнике данных нет ни тем, ни мероприятий.',
  },
  feature: {
    wheelchair: 'Доступно для инвалидных колясок',
    'accessible-toilet': 'Туалет для людей с инвалидностью',
    'hearing-loop': 'Индукционная петля для слуховых аппаратов',
    'sign-language': 'Жестовый язык',
    'easy-language': 'Простой язык',
    childcare: 'Присмотр за детьми',
    'free-of-charge': 'Бесплатно',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: только один фильтр на странице может использовать адрес (sync-url); группа «${group}» не связана с адресом.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: <${tag}> уже определён в версии ${existing}; эта копия (версия ${ours}) не используется.`,
};
