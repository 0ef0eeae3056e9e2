-- The unit in whose name a refusal was decided (the county when the county refused). Notices issued before
-- this column existed were the township's.
ALTER TABLE refusal_notice ADD COLUMN deciding_unit_code VARCHAR(12);
