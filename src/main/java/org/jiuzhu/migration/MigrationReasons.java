package org.jiuzhu.migration;

/** Why a case cannot move, for an admin who reads Chinese; the engine's own words kept for what is rarer. */
final class MigrationReasons {

  /** The engine's failure for a step the plan maps to nothing (NoUnmappedLeafInstanceValidator). */
  static final String NO_INSTRUCTION = "There is no migration instruction for this instance's activity";

  private MigrationReasons() {
  }

  /** @param step the step's name in the case's version; null for the case as a whole */
  static String of(String step, String engineFailure) {
    String where = step == null ? "案件" : "“" + step + "”";
    if (NO_INSTRUCTION.equals(engineFailure)) {
      return where + "在新版本中没有对应环节";
    }
    return where + "无法迁移（引擎：" + engineFailure + "）";
  }
}
