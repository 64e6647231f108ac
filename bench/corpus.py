"""Deterministic generator of realistic synthetic monthly conclusion notices, for scale benchmarks.

Notice i belongs to province PROVINCES[i % 28] and to the k-th month after June 2025, k = i // 28,
so every province gets a monthly series. Each province keeps a pool of recurring tasks that come
back month after month, reworded ("Tiếp tục ...") and with moved deadlines; every notice also gets
fresh tasks. Texts are perturbed like real files: old tone-mark style (Hoà), page-break splits and
occasional typos. The planted number of assigned directives is returned as metadata.

    python -m bench.corpus --notices N --seed S --out DIR
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bench import rewording as R
from bench import vocab as V

LETTERS_ABC = "abcdđeg"
OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ",
             "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ", "òe": "oè", "óe": "oé", "ỏe": "oẻ"}
BLOCKS = ("econ", "budget", "social", "env")  # themes whose section ends with an agency's block
NEVER = 10_000  # a month index no series reaches
# One a month per theme (in the section, or in the agency's block): a theme's 11-14 combinations
# then come back only after a year, beyond the 6 meetings a task stays open.
ONE_OFFS_A_MONTH = 1
APPEARS = 0.85  # a task within its run is assigned in a month with this probability


@dataclass(frozen=True)
class TaskPlan:
    """A task of one province's series: its gold label, wording, agencies, the months (series
    index k) it is assigned in, and when (`moved_at`) it goes to another lead (`moved_to`)."""

    key: str
    theme: str
    task: str
    lead: str
    supports: tuple[str, ...]
    offset_days: int
    start: int
    end: int
    moved_at: int = NEVER
    moved_to: str = ""

    def lead_at(self, k: int) -> str:
        return self.moved_to if k >= self.moved_at else self.lead


@dataclass
class Planted:
    file: str
    province: str
    year: int
    month: int
    directives: int
    recurring: int
    old_tones: bool
    # (gold task key, an exact substring of the notice naming the directive), every directive
    occurrences: list[tuple[str, str]] = field(default_factory=list)


def period_of(index: int) -> tuple[str, int, int]:
    """Province and (year, month) of notice `index`: monthly series per province from 2025-06."""
    k = index // len(V.PROVINCES)
    months = 5 + k
    return V.PROVINCES[index % len(V.PROVINCES)], 2025 + months // 12, months % 12 + 1


def person(rng: random.Random) -> str:
    return f"{rng.choice(V.SURNAMES)} {rng.choice(V.MIDDLES)} {rng.choice(V.GIVENS)}"


def supports_for(rng: random.Random, lead: str) -> tuple[str, ...]:
    others = [a for a in V.SUPPORTERS if a != lead]
    return tuple(rng.sample(others, rng.randint(0, 3)))


def _run(rng: random.Random) -> tuple[int, int] | None:
    """The months a task is assigned in: from the start to the end of the series (55 %), a run
    of 2-12 months starting in months 1-20 (35 %: begun later, dropped), or never (10 %)."""
    roll = rng.random()
    if roll < 0.55:
        return 0, NEVER
    if roll < 0.9:
        start = rng.randint(1, 20)
        return start, start + rng.randint(1, 11)
    return None


def _plan(rng: random.Random, key: str, theme: str, task: str, leads: tuple[str, ...]
          ) -> TaskPlan | None:
    run = _run(rng)
    if run is None:
        return None
    lead = rng.choice(leads)
    moved = [a for a in leads + V.AGENCIES[:4] if a != lead]
    at = run[0] + rng.randint(2, 10) if rng.random() < 0.15 else NEVER
    return TaskPlan(key, theme, task, lead, supports_for(rng, lead), rng.randint(20, 120),
                    run[0], run[1], at, rng.choice(moved))


def province_plan(seed: int, province: str) -> list[TaskPlan]:
    """The repeated tasks of one province: the same plan for every month of its series."""
    rng = random.Random(f"{seed}:plan:{province}")
    slug = file_slug(province)
    plans = (_plan(rng, f"{slug}/{theme}/{n}", theme, task, V.LEADS[theme])
             for _, theme in V.SECTIONS for n, task in enumerate(V.TASKS[theme]))
    return [p for p in plans if p is not None]


def project_plan(seed: int, province: str, project: int) -> list[TaskPlan]:
    """The tasks of one of the province's projects (the same wording on every project)."""
    rng = random.Random(f"{seed}:project:{province}:{project}")
    key = f"{file_slug(province)}/project{project}"
    plans = (_plan(rng, f"{key}/{n}", "project", task, (V.PROJECT_LEAD_AGENCY,))
             for n, task in enumerate(V.PROJECT_TASKS))
    return [p for p in plans if p is not None]


def project_names(seed: int, province: str) -> list[str]:
    """The province's three key projects (Cao Bằng's first is the real Đồng Đăng - Trà Lĩnh)."""
    real = V.REAL_EXPRESSWAYS.get(province, ())
    free = [p for p in V.PLACES if p not in real]
    places = random.Random(f"{seed}:places:{province}").sample(free, 6)
    places[0:len(real)] = real
    return [template.format(a=places[2 * j], b=places[2 * j + 1], n=5 + j, p=province)
            for j, template in enumerate(V.PROJECT_TEMPLATES[:3])]


def deadline_phrase(rng: random.Random, meeting: date, offset: int | None) -> str:
    """A deadline as the notices write them, or '' (about 40 % of tasks have none)."""
    roll = rng.random()
    if offset is None and roll < 0.4:
        return ""
    due = meeting + timedelta(days=offset if offset is not None else rng.randint(10, 150))
    if roll < 0.7:
        return f", hoàn thành trước ngày {due.day:02d}/{due.month:02d}/{due.year}"
    if roll < 0.85:
        return f", hoàn thành trong quý {V.ROMAN_QUARTERS[(due.month - 1) // 3]} năm {due.year}"
    if roll < 0.95:
        return f", xong trong tháng {due.month:02d}/{due.year}"
    return f", hoàn thành trong năm {due.year}"


def fill(task: str, year: int) -> str:
    return task.format(year=year, prev=year - 1)


def assignment(lead: str, supports: tuple[str, ...], task: str, deadline: str) -> str:
    if not supports:
        return f"Giao {lead} chủ trì {task}{deadline}."
    return f"Giao {lead} chủ trì, phối hợp với {', '.join(supports)} {task}{deadline}."


def typo(rng: random.Random, text: str) -> str:
    """Strip the diacritics of one word or swap two letters in it (about 3 % of directives)."""
    if rng.random() > 0.03:
        return text
    parts = text.split(" ")
    i = rng.randrange(len(parts) // 2, len(parts))
    word = parts[i]
    if rng.random() < 0.5:
        word = strip_marks(word)
    elif len(word) > 3:
        j = rng.randrange(1, len(word) - 2)
        word = word[:j] + word[j + 1] + word[j] + word[j + 2:]
    parts[i] = word
    return " ".join(parts)


def strip_marks(word: str) -> str:
    """The word without its diacritics (a typo seen in real files)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


def file_slug(name: str) -> str:
    """'Đắk Lắk' -> 'dak-lak' (a file name; the generator keeps no parser dependency)."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join(plain.split())


class NoticeBuilder:
    """Builds one notice line by line and records the directives it plants with their task."""

    def __init__(self, seed: int, index: int) -> None:
        self.province, self.year, self.month = period_of(index)
        self.rng = random.Random(f"{seed}:notice:{index}")
        self.prov_rng = random.Random(f"{seed}:people:{self.province}:{self.year}")
        self.seed, self.k = seed, index // len(V.PROVINCES)
        self.meeting = date(self.year, self.month, 1) + timedelta(days=27 + self.rng.randint(0, 6))
        self.lines: list[str] = []
        self.planted: list[tuple[str, str]] = []  # (task key, directive text as written)
        self.recurring = 0
        self.one_offs_used: dict[str, int] = {}

    @property
    def directives(self) -> int:
        return len(self.planted)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def header(self) -> None:
        chair = person(self.prov_rng)
        issued = self.meeting + timedelta(days=self.rng.randint(3, 12))
        kind = " (mở rộng)" if self.month in (6, 12) else ""
        m, y, p = self.month, self.year, self.province
        self.add(f"{p}, ngày {issued.day} tháng {issued.month} năm {issued.year}", "THÔNG BÁO",
                 f"Kết luận của Chủ tịch UBND tỉnh {chair} tại Phiên họp UBND tỉnh thường kỳ{kind} "
                 f"tháng {m} năm {y}",
                 V.OPENING.format(d=f"{self.meeting.day:02d}/{self.meeting.month}/{y}", p=p,
                                  kind=kind, m=m, y=y, chair=chair),
                 V.CONCLUDES)

    def assessment(self) -> None:
        self.add(f"I. Đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội tháng "
                 f"{self.month} năm {self.year}",
                 V.ASSESSMENT)
        facts = []
        for template, low, high in self.rng.sample(V.INDICATORS, 4):
            value = f"{self.rng.uniform(low, high):.2f}".replace(".", ",")
            facts.append(template.format(v=value))
        self.add("; ".join(facts) + ".", V.LIMITATIONS)

    def directive(self, key: str, text: str) -> str:
        text = typo(self.rng, text)
        self.planted.append((key, text))
        return text

    def once_key(self) -> str:
        return f"once/{file_slug(self.province)}/{self.k}/{len(self.planted)}"

    def wording(self, plan: TaskPlan) -> str:
        """The task as this month words it: as planned the first month, restated after."""
        task = fill(plan.task, self.year)
        return task if self.k == plan.start else R.restate(self.rng, task)

    def deadline(self, plan: TaskPlan) -> str:
        """Often the planned deadline (moved by 0-2 months), else another or none."""
        moved = plan.offset_days + 30 * self.rng.randint(0, 2)
        return deadline_phrase(self.rng, self.meeting, moved if self.rng.random() < 0.6 else None)

    def due(self, plans: list[TaskPlan]) -> list[TaskPlan]:
        """The planned tasks assigned this month."""
        return [p for p in plans if p.start <= self.k <= p.end and self.rng.random() < APPEARS]

    def recurring_tasks(self, theme: str, plan: list[TaskPlan]) -> list[str]:
        out = []
        for item in self.due([p for p in plan if p.theme == theme]):
            lead = R.agency_name(self.rng, item.lead_at(self.k))
            text = assignment(lead, item.supports, self.wording(item), self.deadline(item))
            out.append(self.directive(item.key, text))
            self.recurring += 1
        return out

    def one_off(self, theme: str) -> str:
        """The next of the theme's one-off combinations in the province's cycle, at a commune."""
        combos = R.one_off_combos(theme)
        random.Random(f"{self.seed}:once:{self.province}:{theme}").shuffle(combos)
        used = self.one_offs_used.get(theme, 0)
        self.one_offs_used[theme] = used + 1
        combo = combos[(self.k * ONE_OFFS_A_MONTH + used) % len(combos)]
        place = self.rng.choice(R.COMMUNES) if self.rng.random() < 0.5 else None
        return R.one_off(combo, place, self.year)

    def one_offs(self, theme: str, count: int) -> list[str]:
        """Tasks given once: an action on an object at one commune."""
        out = []
        for _ in range(count):
            lead = self.rng.choice(V.LEADS[theme])
            task = self.one_off(theme)
            text = assignment(lead, supports_for(self.rng, lead), task,
                              deadline_phrase(self.rng, self.meeting, None))
            out.append(self.directive(self.once_key(), text))
        return out

    def agency_block(self, theme: str) -> None:
        """'a) <Sở>:' followed by a '- ' bullet: a one-off task led by that agency."""
        self.add(f"{LETTERS_ABC[self.rng.randrange(3)]}) {self.rng.choice(V.LEADS[theme])}:")
        task, dl = self.one_off(theme), deadline_phrase(self.rng, self.meeting, None)
        self.add("- " + self.directive(self.once_key(), f"{task[0].upper()}{task[1:]}{dl}."))

    def projects(self, number: str) -> None:
        """The key projects, each with the bullets of its planned tasks (the same wording on
        every project); a task given to another agency says so in its bullet."""
        self.add(f"{number}. Triển khai đối với các dự án trọng điểm")
        for j, name in enumerate(project_names(self.seed, self.province)):
            self.add(f"{LETTERS_ABC[j]}) {name}", V.PROJECT_LEAD)
            for item in self.due(project_plan(self.seed, self.province, j)):
                task, lead = self.wording(item), item.lead_at(self.k)
                task = task if lead == item.lead else f"giao {lead} chủ trì {task}"
                text = f"{task[0].upper()}{task[1:]}{self.deadline(item)}."
                self.add("- " + self.directive(item.key, text))
                self.recurring += 1

    def tasks(self) -> None:
        nxt = self.month % 12 + 1
        self.add(f"II. Nhiệm vụ, giải pháp trọng tâm tháng {nxt} năm {self.year + (nxt == 1)}",
                 "1. Nhiệm vụ chung",
                 *(f"- {self.directive(f'general/{n}', g)}" for n, g in enumerate(V.GENERAL)),
                 "2. Nhiệm vụ cụ thể")
        plan = province_plan(self.seed, self.province)
        for n, (heading, theme) in enumerate(V.SECTIONS, start=1):
            self.add(f"2.{n}. {heading}")
            items = self.recurring_tasks(theme, plan)
            items += self.one_offs(theme, 0 if theme in BLOCKS else 1)
            self.rng.shuffle(items)  # the order of a section's tasks changes month to month
            lettered = self.rng.random() < 0.4
            for j, item in enumerate(items):
                self.add(f"{LETTERS_ABC[j % 7]}) {item}" if lettered else item)
            if theme in BLOCKS:
                self.agency_block(theme)
            if theme == "econ":
                self.projects(f"2.{n}.1")

    def closing(self) -> None:
        nxt = self.month % 12 + 1
        after = f"{nxt:02d}/{self.year + (nxt == 1)}"
        this = f"{self.month:02d}/{self.year}"
        self.add("III. Tổ chức thực hiện", V.RESPONSIBLE, self.directive("follow-up", V.FOLLOW_UP),
                 "IV. Tập thể UBND tỉnh nhất trí thông qua các văn bản sau đây:",
                 *(f"{n}. {doc.format(this=this, after=after)}"
                   for n, doc in enumerate(V.ADOPTED, start=1)),
                 V.CLOSING.format(m=self.month, y=self.year),
                 "Nơi nhận:", *V.RECIPIENTS, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", person(self.rng))

    def page_breaks(self, lines: list[str]) -> list[str]:
        """Split about 5 % of long lines at a space, as text copied from a paged document."""
        out: list[str | None] = []
        for line in lines:
            if len(line) > 160 and self.rng.random() < 0.05:
                cut = line.index(" ", len(line) // 2)
                out.extend([line[:cut], "" if self.rng.random() < 0.5 else None, line[cut + 1:]])
            else:
                out.append(line)
        return [x for x in out if x is not None]

    def build(self) -> tuple[str, bool]:
        self.header()
        self.assessment()
        self.tasks()
        self.closing()
        text = "\n\n".join(self.page_breaks(self.lines)) + "\n"
        old = self.rng.random() < 0.4
        if old:
            for new, former in OLD_TONES.items():
                text = text.replace(new, former)
        return text, old


def generate_notice(seed: int, index: int) -> tuple[str, Planted]:
    """The text of notice `index` and what was planted in it (file name included)."""
    builder = NoticeBuilder(seed, index)
    text, old = builder.build()
    name = f"{file_slug(builder.province)}-{builder.year}-{builder.month:02d}-thuong-ky.txt"
    found = ((key, anchor(text, d)) for key, d in builder.planted)
    return text, Planted(name, builder.province, builder.year, builder.month,
                         builder.directives, builder.recurring, old,
                         [(key, at) for key, at in found if at])


def anchor(text: str, directive: str, size: int = 7) -> str | None:
    """A run of `size` whole words of the directive found once in the notice `text` and free of
    the tone pairs the old style rewrites (so it reads the same in either style, and after a
    page break split elsewhere); None when the directive has none (the gold skips it)."""
    toks = directive.rstrip(".").split(" ")
    for i in range(max(1, len(toks) - size + 1)):
        window = " ".join(toks[i:i + size])
        tones = any(a in window or b in window for a, b in OLD_TONES.items())
        if not tones and text.count(window) == 1:
            return window
    return None


def write_corpus(notices: int, seed: int, out: Path) -> list[Planted]:
    """Writes `notices` .txt files and manifest.json under `out`; returns the planted metadata."""
    out.mkdir(parents=True, exist_ok=True)
    planted = []
    for i in range(notices):
        text, meta = generate_notice(seed, i)
        (out / meta.file).write_text(text, encoding="utf-8")
        planted.append(meta)
    manifest = {"seed": seed, "notices": [asdict(p) for p in planted]}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return planted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate synthetic conclusion notices (.txt).")
    parser.add_argument("--notices", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    planted = write_corpus(args.notices, args.seed, args.out)
    total = sum(p.directives for p in planted)
    print(f"{len(planted)} notices, {total} planted directives -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
