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
# What a later meeting adds to a task it repeats, or a clause it leaves out.
ELABORATIONS = ("báo cáo kết quả trước ngày 25 hằng tháng", "gắn với trách nhiệm người đứng đầu",
                "tập trung vào các địa bàn trọng điểm",
                "kịp thời báo cáo những vướng mắc phát sinh",
                "trong đó ưu tiên các xã vùng sâu, vùng xa", "không để chậm trễ như tháng trước",
                "có giải pháp cụ thể cho từng nội dung", "bảo đảm chất lượng, hiệu quả thực chất")
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
    """A repeated task as a later meeting words it: synonyms, maybe another clause order, a
    clause left out or one added, maybe a 'Tiếp tục'-style prefix."""
    task = substitute(rng, task, 0.35)
    if rng.random() < 0.25:
        task = reorder(rng, task)
    parts = clauses(task)
    if len(parts) > 2 and rng.random() < 0.3:
        parts.pop(rng.randrange(1, len(parts)))
        task = ", ".join(parts)
    if rng.random() < 0.4:
        task = f"{task}, {rng.choice(ELABORATIONS)}"
    if rng.random() < 0.6:
        prefix = rng.choice(PREFIXES).lower()
        task = ("tiếp tục " if task.split(" ", 1)[0] in prefix else prefix) + task
    return task


def agency_name(rng: random.Random, lead: str) -> str:
    """The lead as written this time: now and then by another of its names."""
    names = AGENCY_NAMES.get(lead, ())
    return rng.choice(names) if names and rng.random() < 0.25 else lead


# One-off tasks: an action on one of the objects it fits, at a commune. A province takes each
# theme's combinations in its own shuffled order, a few a month, so a combination comes back only
# after the cycle (months later: another task). Half of them name the commune they are at.
ONE_OFFS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "econ": (("khảo sát, lựa chọn địa điểm xây dựng", ("chợ đầu mối nông sản", "cụm công nghiệp",
                                                      "bến xe khách liên tỉnh")),
             ("làm việc với nhà đầu tư", ("nhà máy chế biến chè", "khu du lịch sinh thái",
                                          "nhà máy thủy điện nhỏ")),
             ("đánh giá hiệu quả mô hình", ("trồng cây dược liệu", "nuôi cá lồng",
                                            "chăn nuôi bò sinh sản")),
             ("tổ chức hội chợ", ("nông sản vùng cao", "hàng Việt về nông thôn")),
             ("cấp mã số vùng trồng", ("cây ăn quả có múi", "cây mắc ca", "chè Shan tuyết"))),
    "budget": (("bổ sung kinh phí năm {year} cho", ("chương trình nước sạch nông thôn",
                                                    "hệ thống đèn chiếu sáng",
                                                    "lớp học xóa mù chữ")),
               ("thu hồi tạm ứng quá hạn của", ("dự án kè chống sạt lở", "dự án trụ sở xã",
                                               "gói thầu nâng cấp đường liên xã")),
               ("trình phê duyệt quyết toán", ("công trình trường mầm non", "cầu treo dân sinh",
                                               "nhà văn hóa thôn bản")),
               ("điều chuyển vốn", ("các dự án chậm giải ngân", "dự án không còn nhu cầu")),
               ("xử lý nợ đọng xây dựng cơ bản", ("công trình thủy lợi nhỏ",
                                                  "đường giao thông nông thôn"))),
    "admin": (("hoàn thiện đề án sắp xếp", ("các đơn vị sự nghiệp công lập", "thôn, tổ dân phố",
                                            "trường học có quy mô nhỏ")),
              ("ban hành quy chế làm việc của", ("Trung tâm Phục vụ hành chính công",
                                                 "Ban Chỉ đạo phòng, chống tham nhũng")),
              ("kiện toàn", ("Hội đồng thi đua - khen thưởng", "Ban Chỉ đạo chuyển đổi số",
                             "Hội đồng tuyển dụng viên chức")),
              ("bố trí trụ sở làm việc cho", ("công an xã", "đơn vị sự nghiệp mới thành lập")),
              ("tổ chức thi tuyển", ("chức danh lãnh đạo cấp phòng", "công chức cấp xã"))),
    "digital": (("đưa vào vận hành", ("hồ sơ bệnh án điện tử", "hệ thống họp trực tuyến",
                                      "kho dữ liệu nông nghiệp")),
                ("cấp chữ ký số cho", ("cán bộ cấp xã", "người đứng đầu trường học")),
                ("lắp đặt", ("hệ thống camera giám sát giao thông", "trạm phát sóng di động",
                             "điểm truy cập wifi công cộng")),
                ("tập huấn kỹ năng số cho", ("tổ công nghệ số cộng đồng", "hộ kinh doanh")),
                ("số hóa", ("hồ sơ địa chính", "sổ hộ tịch lưu trữ"))),
    "social": (("tổ chức lễ kỷ niệm", ("ngày thành lập tỉnh", "Ngày Thương binh - Liệt sĩ",
                                        "Ngày Nhà giáo Việt Nam")),
               ("hỗ trợ khắc phục hậu quả mưa lũ cho", ("các hộ dân bị sập nhà",
                                                       "trường học bị hư hỏng")),
               ("tổ chức giải thi đấu", ("bóng chuyền hơi", "đẩy gậy, kéo co", "bắn nỏ")),
               ("kiểm tra an toàn thực phẩm", ("bếp ăn tập thể trường học", "chợ phiên vùng cao")),
               ("tiêm vắc xin", ("sởi - rubella cho trẻ em", "phòng dại cho vật nuôi"))),
    "env": (("khắc phục sự cố sạt lở", ("tuyến đường tỉnh lộ", "taluy dương khu dân cư")),
            ("cắm mốc hành lang bảo vệ", ("lòng hồ thủy điện", "suối chảy qua khu dân cư",
                                         "nguồn nước sinh hoạt")),
            ("xử lý điểm ô nhiễm", ("bãi rác tập trung", "cơ sở chăn nuôi", "xưởng chế biến gỗ")),
            ("đo đạc, chỉnh lý", ("bản đồ địa chính", "ranh giới đất rừng")),
            ("thu hồi giấy phép", ("mỏ đá không hoạt động", "bến bãi tập kết cát"))),
    "justice": (("thanh tra đột xuất", ("việc cấp phép khai thác cát", "việc thu phí bến xe",
                                        "việc quản lý quỹ bảo trì đường bộ")),
                ("giải quyết đơn kiến nghị của hộ dân về", ("bồi thường tái định cư",
                                                           "tranh chấp đất rừng",
                                                           "cấp nước sinh hoạt")),
                ("thẩm định dự thảo quyết định về", ("quản lý vật liệu nổ", "giá đất cụ thể",
                                                    "phân cấp quản lý đường bộ")),
                ("kiểm tra việc chấp hành pháp luật về", ("đấu thầu", "đất đai"))),
    "security": (("bảo đảm an ninh cho", ("lễ hội xuân", "đoàn khách quốc tế",
                                          "kỳ họp HĐND tỉnh")),
                 ("diễn tập phương án chữa cháy tại", ("kho xăng dầu", "chợ trung tâm",
                                                       "khu nhà trọ công nhân")),
                 ("kiểm tra công tác tuyển quân", ("năm {year}",)),
                 ("tuần tra, kiểm soát", ("khu vực cửa khẩu phụ", "đường mòn, lối mở",
                                          "tuyến sông biên giới")),
                 ("truy quét tội phạm", ("ma túy", "đánh bạc qua mạng"))),
}
COMMUNES = ("Bản Lang", "Nậm Tăm", "Pa Tần", "Mường Kim", "Tà Tổng", "Sì Lở Lầu", "Khun Há",
            "Bum Nưa", "Hua Bum", "Dào San", "Phong Thổ", "Sin Suối Hồ", "Mường Than",
            "Thân Thuộc", "Nà Tăm", "Bình Lư", "Pắc Ta", "Tủa Sín Chải", "Lê Lợi", "Vàng San",
            "Ka Lăng", "Thu Lũm", "Mù Cả", "Trung Chải", "Hồng Thu", "Chăn Nưa")


def one_off_combos(theme: str) -> list[tuple[str, str]]:
    return [(action, obj) for action, objects in ONE_OFFS[theme] for obj in objects]


def one_off(combo: tuple[str, str], place: str | None, year: int) -> str:
    """A one-off task ('khắc phục sự cố sạt lở tuyến đường tỉnh lộ', '... tại xã X')."""
    where = f" tại xã {place}" if place else ""
    return f"{combo[0]} {combo[1]}{where}".format(year=year)
