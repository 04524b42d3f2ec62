// Ukrainian texts of <quartier-idea-form>, plain language addressing the reader as «Ви»; machine-assisted translation by the team, not yet checked by a native speaker.
import type { PluralForms } from '../plural-forms.js';
import type { FormMessages } from './de-form.js';

const number = (value: number) => value.toLocaleString('uk');
const code = (value: number) => value.toLocaleString('uk', { useGrouping: false });
const rules = new Intl.PluralRules('uk');
/** The whole phrase for the number's plural category (`#` is the number). */
const counted = (value: number, forms: PluralForms) =>
  (forms[rules.select(value)] ?? forms.other).replace('#', number(value));

/** Nominative and after "на" alike: "1 символ", "2 символи", "5 символів". */
const CHARACTERS: PluralForms = {
  one: '# символ',
  few: '# символи',
  many: '# символів',
  other: '# символу',
};
const LEFT: PluralForms = {
  one: 'Залишився # символ',
  few: 'Залишилося # символи',
  many: 'Залишилося # символів',
  other: 'Залишилося # символу',
};
const FIELDS: PluralForms = { one: '# поле', few: '# поля', many: '# полів', other: '# поля' };
/** After "через": "через 1 секунду", "через 30 секунд". */
const SECONDS: PluralForms = {
  one: '# секунду',
  few: '# секунди',
  many: '# секунд',
  other: '# секунди',
};
const MINUTES: PluralForms = {
  one: '# хвилину',
  few: '# хвилини',
  many: '# хвилин',
  other: '# хвилини',
};
const seconds = (value: number) =>
  value < 90 ? counted(value, SECONDS) : counted(Math.ceil(value / 60), MINUTES);

export const ukForm: FormMessages = {
  formLabel: 'Надіслати ідею',
  intro: 'Поля без позначки «обовʼязково» можна залишити порожніми.',
  requiredMark: 'обовʼязково',
  label: {
    title: 'Назва',
    description: 'Опис',
    topic: 'Тема',
    address: 'Місце',
    name: 'Імʼя',
    email: 'Електронна пошта',
    wantsReply: 'Я хочу отримати відповідь',
    consent: 'Згода',
  },
  hint: {
    title: (max) => `Про що йдеться, кількома словами? Максимум ${counted(max, CHARACTERS)}.`,
    description: (max) =>
      `Що Ви хочете запропонувати і кому це допоможе? Максимум ${counted(max, CHARACTERS)}.`,
    topic: 'Виберіть тему, якщо якась підходить.',
    address: 'Вулиця, площа або установа в районі, наприклад «Stannebeinplatz».',
    email: 'Потрібно, лише якщо Ви хочете отримати відповідь.',
    emailRequired: 'Нам потрібна Ваша адреса електронної пошти, щоб відповісти Вам.',
  },
  contactLegend: 'Контакти (необовʼязково)',
  contactHint: 'Без контактних даних Ваша ідея залишиться анонімною.',
  topicNone: 'Без певної теми',
  topicsLoading: 'Теми завантажуються …',
  topicsFailed: 'Не вдалося завантажити теми. Ви все одно можете надіслати свою ідею.',
  counter: (used, max) =>
    used <= max
      ? `${counted(max - used, LEFT)} з ${number(max)}`
      : `Перевищено на ${counted(used - max, CHARACTERS)}`,
  counterAnnouncement: (used, max) =>
    used <= max
      ? `${counted(max - used, LEFT)}.`
      : `Перевищено на ${counted(used - max, CHARACTERS)}. Будь ласка, скоротіть текст.`,
  consent: {
    before: 'Я прочитав(-ла) ',
    link: 'інформацію про захист даних',
    after: ' і погоджуюся, що мої дані зберігатимуться для опрацювання моєї ідеї.',
    newWindow: '(відкривається в новому вікні)',
  },
  notice: {
    heading: 'Що відбувається з Вашими даними',
    what: 'Ми зберігаємо Вашу ідею та – лише якщо Ви їх вкажете – Ваше імʼя та адресу електронної пошти, щоб опрацювати ідею і відповісти Вам.',
    why: 'Правова підстава – Ваша згода (пункт (a) частини 1 статті 6 Загального регламенту ЄС про захист даних, GDPR).',
    howLong:
      'Ми видаляємо дані після опрацювання, не пізніше ніж через 6 місяців. Ви можете будь-коли відкликати свою згоду й вимагати видалення даних – для цього назвіть номер свого звернення.',
    more: 'Хто відповідає за дані та які у Вас права, описано в інформації про захист даних.',
  },
  honeypot: 'Будь ласка, залиште це поле порожнім',
  submit: 'Надіслати ідею',
  resend: 'Надіслати ще раз',
  sending: 'Ваша ідея надсилається …',
  retrying: (attempt) => `Звʼязок перервався. Нова спроба (${number(attempt)}) …`,
  tooFast:
    'Це було дуже швидко! Будь ласка, ще раз перегляньте свої дані, а потім знову натисніть «Надіслати ідею».',
  summaryHeading: (count) => `Будь ласка, перевірте ${counted(count, FIELDS)}`,
  error: {
    required: {
      title: 'Будь ласка, введіть назву.',
      description: 'Будь ласка, опишіть свою ідею.',
    },
    tooLong: (label, over, max) =>
      `${label}: перевищено на ${counted(over, CHARACTERS)}. Будь ласка, скоротіть текст, максимум ${counted(max, CHARACTERS)}.`,
    invalidEmail: 'Будь ласка, введіть повну адресу електронної пошти, наприклад name@example.de.',
    requiredForReply:
      'Будь ласка, введіть адресу електронної пошти, щоб ми могли відповісти, – або зніміть позначку «Я хочу отримати відповідь».',
    consent:
      'Будь ласка, підтвердьте, що Ви прочитали інформацію про захист даних. Без Вашої згоди ми не маємо права зберігати ідею.',
    invalid: (label) => `${label}: будь ласка, перевірте це поле.`,
    general: 'Сервер не прийняв ідею. Будь ласка, перевірте свої дані.',
  },
  failed: {
    heading: 'Ідею ще не надіслано',
    network: 'Сервер зараз недоступний.',
    timeout: 'Сервер не відповів вчасно.',
    server: (status) => `На сервері сталася помилка (код помилки ${code(status)}).`,
    busy: (wait) =>
      wait === undefined
        ? 'Сервер зараз перевантажений. Будь ласка, спробуйте ще раз трохи згодом.'
        : `Сервер зараз перевантажений. Будь ласка, спробуйте ще раз через ${seconds(wait)}.`,
    tooLarge: 'Повідомлення завелике для сервера. Будь ласка, скоротіть опис і надішліть ще раз.',
    rejected: (status) =>
      `Сервер не прийняв ідею (код помилки ${code(status)}). Будь ласка, спробуйте пізніше або звернітеся безпосередньо до менеджменту району.`,
    noAction:
      'Цю форму налаштовано не повністю: немає адреси, на яку вона надсилає дані. Будь ласка, звернітеся безпосередньо до менеджменту району.',
    kept: 'Усе, що Ви ввели, збережено.',
    keptOnDevice: 'Усе, що Ви ввели, збережено на цьому пристрої.',
  },
  offline: {
    banner:
      'Ви офлайн. Ви можете писати далі; усе, що Ви вводите, зберігається. Якщо Ви натиснете «Надіслати ідею», ідею буде надіслано, щойно зʼєднання відновиться.',
    waiting: 'Ви офлайн. Вашу ідею буде надіслано, щойно зʼєднання відновиться.',
    back: 'Ви знову онлайн.',
  },
  success: {
    heading: 'Щиро дякуємо за Вашу ідею!',
    reference: 'Номер Вашого звернення:',
    next: 'Команда менеджменту району читає кожну ідею. Якщо Ви попросили відповідь, ми напишемо Вам електронною поштою. Будь ласка, запишіть номер звернення – він знадобиться, якщо Ви захочете запитати про свою ідею або попросити її видалити.',
    announcement: (reference) =>
      reference
        ? `Вашу ідею надіслано. Номер Вашого звернення: ${reference}.`
        : 'Вашу ідею надіслано.',
    another: 'Надіслати ще одну ідею',
  },
  draft: {
    restored: (savedAt) =>
      `Ми відновили Вашу чернетку від ${savedAt}. Вона зберігається лише на цьому пристрої.`,
    kept: 'Те, що Ви вводите, тимчасово зберігається на цьому пристрої, доки Ви не надішлете ідею.',
    discard: 'Видалити чернетку',
    discarded: 'Чернетку видалено.',
    undo: 'Скасувати',
  },
};
