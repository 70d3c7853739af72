"""Load benchmark of the HTTP service: a bounded run against a ``lint serve`` it starts itself.

Usage::

    python bench/bench_api.py [--requests N] [--duration S] [--levels 1,8,32]
                              [--workloads samples,3-page,new,edited] [--modes cached,uncached]
                              [--workers W] [--json OUT]

For each mode it starts ``lint serve`` on a free port of 127.0.0.1 (nothing else is contacted),
waits for ``/healthz``, and for each concurrency level runs ``--requests`` POST /v1/lint calls
(at most ``--duration`` seconds per level, whichever comes first) from that many concurrent
clients (closed loop: each sends its next request when the last one is answered), over the
workloads:

- ``samples``: the six drafts of ``corpus/samples`` in turn;
- ``3-page``: one generated three-page State kế hoạch (about 1,250 words of tasks), sent again
  and again: what the add-in costs when it re-checks the same draft (answered from the result
  cache);
- ``new``: distinct three-page kế hoạch drafts generated before the run (``new_drafts``: varied
  agencies, actions, quantities, amounts, dates; no sentence repeats), each request a draft the
  server has not seen. Neither the result cache nor any in-process text cache can answer: what
  an organisation's document system costs when it sends drafts the service has never checked.
- ``edited``: what the add-in sends while people work (``edited_drafts``): eight three-page
  drafts, each checked once before measuring, then versions of them with one task paragraph
  rewritten (a sentence never seen before), in turn. The result cache cannot answer (every file
  differs); the unchanged paragraphs' analyses may still be in the worker's text cache.

Modes: ``cached`` is the service as shipped (results cached by file hash + options);
``uncached`` starts it with ``LINT_CACHE_SIZE=0``. ``--workers`` sets ``LINT_WORKERS`` (default:
the service's own default). Reported per level: requests, failures (any non-200), throughput
(req/s), p50/p95/p99 latency (ms), the server's CPU time per request (all its processes: steadier
than latency on a shared machine), and the server's resident memory (VmRSS of the server
processes) before the load, after each level, and after a short rest at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TASKS = [
    "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, trình Ủy ban nhân dân tỉnh phương án "
    "sắp xếp các đơn vị sự nghiệp công lập trực thuộc, hoàn thành trước ngày 30/6/2026.",
    "Sở Tài chính bố trí kinh phí từ nguồn ngân sách tỉnh năm 2026 để thực hiện Kế hoạch; hướng "
    "dẫn các cơ quan, đơn vị lập dự toán, thanh quyết toán theo quy định.",
    "Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch chi tiết của địa phương, gửi Sở Nội "
    "vụ trước ngày 15/4/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện, định kỳ hằng quý báo cáo "
    "Chủ tịch Ủy ban nhân dân tỉnh kết quả và những khó khăn, vướng mắc phát sinh.",
    "Sở Thông tin và Truyền thông chủ trì tuyên truyền nội dung Kế hoạch trên các phương tiện "
    "thông tin đại chúng, cổng thông tin điện tử của tỉnh trong quý II năm 2026.",
]


def three_page_draft() -> bytes:
    """A State kế hoạch of about three pages (the builder of the test suite)."""
    from tests import build

    body = [build.heading("I. MỤC ĐÍCH, YÊU CẦU")]
    body += [build.p(f"{i + 1}. {TASKS[i % len(TASKS)]}") for i in range(6)]
    body.append(build.heading("II. NHIỆM VỤ, GIẢI PHÁP"))
    body += [build.p(f"{i + 1}. {TASKS[(i + 2) % len(TASKS)]}") for i in range(18)]
    body.append(build.heading("III. TỔ CHỨC THỰC HIỆN"))
    body += [build.p(f"{i + 1}. {TASKS[(i + 4) % len(TASKS)]}") for i in range(8)]
    return build.to_bytes(build.state_ke_hoach(body=body))


# Parts of the generated "new" drafts: every task sentence combines a lead and a partner agency,
# an action with a quantity, a money or target clause and a deadline, so that no sentence (and no
# ";" clause) repeats within or across drafts: in-process text caches (NLP analyses, normalised
# words of a paragraph) cannot answer for a draft the service has not seen.
AGENCIES = [
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Tư pháp",
    "Công an tỉnh",
    "Thanh tra tỉnh",
    "Ban Quản lý các khu công nghiệp",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Sở Dân tộc và Tôn giáo",
]
ACTIONS = [
    ("rà soát, sắp xếp {n} đơn vị sự nghiệp công lập trực thuộc", 5, 90),
    ("đào tạo, bồi dưỡng {n} cán bộ, công chức cấp xã về kỹ năng số", 120, 4800),
    ("đầu tư nâng cấp {n} km đường giao thông nông thôn", 12, 480),
    ("hỗ trợ {n} hộ gia đình có hoàn cảnh khó khăn sửa chữa nhà ở", 40, 2600),
    ("trồng mới {n} ha rừng phòng hộ đầu nguồn", 30, 1900),
    ("số hóa {n} hồ sơ thủ tục hành chính còn hiệu lực", 800, 65000),
    ("kiểm tra {n} cơ sở sản xuất, kinh doanh thực phẩm", 25, 700),
    ("xây dựng {n} phòng học đạt chuẩn tại các xã vùng sâu", 6, 140),
    ("tổ chức {n} lớp tập huấn về chuyển đổi số cho doanh nghiệp", 4, 60),
    ("cấp {n} giấy chứng nhận quyền sử dụng đất lần đầu", 300, 9000),
]
TARGETS = [
    "với tổng kinh phí {x} tỷ đồng từ nguồn ngân sách tỉnh",
    "bảo đảm tỷ lệ giải ngân đạt ít nhất {p}% kế hoạch vốn",
    "phấn đấu giảm {p}% thời gian giải quyết so với năm {y}",
    "với kinh phí dự kiến {x} tỷ đồng, lồng ghép các chương trình mục tiêu quốc gia",
]
# Each deadline names an agency and a date: about 80,000 distinct clauses, so that tens of
# thousands of task sentences need not repeat one.
DEADLINES = [
    "hoàn thành trước ngày {d}/{m}/{y}, gửi kết quả về {a}",
    "{a} tổng hợp, báo cáo kết quả trước ngày {d} tháng {m} năm {y}",
    "triển khai trong quý {q} năm {y}, {a} sơ kết trước ngày {d}/{m}",
    "định kỳ {k} tháng một lần báo cáo {a}, bắt đầu từ ngày {d}/{m}/{y}",
]


def task_sentence(rng: random.Random) -> str:
    """One varied task sentence (about 30 words, like the ones of :func:`three_page_draft`)."""
    lead, partner, other = rng.sample(AGENCIES, 3)
    action, low, high = rng.choice(ACTIONS)
    count = f"{rng.randint(low, high):,}".replace(",", ".")
    year = rng.choice((2026, 2027))
    target = rng.choice(TARGETS).format(
        x=f"{rng.randint(2, 950)},{rng.randint(1, 9)}", p=rng.randint(5, 95), y=year - 1
    )
    deadline = rng.choice(DEADLINES).format(
        a=other,
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        y=year,
        q=rng.choice(("I", "II", "III", "IV")),
        k=rng.choice((3, 6)),
    )
    # A target in one sentence out of three keeps the drafts at the size of the fixed one.
    target = f", {target}" if rng.random() < 1 / 3 else ""
    return f"{lead} chủ trì, phối hợp với {partner} {action.format(n=count)}{target}; {deadline}."


class _Sentences:
    """Fresh task sentences: no sentence or ";" clause repeats within one generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def __call__(self) -> str:
        for _ in range(1000):
            text = task_sentence(self.rng)
            clauses = [c.strip(" .") for c in text.split(";")]
            if text not in self.seen and not any(c in self.seen for c in clauses):
                self.seen.update([text, *clauses])
                return text
        raise SystemExit("bench_api: cannot make more task sentences without repeating a clause")


def _plan(sentences: list[str], number: str, title: str) -> bytes:
    """A three-page kế hoạch with the 32 task ``sentences`` under the three usual headings."""
    from tests import build

    body = [build.heading("I. MỤC ĐÍCH, YÊU CẦU")]
    body += [build.p(f"{i + 1}. {t}") for i, t in enumerate(sentences[:6])]
    body.append(build.heading("II. NHIỆM VỤ, GIẢI PHÁP"))
    body += [build.p(f"{i + 1}. {t}") for i, t in enumerate(sentences[6:24])]
    body.append(build.heading("III. TỔ CHỨC THỰC HIỆN"))
    body += [build.p(f"{i + 1}. {t}") for i, t in enumerate(sentences[24:32])]
    spec = build.state_ke_hoach(body=body, number_text=number, trich_yeu=title)
    return build.to_bytes(spec)


def _heading(rng: random.Random, n: int) -> tuple[str, str]:
    number = f"Số: {rng.randint(10, 9999)}/KH-SNV"
    title = f"Thực hiện nhiệm vụ trọng tâm đợt {n + 1} năm {rng.choice((2026, 2027))}"
    return number, title


def new_drafts(count: int, seed: int = 2026) -> list[tuple[str, bytes]]:
    """``count`` distinct three-page drafts, shaped like :func:`three_page_draft` (same headings
    and number of task paragraphs), each with its own number, title and task sentences: no
    sentence or ";" clause repeats across them."""
    rng = random.Random(seed)
    fresh = _Sentences(rng)
    out = []
    for n in range(count):
        sentences = [fresh() for _ in range(32)]
        data = _plan(sentences, *_heading(rng, n))
        out.append((f"ke-hoach-moi-{n + 1:03d}.docx", data))
    return out


def edited_drafts(
    count: int, bases: int = 8, seed: int = 226
) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """What the add-in sends while people work: ``bases`` three-page drafts (one per person),
    and ``count`` versions of them, each its draft with one task paragraph rewritten (a new
    sentence, never seen before), in turn over the drafts and their paragraphs. Returns
    (versions, bases): the bases are what each person checked first."""
    rng = random.Random(seed)
    fresh = _Sentences(rng)
    drafts = []
    for b in range(bases):
        number, title = _heading(rng, b)
        drafts.append(([fresh() for _ in range(32)], number, title))
    first = [(f"du-thao-{b + 1}.docx", _plan(*d)) for b, d in enumerate(drafts)]
    out = []
    for i in range(count):
        b = i % bases
        sentences, number, title = drafts[b]
        sentences = list(sentences)
        sentences[(i // bases) % 32] = fresh()
        out.append((f"du-thao-{b + 1}.docx", _plan(sentences, number, title)))
    return out, first


def samples() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted((ROOT / "corpus/samples").glob("*.docx"))]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _family(pid: int) -> list[int]:
    """``pid`` and its descendants (the service's checking processes, started by any of its
    threads, and theirs)."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
    return pids


def cpu_s(pid: int) -> float:
    """CPU time (user + system) used so far by ``pid`` and its children, in seconds: on a
    shared machine the server's own CPU per request is steadier than its latency."""
    total = 0
    for p in _family(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its descendants (the checking processes), in MB."""
    total = 0
    for p in _family(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


class Server:
    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.tmp = tempfile.TemporaryDirectory()
        full = {
            **os.environ,
            "LINT_CORPUS": str(Path(self.tmp.name) / "corpus.sqlite"),
            "LINT_LOG_LEVEL": "warning",
            **env,
        }
        self.log = open(Path(self.tmp.name) / "serve.log", "wb")  # noqa: SIM115
        cmd = [sys.executable, "-m", "linter.cli", "serve", "--port", str(self.port)]
        cmd += ["--host", "127.0.0.1"]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=full, stdout=self.log, stderr=self.log)
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = 1
        deadline = time.monotonic() + 120
        while True:
            if self.proc.poll() is not None:
                raise SystemExit("lint serve exited: " + self.read_log())
            try:
                health = httpx.get(self.url + "/healthz", timeout=2)
                if health.status_code == 200:
                    self.workers = int(health.json().get("workers", 1))
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit("lint serve did not start within 120 s")
            time.sleep(0.2)

    def read_log(self) -> str:
        return (Path(self.tmp.name) / "serve.log").read_text("utf-8", "replace")

    def rss(self) -> float:
        return rss_mb(self.proc.pid)

    def cpu(self) -> float:
        return cpu_s(self.proc.pid)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        self.tmp.cleanup()


@dataclass
class Level:
    mode: str
    workload: str
    clients: int
    requests: int
    failures: int
    seconds: float
    throughput: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    cpu_ms_per_request: float  # the server's CPU time during the level / requests
    rss_after_mb: float


WARM_DRAFTS = 3  # new drafts sent to each worker before measuring (not part of any level)


@dataclass
class Workload:
    docs: list[tuple[str, bytes]]  # what the levels send
    warm: list[tuple[str, bytes]]  # sent once before measuring
    fresh: bool = False  # every request a draft the server has not seen (never wraps around)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k] * 1000


def encode_request(port: int, name: str, data: bytes) -> bytes:
    """One POST /v1/lint as raw HTTP/1.1 bytes (encoded once: the client costs next to
    nothing, so the figures are the server's)."""
    boundary = "vblintbench0123456789"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="{name}"\r\nContent-Type: {DOCX}\r\n\r\n'
    ).encode()
    body = head + data + f"\r\n--{boundary}--\r\n".encode()
    return (
        f"POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> tuple[int, bool]:
    """Send one request; its status, and whether the server ends the connection after it."""
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    close = False
    for line in lines[1:]:
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key == "content-length":
            length = int(value.strip())
        elif key == "connection":
            close = value.strip().lower() == "close"
    await reader.readexactly(length)
    return status, close


async def load(
    port: int, requests: list[bytes], clients: int, total: int, duration: float
) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    failures = 0
    issued = 0
    start = time.perf_counter()
    stop_at = start + duration

    async def worker() -> None:
        nonlocal issued, failures
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while issued < total and time.perf_counter() < stop_at:
                request = requests[issued % len(requests)]
                issued += 1
                t0 = time.perf_counter()
                try:
                    status, close = await _exchange(reader, writer, request)
                    ok = status == 200
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    ok, close = False, True
                if close:  # the server ends the connection after a check: open the next one
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                latencies.append(time.perf_counter() - t0)
                if not ok:
                    failures += 1
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, failures, time.perf_counter() - start


def run_mode(mode: str, args: argparse.Namespace, workloads: dict[str, Workload]) -> dict:
    env: dict[str, str] = {}
    if args.workers:
        env["LINT_WORKERS"] = str(args.workers)
    if mode == "uncached":
        env["LINT_CACHE_SIZE"] = "0"
    server = Server(env)
    try:
        # One request per document first (for ``new``: drafts kept apart for it): imports and
        # lazy caches are paid before measuring. With several workers, each needs its own.
        for _ in range(max(1, server.workers)):
            for wl in workloads.values():
                for name, data in wl.warm:
                    httpx.post(
                        server.url + "/v1/lint", files={"file": (name, data, DOCX)}, timeout=120
                    )
        rss_start = server.rss()
        levels: list[Level] = []
        for workload, wl in workloads.items():
            raw = [encode_request(server.port, name, data) for name, data in wl.docs]
            offset = 0  # ``new``: every level goes on with drafts the server has not seen
            for clients in args.levels:
                pool = raw[offset:] if wl.fresh else raw
                cpu0 = server.cpu()
                lat, fails, secs = asyncio.run(
                    load(server.port, pool, clients, args.requests, args.duration)
                )
                if wl.fresh:
                    offset += len(lat)
                level = Level(
                    mode=mode,
                    workload=workload,
                    clients=clients,
                    requests=len(lat),
                    failures=fails,
                    seconds=round(secs, 2),
                    throughput=round(len(lat) / secs, 1) if secs else 0.0,
                    p50_ms=round(pct(lat, 50), 1),
                    p95_ms=round(pct(lat, 95), 1),
                    p99_ms=round(pct(lat, 99), 1),
                    cpu_ms_per_request=round((server.cpu() - cpu0) / max(1, len(lat)) * 1000, 1),
                    rss_after_mb=round(server.rss(), 1),
                )
                levels.append(level)
                print(
                    f"{mode:<9} {workload:<8} {clients:>3} clients  {level.requests:>4} req  "
                    f"{level.failures} failed  {level.throughput:>7.1f} req/s  "
                    f"p50 {level.p50_ms:>7.1f}  p95 {level.p95_ms:>7.1f}  "
                    f"p99 {level.p99_ms:>7.1f} ms  CPU {level.cpu_ms_per_request:>5.1f} ms/req  "
                    f"RSS {level.rss_after_mb:.0f} MB",
                    flush=True,
                )
        time.sleep(args.rest)
        rss_end = server.rss()
        print(
            f"{mode:<9} server ({server.workers} worker(s)) RSS: {rss_start:.0f} MB before the "
            f"load, {max(lv.rss_after_mb for lv in levels):.0f} MB at most, {rss_end:.0f} MB "
            f"after {args.rest:g} s of rest",
            flush=True,
        )
        return {
            "mode": mode,
            "workers": server.workers,
            "rss_start_mb": round(rss_start, 1),
            "rss_end_mb": round(rss_end, 1),
            "levels": [asdict(lv) for lv in levels],
        }
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--requests", type=int, default=200, help="requests per level (default 200)")
    p.add_argument("--duration", type=float, default=30.0, help="seconds per level at most")
    p.add_argument("--levels", default="1,8,32", help="concurrent clients (default 1,8,32)")
    p.add_argument("--modes", default="cached", help="cached, uncached (default cached)")
    p.add_argument(
        "--workloads",
        default="samples,3-page,new,edited",
        help="samples, 3-page, new, edited (default: all)",
    )
    p.add_argument(
        "--workers", type=int, default=0, help="LINT_WORKERS of the server (default: its own)"
    )
    p.add_argument("--rest", type=float, default=3.0, help="seconds before the last RSS reading")
    p.add_argument("--json", type=Path, help="write the figures to this file")
    args = p.parse_args(argv)
    args.levels = [int(x) for x in args.levels.split(",") if x.strip()]
    names = [w.strip() for w in args.workloads.split(",") if w.strip()]
    unknown = set(names) - {"samples", "3-page", "new", "edited"}
    if unknown or not args.levels or args.requests < 1:
        p.error(f"unknown workload(s) {sorted(unknown)}" if unknown else "nothing to run")
    workloads: dict[str, Workload] = {}
    if "samples" in names:
        docs = samples()
        workloads["samples"] = Workload(docs, docs)
    if "3-page" in names:
        docs = [("ke-hoach-3-trang.docx", three_page_draft())]
        workloads["3-page"] = Workload(docs, docs)
    if "new" in names:
        # Enough unseen drafts for every level, plus a few kept apart for the warm-up.
        warm = WARM_DRAFTS * max(1, args.workers or 2)
        made = new_drafts(args.requests * len(args.levels) + warm)
        workloads["new"] = Workload(made[warm:], made[:warm], fresh=True)
    if "edited" in names:
        versions, bases = edited_drafts(args.requests * len(args.levels))
        workloads["edited"] = Workload(versions, bases, fresh=True)
    print(
        f"cpus {os.cpu_count()}  workers {args.workers or 'default'}  {args.requests} requests "
        f"or {args.duration:g} s per level; workloads: "
        + ", ".join(f"{k} ({len(v.docs)} drafts)" for k, v in workloads.items()),
        flush=True,
    )
    results = [run_mode(m.strip(), args, workloads) for m in args.modes.split(",") if m.strip()]
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    failed = sum(lv["failures"] for r in results for lv in r["levels"])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
