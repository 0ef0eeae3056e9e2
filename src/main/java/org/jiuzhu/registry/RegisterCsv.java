package org.jiuzhu.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jiuzhu.personaldata.ResidentIdNumber;

/**
 * Another province's or the national system's register list, as an admin imports it: UTF-8 CSV with the header
 * {@code id_number,type,province_code,county_code,from,ended_on} and one entry a line: the 18-character ID number,
 * the register ({@code DIBAO}, {@code TEKUN}, or {@code POOR} and {@code MONITORED} for the 建档立卡/脱贫·监测 list),
 * the 2-digit province and 6-digit county code (in that province), the first day and, for a closed entry, the last
 * day ({@code yyyy-MM-dd}, empty while enrolled). A file with the poverty list adds the column {@code work_capacity}
 * ({@code FULL}, {@code PARTIAL} or {@code NONE}; empty on 低保 and 特困 lines). Every line is checked and every
 * problem reported with its line number (the header is line 1); problems never quote an ID number.
 */
public final class RegisterCsv {

  public static final String HEADER = "id_number,type,province_code,county_code,from,ended_on";
  public static final String HEADER_WITH_WORK_CAPACITY = HEADER + ",work_capacity";
  public static final int MAX_LINES = 100_000;

  /** A problem of one line (1 = the header) and column. */
  public record LineProblem(int line, String field, String rule) {
  }

  /** The enrolments read, or the problems; never both. */
  public record Parsed(List<Enrolment> enrolments, List<Integer> lineNumbers, List<LineProblem> problems) {
  }

  private RegisterCsv() {
  }

  /** @param hashOf the keyed hash of a valid ID number: the clear number goes no further than this */
  public static Parsed parse(String csv, Function<String, String> hashOf) {
    List<LineProblem> problems = new ArrayList<>();
    List<Enrolment> enrolments = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r?\n", -1);
    String header = lines[0].strip();
    if (!HEADER.equals(header) && !HEADER_WITH_WORK_CAPACITY.equals(header)) {
      problems.add(new LineProblem(1, "header", "首行须为 " + HEADER + "（含建档立卡/脱贫·监测名册的为 "
          + HEADER_WITH_WORK_CAPACITY + "）"));
      return new Parsed(List.of(), List.of(), problems);
    }
    if (lines.length - 1 > MAX_LINES) {
      problems.add(new LineProblem(1, "header", "一次最多导入" + MAX_LINES + "行"));
      return new Parsed(List.of(), List.of(), problems);
    }
    for (int i = 1; i < lines.length; i++) {
      int line = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      List<LineProblem> own = new ArrayList<>();
      Enrolment e = line(lines[i], header, line, hashOf, own);
      problems.addAll(own);
      if (e != null) {
        enrolments.add(e);
        numbers.add(line);
      }
    }
    if (problems.isEmpty() && enrolments.isEmpty()) {
      problems.add(new LineProblem(2, "id_number", "文件中没有登记记录"));
    }
    return problems.isEmpty() ? new Parsed(enrolments, numbers, List.of()) : new Parsed(List.of(), List.of(), problems);
  }

  private static Enrolment line(String text, String header, int line, Function<String, String> hashOf,
      List<LineProblem> problems) {
    String[] cells = text.split(",", -1);
    int columns = header.split(",").length;
    if (cells.length != columns) {
      problems.add(new LineProblem(line, "line", "须为" + columns + "列（" + header + "），实为" + cells.length + "列"));
      return null;
    }
    for (int c = 0; c < cells.length; c++) {
      cells[c] = cells[c].strip();
    }
    Optional<String> idProblem = ResidentIdNumber.problem(cells[0]);
    idProblem.ifPresent(rule -> problems.add(new LineProblem(line, "id_number", rule)));
    RegisterType type = null;
    try {
      type = RegisterType.valueOf(cells[1]);
    } catch (IllegalArgumentException unknown) {
      problems.add(new LineProblem(line, "type", "须为 DIBAO、TEKUN、POOR 或 MONITORED"));
    }
    WorkCapacity capacity = type == null ? null : workCapacity(type, columns == 7 ? cells[6] : "", line, problems);
    String province = cells[2];
    if (!province.matches("\\d{2}")) {
      problems.add(new LineProblem(line, "province_code", "须为2位省级行政区划代码"));
    }
    String county = cells[3];
    if (!county.matches("\\d{6}")) {
      problems.add(new LineProblem(line, "county_code", "须为6位县级行政区划代码"));
    } else if (!county.startsWith(province)) {
      problems.add(new LineProblem(line, "county_code", "不属于 province_code 所列省份"));
    }
    LocalDate from = date(cells[4], line, "from", true, problems);
    LocalDate ended = date(cells[5], line, "ended_on", false, problems);
    if (from != null && ended != null && ended.isBefore(from)) {
      problems.add(new LineProblem(line, "ended_on", "不能早于 from"));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Enrolment(hashOf.apply(cells[0]), type, province, county, from, ended, capacity);
  }

  /** Recorded on the poverty list, and only there. */
  private static WorkCapacity workCapacity(RegisterType type, String cell, int line, List<LineProblem> problems) {
    if (!type.poverty()) {
      if (!cell.isEmpty()) {
        problems.add(new LineProblem(line, "work_capacity", "低保、特困登记不填劳动能力"));
      }
      return null;
    }
    try {
      return WorkCapacity.valueOf(cell);
    } catch (IllegalArgumentException unknown) {
      problems.add(new LineProblem(line, "work_capacity", cell.isEmpty()
          ? "建档立卡/脱贫·监测登记须填劳动能力 FULL、PARTIAL 或 NONE（表头须含 work_capacity 列）"
          : "须为 FULL（有劳动能力）、PARTIAL（部分丧失）或 NONE（丧失劳动能力）"));
      return null;
    }
  }

  private static LocalDate date(String cell, int line, String field, boolean required, List<LineProblem> problems) {
    if (cell.isEmpty()) {
      if (required) {
        problems.add(new LineProblem(line, field, "必填（yyyy-MM-dd）"));
      }
      return null;
    }
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException notADate) {
      problems.add(new LineProblem(line, field, "须为日期（yyyy-MM-dd）"));
      return null;
    }
  }
}
