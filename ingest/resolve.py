"""Agency mentions and their resolution against the gazetteer (ingest/gazetteer/agencies.json).

`AgencyResolver(province).find_mentions(text)` finds every body named in `text`: full names,
abbreviations, tone-style and diacritic variants (matched on folded tokens), typos (rapidfuzz,
guarded), list forms ("các Sở: Tài chính, Xây dựng, ..."; "Văn phòng: Tỉnh ủy, ..."), collective
actors ("các sở, ban, ngành", "UBND cấp xã") and unknown bodies that look like agencies ("Trung
tâm Y tế khu vực X", kept with known=False). Vague references ("các sở, ngành liên quan", "các cơ
quan, đơn vị liên quan") give nothing. The issuer and oversight bodies (UBND tỉnh, Chủ tịch UBND
tỉnh, HĐND, Tỉnh ủy, Chính phủ) are found too, so callers can tell them apart: `is_oversight`.
Ids are province-scoped: "cao-bang:so-tai-chinh", unknown "cao-bang:unk-<slug>".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from ingest.gazetteer import AgencyEntry, agency_entries
from ingest.gazetteer.match import Tok, Trie, first_ok, insert, low, surfaces, tokens
from ingest.model import Agency, AgencyRef
from ingest.text import fold, nfc, normalize_tones, slug


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _split_heads(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_OVERSIGHT_KINDS = {"chỉ đạo", "trung ương"}
_VAGUE_AFTER = ("lien quan", "co lien quan", "khac")
_UNKNOWN_HEADS = _split_heads(
    "Sở|Ban|Cục|Chi cục|Trung tâm|Văn phòng|Thanh tra|Công an|Bộ Chỉ huy|Ban Chỉ huy|Kho bạc"
    "|Ngân hàng|Đài|Báo|Bệnh viện|Trường|Hội|Tỉnh đoàn|Viện|Đại học|Công ty|Tổng công ty|Quỹ"
    "|Liên đoàn|Ủy ban|UBND xã|UBND phường|UBND huyện|UBND thành phố|UBND thị xã|UBND thị trấn"
    "|UBND quận|UBND đặc khu|Ủy ban nhân dân xã|Ủy ban nhân dân phường|Ủy ban nhân dân huyện"
    "|Ủy ban nhân dân thành phố|Ủy ban nhân dân thị xã|Ủy ban nhân dân đặc khu"
)
_STOP = _wordset(
    "chủ phối tổ triển thực tăng rà tham khẩn tiếp chịu báo theo với của tại trong để về đã "
    "đang được có là các cho khi từ đến nhằm bảo đôn hướng kiểm xây nghiên chỉ hoàn đề tập "
    "giải quản phải cần sớm trực thường nắm duy ban tổng lập xử đẩy làm đánh tuyên phát nâng "
    "ứng và"
)


def _heads_by_first(heads: tuple[str, ...]) -> dict[str, list[tuple[list[str], bool]]]:
    """Unknown-agency heads by first word (lower-case, one tone style), with whether the head
    is itself written in capitals ("UBND xã": an ALL-CAPS "UBND" is not a heading)."""
    index: dict[str, list[tuple[list[str], bool]]] = {}
    for head in sorted(heads, key=len, reverse=True):
        words = normalize_tones(head).lower().split()
        index.setdefault(words[0], []).append((words, head.split()[0].isupper()))
    return index


_HEADS_BY_FIRST = _heads_by_first(_UNKNOWN_HEADS)
_FUZZ_CUTOFF = 90.0
_FUZZ_MARGIN = 3.0
_MAX_UNKNOWN_TOKENS = 10


@dataclass(frozen=True)
class AgencyMention:
    start: int  # offsets into the text passed in
    end: int
    surface: str  # as written
    ref: AgencyRef


def is_oversight(ref: AgencyRef) -> bool:
    """True for the issuer and oversight bodies (UBND tỉnh, its Chairman, HĐND, Tỉnh ủy, Chính
    phủ...): found as mentions, but not assignees of a directive."""
    return ref.known and ref.id.split(":", 1)[-1] in _oversight_slugs()


@lru_cache(maxsize=1)
def _oversight_slugs() -> frozenset[str]:
    return frozenset(e.slug for e in agency_entries() if e.kind in _OVERSIGHT_KINDS)


class AgencyResolver:
    """Finds and resolves agency mentions for one province (ids are province-scoped)."""

    def __init__(self, province: str) -> None:
        bare = re.sub(r"^(?:tỉnh|thành phố|tp\.?)\s+", "", nfc(province).strip(), flags=re.I)
        self.province = bare
        self.scope = slug(self.province)
        self._entries = {e.slug: e for e in agency_entries()}
        self._trie = Trie()
        self._shorts: dict[str, Trie] = {}
        self._heads: dict[str, str] = {}
        self._fuzzy: dict[str, str] = {}
        for entry in self._entries.values():
            self._index(entry)

    def _index(self, entry: AgencyEntry) -> None:
        for surface in surfaces(entry, self.province):
            insert(self._trie, surface, entry.slug)
            self._fuzzy.setdefault(fold(surface), entry.slug)
        if entry.head:
            self._heads[fold(entry.head)] = entry.head
            shorts = self._shorts.setdefault(fold(entry.head), Trie())
            for short in entry.short:
                insert(shorts, short, entry.slug)

    # --- refs and nodes -------------------------------------------------------------------
    def _name(self, entry: AgencyEntry) -> str:
        return entry.name.replace("{province}", self.province)

    def _ref(self, body: str, mention: str) -> AgencyRef:
        entry = self._entries[body]
        return AgencyRef(
            id=f"{self.scope}:{body}",
            name=self._name(entry),
            mention=mention,
            known=True,
            collective=entry.collective,
        )

    def _unknown(self, mention: str) -> AgencyRef:
        name = re.sub(r"\s+", " ", nfc(mention)).strip(" ,;:.")
        return AgencyRef(
            id=f"{self.scope}:unk-{slug(name)}", name=name, mention=mention, known=False
        )

    # --- matching ---------------------------------------------------------------------------
    def _longest(self, trie: Trie, toks: list[Tok], i: int) -> tuple[str, int] | None:
        node, best = trie, None
        for j in range(i, len(toks)):
            child = node.children.get(toks[j].key)
            if child is None:
                break
            node = child
            ok = [s for s in node.ends if first_ok(s, toks[i], self._entries[s.slug].collective)]
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
    ) -> int:
        """After a list head or a headed body: ", Xây dựng, Nông nghiệp và Môi trường ..."."""
        shorts = self._shorts.get(fold(head))
        while shorts is not None:
            k = j
            while k < len(toks) and toks[k].key in (",", ";", "va", "..."):
                k += 1
            if (k == j and need_sep) or k >= len(toks):
                return j
            found = self._longest(shorts, toks, k)
            if found is None:
                return j
            out.append(self._mention(text, toks, k, found[1], found[0]))
            j, need_sep = found[1], True
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

    def _unknown_head(self, toks: list[Tok], i: int) -> int | None:
        """Index after an agency-like head word ("Trung tâm", "Chi cục"...) at i, if any."""
        for words, capitals in _HEADS_BY_FIRST.get(toks[i].low, ()):
            window = toks[i : i + len(words)]
            same = len(window) == len(words) and all(
                t.low == w for t, w in zip(window, words, strict=True)
            )
            heading = toks[i].raw.isupper() and not capitals
            if same and toks[i].raw[:1].isupper() and not heading:
                return i + len(words)
        return None

    def _starts_body(self, toks: list[Tok], k: int) -> bool:
        """Whether another body's name starts at k ("... và UBND thành phố X")."""
        return (
            self._unknown_head(toks, k) is not None
            or self._longest(self._trie, toks, k) is not None
        )

    def _unknown_end(self, toks: list[Tok], h: int) -> int:
        """End of an unknown body's name: capitalised words, then lower-case words until a verb."""
        if h >= len(toks) or not toks[h].raw[:1].isupper() or not toks[h].raw[:1].isalpha():
            return h
        k = h
        while k < len(toks) and k - h < _MAX_UNKNOWN_TOKENS:
            tok, nxt = toks[k], toks[k + 1].raw if k + 1 < len(toks) else ""
            joins = (
                tok.key in ("va", "-") and nxt[:1].isupper() and not self._starts_body(toks, k + 1)
            )
            verb = tok.low in _STOP and not joins and not tok.raw[:1].isupper()
            if not (tok.raw[:1].isalnum() or joins) or verb:
                break
            if k > h and self._longest(self._trie, toks, k) is not None:
                break
            k += 1
        return k

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
        h = self._unknown_head(toks, i)
        end = self._unknown_end(toks, h) if h is not None else i
        if h is None or end <= h:
            return i + 1
        for stop in range(end, h, -1):
            body = self._fuzzy_body(fold(text[toks[i].start : toks[stop - 1].end]))
            if body is not None:
                out.append(self._mention(text, toks, i, stop, body))
                return stop
        out.append(self._mention(text, toks, i, end, None))
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
        return (body, k) if body is not None else None

    def _at(self, text: str, toks: list[Tok], i: int, out: list[AgencyMention]) -> int:
        found = self._longest(self._trie, toks, i)
        if found is not None:
            found = self._typo_extension(text, toks, i, found[1]) or found
            body, j = found
            entry = self._entries[body]
            if entry.collective and self._vague_after(toks, j):
                return j
            if entry.collective and j < len(toks) and toks[j].key == ":":
                before = len(out)  # "Các sở, ngành: Tài chính, Xây dựng" lists departments
                after = self._list_items(text, toks, j + 1, "Sở", out, need_sep=False)
                if len(out) > before:
                    return after
            out.append(self._mention(text, toks, i, j, body))
            return self._list_items(text, toks, j, entry.head, out) if entry.head else j
        head = self._list_head(toks, i)
        if head is not None:
            before = len(out)
            j = self._list_items(text, toks, head[1], self._heads[head[0]], out, need_sep=False)
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
    def _node(self, body: str) -> Agency:
        entry = self._entries[body]
        aliases = sorted(set(surfaces(entry, self.province)) - {self._name(entry)})
        return Agency(
            id=f"{self.scope}:{body}",
            name=self._name(entry),
            province=self.province,
            aliases=aliases,
            kind=entry.kind,
            active_from=entry.active_from,
            active_to=entry.active_to,
            successors=[f"{self.scope}:{s}" for s in entry.successors],
            known=True,
            collective=entry.collective,
        )

    def _unknown_node(self, ref: AgencyRef) -> Agency:
        head = next((h for h in _UNKNOWN_HEADS if fold(ref.name).startswith(fold(h) + " ")), "")
        aliases = [ref.mention] if ref.mention != ref.name else []
        return Agency(
            id=ref.id,
            name=ref.name,
            province=self.province,
            aliases=aliases,
            kind=low(head) or "khác",
            known=False,
            collective=ref.collective,
        )

    def agencies(self, refs: Iterable[AgencyRef]) -> list[Agency]:
        """Agency nodes for `refs` (one per id, first-seen order), plus the successors of any
        predecessor body among them, so every SUCCEEDED_BY edge has both ends."""
        nodes: dict[str, Agency] = {}
        for ref in refs:
            body = ref.id.split(":", 1)[-1]
            if ref.id in nodes:
                continue
            if ref.known and body in self._entries:
                self._add_with_successors(body, nodes)
            else:
                nodes[ref.id] = self._unknown_node(ref)
        return list(nodes.values())

    def _add_with_successors(self, body: str, nodes: dict[str, Agency]) -> None:
        node = self._node(body)
        if node.id in nodes:
            return
        nodes[node.id] = node
        for successor in self._entries[body].successors:
            self._add_with_successors(successor, nodes)

    def lineage(self) -> list[Agency]:
        """Every predecessor body (with successors and active_to) and the bodies succeeding it."""
        nodes: dict[str, Agency] = {}
        for entry in self._entries.values():
            if entry.successors:
                self._add_with_successors(entry.slug, nodes)
        return list(nodes.values())


@lru_cache(maxsize=64)
def get_resolver(province: str) -> AgencyResolver:
    """The resolver for `province`, built once (cached per province)."""
    return AgencyResolver(province)
