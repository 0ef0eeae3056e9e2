package org.jiuzhu.epidemic;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Whether and when a county's epidemic was declared ended, by whom: for any member of staff (the state is public). */
@RestController
class EpidemicEndController {

  private final EpidemicEnds ends;

  EpidemicEndController(EpidemicEnds ends) {
    this.ends = ends;
  }

  @GetMapping("/api/epidemic-ends/{countyCode}")
  EpidemicEnds.End of(@PathVariable String countyCode) {
    return ends.of(countyCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "县（市、区）" + countyCode + " 尚未宣布疫情结束"));
  }
}
