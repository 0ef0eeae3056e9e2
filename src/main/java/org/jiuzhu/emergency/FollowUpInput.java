package org.jiuzhu.emergency;

import static org.jiuzhu.emergency.P2Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jiuzhu.validation.InvalidInputException;
import org.jiuzhu.validation.Problem;
import org.jiuzhu.validation.Values;
import org.springframework.stereotype.Component;

/**
 * 补齐手续 on completion (002 §四(一): 急难情况缓解后补齐经办人员签字、盖章手续): the handlers are named and the
 * sign-off confirmed; a note is optional.
 */
@Component("emergencyFollowUpInput")
class FollowUpInput implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<Problem> problems = new ArrayList<>();
    String handlers = Values.text(task.getVariable(HANDLER_NAMES), HANDLER_NAMES, 200, problems);
    Boolean signedOff = Values.bool(task.getVariable(SIGNED_OFF), SIGNED_OFF, problems);
    if (Boolean.FALSE.equals(signedOff)) {
      problems.add(new Problem(SIGNED_OFF, "须补齐经办人员签字、盖章手续后再办结"));
    }
    Object note = task.getVariable(FOLLOW_UP_NOTE);
    String followUpNote = note == null || "".equals(note) ? null
        : Values.text(note, FOLLOW_UP_NOTE, 2000, problems);
    InvalidInputException.throwIfAny("补齐手续", problems);
    task.getExecution().setVariable(HANDLER_NAMES, handlers);
    task.getExecution().setVariable(SIGNED_OFF, true);
    if (followUpNote != null) {
      task.getExecution().setVariable(FOLLOW_UP_NOTE, followUpNote);
    }
  }
}
