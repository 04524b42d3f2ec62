// Farsi (Persian) texts of <quartier-event-calendar>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { CalendarMessages } from './de-calendar.js';

const number = (value: number) => value.toLocaleString('fa');

export const faCalendar: CalendarMessages = {
  label: 'تقویم رویدادها',
  view: { month: 'ماه', week: 'هفته', list: 'فهرست' },
  views: 'نمایش',
  previous: { month: 'ماه قبل', week: 'هفتهٔ قبل', list: 'ماه قبل' },
  next: { month: 'ماه بعد', week: 'هفتهٔ بعد', list: 'ماه بعد' },
  today: 'امروز',
  day: (date, count) => `${date}، ${count}`,
  more: (count) => `+${number(count)} مورد دیگر`,
  allDay: 'تمام روز',
  until: (date) => `تا ${date}`,
  at: (time) => `ساعت ${time}`,
  status: { cancelled: 'لغو شد', postponed: 'به تعویق افتاد', scheduled: '' },
  empty: {
    month: (title) => `در ${title} رویدادی نیست.`,
    week: (title) => `در بازهٔ ${title} رویدادی نیست.`,
    list: (title) => `در ${title} رویدادی نیست.`,
    upcoming: 'در حال حاضر رویدادی اعلام نشده است.',
    day: 'در این روز رویدادی برگزار نمی‌شود.',
  },
  filtered: 'فیلتر انتخاب‌شده برخی از رویدادها را پنهان می‌کند.',
  resetFilter: 'برداشتن فیلتر',
  skip: 'رد شدن از تقویم',
  end: 'پایان تقویم',
  allEvents: 'همهٔ رویدادها',
  exportShown: 'دریافت همهٔ رویدادهای نمایش‌داده‌شده در قالب فایل تقویم',
  exportFileName: (title) => `رویدادها ${title}`,
  close: 'بستن',
  details: {
    when: 'زمان',
    where: 'مکان',
    organizer: 'برگزارکننده',
    topics: 'موضوع‌ها',
    accessibility: 'دسترس‌پذیری',
    languages: 'زبان‌ها',
    registration: 'ثبت‌نام',
    registrationRequired: 'ثبت‌نام لازم است',
    registrationDeadline: (date) => `مهلت ثبت‌نام: ${date}`,
    register: 'رفتن به ثبت‌نام',
    website: 'اطلاعات بیشتر',
    map: 'دیدن مکان در OpenStreetMap',
    recurring: 'رویداد تکرارشونده',
    addToCalendar: 'افزودن به تقویم من',
    email: (address) => `ایمیل به ${address}`,
    phone: (number) => `تماس: ${number}`,
  },
  badTimeZone: (zone) =>
    `quartier-widgets: منطقهٔ زمانی «${zone}» ناشناخته است؛ تقویم از Europe/Berlin استفاده می‌کند.`,
};
