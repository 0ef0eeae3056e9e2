package org.jiuzhu.validation;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every failed command as an error with its stack trace. Rejected input is answered to the
 * person who entered it and is no fault of the system, so those entries are dropped from the log.
 */
public class RejectedInputLogFilter extends Filter<ILoggingEvent> {

  private static final String REJECTED = InvalidInputException.class.getName();

  @Override
  public FilterReply decide(ILoggingEvent event) {
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      if (REJECTED.equals(t.getClassName())) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
