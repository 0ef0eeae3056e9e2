package org.jiuzhu.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.springframework.stereotype.Component;

/** 存档备案: files the closed case, with its outcome, with the township that handled it. */
@Component("archiveCase")
class ArchiveCase implements JavaDelegate {

  private final CaseArchive archive;

  ArchiveCase(CaseArchive archive) {
    this.archive = archive;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String procedureKey = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    archive.file(new CaseArchive.Entry(execution.getProcessBusinessKey(), procedureKey,
        (String) execution.getVariable("townshipCode"), (String) execution.getVariable("outcome"),
        ChinaClock.nowOffset()));
  }
}
