package org.jiuzhu.household;

/**
 * The assets the low-income test counts (002 §二(一): 现金、存款、有价证券及债权), each recorded as its own
 * declared yuan variable.
 */
public enum AssetKind {
  CASH("householdCash", "现金"),
  DEPOSITS("householdDeposits", "存款"),
  SECURITIES("householdSecurities", "有价证券"),
  CLAIMS("householdClaims", "债权");

  private final String variable;
  private final String label;

  AssetKind(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }
}
