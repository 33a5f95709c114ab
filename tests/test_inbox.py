import os

from sources.inbox import list_inbox, read_raw


def test_lists_files_sorted_and_skips_hidden_files_and_gold(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden").write_text("h")
    (tmp_path / "gold.json").write_text("[]")
    assert [p.name for p in list_inbox(tmp_path)] == ["a.txt", "b.txt"]


def test_size_limit_and_outside_links_are_recorded_not_read(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "big.txt").write_bytes(b"x" * 101)
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    os.symlink(secret, inbox / "link.txt")
    big = read_raw(inbox / "big.txt", inbox, max_bytes=100)
    link = read_raw(inbox / "link.txt", inbox, max_bytes=100)
    assert big.content is None and "above the limit of 100 bytes" in big.error
    assert link.content is None and "outside the inbox" in link.error


def test_vanished_file_is_a_reason_not_a_crash(tmp_path):
    raw = read_raw(tmp_path / "gone.txt", tmp_path, max_bytes=100)
    assert raw.error == "file disappeared before it could be read"
