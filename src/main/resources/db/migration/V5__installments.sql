-- 一次审批、分次发放: the schedule an approval fixed, one row per installment. What was paid is in payment.
CREATE TABLE installment_plan (
  business_key VARCHAR(40)   NOT NULL,
  installment  INT           NOT NULL CHECK (installment >= 1),
  pay_on       DATE          NOT NULL,
  amount       DECIMAL(12,2) NOT NULL CHECK (amount > 0),
  status       VARCHAR(20)   NOT NULL CHECK (status IN ('PLANNED', 'STOPPED')),
  PRIMARY KEY (business_key, installment)
);

-- 停止发放: the written record of why the remaining installments of a case were stopped.
CREATE TABLE installment_stop (
  business_key VARCHAR(40)   PRIMARY KEY,
  reason       VARCHAR(4000) NOT NULL,
  paid_count   INT           NOT NULL CHECK (paid_count >= 0),
  stopped_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
