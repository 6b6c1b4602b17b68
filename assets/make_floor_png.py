# Regenerates assets/content/images/floor.png, the built-in sample floor of the Tohoku Pavilion booth map
# (27 m x 15 m at 30 px/m: floor tiles, a 1 m grid and the hall outline; the kiosk draws the booths and
# areas of exhibitors.csv and floor.csv on top). Run from the top of the checkout:
#   python3 assets/make_floor_png.py
# Standard library only; a 4-colour palette PNG keeps the file under 2 KB.
import struct, zlib
W, H, S = 27 * 30, 15 * 30, 30
palette = [(0xF4, 0xF0, 0xE8), (0xE3, 0xDD, 0xD0), (0x8C, 0x86, 0x7A), (0xEA, 0xE4, 0xD6)]
rows = []
for y in range(H):
    row = bytearray([0])  # filter: none
    for x in range(W):
        c = 0
        if (x // S + y // S) % 2 == 1: c = 3          # faint checker: carpet tiles
        if x % S == 0 or y % S == 0: c = 1              # 1 m grid
        if x < 4 or y < 4 or x >= W - 4 or y >= H - 4: c = 2  # hall outline
        row.append(c)
    rows.append(bytes(row))
raw = b"".join(rows)
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 3, 0, 0, 0))
png += chunk(b"PLTE", b"".join(bytes(p) for p in palette)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open("assets/content/images/floor.png", "wb").write(png)
print("wrote assets/content/images/floor.png,", len(png), "bytes")
