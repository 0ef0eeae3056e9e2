-- 抄送: who a case was copied to (a unit's group or one person), by whom and why. Read access only; the engine's
-- grants carry the access itself, this table tells the timeline who may read it. Copying twice stores once.
CREATE TABLE case_copy (
  business_key VARCHAR(40)  NOT NULL,
  recipient    VARCHAR(80)  NOT NULL,
  copied_by    VARCHAR(64)  NOT NULL,
  copied_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  note         VARCHAR(500),
  PRIMARY KEY (business_key, recipient)
);
