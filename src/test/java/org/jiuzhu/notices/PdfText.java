package org.jiuzhu.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader (or a screen reader, or a search) gets out of a PDF: its text, lines joined. */
public final class PdfText {

  private PdfText() {
  }

  /** The text of every page, with line breaks removed so wrapped sentences read whole. */
  public static String of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertFontsEmbedded(document);
      return new PDFTextStripper().getText(document).replaceAll("\\R", "");
    }
  }

  /** Every font of the document is an embedded subset (a six-letter tag before its name, its file inside). */
  private static void assertFontsEmbedded(PDDocument document) throws IOException {
    for (var page : document.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
      }
    }
  }
}
