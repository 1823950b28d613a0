"""Files are checked in batches (checker.check_paths): each plugin runs over a
batch's documents before the next plugin starts. What a user sees must be what
checking each file alone gives: the same lines, in the same order, the same
exit status, and a bad file or a crashing plugin confined to its own file."""
from __future__ import annotations

from pathlib import Path

from helpers import SEED

from lintnews import checker

HOUSE = (Path(__file__).parent / "house").as_posix()


def _articles(project: Path, count: int) -> list[str]:
    """``count`` files of every kind, more than one batch holds."""
    (project / "lintnews.toml").write_text(
        f'plugins = ["tkcheck"]\nplugin-paths = ["{HOUSE}"]\n', encoding="utf-8")
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = []
    for i in range(count):
        path = project / f"{i:02d}.txt"
        kind = i % 10
        if kind == 0:
            path.write_bytes(b"")  # LN004
        elif kind == 3:
            path.write_bytes(b"Caf\xe9 owners said the the rent rose.\n")  # LN002
        elif kind == 5:
            path.write_bytes(b"\x00\x01binary\x00")  # LN003
        elif kind == 7:
            path.write_text("TK then BOOM: the tkcheck plugin raises here.\n", encoding="utf-8")
        else:  # two lines of the seed article and a doubled word
            start = (3 * i) % len(lines)
            body = "\n\n".join(lines[start:start + 2]) + f"\n\nIt was was the {i}th of the the month.\n"
            path.write_text(body, encoding="utf-8")
        names.append(path.name)
    return names


def test_a_run_prints_what_each_file_alone_prints(cli, project):
    names = _articles(project, checker.BATCH_FILES + 8)
    alone = [cli("-j", "1", name, cwd=project) for name in names]
    together = cli("-j", "1", *names, cwd=project)
    assert together.out == "".join(run.out for run in alone)
    assert together.code == max(run.code for run in alone) == 2
    # every kind of file said something, and the crash stayed in its own files
    crashed = [line.split(":")[0] for line in together.lines if "LN010 plugin 'tkcheck'" in line]
    assert crashed == [name for i, name in enumerate(names) if i % 10 == 7]
    assert {line.split(": ")[1].split()[0] for line in together.lines} >= {
        "LN002", "LN003", "LN004", "LN010", "TST001", "TXT005"}
    # and the pool, whose workers check groups of files a batch at a time, agrees
    assert cli("-j", "2", *names, cwd=project).out == together.out


def test_a_batch_ends_at_its_file_count_or_its_size(monkeypatch, tmp_path):
    from lintnews.session import Session

    sizes = [10, 10, 5000, 10, 10, 10, 6000, 7000, 10]
    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"{i}.txt"
        path.write_text("A line.\n" * (size // 8), encoding="utf-8")
        paths.append(str(path))
    paths.insert(4, str(tmp_path / "missing.txt"))  # unreadable: LN001, no text
    monkeypatch.setattr(checker, "BATCH_FILES", 3)
    monkeypatch.setattr(checker, "BATCH_CHARS", 6000)
    batches = []
    real = checker.check_texts

    def record(session, items):
        batches.append([Path(path).name for _, path in items])
        return real(session, items)

    monkeypatch.setattr(checker, "check_texts", record)
    session = Session.create({}, isolated=True)
    results = list(checker.check_paths(session, paths))
    assert [Path(r.path).name for r in results] == [Path(p).name for p in paths]
    assert [f.code for f in results[4].findings] == ["LN001"]
    # three read; three read again, the missing one among them (no text); then
    # 5.txt and 6.txt reach 6,000 characters, and 7.txt does alone; the last
    assert batches == [["0.txt", "1.txt", "2.txt"], ["3.txt", "4.txt"], ["5.txt", "6.txt"],
                       ["7.txt"], ["8.txt"]]
