// Every sentence the pane shows: Vietnamese, with English when the language is "en".

let lang = "vi";

export function setLang(value) {
  lang = value === "en" ? "en" : "vi";
}

export function getLang() {
  return lang;
}

const MESSAGES = {
  title: ["Kiểm tra văn bản", "Document check"],
  check: ["Kiểm tra", "Check"],
  checking: ["Đang kiểm tra…", "Checking…"],
  pick_file: ["Chọn tệp .docx", "Choose a .docx file"],
  no_file: ["Hãy chọn một tệp Word .docx để kiểm tra.", "Choose a Word .docx file to check."],
  stage: ["Giai đoạn", "Stage"],
  stage_draft: ["Dự thảo", "Draft"],
  stage_issued: ["Ban hành", "Issued"],
  tab_findings: ["Phát hiện", "Findings"],
  tab_tasks: ["Nhiệm vụ (6 rõ)", "Tasks (six clears)"],
  tab_document: ["Văn bản", "Document"],
  gate_pass: ["Đủ điều kiện trình ký", "Ready for signature"],
  gate_fail: ["Chưa đạt", "Not passed"],
  gate_rule: ["ngưỡng: {word} trở lên", "threshold: {word} and above"],
  counts: ["{e} lỗi, {w} cảnh báo, {i} gợi ý", "{e} errors, {w} warnings, {i} info"],
  no_findings: ["Không có phát hiện nào.", "No findings."],
  sev_error: ["Lỗi", "Error"],
  sev_warning: ["Cảnh báo", "Warning"],
  sev_info: ["Gợi ý", "Info"],
  sev_word_error: ["lỗi", "error"],
  sev_word_warning: ["cảnh báo", "warning"],
  sev_word_info: ["gợi ý", "info"],
  source: ["Căn cứ", "Source"],
  explain: ["Xem giải thích", "Explain"],
  hide_explain: ["Ẩn giải thích", "Hide explanation"],
  fix: ["Sửa", "Fix"],
  fixed: ["Đã sửa (theo dõi thay đổi)", "Fixed (tracked change)"],
  fix_suggestion: ["Đề xuất sửa", "Suggested fix"],
  insert_comments: ["Chèn nhận xét", "Insert comments"],
  comments_done: ["Đã chèn {n} nhận xét vào văn bản.", "Inserted {n} comments into the document."],
  comments_skipped: [
    "{n} phát hiện không định vị được nên không chèn nhận xét.",
    "{n} findings could not be located and got no comment.",
  ],
  download_fixed: ["Tải bản đã sửa (theo dõi thay đổi)", "Download the fixed copy (tracked changes)"],
  paragraph_n: ["đoạn {n}", "paragraph {n}"],
  story_header: ["đầu trang", "header"],
  story_footer: ["chân trang", "footer"],
  story_textbox: ["hộp văn bản", "text box"],
  story_footnote: ["chú thích", "footnote"],
  section_n: ["section {n}", "section {n}"],
  whole_document: ["Toàn văn bản", "Whole document"],
  other_paragraphs: ["Các đoạn khác", "Other paragraphs"],
  family_state: ["Văn bản hành chính Nhà nước", "State administrative document"],
  family_party: ["Văn bản của Đảng", "Party document"],
  family_unknown: ["Chưa xác định được hệ văn bản", "Document family not recognised"],
  family_personal: ["Văn bản của cá nhân", "A person's document"],
  lead_guessed: ["(đoán)", "(guessed)"],
  regime: ["chế độ", "regime"],
  doc_type: ["loại", "type"],
  tasks_none: ["Không tìm thấy nhiệm vụ nào trong văn bản.", "No task found in the document."],
  tasks_intro: [
    "Mỗi nhiệm vụ cần “6 rõ”: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền.",
    "Each task needs the six clears: who, what, when, responsibility, product, authority.",
  ],
  task_col_paragraph: ["Đoạn", "Para."],
  task_col_task: ["Nhiệm vụ", "Task"],
  task_col_lead: ["Chủ trì", "Lead"],
  task_col_co: ["Phối hợp", "With"],
  task_col_deadline: ["Thời hạn", "Deadline"],
  task_col_product: ["Sản phẩm", "Product"],
  task_col_resources: ["Nguồn lực", "Resources"],
  task_col_missing: ["Còn thiếu", "Missing"],
  slot_lead: ["người chủ trì", "lead"],
  slot_action: ["việc cụ thể", "action"],
  slot_deadline: ["thời hạn", "deadline"],
  slot_product: ["sản phẩm", "product"],
  slot_resources: ["nguồn lực", "resources"],
  task_complete: ["Đủ", "Complete"],
  doc_intro: [
    "Các đoạn của văn bản (thân văn bản và ô bảng, như Word đếm). Bấm một phát hiện để xem đoạn của nó.",
    "The document's paragraphs (body and table cells, as Word counts them). Click a finding to see its paragraph.",
  ],
  table_cell: ["ô bảng", "table cell"],
  // errors
  err_unreachable: [
    "Không kết nối được dịch vụ kiểm tra ({url}). Kiểm tra kết nối mạng hoặc báo bộ phận CNTT.",
    "Cannot reach the checking service ({url}). Check the network or call IT.",
  ],
  err_too_large: [
    "Văn bản quá lớn để gửi đi kiểm tra ({size}). Hãy bớt hình ảnh, tệp đính kèm hoặc tách văn bản.",
    "The document is too large to send for checking ({size}). Remove pictures or attachments, or split it.",
  ],
  err_service: ["Dịch vụ kiểm tra báo lỗi: {message}", "The checking service reported an error: {message}"],
  err_http: [
    "Dịch vụ kiểm tra trả lời không hợp lệ (mã HTTP {status}).",
    "The checking service gave an invalid answer (HTTP {status}).",
  ],
  err_unauthorized: [
    "Dịch vụ yêu cầu khóa truy cập (API key). Nhập khóa trong phần Cài đặt.",
    "The service needs an API key. Enter it under Settings.",
  ],
  err_unreadable: ["Không đọc được văn bản: {message}", "Cannot read the document: {message}"],
  file_read_failed: [
    "Không lấy được nội dung văn bản từ Word. Hãy lưu văn bản rồi thử lại.",
    "Could not get the document from Word. Save the document and try again.",
  ],
  err_locate: [
    "Không tìm thấy đoạn {n} trong văn bản. Văn bản có thể đã thay đổi: hãy bấm “Kiểm tra” lại.",
    "Paragraph {n} was not found. The document may have changed: click “Check” again.",
  ],
  err_changed: [
    "Đoạn {n} đã thay đổi sau lần kiểm tra; không sửa tự động. Hãy bấm “Kiểm tra” lại.",
    "Paragraph {n} changed since the check; not fixed automatically. Click “Check” again.",
  ],
  err_no_span: [
    "Phát hiện này không chỉ ra vị trí cụ thể trong văn bản.",
    "This finding does not point at a place in the document.",
  ],
  err_api_support: [
    "Phiên bản Word này chưa hỗ trợ chức năng này (cần Word API {version}). Hãy cập nhật Office.",
    "This version of Word does not support this (needs Word API {version}). Update Office.",
  ],
  err_word: ["Word báo lỗi: {message}", "Word reported an error: {message}"],
  err_rule: ["Không tải được giải thích: {message}", "Could not load the explanation: {message}"],
  notice_story: [
    "Phát hiện nằm ở {story}; không hiển thị trong danh sách đoạn của thân văn bản.",
    "The finding is in the {story}; it is not in the list of body paragraphs.",
  ],
  notice_document_level: [
    "Phát hiện áp dụng cho cả văn bản (thiết lập trang, định dạng chung).",
    "The finding applies to the whole document (page setup, general formatting).",
  ],
  settings: ["Cài đặt", "Settings"],
  api_key: ["Khóa truy cập (X-API-Key), nếu có", "API key (X-API-Key), if any"],
  service_url: ["Địa chỉ dịch vụ", "Service address"],
  save: ["Lưu", "Save"],
  mode_office: ["Đang chạy trong Word", "Running inside Word"],
  mode_browser: ["Chế độ trình duyệt (không có Word)", "Browser mode (no Word)"],
  selected_in_word: ["Đã chọn trong Word: {what}", "Selected in Word: {what}"],
};

/** The sentence `key` in the current language, placeholders {name} filled from `values`. */
export function msg(key, values = {}) {
  const pair = MESSAGES[key];
  if (!pair) return key;
  const text = lang === "en" ? pair[1] : pair[0];
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

export const PART_LABELS = {
  quoc_hieu: ["Quốc hiệu", "National name"],
  tieu_ngu: ["Tiêu ngữ", "Motto"],
  tieu_de_dang: ["Tiêu đề Đảng", "Party heading"],
  co_quan_chu_quan: ["Cơ quan chủ quản", "Governing body"],
  co_quan_ban_hanh: ["Cơ quan ban hành", "Issuing body"],
  so_ky_hieu: ["Số, ký hiệu", "Number and symbol"],
  dia_danh_ngay_thang: ["Địa danh, ngày tháng", "Place and date"],
  ten_loai: ["Tên loại", "Document type"],
  trich_yeu: ["Trích yếu", "Subject"],
  kinh_gui: ["Kính gửi", "Addressees"],
  can_cu: ["Căn cứ", "Legal bases"],
  noi_dung: ["Nội dung", "Body"],
  noi_nhan: ["Nơi nhận", "Recipients"],
  quyen_han_ky: ["Quyền hạn ký", "Signing authority"],
  chuc_vu_ky: ["Chức vụ người ký", "Signer's title"],
  ho_ten_ky: ["Họ tên người ký", "Signer's name"],
};

export function partLabel(part) {
  if (part === null || part === undefined) return msg("whole_document");
  const pair = PART_LABELS[part];
  if (!pair) return part;
  return lang === "en" ? pair[1] : pair[0];
}

// design.md doc_type slugs → the type's name, as the command-line report prints it (the
// document's own word, the same in both languages).
export const DOC_TYPE_NAMES = {
  nghi_quyet: "Nghị quyết",
  quyet_dinh: "Quyết định",
  chi_thi: "Chỉ thị",
  quy_che: "Quy chế",
  quy_dinh: "Quy định",
  thong_cao: "Thông cáo",
  thong_bao: "Thông báo",
  huong_dan: "Hướng dẫn",
  chuong_trinh: "Chương trình",
  ke_hoach: "Kế hoạch",
  phuong_an: "Phương án",
  de_an: "Đề án",
  du_an: "Dự án",
  bao_cao: "Báo cáo",
  bien_ban: "Biên bản",
  to_trinh: "Tờ trình",
  hop_dong: "Hợp đồng",
  cong_dien: "Công điện",
  ban_ghi_nho: "Bản ghi nhớ",
  ban_thoa_thuan: "Bản thỏa thuận",
  giay_uy_quyen: "Giấy ủy quyền",
  giay_moi: "Giấy mời",
  giay_gioi_thieu: "Giấy giới thiệu",
  giay_nghi_phep: "Giấy nghỉ phép",
  phieu_gui: "Phiếu gửi",
  phieu_chuyen: "Phiếu chuyển",
  phieu_bao: "Phiếu báo",
  phieu_trinh: "Phiếu trình",
  cong_van: "Công văn",
  thu_cong: "Thư công",
  ket_luan: "Kết luận",
  thong_tri: "Thông tri",
  tuyen_bo: "Tuyên bố",
  loi_keu_goi: "Lời kêu gọi",
  quy_hoach: "Quy hoạch",
  cuong_linh: "Cương lĩnh",
  dieu_le: "Điều lệ",
  chien_luoc: "Chiến lược",
  phu_luc: "Phụ lục",
  hien_phap: "Hiến pháp",
  bo_luat: "Bộ luật",
  luat: "Luật",
  phap_lenh: "Pháp lệnh",
  nghi_dinh: "Nghị định",
  thong_tu: "Thông tư",
  thong_tu_lien_tich: "Thông tư liên tịch",
  lenh: "Lệnh",
  don: "Đơn",
  to_khai: "Tờ khai",
  giay_de_nghi: "Giấy đề nghị",
  giay_cam_ket: "Giấy cam kết",
  ban_cam_ket: "Bản cam kết",
  so_yeu_ly_lich: "Sơ yếu lý lịch",
  di_chuc: "Di chúc",
};

// A person's document (đơn, tờ khai …, rule VB006): the service reports family "unknown" and
// one of these types; the summary says what it is rather than "not recognised".
export const PERSONAL_TYPES = new Set([
  "don", "to_khai", "giay_de_nghi", "giay_cam_ket", "ban_cam_ket", "so_yeu_ly_lich", "di_chuc",
]);

/** The summary's word for a result's family: a person's document is named as such. */
export function familyName(result) {
  const personal = result.family === "unknown" && PERSONAL_TYPES.has(result.doc_type);
  return msg(`family_${personal ? "personal" : result.family}`);
}

export function docTypeName(slug) {
  if (!slug) return null;
  return DOC_TYPE_NAMES[slug] ?? slug.replace(/_/g, " ");
}

export function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(".", lang === "en" ? "." : ",")} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
