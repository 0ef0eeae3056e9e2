package org.jiuzhu.expenditure;

import static org.jiuzhu.expenditure.P3Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.registry.ApplicantInDibao;
import org.springframework.stereotype.Component;

/**
 * 核对低保、特困身份 (002 §四(二): no income and property check for them). A declaration is confirmed only by the
 * 低保 register; the system holds no 特困 register, so a declaration it cannot confirm (including 特困) gets the
 * township's 家庭经济状况核对, where the township records what it found. Sets dibaoOrTekunConfirmed.
 */
@Component("checkDibaoOrTekun")
class CheckDibaoOrTekun implements JavaDelegate {

  private final ApplicantInDibao inDibao;

  CheckDibaoOrTekun(ApplicantInDibao inDibao) {
    this.inDibao = inDibao;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean confirmed = Boolean.TRUE.equals(execution.getVariable(DIBAO_OR_TEKUN))
        && inDibao.today((String) execution.getVariable("applicantRef"));
    execution.setVariable(DIBAO_OR_TEKUN_CONFIRMED, confirmed);
  }
}
