"""Write the .docx notice of eval/holdout-7/ from the data in this file (the .pdf: make_pdf.py).

    /work/main/.venv/bin/python eval/holdout-7/make_files.py

python-docx and fpdf2 (the project's venv), DejaVu fonts. The .docx is written with
../holdout-3/make_files.py's write_docx for the header, title, body and signature blocks, plus one
new block kind:
  ("num", level, text)  a paragraph in a Word MULTILEVEL AUTOMATIC LIST: numPr -> a numbering
        definition added to numbering.xml (level 0 '%1.' decimal, level 1 '%2)' lowerLetter), so
        the '1.', '2.', 'a)', 'b)' a reader sees are list formatting and no character of the text.
Fixed core and zip times, so a rerun gives the same bytes.
"""
# ruff: noqa: E501  (notice text kept one paragraph per line)
from __future__ import annotations

import os
import runpy
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
H3 = runpy.run_path(os.path.join(HERE, "..", "holdout-3", "make_files.py"))
MOTTO = H3["MOTTO"]
NUM_ID = 77

BVDK = [
    ("header", ["SỞ Y TẾ TỈNH ĐỒNG THÁP", "BỆNH VIỆN ĐA KHOA ĐỒNG THÁP", "", "Số: 318/TB-BVĐK"],
     [*MOTTO, "", "Đồng Tháp, ngày 20 tháng 5 năm 2026"]),
    ("title", "THÔNG BÁO"),
    ("title", "Kết luận của Giám đốc Bệnh viện tại buổi giao ban mở rộng tháng 5 năm 2026"),
    ("p", "Ngày 18/5/2026, Bệnh viện Đa khoa Đồng Tháp tổ chức giao ban mở rộng tháng 5 năm 2026 dưới sự chủ trì của BSCKII. Lê Thanh Phong, Giám đốc Bệnh viện. Tham dự có các Phó Giám đốc, trưởng các khoa, phòng, điều dưỡng trưởng khoa và đại diện Công đoàn Bệnh viện. Sau khi nghe Phòng Kế hoạch tổng hợp báo cáo tình hình hoạt động chuyên môn và ý kiến của các khoa, phòng, Giám đốc Bệnh viện kết luận như sau:"),
    ("b", "I. TÌNH HÌNH HOẠT ĐỘNG"),
    ("p", "Bốn tháng đầu năm 2026, tổng số lượt khám bệnh đạt 38.460 lượt, tăng 6,8% so với cùng kỳ; Bệnh viện triển khai thành công kỹ thuật can thiệp mạch vành qua đường động mạch quay và đưa vào sử dụng hệ thống lấy số khám bệnh qua ứng dụng di động. Tuy nhiên, công suất sử dụng giường bệnh toàn viện ở mức 112%, Khoa Nhi có thời điểm 2,1 người bệnh/giường; số ca sốt xuất huyết nhập viện tăng nhanh từ đầu tháng 5; thời gian chờ khám buổi sáng tại Khoa Khám bệnh còn kéo dài."),
    ("b", "II. NHIỆM VỤ TRỌNG TÂM"),
    ("num", 0, "Phòng Kế hoạch tổng hợp:"),
    ("num", 1, "Chủ trì xây dựng phương án giảm tải cho Khoa Khám bệnh trong cao điểm sốt xuất huyết mùa mưa, bố trí thêm 04 bàn khám và mở khám ngoài giờ vào sáng thứ Bảy; trình Giám đốc trước 15/6."),
    ("num", 1, "Chủ trì, phối hợp với Phòng Điều dưỡng và Tổ Công nghệ thông tin rà soát hồ sơ bệnh án điện tử, bảo đảm 100% khoa lâm sàng thực hiện ký số bệnh án chậm nhất là ngày 30/6/2026."),
    ("num", 0, "Khoa Kiểm soát nhiễm khuẩn: chủ trì giám sát việc tuân thủ vệ sinh tay tại Khoa Hồi sức tích cực - Chống độc, Khoa Nhi và Đơn nguyên Sơ sinh; Phòng Điều dưỡng: phối hợp; báo cáo kết quả giám sát hằng tuần tại giao ban."),
    ("num", 0, "Phòng Tài chính kế toán:"),
    ("num", 1, "Chủ trì đối chiếu, giải trình với Bảo hiểm xã hội tỉnh các khoản chi phí khám, chữa bệnh bảo hiểm y tế bị từ chối thanh toán quý I/2026 (khoảng 2,7 tỷ đồng), hoàn thành trước ngày 10/6/2026."),
    ("num", 1, "Lập dự toán mua sắm bổ sung máy thở, monitor theo dõi người bệnh cho Khoa Nhi, Phòng Vật tư - Thiết bị y tế phối hợp; trình Sở Y tế trong Quý III năm 2026."),
    ("num", 0, "Các khoa lâm sàng:"),
    ("num", 1, "Thực hiện nghiêm quy chế thường trực, quy chế chuyển khoa; không để người bệnh nằm ghép quá 02 người/giường. Thực hiện thường xuyên."),
    ("num", 1, "Khoa Nhi, Khoa Truyền nhiễm chuẩn bị đủ giường bệnh, dịch truyền, thuốc điều trị sốt xuất huyết và tay chân miệng trước ngày 01/6/2026."),
    ("num", 0, "Phòng Quản lý chất lượng chủ trì, phối hợp với Phòng Công tác xã hội khảo sát sự hài lòng của người bệnh nội trú, ngoại trú theo bộ công cụ của Bộ Y tế; gửi kết quả về Sở Y tế chậm nhất là ngày 25/6/2026."),
    ("num", 0, "Phòng Tổ chức cán bộ tham mưu Giám đốc kế hoạch tuyển dụng viên chức năm 2026, ưu tiên bác sĩ chuyên khoa Hồi sức cấp cứu, Gây mê hồi sức và Chẩn đoán hình ảnh; xong trước ngày 19 tháng 6 năm 2026."),
    ("num", 0, "Đề nghị các Trung tâm Y tế khu vực thực hiện đúng quy trình chuyển người bệnh lên tuyến trên, thông báo trước cho Khoa Cấp cứu qua đường dây nóng khi chuyển ca bệnh nặng."),
    ("b", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa, phòng thực hiện Thông báo này; báo cáo Giám đốc tại buổi giao ban kế tiếp."),
    ("p", "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./."),
    ("sig", ["Nơi nhận:", "- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, KHTH."],
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "BSCKII. Trần Thị Mỹ Hạnh"]),
]

ABSTRACT = (
    '<w:abstractNum {ns} w:abstractNumId="{n}"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="851"/></w:pPr></w:lvl>'
    '</w:abstractNum>')


def _add_numbering(doc) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = doc.part.numbering_part.element
    first_num = numbering.num_lst[0]
    first_num.addprevious(parse_xml(ABSTRACT.format(ns=nsdecls("w"), n=NUM_ID)))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


def _num_par(doc, level: int, text: str) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    num_pr = par._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = NUM_ID
    par.add_run(text).bold = level == 0 and text.endswith(":")


def write_numbered_docx(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    """holdout-3's write_docx for each run of plain blocks, into one document."""
    import docx
    orig = docx.Document
    doc = orig()
    _add_numbering(doc)
    docx.Document = lambda *a: doc  # write_docx builds on this document
    try:
        parts: list = []  # type: ignore[type-arg]
        for blk in [*blocks, ("end",)]:
            if blk[0] in ("num", "end"):
                if parts:
                    _write_plain(parts, path)
                    parts = []
                if blk[0] == "num":
                    _num_par(doc, blk[1], blk[2])
            else:
                parts.append(blk)
    finally:
        docx.Document = orig
    _fix_zip(doc, path)


def _write_plain(blocks: list, path: str) -> None:  # type: ignore[type-arg]
    H3["write_docx"](blocks, path)


def _fix_zip(doc, path: str) -> None:  # type: ignore[no-untyped-def]
    doc.core_properties.created = H3["FIXED_TIME"]
    doc.core_properties.modified = H3["FIXED_TIME"]
    doc.save(path)
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


DOCS = {
    "bv-da-khoa-dong-thap-2026-05-giao-ban.docx": BVDK,
}


def main() -> None:
    for name, blocks in DOCS.items():
        path = os.path.join(HERE, name)
        if name.endswith(".docx"):
            write_numbered_docx(blocks, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
