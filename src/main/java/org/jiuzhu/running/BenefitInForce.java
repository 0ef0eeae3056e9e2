package org.jiuzhu.running;

import java.math.BigDecimal;
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
 * case gets its share of the standard, never above the person's own gap. Enrolment (dibao-application) assesses
 * and fixes its benefit by this same rule for the month of enrolment, so what it finds is what the case pays.
 */
@Component
public class BenefitInForce {

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
  public Month month(YearMonth month) {
    return new Month(month.atDay(1));
  }

  public final class Month {

    private final LocalDate first;
    private final Map<String, LocalStandard> standardOf = new HashMap<>();
    private final Map<String, BigDecimal> shareOf = new HashMap<>();

    private Month(LocalDate first) {
      this.first = first;
    }

    BigDecimal of(RunningCase c, List<CaseMember> members) {
      long standard = standardFen(c.countyCode(), c.residence());
      DibaoBenefit.Result result = of(c.countyCode(), c.residence(), members.stream().map(CaseMember::person).toList());
      if (c.singlePersonShare() == null) {
        return result.benefit();
      }
      return DibaoBenefit.yuan(DibaoBenefit.singlePerson(standard, c.singlePersonShare(), result));
    }

    /** The county's urban or rural (residence RURAL) 低保 standard on the month's first day, fen. */
    public long standardFen(String county, String residence) {
      LocalStandard inForce = inForce(county);
      return DibaoBenefit.fen("RURAL".equals(residence) ? inForce.ruralDibao() : inForce.urbanDibao());
    }

    /** The benefit of these people by the county's standard, minimum wage and extra shares of the month. */
    public DibaoBenefit.Result of(String county, String residence, List<DibaoBenefit.Person> people) {
      return DibaoBenefit.of(people, first, standardFen(county, residence), DibaoBenefit.fen(inForce(county).minimumWage()),
          category -> shareOf.computeIfAbsent(county + category, key -> share(county, category)));
    }

    private LocalStandard inForce(String county) {
      return standardOf.computeIfAbsent(county, c -> standards.inForce(c, first)
          .orElseThrow(() -> new IllegalStateException("县（市、区）" + c + " 在 " + first + " 没有生效的低保标准")));
    }
  }

  private BigDecimal share(String county, KeyCategory category) {
    return CountyShares.of(decisions, KEY_MEMBER_SHARE, county, category.name());
  }
}
