// Arabic (Modern Standard Arabic) texts shared by all elements; machine-assisted translation by the team, not yet checked by a native speaker.
import type { Messages } from './de.js';

/** Numbers in the digits Intl gives Arabic, as the dates and counted phrases use them. */
const number = (value: number) => value.toLocaleString('ar');
/** Codes (HTTP status) in the same digits, without grouping. */
const code = (value: number) => value.toLocaleString('ar', { useGrouping: false });

export const ar: Messages = {
  loading: 'جارٍ تحميل البيانات …',
  retry: 'إعادة المحاولة',
  separator: '، ',
  reportBarrier: 'الإبلاغ عن عائق أمام الوصول',
  loadFailed: 'تعذّر تحميل البيانات.',
  monthsFailed: (months) => `تعذّر تحميل مواعيد ${months}. نعرض ما هو متاح.`,
  someSourcesFailed: (failed, total) =>
    `تعذّر تحميل بعض مصادر البيانات (${number(failed)} من أصل ${number(total)}). نعرض ما هو متاح.`,
  sourceError: {
    'bad-url': 'عنوان مصدر البيانات غير صالح.',
    network: 'تعذّر الوصول إلى الخادم. يُرجى التحقق من اتصالكم بالإنترنت.',
    timeout: 'لم يستجب الخادم في الوقت المحدد.',
    http: 'ردّ الخادم برسالة خطأ.',
    'too-large': 'الملف كبير جدًا ولا يمكن عرضه هنا.',
    'not-data': 'يوجد في هذا العنوان صفحة ويب، وليس بيانات.',
    malformed: 'لا يحتوي الملف على بيانات JSON صالحة.',
    'malformed-calendar': 'الملف ليس تقويم iCalendar قابلًا للقراءة (.ics).',
    'unknown-format': 'لم يتم التعرّف على صيغة البيانات.',
  },
  httpStatus: (status) => `رمز الخطأ ${code(status)}`,
  count: {
    events: {
      zero: 'لا فعاليات',
      one: 'فعالية واحدة',
      two: 'فعاليتان',
      few: '# فعاليات',
      many: '# فعالية',
      other: '# فعالية',
    },
    projects: {
      zero: 'لا مشاريع',
      one: 'مشروع واحد',
      two: 'مشروعان',
      few: '# مشاريع',
      many: '# مشروعًا',
      other: '# مشروع',
    },
    topics: {
      zero: 'لا مواضيع',
      one: 'موضوع واحد',
      two: 'موضوعان',
      few: '# مواضيع',
      many: '# موضوعًا',
      other: '# موضوع',
    },
    warnings: {
      zero: 'لا ملاحظات',
      one: 'ملاحظة واحدة',
      two: 'ملاحظتان',
      few: '# ملاحظات',
      many: '# ملاحظة',
      other: '# ملاحظة',
    },
  },
  filter: {
    facet: { topics: 'المواضيع', accessibility: 'إمكانية الوصول', languages: 'اللغات' },
    allTopics: 'جميع المواضيع',
    option: (label, count) => (count === undefined ? label : `${label} (${number(count)})`),
    reset: 'عرض الكل',
    toggle: (active) => (active > 0 ? `التصفية (${number(active)})` : 'التصفية'),
    active: 'عوامل التصفية المفعّلة',
    remove: (label) => `إزالة عامل التصفية «${label}»`,
    empty: 'لا يوجد ما يمكن تصفيته حتى الآن: مصدر البيانات لا يحتوي على مواضيع ولا على فعاليات.',
  },
  feature: {
    wheelchair: 'مناسب للكراسي المتحركة',
    'accessible-toilet': 'دورة مياه مناسبة لذوي الإعاقة',
    'hearing-loop': 'حلقة سمعية لضعاف السمع',
    'sign-language': 'لغة الإشارة',
    'easy-language': 'لغة ألمانية مبسّطة',
    childcare: 'رعاية الأطفال',
    'free-of-charge': 'مجانًا',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: يمكن لعامل تصفية واحد فقط في الصفحة استخدام العنوان (sync-url)؛ المجموعة «${group}» غير مرتبطة بالعنوان.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: العنصر <${tag}> معرَّف مسبقًا بالإصدار ${existing}؛ لن تُستخدم هذه النسخة (الإصدار ${ours}).`,
};
