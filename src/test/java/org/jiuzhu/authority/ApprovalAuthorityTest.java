package org.jiuzhu.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of processes/approval-authority.dmn (审核确认权限下放), evaluated as deployed. */
class ApprovalAuthorityTest {

  static DmnDecision decision;
  static DmnEngine dmn;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/approval-authority.dmn"))) {
      decision = dmn.parseDecision(DecideApprovalLevel.DECISION, in);
    }
  }

  @ParameterizedTest(name = "{0} {1} yuan, standard {2}, 一事一议 {3} → {4}")
  @CsvSource({
      "EMERGENCY,   1000.00, 760.00, false, TOWNSHIP",
      "EMERGENCY,   1000.01, 760.00, false, COUNTY",
      "EMERGENCY,    200.00, 760.00, true,  COUNTY",
      "EXPENDITURE, 4560.00, 760.00, false, TOWNSHIP",
      "EXPENDITURE, 4560.01, 760.00, false, COUNTY",
      "EXPENDITURE, 3000.00, 400.00, false, COUNTY",
      "EXPENDITURE,  100.00, 760.00, true,  COUNTY"})
  void decidesTheLevel(String kind, BigDecimal amount, BigDecimal urbanStandard, boolean caseByCase, String level) {
    String decided = dmn.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue("assistanceKind", kind).putValue("caseByCase", caseByCase)
            .putValue("amount", amount).putValue("urbanDibaoStandard", urbanStandard))
        .getSingleEntry();

    assertThat(decided).isEqualTo(level);
  }
}
