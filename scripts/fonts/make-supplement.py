#!/usr/bin/python3
"""Make renderer/fonts/penholder-times-supplement-*.woff2: the two characters UN texts use
that the bundled Tinos (@fontsource/tinos) cannot draw, with Times New Roman metrics.

- U+2011 NON-BREAKING HYPHEN, in every "Secretary‑General" of a press release: drawn with
  the hyphen glyph (U+2010), as Liberation Serif 1.07 and Times New Roman do.
- U+202F NARROW NO-BREAK SPACE, before « : ; ? ! » in French typography.

The glyphs come from Liberation Serif 2 (Debian's fonts-liberation2), the same design and
metrics as Tinos. The SIL Open Font License reserves the name "Liberation" for unmodified
fonts, so the subset carries its own family name.

Run once, by hand, when the set of characters changes:
    apt-get install --no-install-recommends python3-fonttools python3-brotli fonts-liberation2
    /usr/bin/python3 scripts/fonts/make-supplement.py
"""
from pathlib import Path
from fontTools.ttLib import TTFont
from fontTools.subset import Options, Subsetter

SOURCE = Path('/usr/share/fonts/truetype/liberation2')
TARGET = Path(__file__).resolve().parents[2] / 'renderer' / 'fonts'
FAMILY = 'Penholder Times Supplement'
STYLES = {'Regular': 'regular', 'Italic': 'italic', 'Bold': 'bold', 'BoldItalic': 'bold-italic'}
CODE_POINTS = [0x2011, 0x202F]


def supplement(style: str) -> TTFont:
    font = TTFont(SOURCE / f'LiberationSerif-{style}.ttf')
    for table in font['cmap'].tables:
        if table.isUnicode() and 0x2010 in table.cmap:
            table.cmap[0x2011] = table.cmap[0x2010]
    options = Options()
    options.flavor = 'woff2'
    options.name_IDs = [0, 13, 14]  # copyright, licence, licence URL
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=CODE_POINTS)
    subsetter.subset(font)
    names = font['name']
    subfamily = {'Regular': 'Regular', 'Italic': 'Italic', 'Bold': 'Bold', 'BoldItalic': 'Bold Italic'}[style]
    names.setName(FAMILY, 1, 3, 1, 0x409)
    names.setName(subfamily, 2, 3, 1, 0x409)
    names.setName(f'{FAMILY} {subfamily}', 4, 3, 1, 0x409)
    names.setName(f'PenholderTimesSupplement-{style}', 6, 3, 1, 0x409)
    font.flavor = 'woff2'
    return font


for style, name in STYLES.items():
    out = TARGET / f'penholder-times-supplement-{name}.woff2'
    supplement(style).save(out)
    print(out, out.stat().st_size, 'bytes')
