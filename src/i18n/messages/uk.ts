// Ukrainian texts shared by all elements, addressing the reader as «Ви»; machine-assisted translation by the team, not yet checked by a native speaker.
import type { Messages } from './de.js';

const number = (value: number) => value.toLocaleString('uk');
/** Codes (HTTP status) without grouping. */
const code = (value: number) => value.toLocaleString('uk', { useGrouping: false });

export const uk: Messages = {
  loading: 'Дані завантажуються …',
  retry: 'Спробувати ще раз',
  separator: ', ',
  reportBarrier: 'Повідомити про барʼєр',
  loadFailed: 'Не вдалося завантажити дані.',
  monthsFailed: (months) => `Не вдалося завантажити події за ${months}. Показано те, що є.`,
  someSourcesFailed: (failed, total) =>
    `Деякі джерела даних не вдалося завантажити (${number(failed)} з ${number(total)}). Показано те, що є.`,
  sourceError: {
    'bad-url': 'Адреса джерела даних недійсна.',
    network: 'Сервер недоступний. Будь ласка, перевірте підключення до інтернету.',
    timeout: 'Сервер не відповів вчасно.',
    http: 'Сервер відповів помилкою.',
    'too-large': 'Файл завеликий, щоб показати його тут.',
    'not-data': 'За цією адресою розміщено вебсторінку, а не дані.',
    malformed: 'Файл не містить коректного JSON.',
    'malformed-calendar': 'Файл не є календарем iCalendar (.ics), який можна прочитати.',
    'unknown-format': 'Формат даних не розпізнано.',
  },
  httpStatus: (status) => `код помилки ${code(status)}`,
  count: {
    events: { one: '# подія', few: '# події', many: '# подій', other: '# події' },
    projects: { one: '# проєкт', few: '# проєкти', many: '# проєктів', other: '# проєкту' },
    topics: { one: '# тема', few: '# теми', many: '# тем', other: '# теми' },
    warnings: { one: '# примітка', few: '# примітки', many: '# приміток', other: '# примітки' },
  },
  filter: {
    facet: { topics: 'Теми', accessibility: 'Доступність', languages: 'Мови' },
    allTopics: 'Усі теми',
    option: (label, count) => (count === undefined ? label : `${label} (${number(count)})`),
    reset: 'Показати все',
    toggle: (active) => (active > 0 ? `Фільтр (${number(active)})` : 'Фільтр'),
    active: 'Активні фільтри',
    remove: (label) => `Прибрати фільтр «${label}»`,
    empty: 'Тут поки що нічого фільтрувати: у джерелі даних немає ні тем, ні подій.',
  },
  feature: {
    wheelchair: 'Доступно для крісел колісних',
    'accessible-toilet': 'Безбарʼєрний туалет',
    'hearing-loop': 'Індукційна петля',
    'sign-language': 'Жестова мова',
    'easy-language': 'Проста німецька мова',
    childcare: 'Догляд за дітьми',
    'free-of-charge': 'Безкоштовно',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: лише один фільтр на сторінці може використовувати адресу (sync-url); групу «${group}» не повʼязано з адресою.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: <${tag}> уже визначено у версії ${existing}; цю копію (версія ${ours}) не використано.`,
};
