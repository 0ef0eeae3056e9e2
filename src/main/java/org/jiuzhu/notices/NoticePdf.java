package org.jiuzhu.notices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jiuzhu.notices.PrintedNotice.Block;
import org.jiuzhu.notices.PrintedNotice.Paragraph;
import org.jiuzhu.notices.PrintedNotice.Table;

/** Lays a {@link PrintedNotice} out on A4 pages as PDF, the font embedded, breaking lines and pages as needed. */
public final class NoticePdf {

  private static final float MARGIN = 72;
  private static final float TITLE_SIZE = 20;
  private static final float TEXT_SIZE = 12;
  private static final float LEADING = 22;
  private static final float TABLE_SIZE = 10;
  private static final float TABLE_LEADING = 15;
  private static final float CELL_PAD = 4;
  /** Shown for a character the typeface lacks (a rare name character), so the notice still prints. */
  private static final String MISSING = "□";
  /** Punctuation that may not begin a line (避头点): it stays at the end of the line before. */
  private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)";

  private NoticePdf() {
  }

  public static byte[] render(PrintedNotice notice) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(notice.caseNumber() == null ? notice.title() : notice.title() + " " + notice.caseNumber());
      info.setAuthor(notice.unitName());
      new Writer(document, NoticeFont.load(document)).write(notice);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    private final PDDocument document;
    private final PDType0Font font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;

    Writer(PDDocument document, PDType0Font font) {
      this.document = document;
      this.font = font;
    }

    void write(PrintedNotice notice) throws IOException {
      newPage();
      try {
        centred(notice.title(), TITLE_SIZE);
        y -= LEADING;
        if (notice.caseNumber() != null) {
          line("案件编号：" + notice.caseNumber(), MARGIN, TEXT_SIZE);
        }
        if (notice.addressee() != null) {
          line(notice.addressee() + "：", MARGIN, TEXT_SIZE);
        }
        for (Block block : notice.body()) {
          if (block instanceof Paragraph p) {
            paragraph(p.text());
          } else if (block instanceof Table t) {
            table(t);
          }
        }
        y -= 2 * LEADING;
        rightAligned(notice.unitName());
        rightAligned(notice.dateText());
      } finally {
        page.close();
      }
    }

    private void newPage() throws IOException {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void room(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    private void paragraph(String text) throws IOException {
      for (String part : text.split("\\R")) {
        List<String> lines = wrap("　　" + part.strip(), width, TEXT_SIZE);
        for (String l : lines) {
          line(l, MARGIN, TEXT_SIZE);
        }
      }
    }

    private void centred(String text, float size) throws IOException {
      String shown = printable(text);
      line(shown, MARGIN + (width - widthOf(shown, size)) / 2, size);
    }

    private void rightAligned(String text) throws IOException {
      String shown = printable(text);
      line(shown, MARGIN + width - widthOf(shown, TEXT_SIZE) - 2 * TEXT_SIZE, TEXT_SIZE);
    }

    private void line(String text, float x, float size) throws IOException {
      room(LEADING);
      y -= LEADING;
      show(printable(text), x, y, size);
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
      page.beginText();
      page.setFont(font, size);
      page.newLineAtOffset(x, baseline);
      page.showText(text);
      page.endText();
    }

    private void table(Table table) throws IOException {
      float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
      float[] columns = new float[table.widths().size()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = width * table.widths().get(i) / total;
      }
      y -= LEADING / 2;
      row(table.headings(), columns);
      for (List<String> cells : table.rows()) {
        row(cells, columns);
      }
    }

    private void row(List<String> cells, float[] columns) throws IOException {
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < columns.length; i++) {
        List<String> w = wrap(i < cells.size() ? cells.get(i) : "", columns[i] - 2 * CELL_PAD, TABLE_SIZE);
        wrapped.add(w);
        lines = Math.max(lines, w.size());
      }
      float height = lines * TABLE_LEADING + 2 * CELL_PAD;
      room(height);
      float x = MARGIN;
      for (int i = 0; i < columns.length; i++) {
        page.addRect(x, y - height, columns[i], height);
        float baseline = y - CELL_PAD - TABLE_SIZE;
        for (String l : wrapped.get(i)) {
          show(l, x + CELL_PAD, baseline, TABLE_SIZE);
          baseline -= TABLE_LEADING;
        }
        x += columns[i];
      }
      page.setLineWidth(0.5f);
      page.stroke();
      y -= height;
    }

    /** Breaks text into lines no wider than {@code max}, character by character, as Chinese is set. */
    private List<String> wrap(String text, float max, float size) throws IOException {
      String shown = printable(text);
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      int i = 0;
      while (i < shown.length()) {
        int cp = shown.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        boolean hangs = NO_LINE_START.contains(ch);
        if (!current.isEmpty() && !hangs && widthOf(current + ch, size) > max) {
          lines.add(current.toString());
          current.setLength(0);
        }
        current.append(ch);
        i += Character.charCount(cp);
      }
      if (!current.isEmpty() || lines.isEmpty()) {
        lines.add(current.toString());
      }
      return lines;
    }

    private float widthOf(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with control characters dropped and characters the typeface lacks shown as □. */
    private String printable(String text) {
      StringBuilder out = new StringBuilder();
      (text == null ? "" : text).codePoints().forEach(cp -> {
        if (Character.isISOControl(cp)) {
          return;
        }
        String ch = new String(Character.toChars(cp));
        try {
          font.encode(ch);
          out.append(ch);
        } catch (IllegalArgumentException | IOException e) {
          out.append(MISSING);
        }
      });
      return out.toString();
    }
  }
}
