package org.jiuzhu.registry;

import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.audit.AuditTrail;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.registry.RegisterCsv.LineProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a register list all or nothing: every line is entered in one transaction, each behind its own savepoint so
 * that a person already enrolled in the province (before or earlier in the file) is reported with its line, and
 * any problem rolls the whole import back. The import is audited either way, with counts only.
 */
@Service
public class RegisterImport {

  /** What an import did: the lines entered, or the problems that stopped it. */
  public record Report(int imported, List<LineProblem> problems) {
  }

  static final String AUDIT_KEY = "REGISTER-IMPORT";

  private final Registers registers;
  private final PersonalDataVault vault;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;

  RegisterImport(Registers registers, PersonalDataVault vault, AuditTrail audit,
      PlatformTransactionManager transactionManager) {
    this.registers = registers;
    this.vault = vault;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  public Report run(String csv, String userId) {
    RegisterCsv.Parsed parsed = RegisterCsv.parse(csv, vault::hashOf);
    Report report = parsed.problems().isEmpty()
        ? transaction.execute(status -> {
          Report entered = enter(parsed);
          if (!entered.problems().isEmpty()) {
            status.setRollbackOnly();
          }
          return entered;
        })
        : new Report(0, parsed.problems());
    transaction.executeWithoutResult(status -> audit.record(userId, AUDIT_KEY, null, "导入低保、特困、建档立卡/脱贫·监测名册",
        report.problems().isEmpty() ? "导入" + report.imported() + "条"
            : "未导入：" + report.problems().size() + "处问题，首个在第" + report.problems().get(0).line() + "行"));
    return report;
  }

  private Report enter(RegisterCsv.Parsed parsed) {
    List<LineProblem> problems = new ArrayList<>();
    for (int i = 0; i < parsed.enrolments().size(); i++) {
      if (!registers.enrol(parsed.enrolments().get(i))) {
        problems.add(new LineProblem(parsed.lineNumbers().get(i), "id_number",
            "该人员在该省已有未结束的登记（或同一登记已存在）"));
      }
    }
    return new Report(problems.isEmpty() ? parsed.enrolments().size() : 0, problems);
  }
}
