// Vietnamese shared texts (states, filter, counted nouns); machine-assisted translation by the team, not yet checked by a native speaker.
import type { Messages } from './de.js';

const numbers = new Intl.NumberFormat('vi');
const number = (value: number) => numbers.format(value);

export const vi: Messages = {
  loading: 'Đang tải dữ liệu …',
  retry: 'Thử lại',
  separator: ', ',
  reportBarrier: 'Báo cáo rào cản tiếp cận',
  loadFailed: 'Không thể tải dữ liệu.',
  monthsFailed: (months) =>
    `Không thể tải các sự kiện của ${months}. Đang hiển thị những gì hiện có.`,
  someSourcesFailed: (failed, total) =>
    `Không thể tải ${number(failed)} trên ${number(total)} nguồn dữ liệu. Đang hiển thị những gì hiện có.`,
  sourceError: {
    'bad-url': 'Địa chỉ của nguồn dữ liệu không hợp lệ.',
    network: 'Không thể kết nối với máy chủ. Vui lòng kiểm tra kết nối internet của bạn.',
    timeout: 'Máy chủ không phản hồi kịp thời.',
    http: 'Máy chủ đã trả về một lỗi.',
    'too-large': 'Tệp quá lớn để hiển thị ở đây.',
    'not-data': 'Địa chỉ này dẫn đến một trang web, không phải dữ liệu.',
    malformed: 'Tệp không chứa dữ liệu JSON hợp lệ.',
    'malformed-calendar': 'Tệp không phải là lịch iCalendar (.ics) có thể đọc được.',
    'unknown-format': 'Không nhận dạng được định dạng dữ liệu.',
  },
  httpStatus: (status) => `mã lỗi ${status}`,
  // Vietnamese has one plural category (other); the type asks for one as well: the same phrase.
  count: {
    events: { one: '# sự kiện', other: '# sự kiện' },
    projects: { one: '# dự án', other: '# dự án' },
    topics: { one: '# chủ đề', other: '# chủ đề' },
    warnings: { one: '# lưu ý', other: '# lưu ý' },
  },
  filter: {
    facet: { topics: 'Chủ đề', accessibility: 'Khả năng tiếp cận', languages: 'Ngôn ngữ' },
    allTopics: 'Tất cả chủ đề',
    option: (label, count) => (count === undefined ? label : `${label} (${number(count)})`),
    reset: 'Hiển thị tất cả',
    toggle: (active) => (active > 0 ? `Bộ lọc (${number(active)})` : 'Bộ lọc'),
    active: 'Bộ lọc đang áp dụng',
    remove: (label) => `Bỏ bộ lọc “${label}”`,
    empty: 'Chưa có gì để lọc: nguồn dữ liệu không có chủ đề và cũng không có sự kiện nào.',
  },
  feature: {
    wheelchair: 'Phù hợp cho xe lăn',
    'accessible-toilet': 'Nhà vệ sinh cho người khuyết tật',
    'hearing-loop': 'Vòng cảm ứng hỗ trợ máy trợ thính',
    'sign-language': 'Ngôn ngữ ký hiệu',
    'easy-language': 'Ngôn ngữ dễ hiểu',
    childcare: 'Có người trông trẻ',
    'free-of-charge': 'Miễn phí',
  },
  urlSyncTaken: (group) =>
    `quartier-widgets: mỗi trang chỉ có một bộ lọc được dùng địa chỉ (sync-url); nhóm “${group}” không được liên kết với địa chỉ.`,
  versionMismatch: (tag, existing, ours) =>
    `quartier-widgets: <${tag}> đã được định nghĩa bởi phiên bản ${existing}; bản sao này (phiên bản ${ours}) không được sử dụng.`,
};
