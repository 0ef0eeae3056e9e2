package org.jiuzhu.validation;

import java.util.List;
import java.util.Map;

/** The materials check of one procedure, applied to start variables before the engine sees them. */
public interface StartCheck {

  String processKey();

  /** What the start needs in the words of {@link InvalidInputException}, e.g. 申请材料. */
  String what();

  List<Problem> problems(Map<String, Object> variables);
}
