// Arabic (Modern Standard Arabic) texts of <quartier-event-calendar>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { CalendarMessages } from './de-calendar.js';

const number = (value: number) => value.toLocaleString('ar');

export const arCalendar: CalendarMessages = {
  label: 'تقويم الفعاليات',
  view: { month: 'شهر', week: 'أسبوع', list: 'قائمة' },
  views: 'طريقة العرض',
  previous: { month: 'الشهر السابق', week: 'الأسبوع السابق', list: 'الشهر السابق' },
  next: { month: 'الشهر التالي', week: 'الأسبوع التالي', list: 'الشهر التالي' },
  today: 'اليوم',
  day: (date, count) => `${date}، ${count}`,
  more: (count) => `+${number(count)} أخرى`,
  allDay: 'طوال اليوم',
  until: (date) => `حتى ${date}`,
  at: (time) => time,
  status: { cancelled: 'ملغاة', postponed: 'مؤجَّلة', scheduled: '' },
  empty: {
    month: (title) => `لا توجد فعاليات في ${title}.`,
    week: (title) => `لا توجد فعاليات في الفترة ${title}.`,
    list: (title) => `لا توجد فعاليات في ${title}.`,
    upcoming: 'لا توجد فعاليات معلَنة في الوقت الحالي.',
    day: 'لا توجد فعاليات في هذا اليوم.',
  },
  filtered: 'عامل التصفية المختار يُخفي بعض الفعاليات.',
  resetFilter: 'إلغاء التصفية',
  skip: 'تخطّي التقويم',
  end: 'نهاية التقويم',
  allEvents: 'جميع الفعاليات',
  exportShown: 'تصدير جميع الفعاليات المعروضة',
  exportFileName: (title) => `فعاليات ${title}`,
  close: 'إغلاق',
  details: {
    when: 'متى',
    where: 'أين',
    organizer: 'الجهة المنظِّمة',
    topics: 'المواضيع',
    accessibility: 'إمكانية الوصول',
    languages: 'اللغات',
    registration: 'التسجيل',
    registrationRequired: 'التسجيل مطلوب',
    registrationDeadline: (date) => `آخر موعد للتسجيل: ${date}`,
    register: 'الانتقال إلى التسجيل',
    website: 'مزيد من المعلومات',
    map: 'عرض المكان على OpenStreetMap',
    recurring: 'فعالية متكررة',
    addToCalendar: 'إضافة إلى تقويمي',
    email: (address) => `إرسال بريد إلكتروني إلى ${address}`,
    phone: (number) => `الاتصال بالرقم ${number}`,
  },
  badTimeZone: (zone) =>
    `quartier-widgets: المنطقة الزمنية «${zone}» غير معروفة؛ يستخدم التقويم Europe/Berlin.`,
};
