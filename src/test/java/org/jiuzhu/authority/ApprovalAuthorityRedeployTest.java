package org.jiuzhu.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.jiuzhu.deployment.ModelDeployer;
import org.jiuzhu.deployment.ModelsProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An admin revises the authority table and redeploys it: new decisions follow it, with no rebuild. */
@SpringBootTest
@ActiveProfiles("test")
class ApprovalAuthorityRedeployTest {

  @Autowired ModelDeployer deployer;
  @Autowired DecisionService decisions;

  @Test
  void aRevisedTableDecidesNewCases(@TempDir Path installation) throws Exception {
    Path processes = Files.createDirectories(installation.resolve("processes"));
    Path forms = Files.createDirectories(installation.resolve("forms"));
    Path table = processes.resolve("approval-authority.dmn");
    String original = Files.readString(Path.of("processes/approval-authority.dmn"));
    Files.writeString(table, original);
    deployer.deploy(new ModelsProperties(processes, forms));
    assertThat(levelFor("1200.00")).isEqualTo("COUNTY");

    try {
      // A decree raises the township's authority for emergency assistance to 1,500 yuan.
      Files.writeString(table, original.replace("<text>&lt;= 1000</text>", "<text>&lt;= 1500</text>"));
      deployer.deploy(new ModelsProperties(processes, forms));
      assertThat(levelFor("1200.00")).isEqualTo("TOWNSHIP");
      assertThat(levelFor("1500.01")).isEqualTo("COUNTY");
    } finally {
      Files.writeString(table, original);
      deployer.deploy(new ModelsProperties(processes, forms));
    }
    assertThat(levelFor("1200.00")).isEqualTo("COUNTY");
  }

  /** The latest deployed table, as the decideApprovalLevel delegate evaluates it for a new case. */
  private String levelFor(String amount) {
    return decisions.evaluateDecisionTableByKey(DecideApprovalLevel.DECISION)
        .variables(Variables.createVariables().putValue("assistanceKind", "EMERGENCY").putValue("caseByCase", false)
            .putValue("amount", new BigDecimal(amount)).putValue("urbanDibaoStandard", new BigDecimal("760.00")))
        .evaluate().getSingleEntry();
  }
}
