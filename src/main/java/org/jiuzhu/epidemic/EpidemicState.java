package org.jiuzhu.epidemic;

import org.springframework.stereotype.Component;

/** A county's epidemic state for models: {@code ${epidemic.endedIn(countyCode)}}. */
@Component("epidemic")
public class EpidemicState {

  private final EpidemicEnds ends;

  EpidemicState(EpidemicEnds ends) {
    this.ends = ends;
  }

  /** Whether the county's epidemic has been declared ended. */
  public boolean endedIn(String countyCode) {
    return ends.of(countyCode).isPresent();
  }
}
