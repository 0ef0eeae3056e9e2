package org.jiuzhu.fasttrack;

import java.util.List;

import org.jiuzhu.authority.CaseAccess;
import org.jiuzhu.authority.CaseRef;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A fast-track case's three-level archive records and, when its commitment proved untrue, its recovery (追回):
 * for the case's village, township and county, its supervisors and admins. A case the caller may not see is not
 * found.
 */
@RestController
class FastTrackController {

  /** @param recovery null unless the case ended in recovery */
  record FastTrackRecords(String businessKey, List<ThreeLevelArchive.Entry> archives, Recoveries.Recovery recovery) {
  }

  private final CaseAccess access;
  private final ThreeLevelArchive archive;
  private final Recoveries recoveries;

  FastTrackController(CaseAccess access, ThreeLevelArchive archive, Recoveries recoveries) {
    this.access = access;
    this.archive = archive;
    this.recoveries = recoveries;
  }

  @GetMapping("/api/fast-track/{businessKey}")
  FastTrackRecords records(@PathVariable String businessKey) {
    CaseRef c = access.visible(businessKey)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有案件 " + businessKey));
    if (!access.worksOn(c) && !access.supervises(c)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "备档和追回记录只供本案件的村（社区）、乡镇（街道）、县级和督办人员查看");
    }
    return new FastTrackRecords(businessKey, archive.of(businessKey), recoveries.of(businessKey).orElse(null));
  }
}
