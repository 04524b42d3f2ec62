// Arabic (Modern Standard Arabic) texts of <quartier-idea-form>, plain language addressing the reader politely in the plural; machine-assisted translation by the team, not yet checked by a native speaker.
import type { PluralForms } from '../plural-forms.js';
import type { FormMessages } from './de-form.js';

const number = (value: number) => value.toLocaleString('ar');
const code = (value: number) => value.toLocaleString('ar', { useGrouping: false });
const rules = new Intl.PluralRules('ar');
/** The whole phrase for the number's plural category, `#` in Arabic digits. */
const counted = (value: number, forms: PluralForms) =>
  (forms[rules.select(value)] ?? forms.other).replace('#', number(value));

const CHARACTERS: PluralForms = {
  zero: '# حرف',
  one: 'حرف واحد',
  two: 'حرفان',
  few: '# أحرف',
  many: '# حرفًا',
  other: '# حرف',
};
const LEFT: PluralForms = {
  zero: 'لم يتبقَّ أي حرف',
  one: 'تبقّى حرف واحد',
  two: 'تبقّى حرفان',
  few: 'تبقّت # أحرف',
  many: 'تبقّى # حرفًا',
  other: 'تبقّى # حرف',
};
const OVER: PluralForms = {
  zero: '# حرف زائد',
  one: 'حرف واحد زائد',
  two: 'حرفان زائدان',
  few: '# أحرف زائدة',
  many: '# حرفًا زائدًا',
  other: '# حرف زائد',
};
const FIELDS: PluralForms = {
  zero: '# حقل',
  one: 'حقل واحد',
  two: 'حقلين',
  few: '# حقول',
  many: '# حقلًا',
  other: '# حقل',
};
/** After "بعد": genitive. */
const SECONDS: PluralForms = {
  zero: '# ثانية',
  one: 'ثانية واحدة',
  two: 'ثانيتين',
  few: '# ثوانٍ',
  many: '# ثانية',
  other: '# ثانية',
};
const MINUTES: PluralForms = {
  zero: '# دقيقة',
  one: 'دقيقة واحدة',
  two: 'دقيقتين',
  few: '# دقائق',
  many: '# دقيقة',
  other: '# دقيقة',
};
const seconds = (value: number) =>
  value < 90 ? counted(value, SECONDS) : counted(Math.ceil(value / 60), MINUTES);

export const arForm: FormMessages = {
  formLabel: 'إرسال فكرة',
  intro: 'يمكنكم ترك الحقول التي لا تحمل عبارة «إلزامي» فارغة.',
  requiredMark: 'إلزامي',
  label: {
    title: 'عنوان الفكرة',
    description: 'الوصف',
    topic: 'الموضوع',
    address: 'المكان',
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    wantsReply: 'أرغب في الحصول على رد',
    consent: 'الموافقة',
  },
  hint: {
    title: (max) => `ما موضوع فكرتكم، في كلمات قليلة؟ الحد الأقصى: ${counted(max, CHARACTERS)}.`,
    description: (max) =>
      `ماذا تقترحون، ومن سيستفيد من ذلك؟ الحد الأقصى: ${counted(max, CHARACTERS)}.`,
    topic: 'اختاروا موضوعًا إن كان أحدها مناسبًا.',
    address: 'شارع أو ساحة أو مؤسسة في الحي، مثلًا «Stannebeinplatz».',
    email: 'مطلوب فقط إذا كنتم ترغبون في الحصول على رد.',
    emailRequired: 'نحتاج إلى عنوان بريدكم الإلكتروني لنتمكّن من الرد عليكم.',
  },
  contactLegend: 'بيانات التواصل (اختيارية)',
  contactHint: 'بدون بيانات التواصل تبقى فكرتكم مجهولة المصدر.',
  topicNone: 'بدون موضوع محدد',
  topicsLoading: 'جارٍ تحميل المواضيع …',
  topicsFailed: 'تعذّر تحميل المواضيع. يمكنكم مع ذلك إرسال فكرتكم.',
  counter: (used, max) =>
    used <= max ? `${counted(max - used, LEFT)} من أصل ${number(max)}` : counted(used - max, OVER),
  counterAnnouncement: (used, max) =>
    used <= max
      ? `${counted(max - used, LEFT)}.`
      : `${counted(used - max, OVER)}. يُرجى تقصير النص.`,
  consent: {
    before: 'لقد قرأت ',
    link: 'إرشادات حماية البيانات',
    after: ' وأوافق على حفظ بياناتي من أجل معالجة فكرتي.',
    newWindow: '(تُفتح في نافذة جديدة)',
  },
  notice: {
    heading: 'ماذا يحدث لبياناتكم',
    what: 'نحفظ فكرتكم، وكذلك اسمكم وعنوان بريدكم الإلكتروني – فقط إذا أدخلتموهما – من أجل معالجة الفكرة والرد عليكم.',
    why: 'الأساس القانوني هو موافقتكم (المادة 6، الفقرة 1، البند (أ) من اللائحة الأوروبية العامة لحماية البيانات).',
    howLong:
      'نحذف البيانات بعد معالجة الفكرة، وفي موعد أقصاه 6 أشهر. يمكنكم في أي وقت سحب موافقتكم وطلب حذف البيانات – اذكروا لذلك رقمكم المرجعي.',
    more: 'تجدون في إرشادات حماية البيانات الجهةَ المسؤولة والحقوقَ التي تتمتعون بها.',
  },
  honeypot: 'يُرجى ترك هذا الحقل فارغًا',
  submit: 'إرسال الفكرة',
  resend: 'إعادة الإرسال',
  sending: 'جارٍ إرسال فكرتكم …',
  retrying: (attempt) => `الاتصال متقطّع. محاولة جديدة (${number(attempt)}) …`,
  tooFast: 'كان ذلك سريعًا جدًا! يُرجى قراءة بياناتكم مرة أخرى، ثم الضغط من جديد على «إرسال الفكرة».',
  summaryHeading: (count) => `يُرجى مراجعة ${counted(count, FIELDS)}`,
  error: {
    required: {
      title: 'يُرجى إدخال عنوان للفكرة.',
      description: 'يُرجى وصف فكرتكم.',
    },
    tooLong: (label, over, max) =>
      `${label}: ${counted(over, OVER)}. يُرجى تقصير النص؛ الحد الأقصى: ${counted(max, CHARACTERS)}.`,
    invalidEmail: 'يُرجى إدخال عنوان البريد الإلكتروني كاملًا، مثلًا name@example.de.',
    requiredForReply:
      'يُرجى إدخال عنوان بريدكم الإلكتروني حتى نتمكّن من الرد – أو أزيلوا علامة الاختيار من «أرغب في الحصول على رد».',
    consent: 'يُرجى تأكيد أنكم قرأتم إرشادات حماية البيانات. بدون موافقتكم لا يحق لنا حفظ الفكرة.',
    invalid: (label) => `${label}: يُرجى التحقق من هذا الإدخال.`,
    general: 'لم يقبل الخادم الفكرة. يُرجى التحقق من بياناتكم.',
  },
  failed: {
    heading: 'لم تُرسَل الفكرة بعد',
    network: 'تعذّر الوصول إلى الخادم حاليًا.',
    timeout: 'لم يستجب الخادم في الوقت المحدد.',
    server: (status) => `حدث خطأ في الخادم (رمز الخطأ ${code(status)}).`,
    busy: (wait) =>
      wait === undefined
        ? 'الخادم مشغول حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.'
        : `الخادم مشغول حاليًا. يُرجى المحاولة مرة أخرى بعد ${seconds(wait)}.`,
    tooLarge: 'الرسالة كبيرة جدًا بالنسبة إلى الخادم. يُرجى تقصير الوصف ثم الإرسال من جديد.',
    rejected: (status) =>
      `لم يقبل الخادم الفكرة (رمز الخطأ ${code(status)}). يُرجى المحاولة لاحقًا أو التواصل مباشرة مع إدارة الحي.`,
    noAction:
      'هذا النموذج غير مُعدّ بالكامل: ينقصه العنوان الذي يُرسِل إليه. يُرجى التواصل مباشرة مع إدارة الحي.',
    kept: 'تبقى جميع مدخلاتكم محفوظة.',
    keptOnDevice: 'تبقى جميع مدخلاتكم محفوظة على هذا الجهاز.',
  },
  offline: {
    banner:
      'أنتم غير متصلين بالإنترنت. يمكنكم متابعة الكتابة، وتبقى مدخلاتكم محفوظة. إذا ضغطتم على «إرسال الفكرة»، فستُرسَل الفكرة فور عودة الاتصال.',
    waiting: 'أنتم غير متصلين بالإنترنت. ستُرسَل فكرتكم فور عودة الاتصال.',
    back: 'أنتم متصلون بالإنترنت من جديد.',
  },
  success: {
    heading: 'شكرًا جزيلًا على فكرتكم!',
    reference: 'رقمكم المرجعي:',
    next: 'يقرأ فريق إدارة الحي كل فكرة. إذا طلبتم ردًا، فسنتواصل معكم عبر البريد الإلكتروني. يُرجى تدوين الرقم المرجعي إن أردتم الاستفسار عن فكرتكم أو طلب حذفها.',
    announcement: (reference) =>
      reference ? `أُرسلت فكرتكم. رقمكم المرجعي هو ${reference}.` : 'أُرسلت فكرتكم.',
    another: 'إرسال فكرة أخرى',
  },
  draft: {
    restored: (savedAt) => `استعدنا مسودتكم المحفوظة في ${savedAt}. وهي محفوظة على هذا الجهاز فقط.`,
    kept: 'تُحفَظ مدخلاتكم مؤقتًا على هذا الجهاز إلى أن ترسلوا الفكرة.',
    discard: 'حذف المسودة',
    discarded: 'حُذفت المسودة.',
    undo: 'تراجع',
  },
};
