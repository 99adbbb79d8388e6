package org.cadre.reports.excel;

/** Fills of conditional formatting: Excel's own "Good", "Neutral" and "Bad" colours. */
public enum Fill {
  GOOD(0xC6, 0xEF, 0xCE),
  NEUTRAL(0xFF, 0xEB, 0x9C),
  BAD(0xFF, 0xC7, 0xCE);

  private final byte[] rgb;

  Fill(int red, int green, int blue) {
    this.rgb = new byte[] {(byte) red, (byte) green, (byte) blue};
  }

  byte[] rgb() {
    return rgb.clone();
  }
}
