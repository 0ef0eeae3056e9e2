-- Refused attempts are audited too, and some concern no case (a forged start, a job call, a filter).
ALTER TABLE audit_event ALTER COLUMN business_key DROP NOT NULL;
CREATE INDEX idx_audit_event_user ON audit_event (user_id, occurred_at);
