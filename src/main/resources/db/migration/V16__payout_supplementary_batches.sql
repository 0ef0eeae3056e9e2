-- 按月发放 补发批次: a township's month may be paid in more than one batch. A case enrolled into the township after its
-- batch of the month was released is paid in a further batch, which the county confirms like any batch. Rebuilt
-- under a new key (renaming and copying works alike on H2 and PostgreSQL); existing batches are the month's first.
ALTER TABLE payout_batch RENAME TO payout_batch_v9;
CREATE TABLE payout_batch (
  payout_month  VARCHAR(7)    NOT NULL,
  township_code VARCHAR(9)    NOT NULL,
  batch_no      INT           NOT NULL CHECK (batch_no > 0),
  status        VARCHAR(10)   NOT NULL CHECK (status IN ('PREPARED', 'RELEASED', 'HELD')),
  cases         INT           NOT NULL,
  amount        DECIMAL(14,2) NOT NULL,
  skipped       INT           NOT NULL,
  started_by    VARCHAR(64)   NOT NULL,
  confirmed_by  VARCHAR(64),
  note          VARCHAR(500),
  released_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (payout_month, township_code, batch_no)
);
INSERT INTO payout_batch (payout_month, township_code, batch_no, status, cases, amount, skipped, started_by,
  confirmed_by, note, released_at)
SELECT payout_month, township_code, 1, status, cases, amount, skipped, started_by, confirmed_by, note, released_at
FROM payout_batch_v9;
DROP TABLE payout_batch_v9;

-- The batch a line was counted in: a release pays exactly the lines whose totals the county confirmed.
ALTER TABLE payout_line ADD COLUMN batch_no INT;
UPDATE payout_line SET batch_no = 1 WHERE EXISTS (SELECT 1 FROM payout_batch b
  WHERE b.payout_month = payout_line.payout_month AND b.township_code = payout_line.township_code);
