// Vietnamese texts of <quartier-idea-form>; machine-assisted translation by the team, not yet checked by a native speaker.
import type { PluralForms } from '../plural-forms.js';
import type { FormMessages } from './de-form.js';

const numbers = new Intl.NumberFormat('vi');
const number = (value: number) => numbers.format(value);
const plurals = new Intl.PluralRules('vi');
/** The whole phrase for the number's plural category (Vietnamese: always other), '#' replaced by the number. */
const counted = (value: number, forms: PluralForms) =>
  (forms[plurals.select(value) as keyof PluralForms] ?? forms.other).replace('#', number(value));
const seconds = (value: number) =>
  value < 90
    ? counted(value, { one: '# giây', other: '# giây' })
    : counted(Math.ceil(value / 60), { one: '# phút', other: '# phút' });

export const viForm: FormMessages = {
  formLabel: 'Gửi ý tưởng',
  intro: 'Bạn có thể để trống các ô không có ghi chú “bắt buộc”.',
  requiredMark: 'bắt buộc',
  label: {
    title: 'Tiêu đề',
    description: 'Mô tả',
    topic: 'Chủ đề',
    address: 'Địa điểm',
    name: 'Họ tên',
    email: 'Email',
    wantsReply: 'Tôi muốn nhận phản hồi',
    consent: 'Đồng ý',
  },
  hint: {
    title: (max) => `Ý tưởng của bạn nói về điều gì, trong vài từ? Tối đa ${number(max)} ký tự.`,
    description: (max) =>
      `Bạn muốn đề xuất điều gì, và điều đó giúp ích cho ai? Tối đa ${number(max)} ký tự.`,
    topic: 'Hãy chọn một chủ đề nếu có chủ đề phù hợp.',
    address: 'Một con phố, quảng trường hoặc cơ sở trong khu phố, ví dụ “Stannebeinplatz”.',
    email: 'Chỉ cần điền nếu bạn muốn nhận phản hồi.',
    emailRequired: 'Chúng tôi cần địa chỉ email của bạn để trả lời bạn.',
  },
  contactLegend: 'Liên hệ (không bắt buộc)',
  contactHint: 'Nếu không để lại thông tin liên hệ, ý tưởng của bạn sẽ được gửi ẩn danh.',
  topicNone: 'Không có chủ đề cụ thể',
  topicsLoading: 'Đang tải các chủ đề …',
  topicsFailed: 'Không thể tải các chủ đề. Bạn vẫn có thể gửi ý tưởng của mình.',
  counter: (used, max) =>
    used <= max
      ? `Còn ${number(max - used)} trên ${number(max)} ký tự`
      : `Thừa ${number(used - max)} ký tự`,
  counterAnnouncement: (used, max) =>
    used <= max
      ? `Còn ${number(max - used)} ký tự.`
      : `Thừa ${number(used - max)} ký tự. Vui lòng rút ngắn văn bản.`,
  consent: {
    before: 'Tôi đã đọc ',
    link: 'thông tin về bảo vệ dữ liệu',
    after: ' và đồng ý để thông tin của tôi được lưu lại nhằm xử lý ý tưởng của tôi.',
    newWindow: '(mở trong cửa sổ mới)',
  },
  notice: {
    heading: 'Thông tin của bạn được xử lý như thế nào',
    what: 'Chúng tôi lưu ý tưởng của bạn và – chỉ khi bạn cung cấp – họ tên và địa chỉ email của bạn, để xử lý ý tưởng và trả lời bạn.',
    why: 'Cơ sở pháp lý là sự đồng ý của bạn (Điều 6 khoản 1 điểm a, Quy định chung về bảo vệ dữ liệu của EU – GDPR).',
    howLong:
      'Chúng tôi xóa thông tin sau khi xử lý xong ý tưởng, chậm nhất là sau 6 tháng. Bạn có thể rút lại sự đồng ý và yêu cầu xóa thông tin bất cứ lúc nào – khi đó, vui lòng cho biết mã số hồ sơ của bạn.',
    more: 'Ai chịu trách nhiệm và bạn có những quyền gì được nêu trong thông tin về bảo vệ dữ liệu.',
  },
  honeypot: 'Vui lòng để trống ô này',
  submit: 'Gửi ý tưởng',
  resend: 'Gửi lại',
  sending: 'Đang gửi ý tưởng của bạn …',
  retrying: (attempt) => `Kết nối đang gặp sự cố. Đang thử lại (lần ${number(attempt)}) …`,
  tooFast: 'Nhanh quá! Vui lòng đọc lại thông tin bạn đã nhập, sau đó nhấn lại “Gửi ý tưởng”.',
  summaryHeading: (count) =>
    counted(count, { one: 'Vui lòng kiểm tra # mục', other: 'Vui lòng kiểm tra # mục' }),
  error: {
    required: {
      title: 'Vui lòng nhập tiêu đề.',
      description: 'Vui lòng mô tả ý tưởng của bạn.',
    },
    tooLong: (label, over, max) =>
      `${label}: thừa ${number(over)} ký tự. Vui lòng rút ngắn còn tối đa ${number(max)} ký tự.`,
    invalidEmail: 'Vui lòng nhập đầy đủ địa chỉ email, ví dụ name@example.org.',
    requiredForReply:
      'Vui lòng nhập địa chỉ email để chúng tôi có thể trả lời – hoặc bỏ đánh dấu ô “Tôi muốn nhận phản hồi”.',
    consent:
      'Vui lòng xác nhận rằng bạn đã đọc thông tin về bảo vệ dữ liệu. Nếu không có sự đồng ý của bạn, chúng tôi không được phép lưu ý tưởng.',
    invalid: (label) => `${label}: vui lòng kiểm tra lại thông tin này.`,
    general: 'Máy chủ không chấp nhận ý tưởng. Vui lòng kiểm tra lại thông tin bạn đã nhập.',
  },
  failed: {
    heading: 'Ý tưởng chưa được gửi',
    network: 'Hiện không thể kết nối với máy chủ.',
    timeout: 'Máy chủ không phản hồi kịp thời.',
    server: (status) => `Đã xảy ra lỗi trên máy chủ (mã lỗi ${status}).`,
    busy: (wait) =>
      wait === undefined
        ? 'Máy chủ hiện đang quá tải. Vui lòng thử lại sau giây lát.'
        : `Máy chủ hiện đang quá tải. Vui lòng thử lại sau ${seconds(wait)}.`,
    tooLarge: 'Nội dung gửi đi quá lớn đối với máy chủ. Vui lòng rút ngắn phần mô tả và gửi lại.',
    rejected: (status) =>
      `Máy chủ không chấp nhận ý tưởng (mã lỗi ${status}). Vui lòng thử lại sau hoặc liên hệ trực tiếp với ban quản lý khu phố.`,
    noAction:
      'Biểu mẫu này chưa được thiết lập đầy đủ: thiếu địa chỉ để gửi đến. Vui lòng liên hệ trực tiếp với ban quản lý khu phố.',
    kept: 'Những gì bạn đã nhập vẫn được giữ nguyên.',
    keptOnDevice: 'Những gì bạn đã nhập vẫn được giữ nguyên và được lưu trên thiết bị này.',
  },
  offline: {
    banner:
      'Bạn đang ngoại tuyến. Bạn có thể tiếp tục viết; những gì bạn nhập sẽ được giữ nguyên. Nếu bạn nhấn “Gửi ý tưởng”, ý tưởng sẽ được gửi ngay khi có kết nối trở lại.',
    waiting: 'Bạn đang ngoại tuyến. Ý tưởng của bạn sẽ được gửi ngay khi có kết nối trở lại.',
    back: 'Bạn đã trực tuyến trở lại.',
  },
  success: {
    heading: 'Cảm ơn bạn đã gửi ý tưởng!',
    reference: 'Mã số hồ sơ của bạn:',
    next: 'Nhóm của ban quản lý khu phố đọc mọi ý tưởng. Nếu bạn yêu cầu phản hồi, chúng tôi sẽ liên hệ với bạn qua email. Vui lòng ghi lại mã số hồ sơ, phòng khi bạn muốn hỏi thêm về ý tưởng hoặc muốn yêu cầu xóa ý tưởng.',
    announcement: (reference) =>
      reference
        ? `Ý tưởng của bạn đã được gửi. Mã số hồ sơ của bạn là ${reference}.`
        : 'Ý tưởng của bạn đã được gửi.',
    another: 'Gửi ý tưởng khác',
  },
  draft: {
    restored: (savedAt) =>
      `Chúng tôi đã khôi phục bản nháp bạn lưu lúc ${savedAt}. Bản nháp chỉ được lưu trên thiết bị này.`,
    kept: 'Những gì bạn nhập được lưu tạm trên thiết bị này cho đến khi bạn gửi ý tưởng.',
    discard: 'Xóa bản nháp',
    discarded: 'Bản nháp đã được xóa.',
    undo: 'Hoàn tác',
  },
};
