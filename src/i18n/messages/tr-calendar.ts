// Turkish texts of <quartier-event-calendar>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { CalendarMessages } from './de-calendar.js';

const numbers = new Intl.NumberFormat('tr');

// Dates come from Intl; the texts put them before a word that carries the suffix
// ("… tarihleri arasında") instead of attaching suffixes to them.
export const trCalendar: CalendarMessages = {
  label: 'Etkinlik takvimi',
  view: { month: 'Ay', week: 'Hafta', list: 'Liste' },
  views: 'Görünüm',
  previous: { month: 'Önceki ay', week: 'Önceki hafta', list: 'Önceki ay' },
  next: { month: 'Sonraki ay', week: 'Sonraki hafta', list: 'Sonraki ay' },
  today: 'Bugün',
  day: (date, count) => `${date}, ${count}`,
  more: (count) => `+${numbers.format(count)} daha`,
  allDay: 'tüm gün',
  until: (date) => `bitiş: ${date}`,
  at: (time) => time,
  status: { cancelled: 'iptal edildi', postponed: 'ertelendi', scheduled: '' },
  empty: {
    month: (title) => `${title} döneminde etkinlik yok.`,
    week: (title) => `${title} tarihleri arasında etkinlik yok.`,
    list: (title) => `${title} döneminde etkinlik yok.`,
    upcoming: 'Şu anda duyurulmuş bir etkinlik yok.',
    day: 'Bu günde etkinlik yok.',
  },
  filtered: 'Seçtiğiniz filtre bazı etkinlikleri gizliyor.',
  resetFilter: 'Filtreyi sıfırla',
  skip: 'Takvimi atla',
  end: 'Takvimin sonu',
  allEvents: 'Tüm etkinlikler',
  exportShown: 'Gösterilen tüm etkinlikleri dışa aktar',
  exportFileName: (title) => `Etkinlikler ${title}`,
  close: 'Kapat',
  details: {
    when: 'Ne zaman',
    where: 'Nerede',
    organizer: 'Düzenleyen',
    topics: 'Konular',
    accessibility: 'Erişilebilirlik',
    languages: 'Diller',
    registration: 'Kayıt',
    registrationRequired: 'Ön kayıt gerekli',
    registrationDeadline: (date) => `Son kayıt tarihi: ${date}`,
    register: 'Kayıt ol',
    website: 'Daha fazla bilgi',
    map: 'Yeri OpenStreetMap’te göster',
    recurring: 'Düzenli etkinlik',
    addToCalendar: 'Takvimime ekle',
    email: (address) => `${address} adresine e-posta gönder`,
    phone: (number) => `Ara: ${number}`,
  },
  badTimeZone: (zone) =>
    `quartier-widgets: “${zone}” saat dilimi bilinmiyor; takvim Europe/Berlin saat dilimini kullanıyor.`,
};
