"""Agency mentions and their resolution against the gazetteer (ingest/gazetteer/agencies.json).

`AgencyResolver(province).find_mentions(text)` finds every body named in `text`: full names,
abbreviations, tone-style and diacritic variants (matched on folded tokens), typos (rapidfuzz,
guarded), list forms ("các Sở: Tài chính, Xây dựng, ..."; "Văn phòng: Tỉnh ủy, ..."), collective
actors ("các sở, ban, ngành", "UBND cấp xã") and unknown bodies that look like agencies ("Trung
tâm Y tế khu vực X", kept with known=False). Vague references ("các sở, ngành liên quan", "các cơ
quan, đơn vị liên quan") give nothing. The issuer and oversight bodies (UBND tỉnh, Chủ tịch UBND
tỉnh, HĐND, Tỉnh ủy, Chính phủ) are found too, so callers can tell them apart: `is_oversight`.
Named administrative units ("UBND huyện X", "UBND các xã: A, B, C") come from
ingest/gazetteer/local.py, one mention per name. Ids depend on the notice's scope
(ingest/gazetteer/scope.py, ingest/gazetteer/bodies.py): "cao-bang:so-tai-chinh", national
"vn:bo-tai-chinh", a ministry's department "vn:bo-xay-dung:van-phong-bo", unknown
"<scope>:unk-<slug>".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process

from ingest.gazetteer import UnitEntry, central_cities, provinces
from ingest.gazetteer.bodies import Body, body_node, merged_into, scope_bodies
from ingest.gazetteer.local import named_units, zone_names_end
from ingest.gazetteer.match import Tok, Trie, first_ok, insert, low, tokens, zone_board_end
from ingest.gazetteer.scope import NATIONAL, scope_of
from ingest.gazetteer.unknown import (
    DEPARTMENT_HEADS,
    UNIT_HEADS,
    field_tail,
    unknown_end,
    unknown_head,
    unknown_node,
)
from ingest.model import Agency, AgencyRef
from ingest.text import fold, nfc, slug

_VAGUE_AFTER = ("lien quan", "co lien quan", "khac")
_LAST_DAY = provinces.MERGER - timedelta(days=1)  # a merged-away province's last day
_FUZZ_CUTOFF = 90.0
_FUZZ_MARGIN = 3.0


@dataclass(frozen=True)
class AgencyMention:
    start: int  # offsets into the text passed in
    end: int
    surface: str  # as written
    ref: AgencyRef


def is_oversight(ref: AgencyRef) -> bool:
    """True for the issuer and the bodies above it in the notice's scope (UBND tỉnh, its
    Chairman, HĐND, Tỉnh ủy in a province's notice; the commune's own UBND in a commune's; the
    ministry and its leadership in a ministry's; the Party's and State's central leadership
    anywhere): found as mentions, but not assignees of a directive."""
    return ref.known and ref.oversight


class AgencyResolver:
    """Finds and resolves agency mentions in one notice's scope (province, commune, ministry or
    national: see ingest/gazetteer/scope.py)."""

    def __init__(self, province: str, issuer: str = "") -> None:
        self.scope = scope_of(province, issuer)
        self.province = self.scope.province
        self._bodies: dict[str, Body] = {}
        self._trie = Trie()
        self._shorts: dict[str, Trie] = {}
        self._heads: dict[str, str] = {}
        self._fuzzy: dict[str, str] = {}
        for body in scope_bodies(self.scope):
            self._index(body)

    def _index(self, body: Body) -> None:
        if body.id in self._bodies:
            return
        self._bodies[body.id] = body
        for surface in body.surfaces:
            insert(self._trie, surface, body.id)
            self._fuzzy.setdefault(fold(surface), body.id)
        if body.head:
            self._heads[fold(body.head)] = body.head
            shorts = self._shorts.setdefault(fold(body.head), Trie())
            for short in body.short:
                insert(shorts, short, body.id)

    # --- refs and nodes -------------------------------------------------------------------
    def _ref(self, body: str, mention: str) -> AgencyRef:
        b = self._bodies[body]
        return AgencyRef(
            id=b.id, name=b.name, mention=mention, known=True, collective=b.collective,
            oversight=b.oversight,
        )

    def _unknown(self, mention: str) -> AgencyRef:
        name = re.sub(r"\s+", " ", nfc(mention)).strip(" ,;:.")
        return AgencyRef(
            id=f"{self.scope.key}:unk-{slug(name)}", name=name, mention=mention, known=False
        )

    def unknown(self, name: str) -> AgencyRef:
        """A body no gazetteer lists, kept as written (a leader's office, a working group)."""
        return self._unknown(name)

    def _register(self, body: Body) -> str:
        """A body found by pattern (a named unit, a ministry's unlisted department)."""
        self._bodies.setdefault(body.id, body)
        return body.id

    def _is_province(self, unit: UnitEntry, key: str) -> bool:
        if unit.kind == "ubnd tỉnh":
            return True
        return unit.word == "thành phố" and (self.scope.national or key in central_cities())

    def _unit_body(self, unit: UnitEntry, name: str) -> str:
        """ "UBND huyện Bắc Quang" -> its body (districts end 30/6/2025, succeeded by the
        province's communes); "UBND tỉnh X" -> province X's UBND."""
        key, scope = slug(name), self.scope
        if self._is_province(unit, key):
            known = provinces.find(name)  # "Thừa Thiên Huế", "TP. Hồ Chí Minh": the province's id
            own = f"{slug(known.name) if known else key}:ubnd-tinh"
            if own in self._bodies:
                return own
            after = (f"{slug(known.successor)}:ubnd-tinh",) if known and known.successor else ()
            word = "thành phố" if own.split(":")[0] in central_cities() else "tỉnh"
            return self._register(Body(own, f"UBND {word} {name}", "ubnd tỉnh",
                                       successors=after, active_to=_LAST_DAY if after else None))
        if scope.commune and slug(f"{unit.word} {name}") == scope.commune:
            return f"{scope.key}:ubnd-{scope.commune}"
        label = " ".join(p for p in (unit.body, unit.word, name) if p)
        communes = merged_into(scope) or scope.key  # new province's, for a merged-away one
        successors = (f"{communes}:ubnd-cap-xa",) if unit.active_to and not scope.national else ()
        return self._register(Body(
            f"{scope.key}:{slug(label)}", label, unit.kind, successors=successors,
            active_from=unit.active_from, active_to=unit.active_to,
        ))

    def _department(self, head: str, name: str) -> str | None:
        """An issuing ministry's department it does not list ("Cục X", "Vụ Y", "Ban QLDA Z"), or
        an issuing Sở's unit ("Phòng Nghiệp vụ Dược", "Chi cục Dân số", "Trung tâm X")."""
        scope = self.scope
        if scope.ministry:
            kind, parent = DEPARTMENT_HEADS.get(fold(head)), f"{NATIONAL}:{scope.ministry}"
        elif scope.department:
            kind, parent = UNIT_HEADS.get(fold(head)), f"{scope.key}:{scope.department}"
        else:
            return None
        if not kind:
            return None
        kind = "ban qlda" if "du an" in fold(name) else kind
        return self._shortened(parent, name) or \
            self._register(Body(f"{parent}:{slug(name)}", name, kind, parent=parent))

    def _shortened(self, parent: str, name: str) -> str | None:
        """ "Cục Tần số" after "Cục Tần số vô tuyến điện": a department named in full once and
        then by the first words of its name is that department (when only one name fits)."""
        short = fold(name) + " "
        fits = [b.id for b in self._bodies.values()
                if b.parent == parent and fold(b.name).startswith(short)]
        return fits[0] if len(fits) == 1 else None

    # --- matching ---------------------------------------------------------------------------
    def _longest(self, trie: Trie, toks: list[Tok], i: int) -> tuple[str, int] | None:
        node, best = trie, None
        for j in range(i, len(toks)):
            child = node.children.get(toks[j].key)
            if child is None:
                break
            node = child
            ok = [s for s in node.ends if first_ok(s, toks[i], self._bodies[s.slug].collective)]
            if ok:
                best = (ok[0].slug, j + 1)
        return best

    def _mention(
        self, text: str, toks: list[Tok], i: int, j: int, body: str | None
    ) -> AgencyMention:
        start, end = toks[i].start, toks[j - 1].end
        surface = text[start:end]
        ref = self._ref(body, surface) if body else self._unknown(surface)
        return AgencyMention(start=start, end=end, surface=surface, ref=ref)

    def _vague_after(self, toks: list[Tok], j: int) -> bool:
        following = " ".join(t.key for t in toks[j : j + 3])
        return following.startswith(_VAGUE_AFTER)

    def _list_items(
        self,
        text: str,
        toks: list[Tok],
        j: int,
        head: str,
        out: list[AgencyMention],
        need_sep: bool = True,
        head_at: int | None = None,
    ) -> int:
        """After a list head or a headed body: ", Xây dựng, Nông nghiệp và Môi trường ...".
        `head_at`: the bare head's token ("Các Bộ:"), where the first item's mention starts."""
        shorts = self._shorts.get(fold(head))
        while shorts is not None:
            k = j
            while k < len(toks) and toks[k].key in (",", ";", "va", "..."):
                k += 1
            if (k == j and need_sep) or k >= len(toks):
                return j
            found = self._longest(shorts, toks, k)
            full = self._longest(self._trie, toks, k)
            if found is None or (full is not None and full[1] > found[1]):
                return j  # "Bộ Y tế, Công an tỉnh": a body of its own, not "Bộ Công an"
            first = k if head_at is None else head_at
            out.append(self._mention(text, toks, first, found[1], found[0]))
            j, need_sep, head_at = found[1], True, None
        return j

    def _list_head(self, toks: list[Tok], i: int) -> tuple[str, int] | None:
        """A bare list head: "(các) Sở:" or "Văn phòng:" -> (head, index after it)."""
        k = i + 1 if toks[i].key == "cac" else i
        for head in self._shorts:
            words = head.split()
            keys = [t.key for t in toks[k : k + len(words)]]
            first = toks[k] if k < len(toks) else None
            if first is None or keys != words:
                continue
            if first.raw.isascii() or first.low == low(self._heads[head].split()[0]):
                after = k + len(words)
                if after < len(toks) and toks[after].key == ":":
                    return head, after + 1
                return head, after
        return None

    def _starts_body(self, toks: list[Tok], k: int) -> bool:
        """Whether another body's name starts at k ("... và UBND thành phố X")."""
        return (
            unknown_head(toks, k) is not None
            or self._longest(self._trie, toks, k) is not None
        )

    def _fuzzy_body(self, candidate: str) -> str | None:
        """A gazetteer body whose folded surface is within the typo threshold, unambiguously."""
        if len(candidate) < 8:
            return None
        found = process.extract(candidate, list(self._fuzzy), scorer=fuzz.ratio, limit=5)
        best = [(self._fuzzy[name], score) for name, score, _ in found if score >= _FUZZ_CUTOFF]
        if not best:
            return None
        rivals = [s for body, s in best if body != best[0][0] and s >= best[0][1] - _FUZZ_MARGIN]
        return None if rivals else best[0][0]

    def _at_unknown(self, text: str, toks: list[Tok], i: int, out: list[AgencyMention]) -> int:
        h = unknown_head(toks, i)
        end = (
            unknown_end(toks, i, h, lambda k: self._starts_body(toks, k),
                        lambda k: self._longest(self._trie, toks, k) is not None)
            if h is not None else i
        )
        if h is None or end <= h:
            return i + 1
        for stop in range(end, h, -1):
            body = self._fuzzy_body(fold(text[toks[i].start : toks[stop - 1].end]))
            if body is not None:
                out.append(self._mention(text, toks, i, stop, body))
                return stop
        head = text[toks[i].start : toks[h - 1].end]
        department = self._department(head, text[toks[i].start : toks[end - 1].end])
        out.append(self._mention(text, toks, i, end, department))
        return end

    def _name_continues(self, toks: list[Tok], j: int) -> int:
        """Index after capitalised words (or "và"/"-" + capitalised) that follow a match at j."""
        k = j
        while k < len(toks) and k - j < 6:
            nxt = toks[k + 1].raw if k + 1 < len(toks) else ""
            if toks[k].key in ("va", "-") and nxt[:1].isupper():
                k += 2
            elif toks[k].raw[:1].isupper() and toks[k].raw[:1].isalpha():
                k += 1
            else:
                break
        return min(k, len(toks))

    def _typo_extension(self, text: str, toks: list[Tok], i: int, j: int) -> tuple[str, int] | None:
        """A longer gazetteer name written with a typo: "Sở Nông nghiệp và Môi trườngg"."""
        k = self._name_continues(toks, j)
        if k == j:
            return None
        body = self._fuzzy_body(fold(text[toks[i].start : toks[k - 1].end]))
        exact = self._longest(self._trie, toks, i)
        same = exact is not None and exact[0] == body  # "X tỉnh và Bộ ...": not a longer name
        return (body, k) if body is not None and not same else None

    def _at_units(self, text: str, toks: list[Tok], i: int, out: list[AgencyMention]) -> int:
        """ "UBND các xã: A, B, C" -> three mentions (the first from the head); i when none."""
        units = named_units(toks, i, lambda k: self._starts_body(toks, k))
        for u in units:
            out.append(self._mention(text, toks, u.start, u.end, self._unit_body(u.unit, u.name)))
        return units[-1].end if units else i

    def _field_tail(self, toks: list[Tok], i: int, j: int, head: str) -> int:
        """End of ", Hạ tầng và Đô thị" after a known body's name, unless what follows the
        comma is another item of the body's list head ("Sở Tài chính, Xây dựng và ...")."""
        shorts = self._shorts.get(fold(head)) if head else None
        if shorts is not None and j + 1 < len(toks) and self._longest(shorts, toks, j + 1):
            return j
        return field_tail(toks, i, j, lambda k: self._starts_body(toks, k),
                          lambda k: self._longest(self._trie, toks, k) is not None)

    def _at(self, text: str, toks: list[Tok], i: int, out: list[AgencyMention]) -> int:
        after_units = self._at_units(text, toks, i, out)
        if after_units > i:
            return after_units
        found = self._longest(self._trie, toks, i)
        if found is not None:
            found = self._typo_extension(text, toks, i, found[1]) or found
            body, j = found
            entry = self._bodies[body]
            if entry.collective and self._vague_after(toks, j):
                return j
            if entry.collective and j < len(toks) and toks[j].key == ":":
                before = len(out)  # "Các sở, ngành: Tài chính, Xây dựng" lists departments
                after = self._list_items(text, toks, j + 1, "Sở", out, need_sep=False)
                if len(out) > before:
                    return after
            longer = self._field_tail(toks, i, j, entry.head)
            if longer > j:  # "Phòng Kinh tế, Hạ tầng và Đô thị": a longer name it does not list
                out.append(self._mention(text, toks, i, longer, None))
                return longer
            j = zone_board_end(toks, i, zone_names_end(toks, j))
            out.append(self._mention(text, toks, i, j, body))
            return self._list_items(text, toks, j, entry.head, out) if entry.head else j
        head = self._list_head(toks, i)
        if head is not None:
            before = len(out)
            j = self._list_items(
                text, toks, head[1], self._heads[head[0]], out, need_sep=False, head_at=i
            )
            if len(out) > before:
                return j
        return self._at_unknown(text, toks, i, out)

    def find_mentions(self, text: str) -> list[AgencyMention]:
        """Agency mentions in text order, non-overlapping (offsets into `text` as given)."""
        toks = tokens(text)
        out: list[AgencyMention] = []
        i = 0
        while i < len(toks):
            i = self._at(text, toks, i, out)
        return out

    def resolve(self, name: str) -> AgencyRef:
        """One name -> its canonical AgencyRef; an unknown body is kept with known=False."""
        name = nfc(name).strip()
        mentions = self.find_mentions(name)
        best = max(mentions, key=lambda m: (m.ref.known, m.end - m.start), default=None)
        if best is not None and best.end - best.start >= 0.9 * len(name.strip(" ,;:.")):
            return best.ref.model_copy(update={"mention": name})
        body = self._fuzzy_body(fold(name))
        if body is not None:
            return self._ref(body, name)
        if best is not None:  # "Giám đốc Sở Tài chính" -> Sở Tài chính
            return best.ref.model_copy(update={"mention": name})
        return self._unknown(name)

    # --- nodes ------------------------------------------------------------------------------
    def agencies(self, refs: Iterable[AgencyRef]) -> list[Agency]:
        """Agency nodes for `refs` (one per id, first-seen order), plus the successors of any
        predecessor body among them, so every SUCCEEDED_BY edge has both ends."""
        nodes: dict[str, Agency] = {}
        for ref in refs:
            if ref.id in nodes:
                continue
            if ref.known and ref.id not in self._bodies:
                self.find_mentions(ref.name)  # a pattern body another resolver found
            if ref.known and ref.id in self._bodies:
                self._add_with_successors(ref.id, nodes)
            else:
                nodes[ref.id] = unknown_node(ref, self.province)
        return list(nodes.values())

    def _owner(self, body: str) -> AgencyResolver | None:
        """The resolver that knows `body`: this one, its province's for a commune's (district's)
        notice, or another province's for a successor there (the province this one was merged
        into; province X's UBND named in a national notice)."""
        if body in self._bodies:
            return self
        prefix = body.split(":", 1)[0]
        if prefix == self.scope.key and self.scope.commune:
            return get_resolver(self.province)  # a district's successor among the communes
        found = provinces.find(prefix) if prefix not in (self.scope.key, NATIONAL) else None
        return get_resolver(found.name) if found else None

    def _add_with_successors(self, body: str, nodes: dict[str, Agency]) -> None:
        owner = self._owner(body)
        if body in nodes or owner is None or body not in owner._bodies:
            return
        nodes[body] = body_node(owner._bodies[body], owner.province)
        for successor in owner._bodies[body].successors:
            self._add_with_successors(successor, nodes)

    def lineage(self) -> list[Agency]:
        """Every predecessor body (with successors and active_to) and the bodies succeeding it."""
        nodes: dict[str, Agency] = {}
        for body in list(self._bodies.values()):
            if body.successors:
                self._add_with_successors(body.id, nodes)
        return list(nodes.values())


@lru_cache(maxsize=64)
def get_resolver(province: str, issuer: str = "") -> AgencyResolver:
    """The resolver for a notice of `province` (and `issuer`, which makes a ministry's or a
    commune's notice scope its own departments), built once per scope."""
    return AgencyResolver(province, issuer)
