"""Hand-built PDFs whose page tree lies (for tests/test_hostile.py)."""

_STREAM = b"BT /F1 12 Tf 72 720 Td (Trucks at the Sakkanmol missile operating base.) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_CONTENT = b"<< /Length %d >>\nstream\n" % len(_STREAM) + _STREAM + b"\nendstream"


def _build(objs: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return bytes(out)


def _page(parent: int) -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>" % parent)


def lying_count_pdf(count: int = 10**9) -> bytes:
    """One page, but the page tree's /Count claims ``count``."""
    return _build([b"<< /Type /Catalog /Pages 2 0 R >>",
                   b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count, _page(2), _CONTENT,
                   _FONT])


def page_tree_bomb_pdf(levels: int) -> bytes:
    """A page tree whose every node lists the next ten times: 10**levels pages in 1 kB."""
    objs = [b"<< /Type /Catalog /Pages 6 0 R >>", b"<< >>", _page(6), _CONTENT, _FONT]
    for level in range(levels):
        child = 7 + level if level < levels - 1 else 3
        objs.append(b"<< /Type /Pages /Kids [" + b" ".join([b"%d 0 R" % child] * 10)
                    + b"] /Count %d >>" % 10 ** (levels - level))
    return _build(objs)
