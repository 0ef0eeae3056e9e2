-- 月度统计报表: one row per county, month and procedure, computed once after the month ends. Cities are the sum
-- of their counties at reading time, so a county's late correction needs no second write.
CREATE TABLE monthly_report (
  county_code       VARCHAR(6)    NOT NULL,
  report_month      VARCHAR(7)    NOT NULL,
  procedure_key     VARCHAR(60)   NOT NULL,
  received          INT           NOT NULL,
  granted           INT           NOT NULL,
  refused           INT           NOT NULL,
  amount_paid       DECIMAL(14,2) NOT NULL,
  steps_done        INT           NOT NULL,
  step_working_days INT           NOT NULL,
  overdue_steps     INT           NOT NULL,
  computed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (county_code, report_month, procedure_key)
);
