package org.jiuzhu.fasttrack;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.fasttrack.ThreeLevelArchive.Level;
import org.springframework.stereotype.Component;

/** 三级备档: once the county has filed its record, the case is archived with its village, township and county. */
@Component("fileThreeLevelArchives")
class FileThreeLevelArchives implements JavaDelegate {

  private final ThreeLevelArchive archive;

  FileThreeLevelArchives(ThreeLevelArchive archive) {
    this.archive = archive;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    OffsetDateTime now = ChinaClock.nowOffset();
    archive.file(new ThreeLevelArchive.Entry(key, Level.VILLAGE, (String) execution.getVariable("villageCode"), now));
    archive.file(new ThreeLevelArchive.Entry(key, Level.TOWNSHIP, (String) execution.getVariable("townshipCode"), now));
    archive.file(new ThreeLevelArchive.Entry(key, Level.COUNTY, (String) execution.getVariable("countyCode"), now));
  }
}
