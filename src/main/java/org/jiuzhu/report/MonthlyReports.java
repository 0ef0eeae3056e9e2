package org.jiuzhu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stored monthly figures of a county, or of a city as the sum of its counties. */
@Repository
public class MonthlyReports {

  private final JdbcClient jdbc;
  private final OrgUnits units;

  public MonthlyReports(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /** One procedure's line of the report; the average is null when no step was done in the month. */
  public record Line(String procedureKey, long received, long granted, long refused, BigDecimal amountPaid,
      BigDecimal averageStepWorkingDays, long overdueSteps) {
  }

  /** The cities that report: those with a county under them. */
  public List<String> cityCodes() {
    return units.all().stream().filter(u -> u.level() == OrgLevel.CITY)
        .filter(city -> units.all().stream().anyMatch(u -> u.level() == OrgLevel.COUNTY
            && city.code().equals(u.parentCode())))
        .map(u -> u.code()).sorted().toList();
  }

  /** {@code code} is a county's (6 digits) or a city's (4 digits): a city's counties share its code as prefix. */
  public List<Line> of(String code, YearMonth month) {
    return jdbc.sql("""
            SELECT procedure_key, SUM(received), SUM(granted), SUM(refused), SUM(amount_paid), SUM(steps_done),
              SUM(step_working_days), SUM(overdue_steps)
            FROM monthly_report WHERE report_month = ? AND county_code LIKE ?
            GROUP BY procedure_key ORDER BY procedure_key""")
        .params(month.toString(), code + "%")
        .query((rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getBigDecimal(5).setScale(2), average(rs.getLong(7), rs.getLong(6)), rs.getLong(8)))
        .list();
  }

  private static BigDecimal average(long days, long steps) {
    return steps == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(steps), 1, RoundingMode.HALF_UP);
  }
}
