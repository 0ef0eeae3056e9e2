package org.jiuzhu.running;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.jiuzhu.household.DibaoBenefit;
import org.jiuzhu.household.DibaoBenefit.KeyCategory;
import org.jiuzhu.standards.CountyShares;
import org.jiuzhu.standards.LocalStandard;
import org.jiuzhu.standards.LocalStandards;
import org.springframework.stereotype.Component;

/**
 * A running case's benefit for a month: its household facts against the county's standard in force on the
 * month's first day (urban or rural by residence), with the county's extra shares (dibao-key-member-share). A 单人户
 * case gets its share of the standard, never above the person's own gap (as at enrolment).
 */
@Component
class BenefitInForce {

  static final String KEY_MEMBER_SHARE = "dibao-key-member-share";

  private final LocalStandards standards;
  private final DecisionService decisions;

  BenefitInForce(LocalStandards standards, DecisionService decisions) {
    this.standards = standards;
    this.decisions = decisions;
  }

  BigDecimal of(RunningCase c, List<CaseMember> members, YearMonth month) {
    return month(month).of(c, members);
  }

  /** The benefits of one month; each county's standard and shares are read once, however many cases follow. */
  Month month(YearMonth month) {
    return new Month(month.atDay(1));
  }

  final class Month {

    private final LocalDate first;
    private final Map<String, LocalStandard> standardOf = new HashMap<>();
    private final Map<String, BigDecimal> shareOf = new HashMap<>();

    private Month(LocalDate first) {
      this.first = first;
    }

    BigDecimal of(RunningCase c, List<CaseMember> members) {
      LocalStandard inForce = standardOf.computeIfAbsent(c.countyCode(), county -> standards.inForce(county, first)
          .orElseThrow(() -> new IllegalStateException("县（市、区）" + county + " 在 " + first + " 没有生效的低保标准")));
      long standard = DibaoBenefit.fen("RURAL".equals(c.residence()) ? inForce.ruralDibao() : inForce.urbanDibao());
      List<DibaoBenefit.Person> people = members.stream().map(CaseMember::person).toList();
      DibaoBenefit.Result result = DibaoBenefit.of(people, first, standard, DibaoBenefit.fen(inForce.minimumWage()),
          category -> shareOf.computeIfAbsent(c.countyCode() + category, key -> share(c.countyCode(), category)));
      if (c.singlePersonShare() == null) {
        return result.benefit();
      }
      BigDecimal share = DibaoBenefit.yuan(standard).multiply(c.singlePersonShare()).setScale(2, RoundingMode.HALF_UP);
      return share.min(DibaoBenefit.yuan(result.gapFen()));
    }
  }

  private BigDecimal share(String county, KeyCategory category) {
    return CountyShares.of(decisions, KEY_MEMBER_SHARE, county, category.name());
  }
}
