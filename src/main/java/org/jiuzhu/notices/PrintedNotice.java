package org.jiuzhu.notices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A notice as it is printed: title, the case it concerns (none for a list), the person addressed, its body, and
 * the unit in whose name it is issued with the date. Plain data, rendered by {@link NoticePdf}.
 */
public record PrintedNotice(String title, String caseNumber, String addressee, List<Block> body, String unitName,
    LocalDate date) {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** A part of the body. */
  public sealed interface Block permits Paragraph, Table {
  }

  /** A paragraph, indented by two characters on its first line. */
  public record Paragraph(String text) implements Block {
  }

  /** A ruled table; {@code widths} are the columns' shares of the line. */
  public record Table(List<String> headings, List<List<String>> rows, List<Float> widths) implements Block {
  }

  public String dateText() {
    return DATE.format(date);
  }
}
