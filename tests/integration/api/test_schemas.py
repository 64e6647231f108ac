"""Response models: documented in OpenAPI, never dropping or adding fields; the explorer's extras
(paragraph context on /meetings/{id}, issuing meeting on /graph nodes) agree with other views."""

from typing import Any

from fastapi.testclient import TestClient

JAN = "cao-bang-2026-01-thuong-ky"


def ok(client: TestClient, path: str) -> Any:
    r = client.get(path)
    assert r.status_code == 200, r.text
    return r.json()


def test_every_endpoint_documents_its_response_and_error_models(client: TestClient) -> None:
    spec = ok(client, "/openapi.json")
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            success = next(v for k, v in op["responses"].items() if k.startswith("2"))
            if "application/json" not in success["content"]:  # a file (the CSV/XLSX export)
                assert success["content"] and success["description"], (method, path)
            else:
                schema = success["content"]["application/json"]["schema"]
                assert schema["$ref"].startswith("#/components/schemas/"), (method, path)
            for status in ("404", "422"):
                error = op["responses"][status]["content"]["application/json"]["schema"]
                assert error["$ref"] == "#/components/schemas/ErrorResponse", (method, path)
    writes = spec["paths"]["/documents"]["post"]["responses"]
    assert {"401", "403", "413"} <= set(writes)


def test_models_neither_drop_nor_add_fields(client: TestClient) -> None:
    assert set(ok(client, "/health")) == {"status", "store", "meetings", "directives", "problems"}
    agency = ok(client, "/agencies")["agencies"][0]
    assert "province" in agency and "known" in agency  # not declared in the model: kept
    result = ok(client, "/search?q=xóa nhà tạm&k=3")["results"][0]
    assert set(result) == {"id", "kind", "text", "score", "meeting", "section", "span", "lead",
                           "support", "projects", "themes", "deadline", "repeats"}


def test_notice_paragraphs_carry_the_directive_view_context(client: TestClient) -> None:
    meeting = ok(client, f"/meetings/{JAN}")["meeting"]
    assert meeting["directives"] and meeting["findings"]
    for unit in meeting["directives"][:12]:
        one = ok(client, f"/directives/{unit['id']}")["directive"]
        for key in ("lead", "support", "projects", "themes"):
            assert unit[key] == [x["name"] for x in one[key]], (unit["id"], key)
        assert unit["deadline"] == one["deadline"] and unit["span"] == one["span"]
    assert any(u["lead"] for u in meeting["directives"])
    assert any(u["deadline"] for u in meeting["directives"])


def test_graph_paragraph_nodes_carry_their_meeting_and_period(client: TestClient) -> None:
    view = ok(client, "/graph?node=" + "Sở Nông nghiệp và Môi trường")
    units = [n for n in view["nodes"] if n["label"] in ("Directive", "Finding")]
    assert units
    for node in units:
        meeting = ok(client, f"/directives/{node['id']}")["directive"]["meeting"]
        assert (node["meeting"], node["period"]) == (meeting["id"], meeting["period"])
    others = [n for n in view["nodes"] if n["label"] in ("Agency", "Project", "Theme")]
    assert others and all("meeting" not in n for n in others)
