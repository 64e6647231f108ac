"""How a repeated task is restated month after month, and the one-off tasks of a single notice.

Real notices do not repeat a task verbatim: the next meeting says "Tiếp tục ...", swaps a word for
a synonym ("bảo đảm" / "đảm bảo", "tham mưu" / "đề xuất"), writes an abbreviation out or in
("NSNN" / "ngân sách nhà nước"), puts the clauses in another order, moves the deadline, and names
the lead agency by another of its names ("Sở NN&MT"), or gives the task to another agency.
One-off tasks (an event, an inspection at one place, a decision to draft) occur once.
"""

from __future__ import annotations

import random

# (phrase, alternatives): a whole-phrase substitution, each way; tried in this order.
SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("theo dõi sát", ("bám sát", "theo dõi chặt chẽ")),
    ("theo dõi chặt chẽ", ("theo dõi sát sao", "giám sát chặt chẽ")),
    ("tháo gỡ khó khăn", ("tháo gỡ khó khăn, vướng mắc", "kịp thời tháo gỡ khó khăn")),
    ("đẩy nhanh tiến độ", ("khẩn trương đẩy nhanh tiến độ", "đẩy nhanh hơn nữa tiến độ")),
    ("rà soát,", ("rà soát, đánh giá,", "khẩn trương rà soát,")),
    ("tham mưu", ("đề xuất", "tham mưu, đề xuất")),
    ("bảo đảm", ("đảm bảo",)),
    ("đôn đốc", ("đôn đốc, hướng dẫn", "thường xuyên đôn đốc")),
    ("tăng cường", ("đẩy mạnh", "tiếp tục tăng cường")),
    ("không để", ("tuyệt đối không để", "không để xảy ra tình trạng")),
    ("chủ động", ("chủ động xây dựng", "chủ động triển khai")),
    ("hộ nghèo, hộ cận nghèo", ("hộ nghèo và hộ cận nghèo",)),
    ("Nhân dân", ("người dân",)),
    ("triển khai", ("tổ chức triển khai", "thực hiện")),
    ("hoàn thành", ("hoàn thiện", "sớm hoàn thành")),
    ("kiểm soát chặt chẽ", ("kiểm soát tốt", "giám sát, kiểm soát chặt chẽ")),
)
# Abbreviations the notices write out or not (rarer: their bigrams differ entirely).
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("NSNN", "ngân sách nhà nước"), ("CCHC", "cải cách hành chính"),
    ("TTHC", "thủ tục hành chính"), ("giải phóng mặt bằng", "GPMB"),
    ("trung học phổ thông", "THPT"), ("văn bản quy phạm pháp luật", "văn bản QPPL"),
    ("OCOP", "Chương trình mỗi xã một sản phẩm (OCOP)"),
)
# The words a clause of a task starts with: a task is cut into clauses before them, and its
# clauses may come back in another order ("..., chống thất thu, giảm nợ đọng thuế").
CLAUSE_HEADS = ("không", "chống", "giảm", "nâng cao", "thu hút", "di dời", "giám sát", "sẵn sàng",
                "kết nối", "mở rộng", "xúc tiến", "bố trí", "gắn với", "bảo đảm", "phối hợp",
                "tăng cường", "hoàn thành")
PREFIXES = ("Tiếp tục ", "Đẩy mạnh việc ", "Khẩn trương ", "Tập trung ", "Quyết liệt ")

# Another name the notices give an agency (an alias the gazetteer knows).
AGENCY_NAMES: dict[str, tuple[str, ...]] = {
    "Sở Nông nghiệp và Môi trường": ("Sở NN&MT", "Sở Nông nghiệp - Môi trường"),
    "Sở Giáo dục và Đào tạo": ("Sở GD&ĐT",),
    "Sở Khoa học và Công nghệ": ("Sở KH&CN",),
    "Sở Văn hóa, Thể thao và Du lịch": ("Sở VHTTDL",),
    "Sở Dân tộc và Tôn giáo": ("Sở DT&TG",),
    "Văn phòng UBND tỉnh": ("Văn phòng Ủy ban nhân dân tỉnh",),
    "Ban Quản lý dự án đầu tư xây dựng tỉnh": ("Ban QLDA đầu tư xây dựng tỉnh",),
    "Ban Quản lý Khu kinh tế tỉnh": ("Ban Quản lý Khu kinh tế",),
    "Bộ Chỉ huy Quân sự tỉnh": ("Bộ CHQS tỉnh",),
}


def clauses(task: str) -> list[str]:
    """The task cut before each ", <clause head>"."""
    out = [task]
    for head in CLAUSE_HEADS:
        cut = []
        for part in out:
            pieces = part.split(f", {head} ")
            cut += [pieces[0], *(f"{head} {p}" for p in pieces[1:])]
        out = cut
    return out


def reorder(rng: random.Random, task: str) -> str:
    """The task's clauses in another order (unchanged when it has one clause)."""
    parts = clauses(task)
    if len(parts) < 2:
        return task
    rest = parts[1:]
    rng.shuffle(rest)
    return ", ".join([*rest, parts[0]])


def substitute(rng: random.Random, task: str, rate: float) -> str:
    """Each synonym phrase present replaced with probability `rate`; an abbreviation written
    out (or in) with probability rate / 3."""
    for phrase, alternatives in SYNONYMS:
        if phrase in task and rng.random() < rate:
            task = task.replace(phrase, rng.choice(alternatives), 1)
    for short, full in ABBREVIATIONS:
        if rng.random() < rate / 3:
            task = task.replace(short, full, 1) if short in task else task.replace(full, short, 1)
    return task


def restate(rng: random.Random, task: str) -> str:
    """A repeated task as a later meeting words it: synonyms, maybe another clause order, maybe
    a 'Tiếp tục'-style prefix."""
    task = substitute(rng, task, 0.35)
    if rng.random() < 0.25:
        task = reorder(rng, task)
    if rng.random() < 0.6:
        prefix = rng.choice(PREFIXES).lower()
        task = ("tiếp tục " if task.split(" ", 1)[0] in prefix else prefix) + task
    return task


def agency_name(rng: random.Random, lead: str) -> str:
    """The lead as written this time: now and then by another of its names."""
    names = AGENCY_NAMES.get(lead, ())
    return rng.choice(names) if names and rng.random() < 0.25 else lead


# One-off tasks: an action on an object at a place; drawn once per notice, so that two notices
# rarely give the same combination (and when they do, at another place: another task).
ONE_OFF_ACTIONS: dict[str, tuple[str, ...]] = {
    "econ": ("khảo sát, lựa chọn địa điểm xây dựng", "hoàn thiện hồ sơ đề xuất chủ trương đầu tư",
             "làm việc với nhà đầu tư về tiến độ", "kiểm tra thực địa, đánh giá hiện trạng"),
    "budget": ("thẩm định, trình phê duyệt quyết toán", "bổ sung kinh phí năm {year} cho",
               "kiểm tra việc sử dụng nguồn vốn", "thu hồi tạm ứng quá hạn của"),
    "admin": ("hoàn thiện đề án sắp xếp", "ban hành quy chế làm việc của",
              "kiện toàn nhân sự lãnh đạo", "trình phương án bố trí trụ sở"),
    "digital": ("xây dựng nền tảng số cho", "cấp chữ ký số cho cán bộ",
                "đưa vào vận hành phần mềm quản lý", "kết nối dữ liệu dùng chung của"),
    "social": ("tổ chức đoàn kiểm tra", "tổ chức lễ kỷ niệm ngày thành lập",
               "hỗ trợ khắc phục hậu quả mưa lũ cho", "tổ chức giải thi đấu thể thao tại"),
    "env": ("khắc phục sự cố sạt lở", "cắm mốc hành lang bảo vệ", "xử lý điểm ô nhiễm",
            "đo đạc, chỉnh lý bản đồ địa chính"),
    "justice": ("thanh tra đột xuất việc quản lý", "giải quyết đơn kiến nghị của hộ dân về",
                "thẩm định dự thảo quyết định về", "tổ chức đối thoại với người dân về"),
    "security": ("bảo đảm an ninh cho sự kiện", "tổ chức diễn tập phương án chữa cháy",
                 "kiểm tra công tác tuyển quân tại", "phối hợp đón đoàn công tác tại"),
}
ONE_OFF_OBJECTS: dict[str, tuple[str, ...]] = {
    "econ": ("chợ đầu mối nông sản", "cụm công nghiệp", "khu du lịch sinh thái",
             "nhà máy chế biến chè", "trung tâm logistics", "vùng trồng cây dược liệu"),
    "budget": ("dự án kè chống sạt lở", "chương trình nước sạch nông thôn",
               "trụ sở làm việc các xã mới", "quỹ hỗ trợ nông dân", "hệ thống đèn chiếu sáng"),
    "admin": ("các phòng chuyên môn", "Trung tâm Phục vụ hành chính công",
              "các đơn vị sự nghiệp công lập", "bộ phận một cửa", "hội đồng thi đua"),
    "digital": ("hồ sơ bệnh án điện tử", "kho dữ liệu nông nghiệp", "hệ thống camera giám sát",
                "hệ thống họp trực tuyến", "cổng dịch vụ công"),
    "social": ("bếp ăn tập thể trường học", "Trung tâm Y tế khu vực", "Ngày hội văn hóa dân tộc",
               "nhà văn hóa thôn bản", "chợ phiên vùng cao"),
    "env": ("tuyến đường tỉnh lộ", "lòng hồ thủy điện", "bãi rác tập trung",
            "suối chảy qua khu dân cư", "khu tái định cư"),
    "justice": ("đất rừng phòng hộ", "bồi thường tái định cư", "thu phí bến xe",
                "quản lý vật liệu nổ", "cấp phép khai thác cát"),
    "security": ("lễ hội xuân", "kho xăng dầu", "khu vực cửa khẩu phụ", "đồn biên phòng"),
}


COMMUNES = ("Bản Lang", "Nậm Tăm", "Pa Tần", "Mường Kim", "Tà Tổng", "Sì Lở Lầu", "Khun Há",
            "Bum Nưa", "Hua Bum", "Dào San", "Phong Thổ", "Sin Suối Hồ", "Mường Than",
            "Thân Thuộc", "Nà Tăm", "Bình Lư", "Pắc Ta", "Tủa Sín Chải", "Lê Lợi", "Vàng San",
            "Ka Lăng", "Thu Lũm", "Mù Cả", "Trung Chải", "Hồng Thu", "Chăn Nưa")


def one_off(rng: random.Random, theme: str, place: str, year: int) -> str:
    """One one-off task of the theme at a place ('khắc phục sự cố sạt lở suối ... tại xã X')."""
    action = rng.choice(ONE_OFF_ACTIONS[theme]).format(year=year)
    return f"{action} {rng.choice(ONE_OFF_OBJECTS[theme])} tại xã {place}"
