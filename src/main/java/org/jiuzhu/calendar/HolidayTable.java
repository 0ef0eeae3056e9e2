package org.jiuzhu.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The State Council's holiday arrangements, as read from a CSV file with the header
 * {@code date,kind,name_zh,name_en}: {@code off} marks a public holiday, {@code work} a weekend
 * day declared a working day (调休). Immutable.
 */
public final class HolidayTable {

  static final String HEADER = "date,kind,name_zh,name_en";
  private static final int COLUMNS = 4;

  /** true for a declared working day, false for a public holiday. */
  private final Map<LocalDate, Boolean> workingByDate;
  private final Set<Integer> years;

  private HolidayTable(Map<LocalDate, Boolean> workingByDate) {
    this.workingByDate = Map.copyOf(workingByDate);
    TreeSet<Integer> covered = new TreeSet<>();
    workingByDate.keySet().forEach(date -> covered.add(date.getYear()));
    this.years = Collections.unmodifiableSortedSet(covered);
  }

  public static HolidayTable parse(String csv) {
    try {
      return parse(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen with a StringReader", e);
    }
  }

  /**
   * Reads the CSV to its end (the caller closes the reader). Malformed content throws
   * {@link IllegalArgumentException} whose message starts with the line number, so an admin can
   * find the mistake. Blank lines are ignored.
   */
  public static HolidayTable parse(Reader csv) throws IOException {
    Parser parser = new Parser();
    BufferedReader lines = new BufferedReader(csv);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      parser.accept(line);
    }
    return parser.finish();
  }

  /** A public holiday (even if it falls on a weekday). */
  public boolean isOffDay(LocalDate date) {
    return Boolean.FALSE.equals(workingByDate.get(date));
  }

  /** A weekend day the State Council declared a working day (调休). */
  public boolean isExtraWorkingDay(LocalDate date) {
    return Boolean.TRUE.equals(workingByDate.get(date));
  }

  public boolean covers(int year) {
    return years.contains(year);
  }

  /** The years that appear in the file, ascending. */
  public Set<Integer> years() {
    return years;
  }

  private static final class Parser {
    private final Map<LocalDate, Boolean> workingByDate = new HashMap<>();
    private final Map<LocalDate, Integer> lineByDate = new HashMap<>();
    private int lineNumber;
    private boolean headerSeen;

    void accept(String line) {
      lineNumber++;
      // Spreadsheet programs like to save UTF-8 with a byte-order mark.
      String text = (lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
      if (text.isEmpty()) {
        return;
      }
      if (!headerSeen) {
        if (!text.equals(HEADER)) {
          throw problem("expected the header '" + HEADER + "' but found '" + text + "'");
        }
        headerSeen = true;
        return;
      }
      String[] fields = text.split(",", -1);
      if (fields.length != COLUMNS) {
        throw problem("expected " + COLUMNS + " columns (" + HEADER + ") but found " + fields.length);
      }
      add(parseDate(fields[0].strip()), parseKind(fields[1].strip()));
    }

    // Repeating a line is harmless; listing one date as both kinds is a mistake to point out.
    private void add(LocalDate date, boolean working) {
      Boolean earlier = workingByDate.putIfAbsent(date, working);
      if (earlier == null) {
        lineByDate.put(date, lineNumber);
      } else if (earlier != working) {
        throw problem(date + " is listed with the other kind on line " + lineByDate.get(date));
      }
    }

    private LocalDate parseDate(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw problem("bad date '" + text + "' (expected yyyy-MM-dd)");
      }
    }

    private boolean parseKind(String text) {
      return switch (text) {
        case "off" -> false;
        case "work" -> true;
        default -> throw problem("unknown kind '" + text + "' (expected off or work)");
      };
    }

    private IllegalArgumentException problem(String what) {
      return new IllegalArgumentException("line " + lineNumber + ": " + what);
    }

    HolidayTable finish() {
      if (!headerSeen) {
        throw new IllegalArgumentException("no content: expected the header '" + HEADER + "'");
      }
      return new HolidayTable(workingByDate);
    }
  }
}
