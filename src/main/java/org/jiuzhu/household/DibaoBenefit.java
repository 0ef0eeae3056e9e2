package org.jiuzhu.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The monthly 低保 benefit of a household in care (P6, 002 §一(一)(三)), in whole fen:
 * <ul>
 * <li>按差额据实核算: standard × size − the household's counted income (the same as (standard − per-capita
 * income) × size, without dividing), nothing when the income reaches the standard;</li>
 * <li>务工成本扣减: a member who works away has (minimum wage − standard) deducted from their income, never below
 * zero;</li>
 * <li>重点对象增发: each seriously ill, seriously disabled, aged 70+ or minor member adds the county's share of the
 * standard, rounded half up to the fen. A member who falls in several categories counts once, at the highest
 * share (the texts name categories of people, not cumulative supplements).</li>
 * </ul>
 * Ages are taken on the month's first day, the day whose standard applies, so a member turning 70 or 18 changes
 * the next month's benefit on their own.
 */
public final class DibaoBenefit {

  /** 重点对象 categories whose extra share the county sets (table dibao-key-member-share). */
  public enum KeyCategory { SERIOUS_ILLNESS, SERIOUS_DISABILITY, AGED_70_OR_MORE, MINOR }

  static final int AGED = 70;
  static final int ADULT = 18;

  /** A member as the benefit sees them; income in fen. */
  public record Person(long monthlyIncomeFen, boolean worksAway, LocalDate birthDate, boolean seriouslyIll,
      boolean seriouslyDisabled) {

    public Person {
      if (monthlyIncomeFen < 0) {
        throw new IllegalArgumentException("monthly income is never negative");
      }
    }

    /** A household member born on that day (the birth date is part of their ID number). */
    public static Person of(Member m, LocalDate birthDate) {
      return new Person(fen(m.monthlyIncome()), m.worksAway(), birthDate, m.seriousIllness(), m.seriouslyDisabled());
    }

    public Set<KeyCategory> categoriesOn(LocalDate day) {
      Set<KeyCategory> categories = EnumSet.noneOf(KeyCategory.class);
      if (seriouslyIll) {
        categories.add(KeyCategory.SERIOUS_ILLNESS);
      }
      if (seriouslyDisabled) {
        categories.add(KeyCategory.SERIOUS_DISABILITY);
      }
      int age = Period.between(birthDate, day).getYears();
      if (age >= AGED) {
        categories.add(KeyCategory.AGED_70_OR_MORE);
      }
      if (age < ADULT) {
        categories.add(KeyCategory.MINOR);
      }
      return categories;
    }
  }

  /** The benefit and its parts, all in fen: benefit = gap + extras, or 0 when the gap is 0. */
  public record Result(long countedIncomeFen, long gapFen, long extrasFen, long benefitFen) {

    public BigDecimal benefit() {
      return yuan(benefitFen);
    }
  }

  private DibaoBenefit() {
  }

  /**
   * @param month    the month's first day: ages are taken on it
   * @param standard the 低保 standard in force on that day, fen per person and month
   * @param minimumWage the county's minimum wage in force on that day, fen per month
   * @param share    the county's extra share of the standard for a category (0 to 1)
   */
  public static Result of(List<Person> members, LocalDate month, long standard, long minimumWage,
      Function<KeyCategory, BigDecimal> share) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a household has at least one member");
    }
    long workCost = Math.max(0, minimumWage - standard);
    long counted = 0;
    long extras = 0;
    for (Person p : members) {
      counted += p.worksAway() ? Math.max(0, p.monthlyIncomeFen() - workCost) : p.monthlyIncomeFen();
      extras += p.categoriesOn(month).stream()
          .mapToLong(c -> BigDecimal.valueOf(standard).multiply(share.apply(c))
              .setScale(0, RoundingMode.HALF_UP).longValueExact())
          .max().orElse(0);
    }
    long gap = Math.max(0, standard * members.size() - counted);
    // Extras are for a household in care: one whose counted income reached the standard gets nothing.
    return new Result(counted, gap, gap == 0 ? 0 : extras, gap == 0 ? 0 : gap + extras);
  }

  /**
   * 单人户 (002 §二(一)): the county's share of the standard for the person's category, never above the person's own
   * gap (原则上不得高于按户保障同类对象水平), in fen.
   *
   * @param alone the person's own benefit by {@link #of}
   */
  public static long singlePerson(long standard, BigDecimal share, Result alone) {
    long ofStandard = BigDecimal.valueOf(standard).multiply(share).setScale(0, RoundingMode.HALF_UP).longValueExact();
    return Math.min(ofStandard, alone.gapFen());
  }

  /** Yuan with two decimals to fen, exactly; more decimals are refused. */
  public static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  public static BigDecimal yuan(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }
}
