// Turkish texts of <quartier-idea-form>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { PluralForms } from '../plural-forms.js';
import type { FormMessages } from './de-form.js';

const numbers = new Intl.NumberFormat('tr');
const number = (value: number) => numbers.format(value);
const plurals = new Intl.PluralRules('tr');
/** The whole phrase for the number's plural category, '#' replaced by the number. */
const counted = (value: number, forms: PluralForms) =>
  (forms[plurals.select(value) as keyof PluralForms] ?? forms.other).replace('#', number(value));
/** "30 saniye", "2 dakika" (Turkish keeps the noun singular after a number). */
const seconds = (value: number) =>
  value < 90
    ? counted(value, { one: '# saniye', other: '# saniye' })
    : counted(Math.ceil(value / 60), { one: '# dakika', other: '# dakika' });

export const trForm: FormMessages = {
  formLabel: 'Fikir gönder',
  intro: '“Zorunlu” notu olmayan alanları boş bırakabilirsiniz.',
  requiredMark: 'zorunlu',
  label: {
    title: 'Başlık',
    description: 'Açıklama',
    topic: 'Konu',
    address: 'Yer',
    name: 'Ad',
    email: 'E-posta',
    wantsReply: 'Yanıt almak istiyorum',
    consent: 'Onay',
  },
  hint: {
    title: (max) => `Fikriniz ne hakkında, birkaç kelimeyle? En fazla ${number(max)} karakter.`,
    description: (max) =>
      `Ne önermek istiyorsunuz ve bu kimin işine yarar? En fazla ${number(max)} karakter.`,
    topic: 'Uygun bir konu varsa seçin.',
    address: 'Mahallede bir sokak, bir meydan ya da bir kurum, örneğin “Stannebeinplatz”.',
    email: 'Yalnızca yanıt almak istiyorsanız gerekli.',
    emailRequired: 'Size yanıt verebilmemiz için e-posta adresinize ihtiyacımız var.',
  },
  contactLegend: 'İletişim (isteğe bağlı)',
  contactHint: 'İletişim bilgisi vermezseniz fikriniz anonim kalır.',
  topicNone: 'Belirli bir konu yok',
  topicsLoading: 'Konular yükleniyor …',
  topicsFailed: 'Konular yüklenemedi. Fikrinizi yine de gönderebilirsiniz.',
  counter: (used, max) =>
    used <= max
      ? `${number(max - used)} karakter kaldı (en fazla ${number(max)})`
      : `${number(used - max)} karakter fazla`,
  counterAnnouncement: (used, max) =>
    used <= max
      ? `${number(max - used)} karakter kaldı.`
      : `${number(used - max)} karakter fazla. Lütfen metni kısaltın.`,
  consent: {
    before: '',
    link: 'Veri koruma bilgilendirmesini',
    after: ' okudum ve fikrimin işlenmesi için bilgilerimin saklanmasını kabul ediyorum.',
    newWindow: '(yeni pencerede açılır)',
  },
  notice: {
    heading: 'Bilgileriniz nasıl kullanılır',
    what: 'Fikrinizi ve – yalnızca belirtirseniz – adınızı ve e-posta adresinizi, fikri değerlendirmek ve size yanıt vermek için saklıyoruz.',
    why: 'Hukuki dayanak onayınızdır (AB Genel Veri Koruma Tüzüğü – GDPR, Madde 6(1)(a)).',
    howLong:
      'Bilgileri fikir değerlendirildikten sonra, en geç 6 ay içinde siliyoruz. Onayınızı istediğiniz zaman geri alabilir ve bilgilerinizin silinmesini isteyebilirsiniz – bunun için başvuru numaranızı belirtin.',
    more: 'Kimin sorumlu olduğunu ve hangi haklara sahip olduğunuzu veri koruma bilgilendirmesinde bulabilirsiniz.',
  },
  honeypot: 'Lütfen bu alanı boş bırakın',
  submit: 'Fikri gönder',
  resend: 'Tekrar gönder',
  sending: 'Fikriniz gönderiliyor …',
  retrying: (attempt) => `Bağlantıda sorun var. Yeniden deneniyor (${number(attempt)}) …`,
  tooFast:
    'Çok hızlı oldu! Lütfen bilgilerinizi bir kez daha okuyun ve ardından yeniden “Fikri gönder” düğmesine tıklayın.',
  summaryHeading: (count) =>
    counted(count, { one: 'Lütfen # alanı kontrol edin', other: 'Lütfen # alanı kontrol edin' }),
  error: {
    required: {
      title: 'Lütfen bir başlık girin.',
      description: 'Lütfen fikrinizi açıklayın.',
    },
    tooLong: (label, over, max) =>
      `${label}: ${number(over)} karakter fazla. Lütfen metni en fazla ${number(max)} karaktere kısaltın.`,
    invalidEmail: 'Lütfen e-posta adresini eksiksiz girin, örneğin name@example.org.',
    requiredForReply:
      'Size yanıt verebilmemiz için lütfen e-posta adresinizi girin – ya da “Yanıt almak istiyorum” kutusundaki işareti kaldırın.',
    consent:
      'Lütfen veri koruma bilgilendirmesini okuduğunuzu onaylayın. Onayınız olmadan fikri saklayamayız.',
    invalid: (label) => `${label}: Lütfen bu bilgiyi kontrol edin.`,
    general: 'Sunucu fikri kabul etmedi. Lütfen bilgilerinizi kontrol edin.',
  },
  failed: {
    heading: 'Fikir henüz gönderilmedi',
    network: 'Sunucuya şu anda ulaşılamıyor.',
    timeout: 'Sunucu zamanında yanıt vermedi.',
    server: (status) => `Sunucuda bir hata oluştu (hata kodu ${status}).`,
    busy: (wait) =>
      wait === undefined
        ? 'Sunucu şu anda çok yoğun. Lütfen birazdan tekrar deneyin.'
        : `Sunucu şu anda çok yoğun. Lütfen ${seconds(wait)} sonra tekrar deneyin.`,
    tooLarge: 'Mesaj sunucu için çok büyük. Lütfen açıklamayı kısaltın ve yeniden gönderin.',
    rejected: (status) =>
      `Sunucu fikri kabul etmedi (hata kodu ${status}). Lütfen daha sonra tekrar deneyin ya da doğrudan mahalle yönetimine başvurun.`,
    noAction:
      'Bu form tam olarak ayarlanmamış: Formun gönderileceği adres eksik. Lütfen doğrudan mahalle yönetimine başvurun.',
    kept: 'Girdiğiniz bilgiler korunuyor.',
    keptOnDevice: 'Girdiğiniz bilgiler korunuyor ve bu cihazda kayıtlı.',
  },
  offline: {
    banner:
      'İnternet bağlantınız yok. Yazmaya devam edebilirsiniz; girdiğiniz bilgiler korunur. “Fikri gönder” düğmesine tıklarsanız fikriniz, bağlantı yeniden kurulur kurulmaz gönderilir.',
    waiting: 'İnternet bağlantınız yok. Fikriniz, bağlantı yeniden kurulur kurulmaz gönderilecek.',
    back: 'İnternet bağlantınız yeniden kuruldu.',
  },
  success: {
    heading: 'Fikriniz için teşekkür ederiz!',
    reference: 'Başvuru numaranız:',
    next: 'Mahalle yönetimi ekibi her fikri okur. Yanıt istediyseniz size e-postayla yazacağız. Lütfen başvuru numaranızı not edin: Fikriniz hakkında soru sormak ya da fikrinizi sildirmek isterseniz bu numaraya ihtiyacınız olacak.',
    announcement: (reference) =>
      reference ? `Fikriniz gönderildi. Başvuru numaranız: ${reference}.` : 'Fikriniz gönderildi.',
    another: 'Başka bir fikir gönder',
  },
  draft: {
    restored: (savedAt) =>
      `${savedAt} tarihli taslağınızı geri yükledik. Taslak yalnızca bu cihazda kayıtlı.`,
    kept: 'Girdikleriniz, fikri gönderene kadar bu cihazda geçici olarak saklanır.',
    discard: 'Taslağı sil',
    discarded: 'Taslak silindi.',
    undo: 'Geri al',
  },
};
