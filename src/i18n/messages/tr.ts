// Turkish shared texts (states, filter, counted nouns); machine-assisted translation by the team, not yet checked by a native speaker.
import type { Messages } from './de.js';

const numbers = new Intl.NumberFormat('tr');
const number = (value: number) => numbers.format(value);

export const tr: Messages = {
  loading: 'Veriler yükleniyor …',
  retry: 'Tekrar dene',
  separator: ', ',
  reportBarrier: 'Erişilebilirlik sorunu bildir',
  loadFailed: 'Veriler yüklenemedi.',
  monthsFailed: (months) =>
    `Şu dönemin etkinlikleri yüklenemedi: ${months}. Mevcut olanlar gösteriliyor.`,
  someSourcesFailed: (failed, total) =>
    `${number(total)} veri kaynağından ${number(failed)} tanesi yüklenemedi. Mevcut olanlar gösteriliyor.`,
  sourceError: {
    'bad-url': 'Veri kaynağının adresi geçersiz.',
    network: 'Sunucuya ulaşılamıyor. Lütfen internet bağlantınızı kontrol edin.',
    timeout: 'Sunucu zamanında yanıt vermedi.',
    http: 'Sunucu bir hatayla yanıt verdi.',
    'too-large': 'Dosya burada gösterilemeyecek kadar büyük.',
    'not-data': 'Bu adreste veri değil, bir web sayfası var.',
    malformed: 'Dosya geçerli JSON verisi içermiyor.',
    'malformed-calendar': 'Dosya okunabilir bir iCalendar takvimi (.ics) değil.',
    'unknown-format': 'Veri biçimi tanınamadı.',
  },
  httpStatus: (status) => `hata kodu ${status}`,
  // Turkish keeps the noun singular after a number: one and other are the same phrase.
  count: {
    events: { one: '# etkinlik', other: '# etkinlik' },
    projects: { one: '# proje', other: '# proje' },
    topics: { one: '# konu', other: '# konu' },
    warnings: { one: '# uyarı', other: '# uyarı' },
  },
  filter: {
    facet: { topics: 'Konular', accessibility: 'Erişilebilirlik', languages: 'Diller' },
    allTopics: 'Tüm konular',
    option: (label, count) => (count === undefined ? label : `${label} (${number(count)})`),
    reset: 'Tümünü göster',
    toggle: (active) => (active > 0 ? `Filtre (${number(active)})` : 'Filtre'),
    active: 'Etkin filtreler',
    remove: (label) => `“${label}” filtresini kaldır`,
    empty:
      'Burada henüz filtrelenecek bir şey yok: Veri kaynağında hiç konu ya da etkinlik bulunmuyor.',
  },
  feature: {
    wheelchair: 'Tekerlekli sandalyeye uygun',
    'accessible-toilet': 'Engelli tuvaleti',
    'hearing-loop': 'İşitme cihazları için indüksiyon döngüsü',
    'sign-language': 'İşaret dili',
    'easy-language': 'Kolay anlaşılır dil',
    childcare: 'Çocuk bakımı',
    'free-of-charge': 'Ücretsiz',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: Bir sayfada adresi yalnızca bir filtre kullanabilir (sync-url); “${group}” grubu adrese bağlanmadı.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: <${tag}> zaten ${existing} sürümüyle tanımlanmış; bu kopya (sürüm ${ours}) kullanılmıyor.`,
};
