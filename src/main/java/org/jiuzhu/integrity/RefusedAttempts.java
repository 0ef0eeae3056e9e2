package org.jiuzhu.integrity;

import org.jiuzhu.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes refused attempts into the audit trail in a transaction of their own: the attempt itself rolls back,
 * its record must not.
 */
@Component
class RefusedAttempts {

  private final AuditTrail trail;
  private final TransactionTemplate ownTransaction;

  RefusedAttempts(AuditTrail trail, PlatformTransactionManager transactions) {
    this.trail = trail;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void record(String userId, Audited.Note attempt) {
    ownTransaction.executeWithoutResult(status ->
        trail.record(userId, attempt.businessKey(), attempt.countyCode(), attempt.action(), attempt.detail()));
  }
}
