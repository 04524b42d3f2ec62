// Farsi (Persian) texts shared by all elements, addressing the reader as «شما»; machine-assisted translation by the team, not yet checked by a native speaker.
import type { Messages } from './de.js';

/** Numbers in Persian digits, as Intl writes them for Farsi (dates and counted phrases too). */
const number = (value: number) => value.toLocaleString('fa');
/** Codes (HTTP status) in the same digits, without grouping. */
const code = (value: number) => value.toLocaleString('fa', { useGrouping: false });

export const fa: Messages = {
  loading: 'در حال بارگیری داده‌ها …',
  retry: 'تلاش دوباره',
  separator: '، ',
  reportBarrier: 'گزارش مانع دسترسی',
  loadFailed: 'داده‌ها بارگیری نشدند.',
  monthsFailed: (months) =>
    `رویدادهای ${months} بارگیری نشدند. آنچه در دسترس است نمایش داده می‌شود.`,
  someSourcesFailed: (failed, total) =>
    `برخی از منابع داده بارگیری نشدند (${number(failed)} از ${number(total)}). آنچه در دسترس است نمایش داده می‌شود.`,
  sourceError: {
    'bad-url': 'نشانی منبع داده نامعتبر است.',
    network: 'دسترسی به سرور ممکن نیست. لطفاً اتصال اینترنت خود را بررسی کنید.',
    timeout: 'سرور به‌موقع پاسخ نداد.',
    http: 'سرور با خطا پاسخ داد.',
    'too-large': 'این فایل برای نمایش در اینجا بیش از حد بزرگ است.',
    'not-data': 'در این نشانی یک صفحهٔ وب قرار دارد، نه داده.',
    malformed: 'این فایل JSON معتبر ندارد.',
    'malformed-calendar': 'این فایل یک تقویم iCalendar (.ics) قابل‌خواندن نیست.',
    'unknown-format': 'قالب داده‌ها شناسایی نشد.',
  },
  httpStatus: (status) => `کد خطا ${code(status)}`,
  /** Farsi nouns stay singular after a number; `one` covers 0 and 1. */
  count: {
    events: { one: '# رویداد', other: '# رویداد' },
    projects: { one: '# پروژه', other: '# پروژه' },
    topics: { one: '# موضوع', other: '# موضوع' },
    warnings: { one: '# نکته', other: '# نکته' },
  },
  filter: {
    facet: { topics: 'موضوع‌ها', accessibility: 'دسترس‌پذیری', languages: 'زبان‌ها' },
    allTopics: 'همهٔ موضوع‌ها',
    option: (label, count) => (count === undefined ? label : `${label} (${number(count)})`),
    reset: 'نمایش همه',
    toggle: (active) => (active > 0 ? `فیلتر (${number(active)})` : 'فیلتر'),
    active: 'فیلترهای فعال',
    remove: (label) => `حذف فیلتر «${label}»`,
    empty: 'هنوز چیزی برای فیلتر کردن نیست: منبع داده هیچ موضوع و رویدادی ندارد.',
  },
  feature: {
    wheelchair: 'مناسب برای ویلچر',
    'accessible-toilet': 'سرویس بهداشتی مناسب افراد دارای معلولیت',
    'hearing-loop': 'حلقهٔ القایی برای سمعک',
    'sign-language': 'زبان اشاره',
    'easy-language': 'زبان آلمانی ساده',
    childcare: 'نگهداری از کودکان',
    'free-of-charge': 'رایگان',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: در هر صفحه فقط یک فیلتر می‌تواند از نشانی صفحه استفاده کند (sync-url)؛ گروه «${group}» به نشانی وصل نمی‌شود.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: <${tag}> پیش‌تر با نسخهٔ ${existing} تعریف شده است؛ این نسخه (${ours}) استفاده نمی‌شود.`,
};
