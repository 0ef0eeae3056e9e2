package org.jiuzhu.household;

import java.math.BigDecimal;

/**
 * 家庭成员. The clear ID number lives only while the household is checked; what a case keeps is the vault
 * reference and the masked number (see {@link Household#toJson}), and a household read back from a case
 * ({@link Household#fromKept}) holds the reference in {@code idNumber}.
 *
 * @param disabilityGrade 1 (most severe) to 4, null without a disability certificate
 * @param disabilityKind  null without a disability certificate
 */
public record Member(Relation relation, String idNumber, BigDecimal monthlyIncome, boolean worksAway,
    Integer disabilityGrade, DisabilityKind disabilityKind, boolean seriousIllness) {

  /** 重残人员 (002 §二(一)): certificate grade 1 or 2, or grade 3 intellectual or mental. */
  public boolean seriouslyDisabled() {
    return disabilityGrade != null && (disabilityGrade <= 2
        || disabilityGrade == 3 && (disabilityKind == DisabilityKind.INTELLECTUAL || disabilityKind == DisabilityKind.MENTAL));
  }
}
