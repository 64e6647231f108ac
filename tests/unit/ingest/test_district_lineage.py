"""Pre-2025 districts' bodies and their successors after the two-tier reform (1 July 2025):
each office passes to the communes' office of its function, or to the province
(ingest/gazetteer/local.json, docs/agencies.md "The 2025 reorganisation")."""

from datetime import date

from ingest.model import Agency
from ingest.resolve import get_resolver


def _nodes(province: str, issuer: str, names: list[str]) -> dict[str, Agency]:
    resolver = get_resolver(province, issuer)
    return {a.id: a for a in resolver.agencies([resolver.resolve(n) for n in names])}


def test_district_office_goes_to_the_communes_office_of_its_function() -> None:
    """A district's own notice of a province merged away (Tiền Giang -> Đồng Tháp): the economic
    office's successors are the communes' (and wards') economic offices of the new province, and
    every successor is a node (the SUCCEEDED_BY edge has both ends)."""
    nodes = _nodes("Tiền Giang", "Ủy ban nhân dân huyện Châu Thành",
                   ["Phòng Tài nguyên và Môi trường", "Phòng Giáo dục và Đào tạo"])
    land = nodes["tien-giang:huyen-chau-thanh:phong-tai-nguyen-va-moi-truong"]
    assert land.active_to == date(2025, 6, 30)
    assert land.successors == ["dong-thap:cap-xa:phong-kinh-te",
                               "dong-thap:cap-xa:phong-kinh-te-ha-tang-va-do-thi"]
    school = nodes["tien-giang:huyen-chau-thanh:phong-giao-duc-va-dao-tao"]
    assert school.successors == ["dong-thap:cap-xa:phong-van-hoa-xa-hoi"]
    assert all(s in nodes for a in nodes.values() for s in a.successors)
    assert nodes["dong-thap:cap-xa:phong-kinh-te"].province == "Đồng Tháp"


def test_district_issuer_and_its_communes_go_to_the_province_communes() -> None:
    nodes = _nodes("Phú Thọ", "UBND huyện Tam Nông", ["UBND huyện", "UBND các xã, thị trấn"])
    assert nodes["phu-tho:ubnd-huyen-tam-nong"].successors == ["phu-tho:ubnd-cap-xa"]
    assert nodes["phu-tho:ubnd-huyen-tam-nong"].active_to == date(2025, 6, 30)
    assert nodes["phu-tho:huyen-tam-nong:ubnd-cac-xa-thi-tran"].successors == [
        "phu-tho:ubnd-cap-xa"]


def test_district_police_ended_in_march_and_inspectorate_went_to_the_province() -> None:
    nodes = _nodes("Phú Thọ", "UBND huyện Tam Nông", ["Công an huyện", "Thanh tra huyện"])
    police = nodes["phu-tho:huyen-tam-nong:cong-an-huyen"]
    assert (police.active_to, police.successors) == (
        date(2025, 2, 28), ["phu-tho:cong-an-tinh", "phu-tho:cap-xa:cong-an-xa"])
    assert nodes["phu-tho:huyen-tam-nong:thanh-tra-huyen"].successors == ["phu-tho:thanh-tra-tinh"]


def test_district_office_named_in_a_province_notice() -> None:
    """ "Phòng Y tế huyện" in a province's notice: that kind of district body, succeeded by the
    communes' social office."""
    nodes = _nodes("Cao Bằng", "", ["Phòng Y tế huyện"])
    assert nodes["cao-bang:cap-huyen:phong-y-te"].successors == [
        "cao-bang:cap-xa:phong-van-hoa-xa-hoi"]


def test_office_whose_successor_is_not_known_ends_without_one() -> None:
    """Where the duties of a district office went is not known for certain (Phòng Nội vụ): it
    ends on 30/6/2025 and no successor is guessed."""
    nodes = _nodes("Phú Thọ", "UBND huyện Tam Nông", ["Phòng Nội vụ"])
    home = nodes["phu-tho:huyen-tam-nong:phong-noi-vu"]
    assert (home.active_to, home.successors) == (date(2025, 6, 30), [])
