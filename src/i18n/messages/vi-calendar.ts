// Vietnamese texts of <quartier-event-calendar>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { CalendarMessages } from './de-calendar.js';

const numbers = new Intl.NumberFormat('vi');

export const viCalendar: CalendarMessages = {
  label: 'Lịch sự kiện',
  view: { month: 'Tháng', week: 'Tuần', list: 'Danh sách' },
  views: 'Chế độ xem',
  previous: { month: 'Tháng trước', week: 'Tuần trước', list: 'Tháng trước' },
  next: { month: 'Tháng sau', week: 'Tuần sau', list: 'Tháng sau' },
  today: 'Hôm nay',
  day: (date, count) => `${date}, ${count}`,
  more: (count) => `thêm ${numbers.format(count)}`,
  allDay: 'cả ngày',
  until: (date) => `đến ${date}`,
  at: (time) => time,
  status: { cancelled: 'đã hủy', postponed: 'đã hoãn', scheduled: '' },
  empty: {
    month: (title) => `Không có sự kiện nào trong ${title}.`,
    week: (title) => `Không có sự kiện nào trong khoảng ${title}.`,
    list: (title) => `Không có sự kiện nào trong ${title}.`,
    upcoming: 'Hiện chưa có sự kiện nào được thông báo.',
    day: 'Không có sự kiện nào vào ngày này.',
  },
  filtered: 'Bộ lọc đã chọn đang ẩn một số sự kiện.',
  resetFilter: 'Đặt lại bộ lọc',
  skip: 'Bỏ qua lịch',
  end: 'Cuối lịch',
  allEvents: 'Tất cả sự kiện',
  exportShown: 'Xuất tất cả sự kiện đang hiển thị',
  exportFileName: (title) => `Sự kiện ${title}`,
  close: 'Đóng',
  details: {
    when: 'Thời gian',
    where: 'Địa điểm',
    organizer: 'Đơn vị tổ chức',
    topics: 'Chủ đề',
    accessibility: 'Khả năng tiếp cận',
    languages: 'Ngôn ngữ',
    registration: 'Đăng ký',
    registrationRequired: 'Cần đăng ký trước',
    registrationDeadline: (date) => `Hạn đăng ký: ${date}`,
    register: 'Đăng ký',
    website: 'Thêm thông tin',
    map: 'Xem địa điểm trên OpenStreetMap',
    recurring: 'Sự kiện định kỳ',
    addToCalendar: 'Thêm vào lịch của tôi',
    email: (address) => `Gửi email đến ${address}`,
    phone: (number) => `Gọi ${number}`,
  },
  badTimeZone: (zone) =>
    `quartier-widgets: không rõ múi giờ “${zone}”; lịch dùng múi giờ Europe/Berlin.`,
};
