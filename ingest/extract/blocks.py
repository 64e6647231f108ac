"""What a block of a notice reads as, from the features of the genre (not from its marker).

A *Thông báo kết luận* (Decree 30/2020/NĐ-CP anatomy) opens with a preamble ("Ngày ..., UBND tỉnh
tổ chức ...", "Sau khi nghe ..., kết luận như sau:"), then assessment sections (findings) and task
sections (directives), and closes with "... thông báo để ... biết, thực hiện./.". Headings are
short and carry no sentence-final punctuation, or are known section titles ("Về an sinh xã hội:",
"Nhiệm vụ trọng tâm thời gian tới", "Ý kiến kết luận"). A task is written with assignment cues
("Giao", "Yêu cầu", "Đề nghị", "chủ trì", "phối hợp", "làm đầu mối", "tham mưu", "khẩn trương",
"chỉ đạo"), an agency in subject position, an imperative verb, or a deadline. Every test here
works on folded text (no diacritics, lower case), so tone-mark styles and capitals do not matter.
"""

from __future__ import annotations

import re

from ingest.gazetteer.unknown import NAME_WORDS
from ingest.model import FindingKind
from ingest.text import LETTERS, canon, fold

_FINAL = re.compile(r"[.;!?…]['\"”’)]*\s*$")
_SENTENCE_END = re.compile(r"[.!?](?:/\.)?\s+(?=[^\W\d_])")
_HAS_LETTER = re.compile(LETTERS)
_HEADING_WORDS = 30
_TITLE_WORDS = 12
_SUBJECT_WORDS = 16
_TENSE = ("đã", "đang", "sẽ", "vừa", "bị")
_MODAL = ("được", "phải", "cần")

# Section titles of the genre (folded prefixes).
_TITLES = (
    "ket luan", "y kien ket luan", "nhiem vu", "danh gia", "ket qua", "tinh hinh", "yeu cau chung",
    "to chuc thuc hien", "phuong huong", "giai phap", "ve ", "doi voi", "linh vuc", "phu luc",
    "kien nghi", "de xuat", "han che", "ton tai", "du bao", "quan diem", "mot so", "cac noi dung",
    "noi dung", "nhung ket qua", "cac van ban", "thoi gian toi", "trong thoi gian toi",
)
_PREAMBLE = re.compile(
    r"^(?:ngay \d{1,2}[/ ]|ngay \d{1,2} thang|sau khi nghe|tren co so (?:noi dung|y kien|bao cao)|"
    r"can cu |tham du|du hop|cung du|thanh phan|phien hop do|cuoc hop do|"
    r"hoi nghi do|buoi lam viec do)"
)
_CLOSING = re.compile(
    r"(?:thong bao(?: y kien)?(?: ket luan)?.{0,160}\bde\b.{0,200}\bbiet\b|biet,? (?:va )?thuc hien"
    r"|^tren day la (?:y kien )?ket luan)"
)
# An assignment verb opens the sentence, after a connective ("Đồng thời, yêu cầu Sở ...").
_OPEN_CUES = re.compile(
    r"^(?:(?:dong thoi|ben canh do|ngoai ra|mat khac|vi vay|do do|theo do|tren co so do)"
    r",?\s+)?(?:giao|yeu cau|de nghi|chi dao|dong y giao|thong nhat giao|ubnd tinh giao|"
    r"chu tich ubnd \S+ giao|uy quyen)\b"
)
_ROLE_CUES = re.compile(
    r"\b(?:chu tri|phoi hop|dong chu tri|lam dau moi|chiu trach nhiem|tham muu|khan truong|"
    r"theo doi, don doc|giao)\b"
)
# Imperative verbs that open a task sentence ("Tăng cường ...", "Khẩn trương ...").
_IMPERATIVE = re.compile(
    r"^(?:tiep tuc|tap trung|tang cuong|day manh|day nhanh|khan truong|chu dong|thuc hien|"
    r"trien khai|to chuc|ra soat|kiem tra|xay dung|hoan thien|hoan thanh|nghiem tuc|quan triet|"
    r"bao dam|dam bao|chi dao|theo doi|don doc|huong dan|nang cao|phoi hop|chu tri|tham muu|"
    r"de xuat|bao cao|nghien cuu|huy dong|kien quyet|xu ly|siet chat|khuyen khich|phan dau|"
    r"chuan bi|uu tien|quan tam|thuong xuyen|duy tri|cap nhat|lap |bo tri|giai quyet|tuyen truyen|"
    r"phat huy|ban hanh|trinh |cong khai|thao go|thong nhat|khong de|tuyet doi|yeu cau|giao|"
    r"de nghi|khac phuc|chan chinh|rut kinh nghiem|lam ro|danh gia|tong hop|tiep thu|sua doi|"
    r"bo sung|dieu chinh|cai thien|thu hoi|kiem soat|ngan chan|dau tranh|phong ngua|van dong|"
    r"hop nhat|lam viec|sap xep|kien toan|bam sat|giam sat|soat xet|tham dinh|phe duyet|"
    r"ho tro|can doi|thanh lap|sua chua|nam chac|nam bat|cung co|lua chon|khoi phuc|khao sat|"
    r"tien hanh|van hanh|di doi|nao vet|thu gom|cai tao|nang cap|tuan tra|ra quan|tiep nhan|"
    r"cham soc|dieu tra|thanh tra|kiem ke|lien ket|van dong|cong bo|dao tao|thong ke)"
)
# Tone-exact (canon): "đang" is not "đăng" (đăng ký).
_REPORTED = re.compile(r"^\S+(?: \S+){0,13}? (?:đã|đang|vừa|vẫn còn|chưa được) ")
_STATEMENT = re.compile(
    r"^(?:dong chi |ong |ba )?(?:chu tich|pho chu tich|thu tuong|pho thu tuong|bo truong|"
    r"thu truong|tap the|ubnd|uy ban nhan dan)[^,;:]{0,60}? (?:nhan manh|ghi nhan|bieu duong|"
    r"danh gia|cam on|ket luan|luu y|chia se|hoan nghenh|thong nhat thong qua|nhat tri thong qua)"
)
# Matched on tone-exact lower-case text (canon): "là" is not "lá", "đạt" is not "dát".
_ASSESSMENT = re.compile(
    r"(?<!\w)(?:đã|được|đạt|tăng|giảm|ước|so với|cùng kỳ|tình hình|bối cảnh|dự báo|là|"
    r"vẫn còn|hạn chế|khó khăn|tồn tại|chưa)(?!\w)|%"
)
# Head nouns of public bodies and office holders: a subject that opens with one names a body.
_BODY_HEAD = re.compile(
    r"^(?:các |những )?(?:phòng(?!,? chống|,? ngừa)|ban(?! hành)|công an|trưởng|chủ tịch|"
    r"phó chủ tịch|giám đốc|thủ trưởng|văn phòng|trung tâm|đồn|đội(?! ngũ)|tổ(?! chức)|"
    r"hội(?! nghị| nhập)|đoàn(?! kết)|ủy ban|ubnd|sở|cục|chi cục|"
    r"vụ(?! đông| xuân| mùa| hè| việc| án)|bộ(?! luật| máy)|tổng cục|viện|bệnh viện|ngân hàng|"
    r"kho bạc|thuế|hải quan|bảo hiểm|công ty|tập đoàn|tổng công ty|đài|báo(?! cáo)|học viện|"
    r"thông tấn xã|quỹ(?! đất)|liên đoàn|hợp tác xã|thôn|xóm|ban chỉ huy|bộ chỉ huy|đảng ủy|chi bộ|"
    r"mặt trận|cơ quan|đơn vị|chủ đầu tư|nhà thầu|người đứng đầu|lãnh đạo(?!,| chỉ đạo)|"
    r"thanh tra|hạt kiểm lâm|kiểm lâm|bí thư|hiệp hội|bệnh viện|trường(?! hợp)|doanh nghiệp|"
    r"cảng|tổ chức chính trị|xã(?! hội)|phường|lực lượng|"
    r"cơ sở(?! dữ liệu| vật chất| hạ tầng| pháp lý| khoa học| lý luận))(?!\w)"
)
_ENTITY = re.compile(r"&#?\w+;")
# A capitalised noun and a word that also opens a task ("Công trình", "Kế hoạch"): one name word
# pair inside a body's name ("Công ty Cổ phần Môi trường và Công trình đô thị Huế").
_NAME_COMPOUNDS = NAME_WORDS | {"cong trinh", "ke hoach", "dau tu", "xay dung", "phat trien"}


def is_separator(text: str) -> bool:
    """No letters at all ("&nbsp;", "-----", page numbers)."""
    return not _HAS_LETTER.search(_ENTITY.sub("", text))


def is_preamble(text: str) -> bool:
    """The meeting's date, chair and attendance, or the lead-in "Sau khi nghe ..., ... kết luận
    như sau:" (only asked before the first section)."""
    f = fold(text)
    return bool(_PREAMBLE.match(f)) or (f.endswith("nhu sau:") and "ket luan" in f)


def is_closing(text: str) -> bool:
    """"... thông báo (kết luận) để ... biết, thực hiện./." or "Trên đây là kết luận ..."."""
    f = fold(text)
    return bool(_CLOSING.search(f)) and len(f.split()) < 90 and not _OPEN_CUES.match(f)


def is_appendix_title(text: str) -> bool:
    return fold(text).startswith("phu luc")


def is_known_title(text: str) -> bool:
    """A genre section title that stays short ("Nhiệm vụ cụ thể", "Về an sinh xã hội:")."""
    f = fold(text).rstrip(" :")
    return len(f.split()) <= _TITLE_WORDS and not _FINAL.search(text) \
        and f.startswith(_TITLES) and not _ROLE_CUES.search(f.split(":")[0])


def reads_as_heading(text: str) -> bool:
    """Short, no sentence-final punctuation, no sentence inside."""
    t = text.strip()
    if _FINAL.search(t) or len(t.split()) > _HEADING_WORDS:
        return False
    return not _SENTENCE_END.search(t.rstrip(":"))


def is_caps_title(text: str) -> bool:
    """An unnumbered ALL-CAPS line ("KẾT LUẬN:", "NHIỆM VỤ TRỌNG TÂM") is a top-level section."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and reads_as_heading(text)


def is_intro(text: str) -> bool:
    """A lead-in that ends with ":" and holds no complete sentence before it ("Giao Ban QLDA
    chủ trì, phối hợp với ...:", "Sở Y tế:", "Chủ tịch UBND tỉnh yêu cầu ... như sau:")."""
    t = text.strip()
    return t.endswith(":") and not _SENTENCE_END.search(t[:-1])


def opens_with_assignment(text: str) -> bool:
    return bool(_OPEN_CUES.match(fold(text)))


def has_role_cue(text: str) -> bool:
    return bool(_ROLE_CUES.search(fold(text)))


def starts_imperative(text: str) -> bool:
    return bool(_IMPERATIVE.match(fold(text)))


def is_reported(text: str) -> bool:
    """A past or ongoing state ("Các sở đã triển khai ..."), not a task."""
    if opens_with_assignment(text) or starts_imperative(text):
        return False  # "Huy động ... các đoạn đã có mặt bằng": the "đã" is in a relative clause
    return bool(_REPORTED.match(canon(text)))


def is_statement(text: str) -> bool:
    """The chair's own statement ("Thủ tướng nhấn mạnh: ...", "Bộ trưởng ghi nhận ...")."""
    return bool(_STATEMENT.match(fold(text)))


def reads_as_assessment(text: str) -> bool:
    """Reports, figures, context ("... đạt 97 %", "Tháng 6 là tháng cuối ...")."""
    return bool(_ASSESSMENT.search(canon(text)))


def subject_end(text: str) -> int | None:
    """Where the task verb starts after a named subject in the first words ("Phòng Kinh tế
    hướng dẫn ...", "Các thôn: Bản Mài, Nà Lỳ duy trì ..."): the subject opens with the head noun
    of a body and is at least two words (a colon only before names); None when it is not so."""
    if not _BODY_HEAD.match(canon(text)):
        return None
    spans = [m.span() for m in re.finditer(r"\S+", text)][:_SUBJECT_WORDS]
    for k in range(2, len(spans)):
        before = text[:spans[k][0]]
        colon = before.find(":")
        if colon >= 0 and not text[colon + 1:].lstrip()[:1].isupper():
            return None
        last = canon(before).split()[-1]
        pair = " ".join(fold(w) for w in before.split()[-2:])
        if last in _MODAL and pair not in NAME_WORDS:  # "X phải ...": the subject ends here
            return spans[k - 1][0]
        if last in _TENSE:
            return None
        compound = f"{fold(before.split()[-1])} {fold(text[spans[k][0]:spans[k][1]])}"
        if text[spans[k][0]].islower() and _IMPERATIVE.match(fold(text[spans[k][0]:])) and \
                compound not in _NAME_COMPOUNDS:
            return spans[k][0]  # a capitalised word is part of a name ("Kiểm soát bệnh tật")
    return None


def opens_with_body(text: str) -> bool:
    """The text opens with the head noun of a body ("Các bệnh viện ...", "Phòng Y tế ...")."""
    return bool(_BODY_HEAD.match(canon(text)))


def subject_then_task_verb(text: str) -> bool:
    return subject_end(text) is not None


_FUTURE = re.compile(r"trong tam|phuong huong|giai phap|cu the|thoi gian toi|sap toi|tiep theo")
Mode = tuple[str, FindingKind]  # (auto | findings | directives | documents, finding kind)


def section_mode(title: str, parent: Mode) -> Mode:
    """What a section holds, from its title: assessment ("Đánh giá", "Kết quả", "Tình hình",
    "Hạn chế"), forecast/context ("Dự báo", "Quan điểm"), approved documents ("thông qua"),
    tasks ("Nhiệm vụ", "Kết luận", "Giải pháp", "Tổ chức thực hiện"); else the parent's."""
    f = fold(title)
    if "thong qua" in f:
        return "documents", "context"
    if "du bao" in f or "quan diem" in f:
        return "findings", "context"
    if parent[0] == "directives":
        return parent
    if _ASSIGNING_LEAD_IN.search(f):
        return "directives", "context"
    past = re.search(r"ket qua|tinh hinh|danh gia|han che|ton tai", f) and not _FUTURE.search(f)
    if past:
        return "findings", _assessment_kind(f)
    if re.search(r"nhiem vu|ket luan|giai phap|to chuc thuc hien|yeu cau|kien nghi|phuong huong",
                 f):
        return "directives", "context"
    return parent


# A lead-in that assigns what follows ("Ban Thường vụ Tỉnh ủy giao:", "Chủ tịch UBND tỉnh yêu cầu
# các sở, ngành thực hiện các nhiệm vụ sau:") opens tasks, even inside an assessment section.
_ASSIGNING_LEAD_IN = re.compile(
    r"\b(?:giao|yeu cau|de nghi)(?:\s*|\s(?:cac|nhung)\s.{0,120}\s(?:sau|nhu sau)\s*):$")


def _assessment_kind(folded_title: str) -> FindingKind:
    """"Hạn chế, tồn tại" heads limitations; "Kết quả đạt được và tồn tại, hạn chế" heads results
    first (its limitations follow a turn: "Tuy nhiên, ...")."""
    limited = re.search(r"han che|ton tai|kho khan", folded_title)
    results = re.search(r"ket qua|dat duoc|thanh tuu", folded_title)
    first_results = results is not None and (limited is None or results.start() < limited.start())
    return "limitation" if limited and not first_results else "achievement"


def is_attachment_note(text: str) -> bool:
    """"(Kèm theo Thông báo số ... ngày ...)" under an appendix title."""
    return bool(re.match(r"^\(?kem theo (?:thong bao|van ban|cong van)", fold(text)))


# The contrast cues that open the limitations of an assessment: "Tuy nhiên, ...", "Tuy vậy,
# ...", "Song, ...", "Mặc dù vậy, ...", "Bên cạnh những kết quả đạt được, ...", "Hạn chế: ...",
# and the cause of the shortfalls ("Nguyên nhân chủ yếu do ...").
_TURN = re.compile(
    r"(?:ben canh (?:nhung|cac|do|ket qua)|tuy (?:nhien|vay|the)|(?:mac )?du vay|song\s?,|"
    r"han che|nguyen nhan (?:chu yeu |chinh )?(?:la|do))(?![^\W_])"
)


def turns_to_limitations(text: str) -> bool:
    """The text opens with a contrast cue that turns an assessment to its limitations."""
    return bool(_TURN.match(fold(text)))


_DEADLINE_LABEL = re.compile(
    r"^(?:thoi gian hoan thanh|thoi gian thuc hien|thoi han(?: hoan thanh)?|han hoan thanh|"
    r"tien do(?: hoan thanh)?)\s*:\s*"
)


_LABEL_WORDS = 14  # "trong 15 ngày làm việc kể từ ngày ký Thông báo này": 11; a task is longer


def deadline_label(text: str) -> str | None:
    """The value of a deadline line ("Thời gian hoàn thành: trước ngày 30/11/2025.", also in
    brackets: "(Thời hạn: xong trước 30/9)"), else None."""
    t = text.strip()
    if t.startswith("(") and t.rstrip(".").endswith(")"):
        t = t.rstrip(".")[1:-1].strip()
    m = _DEADLINE_LABEL.match(fold(t))
    value = t[m.end():].strip().rstrip(".") if m else ""
    return value if m and len(value.split()) <= _LABEL_WORDS else None


_FOR = re.compile(r"^(?:đối với|riêng đối với|riêng)\s+(?=\S)", re.IGNORECASE)


def without_for(text: str) -> str:
    """A heading without its "Đối với" ("Đối với Phòng Kế hoạch - Tài chính": the body)."""
    return _FOR.sub("", text.strip(), count=1).rstrip(":").strip()


def is_accountability(text: str) -> bool:
    """"Người đứng đầu phải chịu trách nhiệm trước ... nếu để xảy ra ...": who answers for a task,
    not a task of its own."""
    return bool(re.search(r"chiu trach nhiem truoc .{0,80}\bneu\b", fold(text)))


def points_to_appendix(text: str) -> bool:
    """"Các nhiệm vụ cụ thể giao các cơ quan tại Phụ lục kèm theo Thông báo này.": the tasks
    themselves are the subject and stand in the appendix; the sentence assigns nothing (unlike
    "Các sở được giao nhiệm vụ tại Phụ lục ... khẩn trương triển khai")."""
    f = fold(text)
    return bool(re.match(r"(?:cac |nhung )?nhiem vu\b", f)) and "phu luc" in f and \
        len(f.split()) <= _HEADING_WORDS
