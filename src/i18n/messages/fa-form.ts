// Farsi (Persian) texts of <quartier-idea-form>, plain language addressing the reader as «شما»; machine-assisted translation by the team, not yet checked by a native speaker.
import type { PluralForms } from '../plural-forms.js';
import type { FormMessages } from './de-form.js';

const number = (value: number) => value.toLocaleString('fa');
const code = (value: number) => value.toLocaleString('fa', { useGrouping: false });
const rules = new Intl.PluralRules('fa');
/** The whole phrase for the number's plural category, `#` in Persian digits. */
const counted = (value: number, forms: PluralForms) =>
  (forms[rules.select(value)] ?? forms.other).replace('#', number(value));

/** Farsi nouns stay singular after a number. */
const CHARACTERS: PluralForms = { one: '# حرف', other: '# حرف' };
const FIELDS: PluralForms = { one: '# مورد', other: '# مورد' };
const SECONDS: PluralForms = { one: '# ثانیه', other: '# ثانیه' };
const MINUTES: PluralForms = { one: '# دقیقه', other: '# دقیقه' };
const seconds = (value: number) =>
  value < 90 ? counted(value, SECONDS) : counted(Math.ceil(value / 60), MINUTES);

export const faForm: FormMessages = {
  formLabel: 'ارسال ایده',
  intro: 'فیلدهایی را که نشانهٔ «الزامی» ندارند، می‌توانید خالی بگذارید.',
  requiredMark: 'الزامی',
  label: {
    title: 'عنوان',
    description: 'توضیحات',
    topic: 'موضوع',
    address: 'مکان',
    name: 'نام',
    email: 'ایمیل',
    wantsReply: 'مایلم پاسخ دریافت کنم',
    consent: 'رضایت',
  },
  hint: {
    title: (max) => `ایدهٔ شما در چند کلمه دربارهٔ چیست؟ حداکثر ${counted(max, CHARACTERS)}.`,
    description: (max) =>
      `چه پیشنهادی دارید و به چه کسانی کمک می‌کند؟ حداکثر ${counted(max, CHARACTERS)}.`,
    topic: 'اگر موضوعی مناسب است، آن را انتخاب کنید.',
    address: 'یک خیابان، میدان یا مؤسسه در محله، برای مثال «Stannebeinplatz».',
    email: 'فقط اگر می‌خواهید پاسخ دریافت کنید لازم است.',
    emailRequired: 'برای اینکه بتوانیم به شما پاسخ دهیم، به نشانی ایمیل شما نیاز داریم.',
  },
  contactLegend: 'اطلاعات تماس (اختیاری)',
  contactHint: 'بدون اطلاعات تماس، ایدهٔ شما ناشناس می‌ماند.',
  topicNone: 'بدون موضوع مشخص',
  topicsLoading: 'در حال بارگیری موضوع‌ها …',
  topicsFailed: 'موضوع‌ها بارگیری نشدند. با این حال می‌توانید ایدهٔ خود را ارسال کنید.',
  counter: (used, max) =>
    used <= max
      ? `${counted(max - used, CHARACTERS)} از ${counted(max, CHARACTERS)} باقی مانده`
      : `${counted(used - max, CHARACTERS)} بیش از حد مجاز`,
  counterAnnouncement: (used, max) =>
    used <= max
      ? `${counted(max - used, CHARACTERS)} باقی مانده است.`
      : `${counted(used - max, CHARACTERS)} بیش از حد مجاز. لطفاً متن را کوتاه‌تر کنید.`,
  consent: {
    before: 'من ',
    link: 'اطلاعیهٔ حفاظت از داده‌ها',
    after: ' را خوانده‌ام و موافقم که اطلاعاتم برای رسیدگی به ایده‌ام ذخیره شود.',
    newWindow: '(در پنجرهٔ جدید باز می‌شود)',
  },
  notice: {
    heading: 'با اطلاعات شما چه می‌شود',
    what: 'ما ایدهٔ شما و – فقط اگر آن‌ها را وارد کنید – نام و نشانی ایمیل شما را ذخیره می‌کنیم تا به ایده رسیدگی کنیم و به شما پاسخ دهیم.',
    why: 'مبنای قانونی، رضایت شماست (ماده ۶، بند ۱، جزء الف مقررات عمومی حفاظت از داده‌های اتحادیهٔ اروپا).',
    howLong:
      'ما اطلاعات را پس از رسیدگی و حداکثر پس از ۶ ماه پاک می‌کنیم. شما می‌توانید هر زمان رضایت خود را پس بگیرید و درخواست پاک کردن اطلاعات را بدهید – برای این کار شمارهٔ پیگیری خود را اعلام کنید.',
    more: 'اینکه چه کسی مسئول است و شما چه حقوقی دارید، در اطلاعیهٔ حفاظت از داده‌ها آمده است.',
  },
  honeypot: 'لطفاً این فیلد را خالی بگذارید',
  submit: 'ارسال ایده',
  resend: 'ارسال دوباره',
  sending: 'ایدهٔ شما در حال ارسال است …',
  retrying: (attempt) => `اتصال مشکل دارد. تلاش دوباره (${number(attempt)}) …`,
  tooFast:
    'چه سریع! لطفاً اطلاعات خود را یک بار دیگر بخوانید و سپس دوباره روی «ارسال ایده» کلیک کنید.',
  summaryHeading: (count) => `لطفاً ${counted(count, FIELDS)} را بررسی کنید`,
  error: {
    required: {
      title: 'لطفاً یک عنوان وارد کنید.',
      description: 'لطفاً ایدهٔ خود را شرح دهید.',
    },
    tooLong: (label, over, max) =>
      `${label}: ${counted(over, CHARACTERS)} بیش از حد مجاز. لطفاً آن را به حداکثر ${counted(max, CHARACTERS)} کوتاه کنید.`,
    invalidEmail: 'لطفاً نشانی ایمیل را کامل وارد کنید، برای مثال name@example.de.',
    requiredForReply:
      'لطفاً نشانی ایمیل خود را وارد کنید تا بتوانیم پاسخ دهیم – یا تیک «مایلم پاسخ دریافت کنم» را بردارید.',
    consent:
      'لطفاً تأیید کنید که اطلاعیهٔ حفاظت از داده‌ها را خوانده‌اید. بدون رضایت شما اجازه نداریم ایده را ذخیره کنیم.',
    invalid: (label) => `${label}: لطفاً این مورد را بررسی کنید.`,
    general: 'سرور ایده را نپذیرفت. لطفاً اطلاعات خود را بررسی کنید.',
  },
  failed: {
    heading: 'ایده هنوز ارسال نشده است',
    network: 'در حال حاضر دسترسی به سرور ممکن نیست.',
    timeout: 'سرور به‌موقع پاسخ نداد.',
    server: (status) => `در سرور خطایی رخ داد (کد خطا ${code(status)}).`,
    busy: (wait) =>
      wait === undefined
        ? 'سرور در حال حاضر بسیار شلوغ است. لطفاً چند لحظهٔ دیگر دوباره تلاش کنید.'
        : `سرور در حال حاضر بسیار شلوغ است. لطفاً ${seconds(wait)} دیگر دوباره تلاش کنید.`,
    tooLarge:
      'پیام برای سرور بیش از حد بزرگ است. لطفاً توضیحات را کوتاه‌تر کنید و دوباره ارسال کنید.',
    rejected: (status) =>
      `سرور ایده را نپذیرفت (کد خطا ${code(status)}). لطفاً بعداً دوباره تلاش کنید یا مستقیماً با مدیریت محله تماس بگیرید.`,
    noAction:
      'این فرم کامل راه‌اندازی نشده است: نشانی‌ای که فرم به آن ارسال می‌کند، وجود ندارد. لطفاً مستقیماً با مدیریت محله تماس بگیرید.',
    kept: 'آنچه وارد کرده‌اید، حفظ می‌شود.',
    keptOnDevice: 'آنچه وارد کرده‌اید، حفظ می‌شود و روی همین دستگاه ذخیره شده است.',
  },
  offline: {
    banner:
      'شما آفلاین هستید. می‌توانید به نوشتن ادامه دهید؛ آنچه وارد می‌کنید حفظ می‌شود. اگر روی «ارسال ایده» کلیک کنید، ایده به‌محض برقراری دوبارهٔ اتصال ارسال می‌شود.',
    waiting: 'شما آفلاین هستید. ایدهٔ شما به‌محض برقراری دوبارهٔ اتصال ارسال می‌شود.',
    back: 'دوباره آنلاین هستید.',
  },
  success: {
    heading: 'از ایدهٔ شما بسیار سپاسگزاریم!',
    reference: 'شمارهٔ پیگیری شما:',
    next: 'تیم مدیریت محله همهٔ ایده‌ها را می‌خواند. اگر درخواست پاسخ کرده‌اید، از طریق ایمیل با شما تماس می‌گیریم. لطفاً شمارهٔ پیگیری را یادداشت کنید، برای وقتی که بخواهید دربارهٔ ایدهٔ خود سؤال کنید یا پاک شدن آن را درخواست کنید.',
    announcement: (reference) =>
      reference ? `ایدهٔ شما ارسال شد. شمارهٔ پیگیری شما ${reference} است.` : 'ایدهٔ شما ارسال شد.',
    another: 'ارسال ایدهٔ دیگر',
  },
  draft: {
    restored: (savedAt) =>
      `پیش‌نویس شما از ${savedAt} را بازیابی کردیم. این پیش‌نویس فقط روی همین دستگاه ذخیره شده است.`,
    kept: 'آنچه وارد می‌کنید، تا زمان ارسال ایده به‌طور موقت روی همین دستگاه ذخیره می‌شود.',
    discard: 'دور انداختن پیش‌نویس',
    discarded: 'پیش‌نویس دور انداخته شد.',
    undo: 'بازگرداندن',
  },
};
